// What `cumulative-decreasing` means, why a reviewer cares, how to fix it, an example (`cermat --explain cumulative-decreasing`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Realisasi kumulatif turun',
    meaning: 'Kolom kumulatif (s.d. triwulan) untuk satuan yang dijumlahkan semestinya tidak pernah turun. Sel yang ditandai lebih kecil dari sebelumnya.',
    why: 'Nilai kumulatif yang turun biasanya berarti yang diisi realisasi per triwulan, bukan kumulatif, sehingga realisasi tahunan terbaca terlalu kecil.',
    fix: 'Isi kolom s.d. dengan jumlah sampai triwulan itu, atau ubah judulnya bila kolomnya sebenarnya per triwulan.',
    example: 's.d. TW I 20, s.d. TW II 45, s.d. TW III 30 kegiatan.',
  },
  en: {
    title: 'Cumulative realisation falls',
    meaning: 'A cumulative (s.d.) series of an additive unit should never fall. The marked cell is lower than the one before.',
    why: 'A falling cumulative value usually means per-quarter figures were typed instead of running totals, so the annual realisation reads too low.',
    fix: 'Fill the s.d. columns with the running total to that quarter, or rename the headers if they are per-quarter columns.',
    example: 'To Q I 20, to Q II 45, to Q III 30 activities.',
  },
};
export default help;
