// What `capaian-mismatch` means, why a reviewer cares, how to fix it, an example (`cermat --explain capaian-mismatch`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Capaian tertulis salah',
    meaning: 'Capaian yang tertulis berbeda dari hasil hitung (realisasi ÷ target × 100, atau rumus polaritas negatif) lebih dari toleransi dan lebih dari pembulatan yang tercetak.',
    why: 'Inilah galat yang paling sering ditemukan pemeriksa dengan kalkulator; angka itu juga terbawa ke rata-rata dan narasi Bab III.',
    fix: 'Ganti dengan hasil hitung (“Hitung ulang capaian” menuliskannya), lalu periksa rata-rata dan narasi yang mengutipnya.',
    example: 'Tabel II.15 I7: tertulis 36 %, hasil hitung 36 ÷ 70 × 100 = 51,43 %.',
  },
  en: {
    title: 'Stated capaian is wrong',
    meaning: 'The stated capaian differs from the computed one (realisation ÷ target × 100, or the negative polarity formula) by more than the tolerance and more than its printed rounding.',
    why: 'This is the error reviewers find most often with a calculator; the figure also flows into averages and the chapter III narrative.',
    fix: 'Replace it with the computed value (“Recalculate capaian” writes it), then check the averages and narrative that quote it.',
    example: 'Tabel II.15 I7: stated 36 %, computed 36 ÷ 70 × 100 = 51.43 %.',
  },
};
export default help;
