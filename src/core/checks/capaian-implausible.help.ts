// What `capaian-implausible` means, why a reviewer cares, how to fix it, an example (`cermat --explain capaian-implausible`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Capaian sangat tinggi',
    meaning: 'Capaian hasil hitung di atas ambang (bawaan 150 %, dapat diubah di Pengaturan). Ini info, bukan galat.',
    why: 'Capaian ratusan persen biasanya berarti target ditetapkan terlalu rendah atau satuan target dan realisasi berbeda; pemeriksa akan menanyakannya.',
    fix: 'Periksa satuan dan nilai target serta realisasi. Bila memang benar, siapkan penjelasannya di narasi.',
    example: 'Tabel II.1: Jumlah Purna PMI target 20, realisasi 101 orang → 505 %.',
  },
  en: {
    title: 'Very high capaian',
    meaning: 'The computed capaian is above the threshold (150 % by default, adjustable in Settings). This is information, not an error.',
    why: 'Capaian of several hundred percent usually means the target was set too low or target and realisation use different units; reviewers will ask.',
    fix: 'Check the units and values of target and realisation. If it is right, prepare the explanation for the narrative.',
    example: 'Tabel II.1: Jumlah Purna PMI target 20, realisation 101 persons → 505 %.',
  },
};
export default help;
