// What `value-error` means, why a reviewer cares, how to fix it, an example (`cermat --explain value-error`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Galat Excel di sel',
    meaning: 'Sel berisi nilai galat Excel (#DIV/0!, #REF!, #VALUE!, #N/A), biasanya dari rumus.',
    why: 'Galat Excel tercetak apa adanya di laporan dan nilai itu tidak dapat dipakai untuk menghitung.',
    fix: 'Perbaiki rumusnya (mis. pembagian dengan sel kosong, rujukan ke baris yang dihapus), atau ganti dengan nilai.',
    example: '=F7/E7 dengan E7 kosong menghasilkan #DIV/0!.',
  },
  en: {
    title: 'Excel error value',
    meaning: 'The cell holds an Excel error value (#DIV/0!, #REF!, #VALUE!, #N/A), usually from a formula.',
    why: 'The error prints as is in the report, and the value cannot be used in any computation.',
    fix: 'Fix the formula (e.g. a division by an empty cell, a reference to a deleted row), or replace it with a value.',
    example: '=F7/E7 with E7 empty gives #DIV/0!.',
  },
};
export default help;
