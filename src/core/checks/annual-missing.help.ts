// What `annual-missing` means, why a reviewer cares, how to fix it, an example (`cermat --explain annual-missing`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Realisasi tahunan kosong',
    meaning: 'Triwulan terisi tetapi sel realisasi tahunan kosong. Cermat menurunkan realisasi dari triwulan (jumlah atau triwulan terakhir) untuk menghitung capaian.',
    why: 'Laporan yang dicetak menampilkan sel kosong; pembaca tidak tahu realisasi tahunan yang dipakai.',
    fix: 'Isi realisasi tahunan (nilai yang ditampilkan Cermat dapat dipakai bila sesuai definisi indikator).',
    example: 'TW I–IV terisi 10, 12, 15, 13 orang; kolom Tahunan kosong → 50 orang.',
  },
  en: {
    title: 'Annual realisation empty',
    meaning: 'The quarters hold data but the annual cell is empty. Cermat derives the realisation from the quarters (sum or last quarter) to compute capaian.',
    why: 'The printed report shows an empty cell; readers cannot tell which annual realisation was used.',
    fix: 'Fill in the annual realisation (the value Cermat shows may be used if it fits the indicator’s definition).',
    example: 'Quarters 10, 12, 15, 13 persons; the annual column is empty → 50 persons.',
  },
};
export default help;
