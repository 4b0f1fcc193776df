// What `indicator-unmatched` means, why a reviewer cares, how to fix it, an example (`cermat --explain indicator-unmatched`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Indikator tidak ada di tabel lain',
    meaning: 'Indikator ini ada di satu tabel tetapi tidak ditemukan di tabel pembandingnya (Perjanjian Kinerja, atau Tabel II.1 untuk Tabel II.15).',
    why: 'Setiap indikator yang diperjanjikan harus dilaporkan; indikator yang hilang atau bertambah akan ditanyakan.',
    fix: 'Tambahkan indikator yang hilang, atau samakan namanya bila sebenarnya indikator yang sama ditulis sangat berbeda.',
    example: 'Perjanjian Kinerja memuat “Indeks Kepuasan Masyarakat”, Tabel II.1 tidak.',
  },
  en: {
    title: 'Indicator not in the other table',
    meaning: 'The indicator is in one table but not found in the table it is compared with (the performance agreement, or Tabel II.1 for Tabel II.15).',
    why: 'Every agreed indicator must be reported; a missing or extra indicator will be questioned.',
    fix: 'Add the missing indicator, or align the names if it is the same indicator written very differently.',
    example: 'The agreement lists “Indeks Kepuasan Masyarakat”; Tabel II.1 does not.',
  },
};
export default help;
