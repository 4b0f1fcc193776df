// What `quarter-order` means, why a reviewer cares, how to fix it, an example (`cermat --explain quarter-order`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Urutan triwulan tidak I–IV',
    meaning: 'Kolom triwulan tidak tersusun dari kiri ke kanan I, II, III, IV. Cermat tetap menghitung menurut judul kolom, bukan posisinya.',
    why: 'Pembaca tabel (dan rumus Excel yang mengambil “kolom terakhir”) mudah salah membaca triwulan terakhir bila urutannya tertukar.',
    fix: 'Pindahkan kolom agar urut I, II, III, IV, atau perbaiki judul yang tertukar.',
    example: 'Judul “TW I | TW III | TW II | TW IV”.',
  },
  en: {
    title: 'Quarters not in order I–IV',
    meaning: 'The quarter columns are not left to right I, II, III, IV. Cermat still computes by the labels, not the positions.',
    why: 'Readers (and Excel formulas that take “the last column”) easily misread the last quarter when the order is swapped.',
    fix: 'Move the columns into the order I, II, III, IV, or correct the swapped headers.',
    example: 'Header “TW I | TW III | TW II | TW IV”.',
  },
};
export default help;
