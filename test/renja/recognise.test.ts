import { SheetView } from '../../src/core/grid';
import { isFooterAverage, isQuarterName, parseDeclaration, recogniseForm, roleOfLabel, subColumnOf } from '../../src/core/renja/recognise';
import { levelOfCode, levelOfLabel, splitIndicators } from '../../src/core/renja/hierarchy';
import { FOOTER_MERGES, HEADER_MERGES, formOf, form, gridOf } from './form';
import { analyseWorkbook } from '../../src/core/workbook';
import { messageOf } from '../../src/core/messages';
import { checkForm } from '../../src/core/renja/checks';

describe('parseDeclaration', () => {
  it.each([
    ['12 = 8+9+10+11', { result: 12, kind: 'sum', terms: [8, 9, 10, 11] }],
    ['13 = 9 + 10 + 11 + 12', { result: 13, kind: 'sum', terms: [9, 10, 11, 12] }],
    ['14 = 6 + 12', { result: 14, kind: 'sum', terms: [6, 12] }],
    ['13 = 12/7 x 100', { result: 13, kind: 'ratio', numerator: 12, denominator: 7 }],
    ['15 = 14 / 6 X 100', { result: 15, kind: 'ratio', numerator: 14, denominator: 6 }],
    ['(13) = (12)/(7) × 100%', { result: 13, kind: 'ratio', numerator: 12, denominator: 7 }],
    ['9 = 8/5*100', { result: 9, kind: 'ratio', numerator: 8, denominator: 5 }],
    // A run of columns: what `8+9+10+11` says.
    ['12 = 8 s.d. 11', { result: 12, kind: 'sum', terms: [8, 9, 10, 11] }],
    ['12 = 8 s/d 11', { result: 12, kind: 'sum', terms: [8, 9, 10, 11] }],
    ['(12) = (8) sampai (11)', { result: 12, kind: 'sum', terms: [8, 9, 10, 11] }],
  ])('%s', (text, expected) => {
    expect(parseDeclaration(text)).toMatchObject(expected);
  });
  it.each(['12', 'Kode', '12 = lihat catatan', '13 = 12 - 7', '12 = 11 s.d. 8', ''])('%j is no declaration', (text) => {
    expect(parseDeclaration(text)).toBeNull();
  });
});

describe('subColumnOf: the K/Rp sub-row as forms write it', () => {
  it.each([
    ['K', 'k'], ['Kinerja (K)', 'k'], ['Fisik (%)', 'k'], ['Vol.', 'k'],
    ['Rp', 'rp'], ['(Juta Rp)', 'rp'], ['Ribu Rp', 'rp'], ['Keu', 'rp'], ['Keuangan (Rp)', 'rp'], ['Rp (000)', 'rp'],
    ['%', 'pct'], ['Satuan', 'unit'],
  ])('%s → %s', (text, sub) => expect(subColumnOf(text)).toBe(sub));
  it.each(['Keterangan', 'Kode', 'Jumlah'])('%s is no sub-column', (text) => expect(subColumnOf(text)).toBeNull());
});

describe('isFooterAverage: the footer\'s Rata-rata capaian label as forms write it', () => {
  it.each([
    'Rata-rata capaian kinerja (%)', 'Rata - rata capaian kinerja', 'Rata rata capaian', 'Rata2 capaian kinerja', 'Rerata capaian kinerja',
    'Nilai rata-rata capaian kinerja', 'Rata-rata tingkat capaian kinerja', 'RATA-RATA CAPAIAN KINERJA',
    // A letter or two off in rata-rata or in capaian.
    'Rata-rata Capain Kinerja (%)', 'Rata-rta capaian kinerja', 'Rta-rta capaian kinerja', 'Rata-rata capaiaan kinerja', 'RATA-RATA CAPAIN',
  ])('%s', (text) => expect(isFooterAverage(text)).toBe(true));
  it.each([
    'Rata-rata', 'Rata-rata lama sekolah', 'Rata-rata realisasi anggaran', 'Rasio capaian', 'Realisasi capaian kinerja', 'Predikat kinerja',
    // A first letter changed is no typo of it.
    'Kata-kata capaian',
  ])('%s is no footer average', (text) => expect(isFooterAverage(text)).toBe(false));
});

