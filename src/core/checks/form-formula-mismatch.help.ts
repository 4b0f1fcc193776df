// What `form-formula-mismatch` means, why a reviewer cares, how to fix it, an example (`cermat --explain form-formula-mismatch`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Melanggar rumus baris nomor kolom',
    meaning: 'Pada formulir Evaluasi Renja (Permendagri 86/2017), baris nomor kolom menyatakan rumus (mis. 12 = 8+9+10+11, 15 = 14/6 x 100). Di baris ini nilainya tidak sesuai rumus itu, untuk K atau Rp.',
    why: 'Bappeda memeriksa formulir dengan rumus yang sama; baris yang tidak sesuai dikembalikan untuk diperbaiki.',
    fix: 'Hitung ulang sel yang ditandai sesuai rumus di baris nomor kolom, atau perbaiki sel sumbernya.',
    example: 'Kolom 12 = 8+9+10+11: triwulan Rp10 jt, 20 jt, 30 jt, 40 jt, tetapi kolom 12 Rp90 jt.',
  },
  en: {
    title: 'Breaks the numbered row’s formula',
    meaning: 'In the Renja evaluation form (Permendagri 86/2017) the numbered row declares formulas (e.g. 12 = 8+9+10+11, 15 = 14/6 x 100). This row’s value does not follow it, for K or for Rp.',
    why: 'Bappeda checks the form with the same formulas; a row that breaks them is returned for correction.',
    fix: 'Recompute the marked cell by the numbered row’s formula, or correct its source cells.',
    example: 'Column 12 = 8+9+10+11: quarters Rp10 m, 20 m, 30 m, 40 m, but column 12 reads Rp90 m.',
  },
};
export default help;
