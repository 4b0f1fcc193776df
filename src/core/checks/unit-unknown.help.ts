// What `unit-unknown` means, why a reviewer cares, how to fix it, an example (`cermat --explain unit-unknown`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Satuan tidak dikenal',
    meaning: 'Kata satuan di luar katalog Cermat. Bila ada satuan katalog yang mirip (salah ketik), satuan itu disarankan dan dipakai.',
    why: 'Satuan menentukan apakah triwulan dijumlahkan atau diambil yang terakhir; salah ketik satuan juga tercetak di laporan.',
    fix: 'Perbaiki ejaannya sesuai saran, atau pakai satuan yang lazim (orang, dokumen, laporan, kegiatan, %, indeks …).',
    example: 'Tabel II.15 “42.010 Oran”: maksudnya orang.',
  },
  en: {
    title: 'Unknown unit',
    meaning: 'A unit word outside Cermat’s catalogue. When a catalogue unit is close (a typo), it is suggested and used.',
    why: 'The unit decides whether quarters are summed or the last one is taken; a misspelt unit also prints in the report.',
    fix: 'Correct the spelling as suggested, or use a common unit (orang, dokumen, laporan, kegiatan, %, indeks …).',
    example: 'Tabel II.15 “42.010 Oran”: orang is meant.',
  },
};
export default help;