describe('roleOfLabel', () => {
  it.each([
    ['Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)', 'renstraTarget'],
    ['Target RPJMD Tahun 2026', 'renstraTarget'],
    ['Realisasi Capaian Kinerja Renstra Perangkat Daerah s.d. Renja Perangkat Daerah Tahun Lalu (2024)', 'lastRealisation'],
    ['Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun 2024', 'lastRealisation'],
    ['Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun 2025) yang dievaluasi', 'target'],
    ['Realisasi Kinerja Pada Triwulan', 'quarter'],
    ['Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi', 'realisation'],
    ['Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah  s/d Tahun 2025', 'cumulative'],
    ['Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)', 'capaian'],
    ['Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun 2030 (%)', 'cumulativeCapaian'],
    ['Perangkat Daerah Penanggung Jawab', 'responsible'],
    ['Keterangan', 'notes'],
    ['Satuan', 'unit'],
    ['Indikator Kinerja Program (Outcome)/Kegiatan (Output)', 'indicator'],
    ['Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan', 'label'],
    ['Kode', 'code'],
    ['Sasaran Perangkat daerah', 'other'],
  ])('%s → %s', (label, role) => {
    expect(roleOfLabel(label)).toBe(role);
  });

  // A typo in a label's key word (one letter, the first kept) is read as the word meant.
  it.each([
    ['Realisai Kinerja pada Triwulan', 'quarter'],
    ['Realisasi Kinerja pada Triwlan', 'quarter'],
    ['Tingkat Capain Kinerja dan Realisasi Anggaran Renja (%)', 'capaian'],
    ['Targt Kinerja dan Anggaran Renja Tahun Berjalan (2025)', 'target'],
    ['Realsasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi', 'realisation'],
    ['Indikatr Kinerja Program (Outcome)/Kegiatan (Output)', 'indicator'],
    ['Satuan', 'unit'],
    // Too far from any key word (three letters off), or a real word of its own: as before.
    ['Rlsasi Kinerja pada Triwulan', 'other'],
    ['Catatan', 'notes'],
  ])('typo: %s → %s', (label, role) => {
    expect(roleOfLabel(label)).toBe(role);
  });
});

describe('levels', () => {
  it.each([
    ['1', 'urusan'], ['1.02', 'bidang'], ['1.02.01', 'program'], ['1.02.01.2.01', 'kegiatan'], ['1.02.01.2.01.0001', 'subkegiatan'],
    ['X.XX.01', 'program'],
  ])('code %s → %s', (code, level) => {
    expect(levelOfCode(code)).toBe(level);
  });
  it.each([
    ['Program Penunjang Urusan Pemerintahan Daerah', 'program'],
    ['PROGRAM PEMENUHAN UPAYA KESEHATAN', 'program'],
    ['Kegiatan: Penyusunan Dokumen', 'kegiatan'],
    ['Sub Kegiatan Penyusunan Dokumen', 'subkegiatan'],
    ['URUSAN PEMERINTAHAN BIDANG KESEHATAN', 'bidang'],
    ['URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR', 'urusan'],
    ['UNSUR PENUNJANG URUSAN PEMERINTAHAN', 'urusan'],
    // A number or code before the level word (a form without a Kode column writes it in the label).
    ['1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR', 'urusan'],
    ['2. Program Penunjang Urusan Pemerintahan Daerah', 'program'],
    ['Perencanaan, Penganggaran, dan Evaluasi Kinerja', null],
  ])('label %s → %s', (label, level) => {
    expect(levelOfLabel(label)).toBe(level);
  });
  it('two numbered indicators in one cell are two', () => {
    expect(splitIndicators('1. Nilai LHE AKIP Perangkat Daerah    2. Indeks Kepuasan Masyarakat (IKM)')).toEqual([
      'Nilai LHE AKIP Perangkat Daerah', 'Indeks Kepuasan Masyarakat (IKM)',
    ]);
    expect(splitIndicators('Persentase 2. tahap')).toEqual(['Persentase 2. tahap']);
  });
});

