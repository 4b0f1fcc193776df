// What `formula-inconsistent` means, why a reviewer cares, how to fix it, an example (`cermat --explain formula-inconsistent`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Rumus berbeda dari pola kolomnya',
    meaning: 'Rumus di sel ini berbentuk lain dari rumus lain di kolom yang sama pada jenjang yang sama, atau sel-sel satu baris menjumlahkan baris anak yang berbeda.',
    why: 'Rumus yang menyimpang dari pola biasanya hasil salin-tempel yang bergeser; nilainya tampak wajar tetapi merujuk sel yang salah.',
    fix: 'Salin ulang rumus dari sel sejenis di atas atau bawahnya, dan pastikan rentang yang dijumlahkan sama untuk semua kolom baris itu.',
    example: 'K39 =SUM(K40:K44) di samping M39 =SUM(M42:M44).',
  },
  en: {
    title: 'Formula differs from its column’s pattern',
    meaning: 'This cell’s formula has another shape than the other formulas of its column at the same level, or the cells of one row add up different sets of child rows.',
    why: 'A formula off the pattern is usually a shifted copy-paste; its value looks plausible but refers to the wrong cells.',
    fix: 'Copy the formula again from a similar cell above or below, and make sure every column of the row adds the same range.',
    example: 'K39 =SUM(K40:K44) beside M39 =SUM(M42:M44).',
  },
};
export default help;
