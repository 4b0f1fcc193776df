// What `percent-scale-mixed` means, why a reviewer cares, how to fix it, an example (`cermat --explain percent-scale-mixed`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Pecahan dan persen utuh tercampur',
    meaning: 'Di baris ber-satuan %, satu sel tampak sebagai pecahan (0,7) sementara sel lain persen utuh (70). Sel angka tanpa format persen dibaca apa adanya.',
    why: '0,7 dibaca 0,7 %, bukan 70 %: capaian dari baris itu bisa meleset seratus kali lipat.',
    fix: 'Tulis semua nilai baris itu dengan skala yang sama: 70 atau “70 %”, atau beri sel itu format persen di Excel.',
    example: 'Target 80, TW I 0,75, TW II 78.',
  },
  en: {
    title: 'Fractions mixed with whole percentages',
    meaning: 'In a % row one cell looks like a fraction (0.7) while the others are whole percentages (70). A numeric cell without a percent format is read as written.',
    why: '0.7 reads as 0.7 %, not 70 %: the row’s capaian may be off a hundredfold.',
    fix: 'Write the row on one scale: 70 or “70 %”, or give the cell a percent format in Excel.',
    example: 'Target 80, Q I 0.75, Q II 78.',
  },
};
export default help;