describe('recogniseForm on a quarter-to-date form with an unnumbered Satuan column', () => {
  const layout = recogniseForm(new SheetView(gridOf(form()).sheets[0]))!;
  it('anchors on the numbered row and reads the groups through merges', () => {
    expect(layout.numberedRow).toBe(2);
    expect(layout.subRow).toBe(3);
    expect(layout.headerTop).toBe(0);
    const roles = layout.groups.map((g) => [g.number, g.role, g.quarter ?? null, g.k ?? null, g.rp ?? null]);
    expect(roles).toEqual([
      [1, 'no', null, null, null], [2, 'code', null, null, null], [3, 'label', null, null, null], [4, 'indicator', null, null, null],
      [null, 'unit', null, null, null], [5, 'target', null, 5, 6], [6, 'quarter', 1, 7, 8], [7, 'quarter', 2, 9, 10],
      [8, 'realisation', null, 11, 12], [9, 'capaian', null, 13, 14],
    ]);
  });
  it('ends the body at the footer and finds the average and predicate cells', () => {
    expect(layout.bodyRows).toEqual([4, 5, 6, 7, 8]);
    expect(layout.footer).toEqual({ average: { row: 9, col: 13 }, predicate: { row: 10, col: 13 } });
  });
  it('builds the hierarchy from the codes', () => {
    const f = formOf(form());
    expect(f.rows.map((r) => [r.row + 1, r.level, r.parent === null ? null : f.rows[r.parent].row + 1])).toEqual([
      [5, 'bidang', null], [6, 'program', 5], [7, 'kegiatan', 6], [8, 'kegiatan', 6], [9, 'kegiatan', 6],
    ]);
  });
  it('reads a code whose segments are apart by spaces (1 02 01 2 01) as the dotted one', () => {
    const f = formOf(form({ B5: '1 02', B6: '1 02 01', B7: '1 02 01 2 01', B8: '1. 02. 01. 2. 02', B9: '1 02 01 2 03' }));
    expect(f.rows.map((r) => [r.row + 1, r.level, r.code])).toEqual([
      [5, 'bidang', '1.02'], [6, 'program', '1.02.01'], [7, 'kegiatan', '1.02.01.2.01'], [8, 'kegiatan', '1.02.01.2.02'], [9, 'kegiatan', '1.02.01.2.03'],
    ]);
  });
  it('without codes or level words, takes the levels from the roll-up formulas', () => {
    const f = formOf(form({ B5: null, B6: null, B7: null, B8: null, B9: null, C5: 'KESEHATAN', C6: 'Penunjang Urusan Pemerintahan Daerah' }));
    expect(f.rows.map((r) => [r.row + 1, r.level, r.levelFrom])).toEqual([
      [5, 'program', 'formulas'], [6, 'kegiatan', 'formulas'], [7, 'subkegiatan', 'formulas'], [8, 'subkegiatan', 'formulas'], [9, 'subkegiatan', 'formulas'],
    ]);
    expect(f.rows.map((r) => (r.parent === null ? null : f.rows[r.parent].row + 1))).toEqual([null, 5, 6, 6, 6]);
  });
  it('is not a form: an LKj table whose numbering row declares its capaian formula', () => {
    const lkj = gridOf({
      A1: 'No', B1: 'Sasaran Strategis', C1: 'Indikator Kinerja', D1: 'Target', E1: 'Realisasi', F1: 'Capaian (%)', G1: 'Keterangan',
      A2: '(1)', B2: '(2)', C2: '(3)', D2: '(4)', E2: '(5)', F2: '(6) = (5)/(4) x 100', G2: '(7)',
      A3: 1, B3: 'Meningkatnya kualitas layanan', C3: 'Indeks kepuasan masyarakat', D3: 80, E3: 82, F3: 102.5,
    }, []);
    expect(recogniseForm(new SheetView(lkj.sheets[0]))).toBeNull();
  });
  it('is not a form without a declared formula in the numbered row — nor an LKj table with its K/Rp pairs as quarters', () => {
    const cells = form({ L3: 8, N3: 9 });
    expect(recogniseForm(new SheetView(gridOf(cells).sheets[0]))).toBeNull();
    const a = analyseWorkbook(gridOf(cells));
    expect(a.tables).toEqual([]);
    expect(a.findings.map((f) => f.code)).toEqual(['table-not-found']);
  });
  it('`Realisasi Kinerja` over the quarters\' names (no `pada Triwulan`): the quarter groups', () => {
    const l = recogniseForm(new SheetView(gridOf(form({ H1: 'Realisasi Kinerja' })).sheets[0]))!;
    expect(l.groups.filter((g) => g.number === 6 || g.number === 7).map((g) => [g.role, g.quarter])).toEqual([['quarter', 1], ['quarter', 2]]);
  });
  it('numbers typed in the K cell only (not merged over the K/Rp pair) read as the merged ones', () => {
    const merges = HEADER_MERGES.filter((m) => !/^[FHJLN]3:/.test(m));
    const plain = recogniseForm(new SheetView(gridOf(form()).sheets[0]))!;
    const kOnly = recogniseForm(new SheetView(gridOf(form(), [...merges, ...FOOTER_MERGES]).sheets[0]))!;
    expect(kOnly.groups.map((g) => [g.number, g.role, g.cols, g.k ?? null, g.rp ?? null])).toEqual(plain.groups.map((g) => [g.number, g.role, g.cols, g.k ?? null, g.rp ?? null]));
  });
});

