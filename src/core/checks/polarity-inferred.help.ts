// What `polarity-inferred` means, why a reviewer cares, how to fix it, an example (`cermat --explain polarity-inferred`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Polaritas negatif dari nama indikator atau dari targetnya',
    meaning: 'Tanpa kolom Polaritas, indikator ini dibaca berpolaritas negatif (makin kecil makin baik) karena namanya menyebut sesuatu yang semestinya turun: angka kematian, prevalensi, tingkat pengangguran, inflasi, stunting …; atau karena targetnya batas atas (“Maks. 5 hari”, “≤ 5 %”: paling banyak 5, makin kecil makin baik).',
    why: 'Polaritas menentukan rumus capaian: untuk indikator negatif, realisasi di bawah target berarti capaian di atas 100 %.',
    fix: 'Bila benar, tidak perlu apa-apa (atau tambahkan kolom Polaritas agar jelas). Bila indikatornya sebenarnya positif, isi Polaritas “Positif”, atur per indikator (CLI: --polarity), atau matikan di Pengaturan.',
    example: '“Prevalensi stunting” target 14 %, realisasi 12 % → (2 × 14 − 12) ÷ 14 × 100 = 114,29 %.',
  },
  en: {
    title: 'Negative polarity from the indicator’s name or its target',
    meaning: 'Without a Polaritas column this indicator is read as negative (lower is better) because its name names something that should fall: mortality, prevalence, unemployment, inflation, stunting …; or because its target is an upper bound (“Maks. 5 hari”, “≤ 5 %”: at most 5, lower is better).',
    why: 'Polarity decides the capaian formula: for a negative indicator a realisation below target means capaian above 100 %.',
    fix: 'If right, nothing to do (or add a Polaritas column to make it explicit). If the indicator is in fact positive, write “Positif” in Polaritas, set it per indicator (CLI: --polarity), or turn the inference off in Settings.',
    example: '“Prevalensi stunting” target 14 %, realisation 12 % → (2 × 14 − 12) ÷ 14 × 100 = 114.29 %.',
  },
};
export default help;
