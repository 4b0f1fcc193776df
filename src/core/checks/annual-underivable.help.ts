// What `annual-underivable` means, why a reviewer cares, how to fix it, an example (`cermat --explain annual-underivable`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Realisasi tahunan tidak dapat diturunkan',
    meaning: 'Untuk satuan yang tidak dijumlahkan (%, indeks, nilai, hari …) realisasi tahunan semestinya sama dengan triwulan terakhir atau rata-rata triwulan. Di sini tidak sama dengan keduanya.',
    why: 'Angka tahunan yang tidak dapat ditelusuri dari triwulan akan ditanyakan pemeriksa; bisa jadi salah satu sel tertukar atau salah ketik.',
    fix: 'Tuliskan realisasi tahunan sebagai triwulan terakhir atau rata-ratanya (sesuai definisi indikator), atau perbaiki triwulan yang salah.',
    example: 'Tabel II.1 baris 7: triwulan 50, 50, 35,17, 50 % tetapi tahunan 36 %.',
  },
  en: {
    title: 'Annual cannot be derived',
    meaning: 'For a non-additive unit (%, index, score, days …) the annual realisation should equal the last quarter or the mean of the quarters. Here it equals neither.',
    why: 'An annual figure that cannot be traced to the quarters will be questioned; a cell may be swapped or mistyped.',
    fix: 'Write the annual value as the last quarter or their mean (as the indicator is defined), or correct the wrong quarter.',
    example: 'Tabel II.1 row 7: quarters 50, 50, 35.17, 50 % but annual 36 %.',
  },
};
export default help;
