// What `number-ambiguous` means, why a reviewer cares, how to fix it, an example (`cermat --explain number-ambiguous`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Penulisan angka meragukan',
    meaning: 'Angka dengan satu pemisah diikuti tepat tiga angka (1.905 atau 1,905) dapat berarti ribuan atau desimal. Satuan dan penulisan lain di tabel yang sama tidak memutuskannya, jadi Cermat membaca dengan notasi Indonesia (titik = ribuan, koma = desimal).',
    why: 'Salah baca mengubah nilainya seribu kali lipat; capaian yang dihitung darinya ikut salah.',
    fix: 'Periksa maksudnya, lalu tulis tanpa keraguan: “1905” untuk seribu sembilan ratus lima, “1,91” untuk desimal; atau beri satuan hitungan (“1.905 orang”).',
    example: 'Realisasi “1.905” tanpa satuan dibaca 1905.',
  },
  en: {
    title: 'Ambiguous number',
    meaning: 'A number with one separator followed by exactly three digits (1.905 or 1,905) may mean thousands or a decimal. The unit and the table’s other numbers do not settle it, so Cermat reads it in Indonesian notation (dot = thousands, comma = decimal).',
    why: 'Misreading it changes the value a thousandfold, and the capaian computed from it with it.',
    fix: 'Check what was meant and write it unambiguously: “1905” for one thousand nine hundred and five, “1,91” for a decimal; or give a count unit (“1.905 orang”).',
    example: 'A realisation “1.905” with no unit is read as 1905.',
  },
};
export default help;
