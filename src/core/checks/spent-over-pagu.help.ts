// What `spent-over-pagu` means, why a reviewer cares, how to fix it, an example (`cermat --explain spent-over-pagu`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Realisasi anggaran melebihi pagu',
    meaning: 'Realisasi anggaran lebih besar dari pagu kelompoknya.',
    why: 'Belanja melebihi pagu adalah temuan serius bagi APIP; lebih sering lagi ini salah ketik satu digit.',
    fix: 'Periksa kedua angka dengan laporan realisasi anggaran (LRA) dan perbaiki yang salah.',
    example: 'Pagu Rp7.022.542.000, realisasi Rp7.738.712.639.',
  },
  en: {
    title: 'Spending above pagu',
    meaning: 'The amount spent is larger than the group’s pagu.',
    why: 'Spending above the ceiling is a serious finding for the internal auditor (APIP); more often it is a one-digit typo.',
    fix: 'Check both amounts against the budget realisation report (LRA) and correct the wrong one.',
    example: 'Pagu Rp7,022,542,000, spent Rp7,738,712,639.',
  },
};
export default help;
