// What `column-ambiguous` means, why a reviewer cares, how to fix it, an example (`cermat --explain column-ambiguous`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Kolom meragukan: tabel tidak ditulis',
    meaning: 'Dua kolom dapat memainkan satu peran untuk tahun laporan (dua Target, Target dan Target (%), dua Realisasi). Cermat tetap menjalankan pemeriksaan yang tidak bergantung pada peran itu, tetapi tidak menghitung capaian yang bergantung padanya dan tidak menulis apa pun ke tabel ini.',
    why: 'Cermat hanya menulis bila yakin; menghitung dari kolom yang salah akan menimpa capaian dengan angka keliru.',
    fix: 'Beri judul yang membedakan kedua kolom (mis. “Target Renstra” dan “Target 2025”), atau pindahkan kolom tambahan ke luar tabel.',
    example: '“Target | Target Kinerja (%) | Realisasi” di bawah judul “2025”.',
  },
  en: {
    title: 'Ambiguous column: table not written',
    meaning: 'Two columns could play one role for the reporting year (two Targets, a Target beside a Target (%), two realisations). Cermat still runs the checks that do not depend on that role, but computes no capaian that does and writes nothing into this table.',
    why: 'Cermat writes only where it is sure; computing from the wrong column would overwrite capaian with a wrong figure.',
    fix: 'Give the two columns headers that tell them apart (e.g. “Target Renstra” and “Target 2025”), or move the extra column out of the table.',
    example: '“Target | Target Kinerja (%) | Realisasi” under a “2025” group.',
  },
};
export default help;
