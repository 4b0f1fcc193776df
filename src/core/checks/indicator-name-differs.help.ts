// What `indicator-name-differs` means, why a reviewer cares, how to fix it, an example (`cermat --explain indicator-name-differs`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Nama indikator berbeda ejaan',
    meaning: 'Indikator ini dicocokkan dengan indikator di tabel lain hanya karena namanya mirip dan posisinya sama; ejaannya berbeda.',
    why: 'Nama indikator harus persis sama dengan Perjanjian Kinerja; salah ketik di nama mudah tercetak di laporan.',
    fix: 'Salin nama indikator dari Perjanjian Kinerja.',
    example: 'Tabel II.1 “SISCO” dan “keputungan”, Perjanjian Kinerja “SSKO” dan “kepulangan”.',
  },
  en: {
    title: 'Indicator name spelt differently',
    meaning: 'This indicator was matched with one in another table only by a close name in the same position; the spelling differs.',
    why: 'An indicator’s name must match the performance agreement exactly; a typo in a name easily ends up in print.',
    fix: 'Copy the indicator’s name from the performance agreement.',
    example: 'Tabel II.1 “SISCO” and “keputungan”, the agreement “SSKO” and “kepulangan”.',
  },
};
export default help;
