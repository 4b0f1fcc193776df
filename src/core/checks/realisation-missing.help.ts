// What `realisation-missing` means, why a reviewer cares, how to fix it, an example (`cermat --explain realisation-missing`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Realisasi tidak ada',
    meaning: 'Tidak ada realisasi untuk tahun ini: triwulan dan realisasi tahunan kosong semua. Capaian tidak dihitung.',
    why: 'Indikator tanpa realisasi adalah celah yang pasti dicatat pemeriksa; di rata-rata capaian indikator ini dikeluarkan (atau dihitung 0, menurut pengaturan).',
    fix: 'Isi realisasi, atau jelaskan di narasi mengapa belum ada (mis. penilaian belum diumumkan).',
    example: 'Tabel II.1: WBK/WBBM dan Kearsipan tanpa realisasi.',
  },
  en: {
    title: 'No realisation',
    meaning: 'There is no realisation for the year: every quarter and the annual cell are empty. Capaian is not computed.',
    why: 'An indicator with no realisation is a gap a reviewer will note; in averages it is left out (or counted as 0, per the setting).',
    fix: 'Fill in the realisation, or explain in the narrative why there is none yet (e.g. the assessment has not been announced).',
    example: 'Tabel II.1: WBK/WBBM and Kearsipan have no realisation.',
  },
};
export default help;
