// What `target-zero` means, why a reviewer cares, how to fix it, an example (`cermat --explain target-zero`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Target nol',
    meaning: 'Target bernilai 0 pada rumus yang membaginya (positif: R/T; negatif: (2T − R)/T), sehingga capaian tidak dapat dihitung.',
    why: 'Pembagian dengan nol tidak menghasilkan capaian; target 0 juga jarang bermakna untuk indikator kinerja.',
    fix: 'Periksa target pada Perjanjian Kinerja. Untuk indikator yang targetnya nol (mis. “0 kasus”), nyatakan capaiannya secara naratif atau ubah rumusan indikatornya.',
    example: 'Target “0 kasus” untuk jumlah pelanggaran.',
  },
  en: {
    title: 'Target is zero',
    meaning: 'The target is 0 in a formula that divides by it (positive: R/T; negative: (2T − R)/T), so capaian cannot be computed.',
    why: 'Division by zero gives no capaian; a target of 0 also rarely makes sense for a performance indicator.',
    fix: 'Check the target in the performance agreement. For an indicator whose target is zero (e.g. “0 cases”), report its capaian in the narrative or reword the indicator.',
    example: 'Target “0 kasus” for the number of violations.',
  },
};
export default help;
