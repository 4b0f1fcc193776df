// What `cross-table-mismatch` means, why a reviewer cares, how to fix it, an example (`cermat --explain cross-table-mismatch`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Berbeda dengan tabel lain',
    meaning: 'Indikator yang sama punya target, satuan, atau realisasi tahunan berbeda di dua tabel buku kerja ini. Acuannya Perjanjian Kinerja bila ada; bila tidak, Tabel II.15 dibandingkan dengan Tabel II.1.',
    why: 'Target di laporan harus sama dengan yang diperjanjikan; angka yang berbeda antartabel adalah temuan yang mudah dilihat pemeriksa.',
    fix: 'Samakan nilai dengan tabel acuan (Perjanjian Kinerja), atau perbaiki acuannya bila justru di sana yang salah.',
    example: 'Target Implementasi Kerjasama 80 % di Tabel I.1, tetapi 85 % di Tabel II.1.',
  },
  en: {
    title: 'Differs from another table',
    meaning: 'The same indicator has a different target, unit or annual realisation in two tables of this workbook. The reference is the performance agreement when there is one; otherwise Tabel II.15 is compared with Tabel II.1.',
    why: 'A reported target must equal the agreed one; figures that differ between tables are easy for a reviewer to spot.',
    fix: 'Make the value equal to the reference table (the agreement), or correct the reference if that is where the mistake is.',
    example: 'Implementasi Kerjasama has target 80 % in Tabel I.1 but 85 % in Tabel II.1.',
  },
};
export default help;
