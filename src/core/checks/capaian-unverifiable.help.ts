// What `capaian-unverifiable` means, why a reviewer cares, how to fix it, an example (`cermat --explain capaian-unverifiable`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Capaian tertulis tidak dapat diperiksa',
    meaning: 'Ada capaian atau rata-rata yang tertulis, tetapi Cermat tidak dapat menghitungnya dari target dan realisasi (kategori tanpa skor, target atau realisasi kosong).',
    why: 'Angka yang tidak dapat ditelusuri dari data tabel akan ditanyakan dasarnya oleh pemeriksa.',
    fix: 'Lengkapi target dan realisasi (atau skor kategorinya) agar capaian dapat dihitung, atau jelaskan sumber angka itu di narasi.',
    example: 'Tabel II.15: Nilai Kinerja Anggaran tertulis 83,97 % dengan target dan realisasi “Baik”.',
  },
  en: {
    title: 'Stated capaian cannot be checked',
    meaning: 'A capaian or average is stated, but Cermat cannot compute it from the target and realisation (unscored categories, an empty target or realisation).',
    why: 'A figure that cannot be traced to the table’s data will be questioned by a reviewer.',
    fix: 'Complete the target and realisation (or the categories’ scores) so capaian can be computed, or explain the figure’s source in the narrative.',
    example: 'Tabel II.15: Nilai Kinerja Anggaran states 83.97 % with target and realisation “Baik”.',
  },
};
export default help;
