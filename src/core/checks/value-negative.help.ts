// What `value-negative` means, why a reviewer cares, how to fix it, an example (`cermat --explain value-negative`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Nilai negatif',
    meaning: 'Target, realisasi, pagu, atau realisasi anggaran bernilai negatif.',
    why: 'Besaran ini tidak mungkin negatif; biasanya salah ketik atau tanda minus yang terbawa dari rumus selisih.',
    fix: 'Perbaiki nilainya. Bila yang dimaksud penurunan, tulis angka positif dan nyatakan polaritas negatif (kolom Polaritas atau pengaturan).',
    example: 'Realisasi “-12” untuk jumlah kasus.',
  },
  en: {
    title: 'Negative value',
    meaning: 'A target, realisation, pagu or spent amount is negative.',
    why: 'These quantities cannot be negative; it is usually a typo or a minus sign carried over from a difference formula.',
    fix: 'Correct the value. If a decrease is meant, write the positive number and mark the polarity as negative (Polaritas column or the setting).',
    example: 'A realisation of “-12” for a count of cases.',
  },
};
export default help;
