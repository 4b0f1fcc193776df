// What `no-room-for-capaian` means, why a reviewer cares, how to fix it, an example (`cermat --explain no-room-for-capaian`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Tidak ada tempat untuk capaian',
    meaning: 'Tabel capaian ini tidak punya kolom Capaian, dan kolom di sebelah kanannya tidak kosong (atau kosong tetapi menjadi satu-satunya pemisah dengan tabel lain di sebelahnya, sehingga mengisinya akan menyambung kedua tabel), sehingga Cermat tidak dapat menambahkan kolom “Capaian (%)”. Capaian tetap dihitung dan ditampilkan, tetapi tidak ditulis.',
    why: 'Cermat tidak pernah menimpa isi sel di luar tabel; tanpa kolom capaian, hasil hitung tidak tercatat di buku kerja.',
    fix: 'Tambahkan kolom berjudul “Capaian (%)” di kanan tabel, atau kosongkan kolom di sebelah kanannya (atau sisipkan satu kolom kosong lagi sebelum tabel di sebelahnya), lalu hitung ulang.',
    example: 'Tabel A5:H19 tanpa kolom Capaian, dan kolom I berisi catatan “Keterangan”.',
  },
  en: {
    title: 'No room for capaian',
    meaning: 'This capaian table has no Capaian column and the column to its right is not empty (or is empty but the only gap before another table beside it, which filling it would join to this one), so Cermat cannot add a “Capaian (%)” column. Capaian is still computed and shown, but not written.',
    why: 'Cermat never overwrites cells outside a table; without a capaian column the results are not recorded in the workbook.',
    fix: 'Add a column headed “Capaian (%)” at the right of the table, or empty the column to its right (or insert one more empty column before the table beside it), then recalculate.',
    example: 'Table A5:H19 has no Capaian column, and column I holds “Keterangan” notes.',
  },
};
export default help;
