// What `predicate-mismatch` means, why a reviewer cares, how to fix it, an example (`cermat --explain predicate-mismatch`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Predikat tidak sesuai rata-rata',
    meaning: 'Predikat kinerja yang tertulis (Sangat Tinggi … Sangat Rendah) tidak sesuai dengan skala untuk rata-rata capaiannya (bawaan: ≤ 50 Sangat Rendah, ≤ 65 Rendah, ≤ 75 Sedang, ≤ 90 Tinggi, di atas 90 Sangat Tinggi).',
    why: 'Predikat adalah kesimpulan formulir; predikat yang tidak cocok dengan angkanya langsung dikembalikan oleh Bappeda.',
    fix: 'Perbaiki rata-rata capaian terlebih dahulu, lalu tulis predikat sesuai skala.',
    example: 'Rata-rata capaian 72,4 % dengan predikat “Tinggi” (seharusnya Sedang).',
  },
  en: {
    title: 'Predicate does not match the average',
    meaning: 'The stated performance predicate (Sangat Tinggi … Sangat Rendah) does not match the scale for its average capaian (default: ≤ 50 Sangat Rendah, ≤ 65 Rendah, ≤ 75 Sedang, ≤ 90 Tinggi, above 90 Sangat Tinggi).',
    why: 'The predicate is the form’s conclusion; one that does not match its figure is returned by Bappeda straight away.',
    fix: 'Correct the average capaian first, then write the predicate by the scale.',
    example: 'An average capaian of 72.4 % with the predicate “Tinggi” (should be Sedang).',
  },
};
export default help;
