// What `average-mismatch` means, why a reviewer cares, how to fix it, an example (`cermat --explain average-mismatch`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Rata-rata capaian tertulis salah',
    meaning: 'Rata-rata capaian yang tertulis untuk kelompok berbeda dari rata-rata capaian indikatornya yang dihitung (indikator tanpa capaian dikeluarkan atau dihitung 0, menurut pengaturan; batas capaian bila diatur).',
    why: 'Rata-rata sering dihitung dari capaian tertulis yang salah, sehingga kesalahannya berlipat; angka ini dikutip di Bab III.',
    fix: 'Perbaiki capaian per indikator terlebih dahulu, lalu ganti rata-ratanya dengan hasil hitung.',
    example: 'Tabel II.15 J13: tertulis 184,47 % (rata-rata capaian tertulis yang salah), hasil hitung 188,52 %.',
  },
  en: {
    title: 'Stated average is wrong',
    meaning: 'The group’s stated average capaian differs from the mean of its indicators’ computed capaian (indicators without capaian left out or counted as 0, per the setting; the cap, if set).',
    why: 'Averages are often taken over wrong stated capaian, so the error compounds; chapter III quotes this figure.',
    fix: 'Correct the per-indicator capaian first, then replace the average with the computed one.',
    example: 'Tabel II.15 J13: stated 184.47 % (the mean of the wrong stated values), computed 188.52 %.',
  },
};
export default help;