describe('a form numbered on every leaf column (5 6 over K Rp, the other numbering)', () => {
  // The same form, its numbered row per leaf: F3 5 (K), G3 6 (Rp), … and each leaf declares its own formula.
  const leafNumbers = {
    F3: 5, G3: 6, H3: 7, I3: 8, J3: 9, K3: 10, L3: '11 = 7 + 9', M3: '12 = 8 + 10', N3: '13 = 11/5 X 100', O3: '14 = 12/6 X 100',
  };
  const merges = HEADER_MERGES.filter((m) => !/^[FHJLN]3:/.test(m));
  const leaf = (changes: Record<string, unknown> = {}) => gridOf({ ...form(), ...leafNumbers, ...changes } as ReturnType<typeof form>, [...merges, ...FOOTER_MERGES]);

  it('reads the K and Rp columns of each header as one group, with the groups of the pair-numbered form', () => {
    const layout = recogniseForm(new SheetView(leaf().sheets[0]))!;
    expect(layout).not.toBeNull();
    expect(layout.groups.map((g) => [g.number, g.role, g.quarter ?? null, g.cols, g.k ?? null, g.rp ?? null])).toEqual([
      [1, 'no', null, [0], null, null], [2, 'code', null, [1], null, null], [3, 'label', null, [2], null, null], [4, 'indicator', null, [3], null, null],
      [null, 'unit', null, [4], null, null], [5, 'target', null, [5, 6], 5, 6], [7, 'quarter', 1, [7, 8], 7, 8], [9, 'quarter', 2, [9, 10], 9, 10],
      [11, 'realisation', null, [11, 12], 11, 12], [13, 'capaian', null, [13, 14], 13, 14],
    ]);
    // Each leaf number answers for its group: `12 = 8 + 10` is `11 = 7 + 9` for Rp.
    expect(layout.declarations).toEqual([
      { text: '11 = 7 + 9', rpText: '12 = 8 + 10', result: 11, kind: 'sum', terms: [7, 9] },
      { text: '13 = 11/5 X 100', rpText: '14 = 12/6 X 100', result: 13, kind: 'ratio', numerator: 11, denominator: 5 },
    ]);
  });
  it('checks it as the pair-numbered form: clean, and a broken Rp quoted with its own declaration', () => {
    expect(analyseWorkbook(leaf()).findings).toEqual([]);
    const broken = analyseWorkbook(leaf({ M8: 140, O8: ['M8/G8*100', 70] }));
    expect(broken.findings.map((f) => [f.code, f.cell, (f.data as { declaration?: string }).declaration])).toEqual([
      ['form-formula-mismatch', 'M8', '12 = 8 + 10'],
    ]);
  });
  it('without a declaration, is left alone — not an LKj table with its K and Rp columns as quarters', () => {
    const a = analyseWorkbook(leaf({ L3: 11, M3: 12, N3: 13, O3: 14 }));
    expect(a.forms).toEqual([]);
    expect(a.tables).toEqual([]);
    expect(a.findings.map((f) => f.code)).toEqual(['table-not-found']);
    // The finding says why (it had listed `Indikator Kinerja, Target` as looked for, both in the header).
    expect(a.findings[0].data).toMatchObject({ undeclaredForms: ['Evaluasi Renja TW II'] });
    expect(messageOf(a.findings[0], 'id')).toMatch(/^Formulir Evaluasi Renja di lembar Evaluasi Renja TW II tidak diperiksa: tidak ada baris nomor kolom yang memuat rumus/);
    expect(messageOf(a.findings[0], 'en')).toMatch(/^The Renja evaluation form on Evaluasi Renja TW II was not checked: no row of column numbers declares a formula/);
  });
});

