// What `percent-summed` means, why a reviewer cares, how to fix it, an example (`cermat --explain percent-summed`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Persentase dijumlahkan',
    meaning: 'Rumus yang dinyatakan menjumlahkan (mis. 12 = 8+9+10+11) dipakai untuk indikator bersatuan tidak-aditif (%, indeks, skor, hari), dan selnya menjumlahkan dua nilai atau lebih. Cermat memakai triwulan terakhir atau rata-ratanya untuk menghitung capaian.',
    why: 'Jumlah persentase bukan realisasi: 60 % + 70 % tidak berarti 130 %; capaian dari angka itu melambung.',
    fix: 'Isi realisasi tahunan dengan triwulan terakhir atau rata-rata triwulan, sesuai definisi indikator.',
    example: 'Persentase layanan tepat waktu: TW I–IV 80, 85, 90, 95 %, kolom 12 tertulis 350 %.',
  },
  en: {
    title: 'Percentages summed',
    meaning: 'A declared sum (e.g. 12 = 8+9+10+11) is applied to a non-additive indicator (%, index, score, days), and the cell adds two or more values. Cermat uses the last quarter or their mean to compute capaian.',
    why: 'A sum of percentages is not a realisation: 60 % + 70 % is not 130 %; the capaian computed from it soars.',
    fix: 'Fill the annual realisation with the last quarter or the mean of the quarters, as the indicator is defined.',
    example: 'Share of services on time: quarters 80, 85, 90, 95 %, column 12 reads 350 %.',
  },
};
export default help;
