// What `quarter-missing` means, why a reviewer cares, how to fix it, an example (`cermat --explain quarter-missing`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Kolom triwulan tidak lengkap',
    meaning: 'Sebagian kolom triwulan ada dan sebagian tidak (mis. TW I, II dan IV ada, TW III tidak). Galat bila tabel punya kolom realisasi tahunan; peringatan bila tidak.',
    why: 'Realisasi tahunan dibandingkan dengan jumlah atau triwulan terakhir; satu triwulan yang hilang membuat perbandingan itu salah dan pemeriksa akan menanyakannya.',
    fix: 'Tambahkan kolom triwulan yang kurang (boleh kosong bila belum ada data), atau perbaiki judulnya bila kolom itu ada tetapi tidak dikenali.',
    example: 'Judul “TW I | TW II | TW IV | Tahunan”: Triwulan III tidak ada.',
  },
  en: {
    title: 'Quarter columns incomplete',
    meaning: 'Some quarter columns are present and others are not (e.g. Q I, II and IV but no Q III). An error when the table has an annual column, a warning without one.',
    why: 'The annual realisation is compared with the sum or the last quarter; a missing quarter makes that comparison wrong, and a reviewer will ask about it.',
    fix: 'Add the missing quarter column (it may stay empty until there is data), or fix its header if the column exists but is not recognised.',
    example: 'Header “TW I | TW II | TW IV | Tahunan”: quarter III is missing.',
  },
};
export default help;
