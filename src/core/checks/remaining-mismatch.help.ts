// What `remaining-mismatch` means, why a reviewer cares, how to fix it, an example (`cermat --explain remaining-mismatch`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Sisa anggaran salah',
    meaning: 'Sisa yang tertulis tidak sama dengan pagu − realisasi, atau % Sisa tidak sama dengan 100 − % serapan.',
    why: 'Sisa anggaran dibaca bersama serapan; angka yang tidak cocok menandakan salah ketik atau rumus yang merujuk sel lain.',
    fix: 'Hitung ulang: Sisa = Pagu − Realisasi; % Sisa = 100 − % serapan.',
    example: 'Pagu Rp100 jt, realisasi Rp92 jt, Sisa tertulis Rp18 jt (seharusnya Rp8 jt).',
  },
  en: {
    title: 'Remaining budget is wrong',
    meaning: 'The stated Sisa differs from pagu − spent, or % Sisa differs from 100 − absorption.',
    why: 'The remaining budget is read with the absorption; a figure that does not match means a typo or a formula pointing at the wrong cell.',
    fix: 'Recompute: Sisa = Pagu − Realisasi; % Sisa = 100 − absorption %.',
    example: 'Pagu Rp100 m, spent Rp92 m, Sisa stated Rp18 m (should be Rp8 m).',
  },
};
export default help;
