// What `formula-constant` means, why a reviewer cares, how to fix it, an example (`cermat --explain formula-constant`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Angka diketik di dalam rumus',
    meaning: 'Rumus ini memuat angka ketikan 4 digit atau lebih dalam perhitungannya.',
    why: 'Angka yang diketik di dalam rumus menyembunyikan asalnya; bila sumbernya berubah, rumus itu tidak ikut berubah dan pemeriksa tidak dapat menelusurinya.',
    fix: 'Letakkan angka itu di selnya sendiri (mis. kolom pagu) dan rujuk sel tersebut dari rumus.',
    example: '=3251126996-R23 atau =69900*5.',
  },
  en: {
    title: 'Number typed into a formula',
    meaning: 'The formula has a typed number of 4 or more digits in its arithmetic.',
    why: 'A number typed into a formula hides where it came from; when its source changes the formula does not, and a reviewer cannot trace it.',
    fix: 'Put the number in its own cell (e.g. the pagu column) and refer to that cell from the formula.',
    example: '=3251126996-R23 or =69900*5.',
  },
};
export default help;
