// What `absorption-mismatch` means, why a reviewer cares, how to fix it, an example (`cermat --explain absorption-mismatch`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: '% anggaran tertulis salah',
    meaning: 'Persentase serapan yang tertulis berbeda dari realisasi ÷ pagu × 100 lebih dari toleransi dan pembulatan yang tercetak.',
    why: 'Serapan anggaran dikutip di ringkasan dan Bab III; pemeriksa menghitungnya ulang dari pagu dan realisasi.',
    fix: 'Ganti dengan hasil hitung (“Hitung ulang capaian” menuliskannya).',
    example: 'Pagu Rp7.022.542.000, realisasi Rp6.738.712.639: serapan 95,96 %, bukan 96,5 %.',
  },
  en: {
    title: 'Stated budget % is wrong',
    meaning: 'The stated absorption differs from spent ÷ pagu × 100 by more than the tolerance and the printed rounding.',
    why: 'Budget absorption is quoted in the summary and chapter III; reviewers recompute it from pagu and spending.',
    fix: 'Replace it with the computed value (“Recalculate capaian” writes it).',
    example: 'Pagu Rp7,022,542,000, spent Rp6,738,712,639: absorption 95.96 %, not 96.5 %.',
  },
};
export default help;
