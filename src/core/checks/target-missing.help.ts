// What `target-missing` means, why a reviewer cares, how to fix it, an example (`cermat --explain target-missing`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Target kosong',
    meaning: 'Indikator ini tidak punya target, sehingga capaian tidak dapat dihitung.',
    why: 'Capaian adalah realisasi dibandingkan target; tanpa target indikator itu tidak terukur dan akan ditanyakan pemeriksa.',
    fix: 'Isi target dari Perjanjian Kinerja (Tabel I.1).',
    example: 'Indikator “Indeks Kepuasan Masyarakat” dengan sel Target “-”.',
  },
  en: {
    title: 'Target missing',
    meaning: 'The indicator has no target, so its capaian cannot be computed.',
    why: 'Capaian is realisation against target; without a target the indicator is not measured, and a reviewer will ask why.',
    fix: 'Fill in the target from the performance agreement (Tabel I.1).',
    example: 'Indicator “Indeks Kepuasan Masyarakat” with “-” as its target.',
  },
};
export default help;