describe('a form without a numbered row', () => {
  // The same form with its K/Rp row right under the header and no row of column numbers.
  const unnumbered = () => {
    const cells: Record<string, unknown> = { ...form() };
    for (const k of Object.keys(cells)) if (/^[A-Z]+3$/.test(k)) delete cells[k];
    for (const k of Object.keys(cells)) {
      const m = /^([A-Z]+)4$/.exec(k);
      if (m) {
        cells[`${m[1]}3`] = cells[k];
        delete cells[k];
      }
    }
    return cells as ReturnType<typeof form>;
  };
  it('is left alone, as one without a declaration — not an LKj table with its K/Rp pairs as quarters', () => {
    const a = analyseWorkbook(gridOf(unnumbered(), [...HEADER_MERGES.filter((m) => !/3:/.test(m)), ...FOOTER_MERGES]));
    expect([a.forms, a.tables, a.findings.map((f) => f.code)]).toEqual([[], [], ['table-not-found']]);
  });
});

describe('footer words inside the body (SPEC §11: footer rows end the body, a body row\'s words do not)', () => {
  // The form with a Keterangan column (P, numbered 10) right of the percentages.
  const withNotes = (changes: Record<string, unknown> = {}) => form({ P1: 'Keterangan', P3: 10, ...changes } as ReturnType<typeof form>);
  const merges = [...HEADER_MERGES, 'P1:P2', ...FOOTER_MERGES];
  const rowsOf = (cells: ReturnType<typeof form>, m = merges) => formOf(cells, { merges: m }).indicators.map((i) => i.row + 1);
  const codes = (cells: ReturnType<typeof form>, m = merges) => checkForm(formOf(cells, { merges: m })).map((f) => `${f.code}@${f.cell}`);

  it('a Keterangan note opening with Faktor penghambat is the row\'s note: the rows below it are read', () => {
    // Rows 8 and 9 had been dropped: average (70 + 93.75)/2 = 81.88 against the stated 79.69, a false average-mismatch.
    const cells = withNotes({ P8: 'Faktor penghambat: keterlambatan pencairan dana BOK' });
    expect(rowsOf(cells)).toEqual([6, 7, 8, 9]);
    expect(formOf(cells, { merges }).average).toBe(79.69);
    expect(codes(cells)).toEqual([]);
  });
  it('an indicator named Predikat … is an indicator, not the footer\'s predicate', () => {
    // Row 8's indicator renamed, its values unchanged: still 3/4 = 75 %, and the footer stays rows 10–11.
    const cells = withNotes({ D8: 'Predikat akreditasi puskesmas (nilai rata-rata)' });
    expect(rowsOf(cells)).toEqual([6, 7, 8, 9]);
    expect(formOf(cells, { merges }).layout.footer).toEqual({ average: { row: 9, col: 13 }, predicate: { row: 10, col: 13 } });
    expect(codes(cells)).toEqual([]);
  });
  it('the footer still ends the body where its words stand alone in the label or indicator column, unmerged', () => {
    // No merge over the footer: its words in C (the label column) or in D (the indicator column), its average in N.
    for (const col of ['C', 'D']) {
      const cells = form({ A10: null, A11: null, [`${col}10`]: 'Rata-rata capaian kinerja (%)', [`${col}11`]: 'Predikat kinerja', [`${col}12`]: 'Faktor penghambat: pengadaan terlambat' });
      const f = formOf(cells, { merges: HEADER_MERGES });
      expect(f.layout.bodyRows).toEqual([4, 5, 6, 7, 8]);
      expect(f.layout.footer).toEqual({ average: { row: 9, col: 13 }, predicate: { row: 10, col: 13 } });
      expect(codes(cells, HEADER_MERGES)).toEqual([]);
    }
  });
});

