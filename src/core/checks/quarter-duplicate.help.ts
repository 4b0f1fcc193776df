// What `quarter-duplicate` means, why a reviewer cares, how to fix it, an example (`cermat --explain quarter-duplicate`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Triwulan muncul dua kali',
    meaning: 'Satu triwulan punya dua kolom. Cermat memakai kolom yang paling kiri.',
    why: 'Dua kolom untuk triwulan yang sama biasanya salah ketik judul; bisa jadi triwulan lain justru tidak ada, dan angkanya dibaca pada triwulan yang salah.',
    fix: 'Periksa judul kedua kolom itu dan perbaiki yang salah (sering “TW II” yang seharusnya “TW III”).',
    example: 'Judul “TW I | TW II | TW II | TW IV”: kolom ketiga seharusnya TW III.',
  },
  en: {
    title: 'Quarter appears twice',
    meaning: 'One quarter has two columns. Cermat uses the leftmost one.',
    why: 'Two columns for one quarter are usually a header typo; another quarter may then be missing, and values are read for the wrong quarter.',
    fix: 'Check both headers and correct the wrong one (often “TW II” that should read “TW III”).',
    example: 'Header “TW I | TW II | TW II | TW IV”: the third column should be TW III.',
  },
};
export default help;
