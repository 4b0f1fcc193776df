// Pesan temuan dalam Bahasa Indonesia (bahasa utama Cermat).
import type { Catalogue } from './index';
import { list, num, pct, quote, rupiah, str } from './format';
import { FORM_MESSAGES } from '../renja/messages';

const COLUMN: Record<string, string> = {
  indicator: 'Indikator', target: 'Target', pagu: 'Pagu', spent: 'Realisasi anggaran', quarter: 'Triwulan',
  annual: 'Realisasi tahunan', capaian: 'Capaian', absorption: '% anggaran', average: 'Rata-rata capaian', unit: 'Satuan', remaining: 'Sisa anggaran', remainingPercent: '% sisa', initialPagu: 'Pagu awal', amount: 'Rupiah',
};
const col = (v: unknown) => COLUMN[String(v)] ?? String(v);
const L = 'id' as const;
const ROLE = { target: 'target', annual: 'realisasi', capaian: 'capaian' } as const;
const PERIOD = { quarter: 'triwulan', semester: 'semester', month: 'bulan' } as const;
const period = (p: keyof typeof PERIOD | undefined) => PERIOD[p ?? 'quarter'];
const ORDER = { quarter: 'I, II, III, IV', semester: 'I, II', month: '1 sampai 12' } as const;
const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const unit = (u: string | null) => (u === null ? '' : u === '%' ? ' %' : ` ${u}`);

