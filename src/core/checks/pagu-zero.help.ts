// What `pagu-zero` means, why a reviewer cares, how to fix it, an example (`cermat --explain pagu-zero`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Pagu nol',
    meaning: 'Pagu kelompok bernilai 0, sehingga persentase anggaran tidak dapat dihitung.',
    why: 'Pembagian dengan nol; pagu 0 dengan realisasi atau indikator hampir selalu salah isi.',
    fix: 'Isi pagu yang benar dari DIPA/DPA. Bila kegiatan itu memang tanpa anggaran, kosongkan juga kolom realisasi dan % anggarannya.',
    example: 'Pagu “Rp0,-” dengan realisasi Rp35.000.000.',
  },
  en: {
    title: 'Pagu is zero',
    meaning: 'The group’s pagu is 0, so its budget percentage cannot be computed.',
    why: 'Division by zero; a pagu of 0 with spending or indicators is almost always a wrong entry.',
    fix: 'Enter the right pagu from the DIPA/DPA. If the activity really has no budget, empty its spending and % columns too.',
    example: 'Pagu “Rp0,-” with spending of Rp35,000,000.',
  },
};
export default help;