describe('quarter groups labelled by their name alone (TW I, Triwulan II: no Realisasi Kinerja pada Triwulan over them)', () => {
  // The form's quarter headers H1:I2 and J1:K2 carry the quarter's name and nothing above it.
  const merges = [...HEADER_MERGES.filter((m) => !['H1:K1', 'H2:I2', 'J2:K2'].includes(m)), 'H1:I2', 'J1:K2', ...FOOTER_MERGES];
  const bare = (h: string, j: string, changes: Record<string, unknown> = {}) =>
    ({ ...form(), H1: h, J1: j, H2: null, J2: null, ...changes }) as ReturnType<typeof form>;
  const groups = (cells: ReturnType<typeof form>) =>
    recogniseForm(new SheetView(gridOf(cells, merges).sheets[0]))!.groups.filter((g) => g.number !== null && g.number >= 5).map((g) => [g.number, g.role, g.quarter ?? null]);

  it.each([['TW I', 'TW II'], ['Triwulan I', 'Triwulan II'], ['Trw. 1', 'Trw. 2'], ['Semester I', 'Semester II'], ['Triwlan I', 'Triwlan II']])('%s, %s are quarters 1 and 2', (h, j) => {
    // 8 = 6 + 7 over them makes 8 this year's realisation, as the labelled form reads it.
    expect(groups(bare(h, j))).toEqual([[5, 'target', null], [6, 'quarter', 1], [7, 'quarter', 2], [8, 'realisation', null], [9, 'capaian', null]]);
  });
  it('the clean form so labelled has no finding; its % indicator\'s quarters summed is percent-summed', () => {
    expect(checkForm(formOf(bare('TW I', 'TW II'), { merges })).map((f) => `${f.code}@${f.cell}`)).toEqual([]);
    // Row 7 is a %: 70 + 75 = 145 stated in 8 (and 145/80 = 181.25 in 9) is a sum of percentages; §4 takes 75 → 93.75 %.
    const summed = bare('Triwulan I', 'Triwulan II', { L7: ['H7+J7', 145], N7: ['L7/F7*100', 181.25] });
    const found = checkForm(formOf(summed, { merges }));
    expect(found.map((f) => `${f.code}@${f.cell}`)).toEqual(['percent-summed@L7']);
    expect(formOf(summed, { merges }).indicators.find((i) => i.row === 6)?.capaian).toBe(93.75);
  });
  it('a count\'s realisation that is not the sum of its quarters is form-formula-mismatch', () => {
    // Row 9 counts Paket: 2 + 2 = 4, stated 5 (its capaian written from it by formula, 5/5 = 100; average 84.69).
    const cells = bare('TW I', 'TW II', { L9: 5, N9: ['L9/F9*100', 100], N10: 84.69 });
    expect(checkForm(formOf(cells, { merges })).map((f) => `${f.code}@${f.cell}`)).toEqual(['form-formula-mismatch@L9']);
  });
  it('a Target … Triwulan label is no quarter; nor is a quarter name with more words', () => {
    // Read as a target, then as no target beside the declared denominator (9 = 8/5 x 100): not a quarter either way.
    expect(groups(bare('Target Kinerja Triwulan I', 'TW II')).slice(1, 3)).toEqual([[6, 'other', null], [7, 'quarter', 2]]);
    expect(['TW I', 'TW.II', 'Triwulan 3', 'Trw IV', 'Q1', 'Semester I', 'Smt 2'].map(isQuarterName)).toEqual([true, true, true, true, true, true, true]);
    expect(['Target Triwulan I', 'Target TW I', 'Triwulan', 'TW V', 'Semester III', 'Realisasi s.d. TW II', 'Jumlah'].map(isQuarterName)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('an LKj table with K/Rp under Target │ Realisasi … │ Capaian (no Renja words)', () => {
  it.each(['Realisasi', 'Realisasi s.d. Triwulan IV'])('%s: no unnumbered form, an LKj budget and performance table', (realisation) => {
    const lkj = gridOf({
      A1: 'No', B1: 'Indikator Kinerja', C1: 'Target', E1: realisation, G1: 'Capaian (%)',
      C2: 'K', D2: 'Rp', E2: 'K', F2: 'Rp', G2: 'K', H2: 'Rp',
      A3: 1, B3: 'Indeks kepuasan masyarakat', C3: 80, D3: 1000, E3: 82, F3: 900, G3: 102.5, H3: 90,
    }, ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1']);
    const a = analyseWorkbook(lkj);
    // Its Rp sub-columns are the pagu, the spent and the absorption; not left alone as a form.
    expect(a.tables.map((t) => [t.layout.kind, t.layout.columns.single.pagu, t.layout.columns.single.spent])).toEqual([['budget', 3, 5]]);
    expect(a.findings.some((f) => f.code === 'table-not-found')).toBe(false);
  });
});

describe('a Program\'s own footer rows inside the body', () => {
  it('are passed over: the body goes on, and the form\'s footer is the last one', () => {
    const cells = form({
      A10: 'Rata-rata capaian kinerja program', N10: 79.69, A11: 'Predikat kinerja program', N11: 'Tinggi',
      A12: 'Rata-rata capaian kinerja (%)', N12: { value: 79.69, format: '0.00' }, A13: 'Predikat kinerja', N13: 'Tinggi',
    });
    const l = recogniseForm(new SheetView(gridOf(cells, [...HEADER_MERGES, ...FOOTER_MERGES, 'A12:M12', 'A13:M13']).sheets[0]))!;
    // The first `… program` row had ended the body there and been taken for the form's footer.
    expect(l.footer).toEqual({ average: { row: 11, col: 13 }, predicate: { row: 12, col: 13 } });
  });
});

describe('a section row naming the Perangkat Daerah inside the body', () => {
  it('is no row of the hierarchy', () => {
    // Row 7 becomes `Perangkat Daerah : Dinas Kesehatan` over the two Kegiatan below it (row 7's own Kegiatan moved out).
    const cells = form({ B7: null, D7: null, E7: null, F7: null, G7: null, H7: null, I7: null, J7: null, K7: null, L7: null, M7: null, N7: null, O7: null, C7: 'Perangkat Daerah : Dinas Kesehatan' });
    const f = formOf(cells);
    expect(f.rows.map((r) => r.row + 1)).toEqual([5, 6, 8, 9]);
  });
});

describe('two forms on one sheet, one below the other', () => {
  // Form B is the clean form moved down by `by` rows: every address and every reference in its formulas.
  const moved = (cells: ReturnType<typeof form>, by: number): ReturnType<typeof form> => {
    const shift = (text: string) => text.replace(/\b([A-Z]{1,2})(\d+)\b/g, (_, c: string, r: string) => `${c}${Number(r) + by}`);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(cells)) out[shift(k)] = Array.isArray(v) ? [shift(v[0] as string), v[1]] : v;
    return out as ReturnType<typeof form>;
  };
  const mergesMoved = (by: number) => [...HEADER_MERGES, ...FOOTER_MERGES].map((m) => m.replace(/\d+/g, (r) => String(Number(r) + by)));
  const BY = 14;

  it('checks both as forms, each with its own findings (the second had been an LKj table: Target missing, every quarter twice)', () => {
    // Form B's realisation in row 8 broken against its declaration `8 = 6 + 7`: its own finding, at its own address.
    const b = moved(form({ L8: 5, N8: ['L8/F8*100', 125] }), BY);
    const a = analyseWorkbook(gridOf({ ...form(), A13: 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', ...b }, [...HEADER_MERGES, ...FOOTER_MERGES, ...mergesMoved(BY)]));
    expect(a.tables).toEqual([]);
    expect(a.forms.map((f) => [f.layout.headerTop, f.layout.bodyRows[0], f.layout.bodyBottom])).toEqual([[0, 4, 8], [14, 18, 22]]);
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['form-formula-mismatch', 'L22']]);
  });
  it('ends the first form\'s body at the second\'s title when no footer or signature comes between', () => {
    const first = form();
    for (const k of ['A10', 'N10', 'A11', 'N11']) delete first[k];
    const a = analyseWorkbook(gridOf({ ...first, A11: 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', A12: 'DINAS PENDIDIKAN', ...moved(form(), BY) },
      [...HEADER_MERGES, ...mergesMoved(BY), ...FOOTER_MERGES.map((m) => m.replace(/\d+/g, (r) => String(Number(r) + BY)))]));
    expect(a.forms.map((f) => [f.layout.bodyRows[0], f.layout.bodyBottom])).toEqual([[4, 8], [18, 22]]);
    expect(a.tables).toEqual([]);
  });
  it('a body row named like a title (a Kegiatan `Evaluasi terhadap Hasil RKPD …`, with its code) stays a body row', () => {
    const a = analyseWorkbook(gridOf(form({ C8: 'Evaluasi terhadap Hasil RKPD Kabupaten' })));
    expect([a.forms.map((f) => f.layout.bodyBottom), a.findings]).toEqual([[8], []]);
  });
  it('a second form without a declaration below a checked one is left alone, not read as an LKj table', () => {
    const b = moved(form({ L3: 8, N3: 9 }), BY);
    const a = analyseWorkbook(gridOf({ ...form(), ...b }, [...HEADER_MERGES, ...FOOTER_MERGES, ...mergesMoved(BY)]));
    expect(a.forms).toHaveLength(1);
    expect(a.tables).toEqual([]);
    expect(a.findings.filter((f) => f.code !== 'table-not-found')).toEqual([]);
  });
});