export const id: Catalogue = {
  'table-not-found': (d) => d.undeclaredForms
    ? `Formulir Evaluasi Renja di lembar ${list(d.undeclaredForms, L)} tidak diperiksa: tidak ada baris nomor kolom yang memuat rumus (mis. 12 = 8+9+10+11 atau 13 = 12/7 x 100). Tuliskan rumus kolom di baris nomor kolom agar formulir diperiksa.`
    : `Tidak ditemukan tabel yang dikenali. Dicari baris judul kolom berisi: ${list(d.lookedFor, L)}.`,
  'column-missing': (d) => `Kolom ${col(d.column)} tidak ada di tabel ini; kolom ini wajib.`,
  'quarter-missing': (d) => `Kolom ${cap(period(d.period))} ${list(d.missing, L)} tidak ada, padahal ${period(d.period)} lain ada.`,
  'quarter-order': (d) => `Urutan kolom ${period(d.period)} tidak ${ORDER[d.period ?? 'quarter']} (tertulis: ${list(d.order, L)}). Perhitungan tetap mengikuti judul kolom.`,
  'quarter-duplicate': (d) => `${cap(period(d.period))} ${str(d.quarter)} muncul dua kali (kolom ${list(d.columns, L)}); yang dipakai kolom paling kiri.`,
  'no-room-for-capaian': (d) => d.next
    ? `Tabel tidak punya kolom Capaian, dan kolom ${str(d.column)} di kanannya satu-satunya kolom kosong sebelum isi di kolom ${str(d.next)} (mengisinya menyambung dua tabel); capaian tidak ditulis.`
    : `Tabel tidak punya kolom Capaian dan kolom ${str(d.column)} di kanannya tidak kosong; capaian tidak ditulis.`,
  'value-unreadable': (d) => `Isi sel "${quote(d.text)}" tidak dapat dibaca sebagai angka.`,
  'value-multiple': (d) => `Sel berisi dua ukuran (${list(d.values, L)}).` + (d.used !== null ? ` Yang dipakai: ${num(d.used, L)} ${str(d.unit)}.` : d.alike ? ` Angka tanpa satuan di sampingnya bisa juga bersatuan ${str(d.unit)}: tidak pasti mana yang dimaksud, tidak ada yang dipakai.` : d.unit ? ` Tidak ada yang bersatuan indikator (${str(d.unit)}); tidak dapat dipakai.` : ' Tidak ada yang dapat dipakai.'),
  'value-error': (d) => `Sel berisi galat Excel ${str(d.error)}.`,
  'value-negative': (d) => `Nilai negatif (${num(d.value, L)}) pada kolom ${col(d.column)}.`,
  'number-ambiguous': (d) => `Penulisan angka ini dapat berarti ribuan atau desimal; dibaca sebagai ${num(d.read, L)} (notasi Indonesia). Periksa kembali.`,
  'number-notation-mixed': (d) => `Tabel memakai dua cara penulisan angka: notasi Indonesia (35,17) dan notasi Inggris (35.17), mis. sel ${list(d.examples, L)}.`,
  'unit-mismatch': (d) => `Satuan "${str(d.actual)}" berbeda dari satuan indikator "${str(d.expected)}".`,
  'unit-unknown': (d) => `Satuan "${str(d.word)}" tidak dikenal.` + (d.suggestion ? ` Mungkin maksudnya "${str(d.suggestion)}" (dipakai).` : ''),
  'percent-scale-mixed': (d) => `Nilai ${num(d.value, L)} tampak sebagai pecahan, sedangkan nilai lain di baris ini persen utuh.`,
  'annual-sum-mismatch': (d) => d.cumulative
    ? `Realisasi tahunan ${num(d.actual, L)}${unit(d.unit)} tidak sama dengan realisasi kumulatif ${period(d.period)} terakhir ${num(d.expected, L)}${unit(d.unit)}.`
    : `Realisasi tahunan ${num(d.actual, L)}${unit(d.unit)} tidak sama dengan jumlah ${period(d.period)} ${num(d.expected, L)}${unit(d.unit)}.`,
  'annual-underivable': (d) => `Realisasi tahunan ${num(d.actual, L)}${unit(d.unit)} tidak sama dengan ${period(d.period)} terakhir (${num(d.last, L)}${unit(d.unit)}) maupun rata-rata ${period(d.period)} (${num(d.mean, L)}${unit(d.unit)}).`,
  'annual-missing': (d) => `Realisasi tahunan kosong padahal ${period(d.period)} terisi.` + (d.derived !== null ? ` Dihitung dari ${period(d.period)}: ${num(d.derived, L)}.` : ''),
  'cumulative-decreasing': (d) => `Realisasi kumulatif turun dari ${num(d.previous, L)} menjadi ${num(d.value, L)}.`,
  'target-missing': (d) => `Target indikator "${quote(d.indicator)}" kosong; capaian tidak dapat dihitung.`,
  'target-zero': (d) => `Target indikator "${quote(d.indicator)}" 0; capaian tidak dapat dihitung (pembagian dengan nol).`,
  'realisation-missing': (d) => `Indikator "${quote(d.indicator)}" tidak punya realisasi untuk tahun ini; capaian tidak dihitung.`,
  'category-unscored': (d) => (d.target === null
    ? `Realisasi berupa kategori tanpa nilai (${str(d.realisation)}), targetnya angka`
    : d.realisation === null
      ? `Target berupa kategori tanpa nilai (${str(d.target)}), realisasinya angka`
      : `Target dan realisasi berupa kategori tanpa nilai (${str(d.target)} / ${str(d.realisation)})`) + '; capaian tidak dihitung. Tambahkan nilai, mis. "Baik (88)".',
  'capaian-mismatch': (d) => `Capaian${d.indicator ? ` "${quote(d.indicator)}"` : ''}${d.year ? ` tahun ${d.year}` : ''} tertulis ${pct(d.stated, L)}, hasil hitung ${pct(d.computed, L)}.`,
  'capaian-unverifiable': (d) => `Tertulis ${pct(d.stated, L)}, tetapi capaian tidak dapat dihitung dari target dan realisasi.`,
  'capaian-implausible': (d) => `Capaian ${pct(d.capaian, L)} di atas ${pct(d.threshold, L)}: target mungkin terlalu rendah atau satuan tercampur.`,
  'pagu-missing': (d) => `Kelompok "${quote(d.group)}" tidak punya pagu.`,
  'pagu-zero': (d) => `Pagu kelompok "${quote(d.group)}" 0; persentase anggaran tidak dapat dihitung.`,
  'spent-over-pagu': (d) => `Realisasi anggaran ${rupiah(d.spent, L, d.scale)} melebihi pagu ${rupiah(d.pagu, L, d.scale)}.`,
  'absorption-mismatch': (d) => d.cumulative
    ? `% anggaran s.d. tahun ini tertulis ${pct(d.stated, L)}, hasil hitung realisasi kumulatif ÷ anggaran Renstra ${pct(d.computed, L)}.`
    : `% anggaran tertulis ${pct(d.stated, L)}, hasil hitung realisasi ÷ pagu ${pct(d.computed, L)}.`,
  'average-mismatch': (d) => `Rata-rata capaian ${d.group ? `kelompok "${quote(d.group)}"` : 'tabel'}${d.year !== undefined ? ` tahun ${d.year}` : ''} tertulis ${pct(d.stated, L)}, hasil hitung ${pct(d.computed, L)}.`,
  'total-mismatch': (d) => `Baris jumlah tertulis ${num(d.actual, L)}, jumlah kolomnya ${num(d.expected, L)}.`,
  'cross-table-mismatch': (d) => `${d.field === 'unit' ? 'Satuan' : d.field === 'target' ? 'Target' : 'Realisasi tahunan'} indikator "${quote(d.name)}" berbeda dari ${str(d.otherSheet)}${d.otherCell ? '!' + d.otherCell : ''}: di sini ${str(d.value)}, di sana ${str(d.other)}.`,
  'indicator-name-differs': (d) => `Nama indikator "${quote(d.name)}" berbeda dengan ${str(d.otherSheet)}${d.otherCell ? '!' + d.otherCell : ''}: "${quote(d.otherName)}".`,
  'indicator-unmatched': (d) =>
    d.missingHere
      ? `Indikator "${quote(d.name)}" (${str(d.otherSheet)}${d.otherCell ? '!' + d.otherCell : ''}) tidak ditemukan di tabel ${str(d.sheet)}.`
      : `Indikator "${quote(d.name)}" di tabel ${str(d.sheet)} tidak ditemukan di tabel ${str(d.otherSheet)}.`,
  'column-ambiguous': (d) => `Dua kolom dapat berperan sebagai ${ROLE[d.role]} tahun ini: ${list(d.columns, L)}. Cermat tidak menebak: capaian yang bergantung padanya tidak dihitung dan tidak ada yang ditulis di tabel ini. Ubah judul salah satu kolom.`,
  'polarity-inferred': (d) => d.from === 'target'
    ? `Indikator "${quote(d.indicator)}" dibaca berpolaritas negatif (makin kecil makin baik) karena targetnya batas atas ("${str(d.phrase)}"); capaian = (2T − R)/T. Tambahkan kolom Polaritas bila keliru.`
    : d.from === 'agreement'
    ? `Indikator "${quote(d.indicator)}" dibaca berpolaritas negatif (makin kecil makin baik) karena targetnya di Perjanjian Kinerja batas atas ("${str(d.phrase)}"); capaian = (2T − R)/T. Tambahkan kolom Polaritas bila keliru.`
    : `Indikator "${quote(d.indicator)}" dibaca berpolaritas negatif (makin kecil makin baik) karena namanya memuat "${str(d.phrase)}"; capaian = (2T − R)/T. Tambahkan kolom Polaritas bila keliru.`,
  'rollup-mismatch': (d) => `Kolom "${quote(d.header)}" baris induk ${rupiah(d.actual, L, d.scale)} tidak sama dengan jumlah baris anaknya (baris ${list(d.rows, L)}) ${rupiah(d.expected, L, d.scale)}: selisih ${rupiah(Math.abs(d.actual - d.expected), L, d.scale)}${d.actual > d.expected ? ' lebih besar' : ' lebih kecil'}.`,
  'remaining-mismatch': (d) => d.column === 'remaining'
    ? `Sisa anggaran tertulis ${rupiah(d.actual, L, d.scale)}, padahal pagu − realisasi = ${rupiah(d.expected, L, d.scale)}.`
    : `% sisa tertulis ${pct(d.actual, L)}, padahal 100 − % realisasi = ${pct(d.expected, L)}.`,
  // SPEC §11: the evaluation form's codes; their words live with the form (src/core/renja/messages.ts).
  'form-formula-mismatch': (d) => FORM_MESSAGES.id['form-formula-mismatch'](d),
  'percent-summed': (d) => FORM_MESSAGES.id['percent-summed'](d),
  'formula-inconsistent': (d) => FORM_MESSAGES.id['formula-inconsistent'](d),
  'formula-constant': (d) => FORM_MESSAGES.id['formula-constant'](d),
  'predicate-mismatch': (d) => FORM_MESSAGES.id['predicate-mismatch'](d),
};
