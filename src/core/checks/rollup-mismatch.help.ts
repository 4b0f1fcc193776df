// What `rollup-mismatch` means, why a reviewer cares, how to fix it, an example (`cermat --explain rollup-mismatch`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Jumlah induk ≠ jumlah anaknya',
    meaning: 'Pada tabel berjenjang (Urusan → Bidang → Program → Kegiatan → Sub Kegiatan), pagu, realisasi, atau sisa anggaran sebuah baris induk tidak sama dengan jumlah baris anak langsungnya.',
    why: 'Jenjang yang tidak cocok berarti anggaran dihitung dua kali atau ada yang terlewat; ini salah satu alasan Bappeda mengembalikan formulir.',
    fix: 'Periksa baris anak yang dijumlahkan (jangan ikutkan cucu atau baris lain), lalu perbaiki nilai atau rumus induknya.',
    example: 'Program Rp500 jt, kegiatannya Rp200 jt dan Rp250 jt (jumlah Rp450 jt).',
  },
  en: {
    title: 'Parent ≠ sum of its children',
    meaning: 'In a hierarchical table (Urusan → Bidang → Program → Kegiatan → Sub Kegiatan) a parent row’s pagu, spending or remaining amount differs from the sum of its direct children.',
    why: 'A roll-up that does not add up means money counted twice or left out; it is one of the reasons Bappeda returns a form.',
    fix: 'Check which child rows are added (not grandchildren or other rows), then correct the parent’s value or formula.',
    example: 'A programme of Rp500 m whose activities are Rp200 m and Rp250 m (sum Rp450 m).',
  },
};
export default help;
