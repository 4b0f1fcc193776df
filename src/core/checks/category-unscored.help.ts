// What `category-unscored` means, why a reviewer cares, how to fix it, an example (`cermat --explain category-unscored`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Kategori tanpa nilai',
    meaning: 'Target dan realisasi berupa kategori (Baik, WTP, A …) tanpa skor, dan tidak ada skala yang memberi nilainya; capaian tidak dihitung.',
    why: 'Capaian kategori hanya dapat dihitung dari skor; tanpa itu indikator ini tidak ikut rata-rata.',
    fix: 'Tambahkan skornya dalam kurung, mis. “Baik (88)”, atau tetapkan skala kategori (CLI: --scale).',
    example: 'Tabel II.1 Nilai Kinerja Anggaran: target “Baik”, realisasi “Baik”.',
  },
  en: {
    title: 'Category without a score',
    meaning: 'Target and realisation are categories (Baik, WTP, A …) without a score, and no scale gives them one; capaian is not computed.',
    why: 'A category’s capaian can only be computed from scores; without them the indicator stays out of averages.',
    fix: 'Add the score in brackets, e.g. “Baik (88)”, or define a category scale (CLI: --scale).',
    example: 'Tabel II.1 Nilai Kinerja Anggaran: target “Baik”, realisation “Baik”.',
  },
};
export default help;
