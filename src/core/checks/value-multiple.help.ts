// What `value-multiple` means, why a reviewer cares, how to fix it, an example (`cermat --explain value-multiple`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Dua ukuran dalam satu sel',
    meaning: 'Satu sel berisi dua ukuran (mis. jumlah kasus dan persentase). Bila tepat satu di antaranya bersatuan sama dengan indikator, nilai itu dipakai; bila tidak, tidak ada yang dipakai.',
    why: 'Pemeriksa tidak dapat tahu angka mana yang menjadi realisasi; capaian bisa dihitung dari angka yang salah.',
    fix: 'Sisakan satu ukuran di sel itu, sesuai satuan indikator; pindahkan yang lain ke kolom Keterangan atau ke indikator lain.',
    example: 'Tabel II.1 H7 “75 Kasus 36%” untuk indikator bersatuan %: dipakai 36 %, dan “75 Kasus” sebaiknya dipindahkan.',
  },
  en: {
    title: 'Two measurements in one cell',
    meaning: 'A cell holds two measurements (e.g. a count of cases and a percentage). When exactly one has the indicator’s unit it is used; otherwise neither is.',
    why: 'A reviewer cannot tell which figure is the realisation; capaian may be computed from the wrong one.',
    fix: 'Keep one measurement in the cell, in the indicator’s unit; move the other to a Keterangan column or to another indicator.',
    example: 'Tabel II.1 H7 “75 Kasus 36%” for an indicator measured in %: 36 % is used, and “75 Kasus” should move.',
  },
};
export default help;
