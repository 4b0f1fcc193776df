// What `pagu-missing` means, why a reviewer cares, how to fix it, an example (`cermat --explain pagu-missing`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Pagu tidak ada',
    meaning: 'Kelompok (kegiatan/sasaran) di tabel anggaran dan kinerja punya realisasi anggaran atau indikator, tetapi tidak punya pagu.',
    why: 'Serapan anggaran (realisasi ÷ pagu) tidak dapat dihitung, padahal angka itulah yang dikutip di Bab III.',
    fix: 'Isi pagu kelompok itu di baris pertamanya, atau di sel yang digabung sepanjang baris kelompok.',
    example: 'Kelompok “Pelayanan Penempatan” dengan Realisasi Rp1.200.000.000 dan Pagu kosong.',
  },
  en: {
    title: 'Pagu missing',
    meaning: 'A group (activity/objective) in the budget and performance table has spending or indicators but no pagu.',
    why: 'Budget absorption (spent ÷ pagu) cannot be computed, and it is the figure chapter III quotes.',
    fix: 'Fill in the group’s pagu in its first row, or in a cell merged over the group’s rows.',
    example: 'Group “Pelayanan Penempatan” with spending Rp1,200,000,000 and an empty pagu.',
  },
};
export default help;
