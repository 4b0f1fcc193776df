// What `annual-sum-mismatch` means, why a reviewer cares, how to fix it, an example (`cermat --explain annual-sum-mismatch`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Realisasi tahunan ≠ jumlah triwulan',
    meaning: 'Untuk satuan yang dapat dijumlahkan (orang, kasus, dokumen, rupiah …) realisasi tahunan harus sama dengan jumlah triwulan yang terisi. Di sini tidak sama.',
    why: 'Pemeriksa menjumlahkan triwulan dengan kalkulator; selisih menandakan salah ketik di salah satu sel, dan capaian dihitung dari realisasi tahunan.',
    fix: 'Periksa keempat triwulan dan realisasi tahunan; perbaiki sel yang salah. Bila kolomnya kumulatif (s.d.), beri judul “s.d. Triwulan …”.',
    example: 'TW I–IV 10, 12, 15, 13 (jumlah 50) tetapi tahunan 55 orang.',
  },
  en: {
    title: 'Annual ≠ sum of quarters',
    meaning: 'For an additive unit (persons, cases, documents, rupiah …) the annual realisation must equal the sum of the quarters present. Here it does not.',
    why: 'A reviewer adds the quarters with a calculator; a difference means a typo in one of the cells, and capaian is computed from the annual value.',
    fix: 'Check the four quarters and the annual value and correct the wrong cell. If the columns are cumulative, head them “s.d. Triwulan …”.',
    example: 'Quarters 10, 12, 15, 13 (sum 50) but annual 55 persons.',
  },
};
export default help;
