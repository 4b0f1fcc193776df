// What `unit-mismatch` means, why a reviewer cares, how to fix it, an example (`cermat --explain unit-mismatch`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Satuan berbeda dari satuan indikator',
    meaning: 'Satuan target atau realisasi tidak sama dengan satuan indikator (dari kolom Satuan, target, atau realisasi pertama yang bersatuan).',
    why: 'Membandingkan orang dengan persen, atau dokumen dengan laporan, menghasilkan capaian yang tidak bermakna.',
    fix: 'Tulis nilai dalam satuan indikator, atau perbaiki kolom Satuan bila justru di sana yang salah.',
    example: 'Satuan “%” tetapi realisasi TW II “12 orang”.',
  },
  en: {
    title: 'Unit differs from the indicator’s',
    meaning: 'A target’s or realisation’s unit differs from the indicator’s unit (from the Satuan column, the target, or the first realisation with a unit).',
    why: 'Comparing persons with percent, or documents with reports, gives a meaningless capaian.',
    fix: 'Write the value in the indicator’s unit, or correct the Satuan column if that is where the mistake is.',
    example: 'Unit “%” but the Q II realisation reads “12 orang”.',
  },
};
export default help;
