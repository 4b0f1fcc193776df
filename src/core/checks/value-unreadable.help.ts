// What `value-unreadable` means, why a reviewer cares, how to fix it, an example (`cermat --explain value-unreadable`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Isi sel tidak terbaca sebagai angka',
    meaning: 'Sel di kolom nilai (target, triwulan, realisasi, capaian, pagu, realisasi anggaran, %) berisi teks yang tidak dapat dibaca sebagai angka, kategori, atau rentang. Tanggal di kolom nilai juga termasuk di sini.',
    why: 'Nilai itu tidak ikut dihitung, sehingga capaian atau jumlah yang bergantung padanya tidak dapat diperiksa.',
    fix: 'Tulis angkanya saja (boleh dengan satuan: “85 %”, “1.905 orang”), atau kosongkan/isi “-” bila memang belum ada. Pindahkan keterangan ke kolom Keterangan.',
    example: '“sekitar 50”, “lihat lampiran”, atau 01/03/2025 di kolom Realisasi.',
  },
  en: {
    title: 'Cell not readable as a number',
    meaning: 'A cell in a value column (target, quarters, realisation, capaian, pagu, spent, %) holds text that cannot be read as a number, a category or a range. A date in a value column is reported here too.',
    why: 'The value is left out of every computation, so the capaian or total that depends on it cannot be checked.',
    fix: 'Write only the number (a unit is fine: “85 %”, “1.905 orang”), or leave it empty or “-” when there is none yet. Move remarks to a Keterangan column.',
    example: '“sekitar 50”, “lihat lampiran”, or 01/03/2025 in the Realisasi column.',
  },
};
export default help;
