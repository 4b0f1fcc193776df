// What `number-notation-mixed` means, why a reviewer cares, how to fix it, an example (`cermat --explain number-notation-mixed`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Dua notasi angka dalam satu tabel',
    meaning: 'Tabel ini memakai notasi Indonesia (35,17) dan notasi Inggris (35.17) sekaligus. Cermat membaca keduanya, tetapi laporan resmi sebaiknya memakai satu notasi.',
    why: 'Notasi campuran membingungkan pembaca dan pemeriksa, dan membuat angka tiga desimal (1.905) makin sulit ditebak.',
    fix: 'Seragamkan ke notasi Indonesia: koma untuk desimal, titik untuk ribuan.',
    example: 'Tabel II.15 menulis “239.91 %” di samping “190,5 %”.',
  },
  en: {
    title: 'Two number notations in one table',
    meaning: 'This table uses both Indonesian (35,17) and English (35.17) notation. Cermat reads both, but an official report should use one.',
    why: 'Mixed notation confuses readers and reviewers, and makes three-digit decimals (1.905) even harder to read.',
    fix: 'Use Indonesian notation throughout: comma for decimals, dot for thousands.',
    example: 'Tabel II.15 writes “239.91 %” beside “190,5 %”.',
  },
};
export default help;
