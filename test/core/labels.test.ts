// Header labels: the fast paths of normaliseLabel give what the step-by-step normalisation gives.
import fc from 'fast-check';
import { classifyLabel, normaliseLabel, normaliseLabelFully } from '../../src/core/detect/labels';
import { typoCorrector } from '../../src/core/detect/typos';

const PIECES = ['target', 'Target', 'tahun', '2025', '1999', '2101', '12019', 'tw', 'I', 'iv', '%', '(%)', ' ', '  ', '-', '.', 's.d.', 'Rp', '\u00a0', '\t', 'Realisasi', '1', '42', 'indikator'];
const label = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((xs) => xs.join(''));

describe('normaliseLabel', () => {
  it.each([
    ['Target Tahun 2025', 'target'],
    ['Capaian (%)', 'capaian %'],
    ['s.d. TW II', 's d tw ii'],
    ['1999', ''],
    ['no', 'no'],
    ['jumlah layanan 12', 'jumlah layanan 12'],
    ['Jumlah Layanan', 'jumlah layanan'],
  ])('%j → %j', (text, expected) => expect(normaliseLabel(text)).toBe(expected));

  it('property: equals the step-by-step normalisation on label-like and arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(label, fc.string({ maxLength: 20 }), fc.stringMatching(/^[a-z0-9 ]{0,16}$/)), (text) => {
      expect(normaliseLabel(text)).toBe(normaliseLabelFully(text));
    }), { numRuns: 5000 });
  });
});

describe('classifyLabel reads a key word with its qualifier or its formula', () => {
  it.each([
    ['Capaian (%) (Realisasi/Target x 100)', 'capaian'],
    ['Capaian (R/T x 100%)', 'capaian'],
    ['Capaian thd Target', 'capaian'],
    ['Capaian Kinerja (%) (5/4 x 100)', 'capaian'],
    ['Persentase Pencapaian Rencana Tingkat Capaian (%)', 'capaian'],
    ['Rencana Tingkat Capaian (Target)', 'target'],
    ['Target RKT', 'target'],
    ['Target IKU', 'target'],
    ['Target Awal', 'target'],
    ['Target Perubahan', 'target'],
    ['Realisasi Akhir Tahun', 'realisasi'],
    ['Realisasi Tahun Berjalan', 'realisasi'],
    ['Realisasi RKT', 'realisasi'],
    ['Real.', 'realisasi'],
    // Amounts scaled or dated in the label: the scale and the year change nothing.
    ['Pagu (Rp 000)', 'pagu'], ['Pagu (Rp Juta)', 'pagu'], ['Pagu (Ribu Rp)', 'pagu'], ['Pagu (dalam ribuan rupiah)', 'pagu'],
    ['Pagu TA 2025', 'pagu'], ['Realisasi Anggaran (Rp Juta)', 'spent'], ['Anggaran (Rp 000)', 'budget-group'], ['Rp (000)', 'caption'],
    ['Realisasi s.d. 31 Desember 2025', 'annual'],
    ['Anggaran Setelah Perubahan', 'pagu'], ['Pagu Belanja', 'pagu'], ['Pagu Dana', 'pagu'], ['Jumlah Anggaran', 'pagu'], ['DIPA Revisi', 'pagu'],
    ['Anggaran Murni', 'initialPagu'], ['DIPA Awal', 'initialPagu'],
    ['Kode Program', 'code'], ['Kode Kegiatan', 'code'], ['Kode Sub Kegiatan', 'code'], ['Kode Akun', 'code'],
    // …never another role's: a medium-term capaian, the year's cumulative realisation, the budget's absorption.
    ['Capaian s.d. Desember', 'annual'],
    ['Capaian Realisasi Anggaran', 'absorption'],
    ['Target Renstra 2029', 'mediumTermTarget'],
    // As Pemda LKjIP write them (each had been no label: the column unread, a wrong value in it missed).
    ['Capaian Tahun Ini (%)', 'capaian'], ['Tingkat Serapan (%)', 'absorption'], ['Capaian Keuangan (%)', 'absorption'], ['IKU/IKD', 'indicator'],
  ])('%s → %s', (text, role) => expect(classifyLabel(text).cls?.role).toBe(role));

  it.each(['Capaian terhadap Target Renstra', 'Capaian Kinerja Sasaran Strategis', 'Realisasi Anggaran Akhir Tahun Lalu', 'Capaian Realisasi (%)'])('%s names no capaian of the year', (text) => {
    expect(classifyLabel(text).cls?.role).not.toBe('capaian');
  });
});

describe('classifyLabel reads a mistyped key word as meant', () => {
  // One letter off with the first letter kept, near exactly one key word and no other label word.
  it.each([
    ['Realisai', 'realisasi'],
    ['Triwlan I', 'quarter'],
    ['Targt', 'target'],
    ['Capain (%)', 'capaian'],
    ['Realisasi Keuagan (Rp)', 'spent'],
    ['Satuaan', 'unit'],
    ['Presentase Capaian', 'capaian'],
    ['Prosentase Serapan', 'absorption'],
  ])('%s → %s', (text, role) => expect(classifyLabel(text).cls?.role).toBe(role));

  // Label words of their own are never "corrected" into another (Desember is two letters from semester), and a word
  // too far from any key word stays unknown.
  it.each([
    ['Realisasi s.d. Desember', 'annual'],
    ['Sasaran', 'objective'],
    ['Tahunan', 'annual'],
    ['Rlsasi', undefined],
    ['Tergat', undefined],
    // Real words one or two letters from a key word: Tanggapan is no Anggaran, Kenangan no Keuangan, Indikatif no Indikator.
    ['Tanggapan', undefined],
    ['Kenangan', undefined],
    ['Tahanan', undefined],
    ['Pagu Indikatif (Rp)', 'pagu'],
  ])('%s stays %s', (text, role) => expect(classifyLabel(text).cls?.role).toBe(role));
});

describe('typoCorrector', () => {
  const correct = typoCorrector(['realisasi', 'target']);
  it.each([
    ['realisai kinerja', 'realisasi kinerja'],
    ['targe tahunan', 'target tahunan'],
    // Four letters and less are never corrected (`tagt`), nor a word near a known label word that is no key word.
    ['tagt', 'tagt'],
    ['desembr', 'desembr'],
    // A different first letter is no typo of the key word (`terget`… is, `sarget` is not).
    ['terget tahunan', 'target tahunan'],
    ['sarget', 'sarget'],
  ])('%j → %j', (text, expected) => expect(correct(text)).toBe(expected));
});
