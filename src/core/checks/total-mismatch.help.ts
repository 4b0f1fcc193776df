// What `total-mismatch` means, why a reviewer cares, how to fix it, an example (`cermat --explain total-mismatch`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Baris jumlah tidak sama dengan jumlah kolom',
    meaning: 'Angka di baris Jumlah/Total berbeda dari jumlah nilai kolomnya di tabel.',
    why: 'Total yang salah langsung terlihat oleh pemeriksa dan meragukan seluruh tabel.',
    fix: 'Periksa apakah ada baris yang terlewat atau dihitung dua kali, lalu perbaiki totalnya (lebih baik dengan rumus =SUM).',
    example: 'Pagu tiga kegiatan Rp100 jt, Rp250 jt, Rp150 jt; baris Jumlah Rp450 jt.',
  },
  en: {
    title: 'Total row ≠ column sum',
    meaning: 'The Jumlah/Total row differs from the sum of its column in the table.',
    why: 'A wrong total is the first thing a reviewer sees, and casts doubt on the whole table.',
    fix: 'Check for a row left out or counted twice, then correct the total (preferably with a =SUM formula).',
    example: 'Three activities with pagu Rp100 m, Rp250 m, Rp150 m; the Jumlah row says Rp450 m.',
  },
};
export default help;
