// What `column-missing` means, why a reviewer cares, how to fix it, an example (`cermat --explain column-missing`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Kolom wajib tidak ada',
    meaning: 'Tabel ini dikenali, tetapi salah satu kolom wajibnya tidak ada: Indikator atau Target pada tabel capaian, Pagu atau Realisasi anggaran pada tabel anggaran dan kinerja.',
    why: 'Tanpa kolom itu capaian atau serapan tidak dapat dihitung, dan pemeriksa akan menanyakan dasar angka yang dilaporkan.',
    fix: 'Tambahkan kolom yang kurang, atau ganti judulnya dengan label yang dikenali (mis. “Target” bukan “Rencana”; “Pagu” bukan “Alokasi Dana”).',
    example: 'Tabel II.1 berjudul “Indikator | Rencana | Realisasi”: kolom Target tidak ditemukan.',
  },
  en: {
    title: 'Required column missing',
    meaning: 'The table was recognised, but one of its required columns is absent: Indikator or Target in a capaian table, Pagu or spent (Realisasi) in a budget and performance table.',
    why: 'Without it no capaian or absorption can be computed, and a reviewer will ask what the reported figures rest on.',
    fix: 'Add the missing column, or rename its header to a recognised label (e.g. “Target” rather than “Rencana”; “Pagu” rather than “Alokasi Dana”).',
    example: 'Tabel II.1 headed “Indikator | Rencana | Realisasi”: no Target column is found.',
  },
};
export default help;
