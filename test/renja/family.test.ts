// The form family beyond the two files: the other numbering (Target Renstra as 5, quarters 8–11), K/Rp row above
// the numbered row, Rp in thousands, no Kode column but level words, a Program with a second indicator on the next
// row, a Jumlah row, values typed rather than computed.
import { findingsOf, Cells, formOf } from './form';
import { formWrites } from '../../src/core/renja/writes';
import { messageOf } from '../../src/core/messages';

const HEADER: Cells = {
  A1: 'No', B1: 'Sasaran', C1: 'Program/Kegiatan', D1: 'Indikator Kinerja Program (outcome)/ Kegiatan (output)',
  E1: 'Target Renstra SKPD pada Tahun 2026 (Akhir Periode Renstra SKPD)',
  G1: 'Realisasi Capaian Kinerja Renstra SKPD sampai dengan Renja SKPD Tahun Lalu (2024)',
  I1: 'Target Kinerja dan Anggaran Renja SKPD Tahun Berjalan (2025) yang Dievaluasi', K1: 'Realisasi Kinerja Pada Triwulan',
  S1: 'Realisasi Capaian Kinerja dan Anggaran Renja SKPD yang Dievaluasi', U1: 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja SKPD yang dievaluasi (%)',
  W1: 'Realisasi Kinerja dan Anggaran Renstra SKPD s/d Tahun 2025', Y1: 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra SKPD s/d tahun 2025 (%)',
  AA1: 'Unit SKPD Penanggung Jawab', AB1: 'Keterangan',
  K2: 'I', M2: 'II', O2: 'III', Q2: 'IV',
  E3: 'K', F3: 'Rp (000)', G3: 'K', H3: 'Rp (000)', I3: 'K', J3: 'Rp (000)', K3: 'K', L3: 'Rp (000)', M3: 'K', N3: 'Rp (000)', O3: 'K', P3: 'Rp (000)',
  Q3: 'K', R3: 'Rp (000)', S3: 'K', T3: 'Rp (000)', U3: 'K', V3: 'Rp', W3: 'K', X3: 'Rp (000)', Y3: 'K', Z3: 'Rp',
  A4: 1, B4: 2, C4: 3, D4: 4, E4: 5, G4: 6, I4: 7, K4: 8, M4: 9, O4: 10, Q4: 11, S4: '12 = 8+9+10+11', U4: '13 = 12/7 x 100', W4: '14 = 6 + 12',
  Y4: '15 = 14/5 x 100', AA4: 16, AB4: 17,
};
const MERGES = [
  'A1:A3', 'B1:B3', 'C1:C3', 'D1:D3', 'E1:F2', 'G1:H2', 'I1:J2', 'K1:R1', 'K2:L2', 'M2:N2', 'O2:P2', 'Q2:R2', 'S1:T2', 'U1:V2', 'W1:X2', 'Y1:Z2',
  'AA1:AA3', 'AB1:AB3', 'E4:F4', 'G4:H4', 'I4:J4', 'K4:L4', 'M4:N4', 'O4:P4', 'Q4:R4', 'S4:T4', 'U4:V4', 'W4:X4', 'Y4:Z4', 'A10:T10', 'A11:T11',
];
// Program (a % indicator, and an index on the next row), one Kegiatan (a count); Rp in thousands, all typed.
const BODY: Cells = {
  C5: 'Program: Program Peningkatan Pelayanan Kesehatan', D5: 'Persentase puskesmas terakreditasi',
  E5: 100, F5: 5000, G5: 60, H5: 2000, I5: 80, J5: 1500, K5: 60, L5: 300, M5: 70, N5: 400, O5: 75, P5: 350, Q5: 80, R5: 350,
  S5: 80, T5: 1400, U5: 100, V5: 93.33, W5: 80, X5: 3400, Y5: 80, Z5: 68,
  D6: 'Indeks kepuasan masyarakat', E6: 85, G6: 80, I6: 82, K6: 80, M6: 81, O6: 82, Q6: 83, S6: 83, U6: 101.22, W6: 83, Y6: 97.65,
  C7: 'Kegiatan: Akreditasi Puskesmas', D7: 'Jumlah puskesmas yang dibina',
  E7: 20, F7: 5000, G7: 10, H7: 2000, I7: 6, J7: 1500, K7: 1, L7: 300, M7: 2, N7: 400, O7: 1, P7: 350, Q7: 1, R7: 350,
  S7: 5, T7: 1400, U7: 83.33, V7: 93.33, W7: 15, X7: 3400, Y7: 75, Z7: 68,
  C8: 'Jumlah', F8: 5000, H8: 2000, J8: 1500, T8: 1400, X8: 3400,
  A10: 'Rata-rata capaian kinerja', U10: 94.85, A11: 'Predikat kinerja', U11: 'Sangat Tinggi',
};
const cells = (changes: Cells = {}) => ({ ...HEADER, ...BODY, ...changes });
const brief = (c: Cells) => findingsOf(c, { merges: MERGES }).map((f) => `${f.code}@${f.cell}`).sort();

describe('the other numbering, typed values, level words, Rp in thousands', () => {
  it('is read whole and clean', () => {
    const f = formOf(cells(), { merges: MERGES });
    expect(f.layout.numberedRow).toBe(3);
    expect(f.layout.subRow).toBe(2);
    expect(f.layout.groups.filter((g) => g.k !== undefined).map((g) => g.role)).toEqual([
      'renstraTarget', 'lastRealisation', 'target', 'quarter', 'quarter', 'quarter', 'quarter', 'realisation', 'capaian', 'cumulative', 'cumulativeCapaian',
    ]);
    expect(f.rows.map((r) => [r.row + 1, r.level, r.indicators.map((i) => i.row + 1)])).toEqual([
      [5, 'program', [5, 6]], [7, 'kegiatan', [7]],
    ]);
    // 80/80, 83/82, 5/6 → 100, 101.22, 83.33; mean 94.85.
    expect(f.indicators.map((i) => i.capaian)).toEqual([100, 101.22, 83.33]);
    // Cumulative: the % and the index take the latest (80, 83); the count adds last year (10 + 5).
    expect(f.indicators.map((i) => i.cumulativeCapaian)).toEqual([80, 97.65, 75]);
    expect(f.average).toBe(94.85);
    expect(brief(cells())).toEqual([]);
  });

  it('an indicator with no unit at all: the form\'s own cumulative says it is the latest (80 beside 60 and 80, not 140)', () => {
    // No Satuan and a name that says none: §4 accepts either reading; W5 states 80, the latest.
    const c = cells({ D5: 'Cakupan pelayanan kesehatan dasar' });
    const f = formOf(c, { merges: MERGES });
    expect([f.indicators[0].unit, f.indicators[0].cumulative, f.indicators[0].cumulativeCapaian]).toEqual([null, 80, 80]);
    // Summed (140), its cumulative capaian had been 140 %, held against the stated 80 and written over it.
    expect(brief(c)).toEqual([]);
  });

  it('a wrong cumulative Rp % says what it divides (not "spent ÷ pagu")', () => {
    const f = findingsOf(cells({ Z5: 70, Y4: 15 }), { merges: MERGES }).find((x) => x.code === 'absorption-mismatch');
    // 3,400 / 5,000 = 68, not 70: the cumulative spent over the Renstra's budget (`15` declaring no formula: §5.5's check).
    expect([f?.cell, f?.data]).toEqual(['Z5', { stated: 70, computed: 68, cumulative: true }]);
    expect(messageOf({ code: 'absorption-mismatch', data: f!.data }, 'id')).toBe('% anggaran s.d. tahun ini tertulis 70 %, hasil hitung realisasi kumulatif ÷ anggaran Renstra 68 %.');
    expect(messageOf({ code: 'absorption-mismatch', data: f!.data }, 'en')).toBe('Stated budget % to date 70 %, computed cumulative spent ÷ Renstra budget 68 %.');
  });

  it('an Rp is exact: Rp 1 off its declared sum on Rp 1.4 billion is found', () => {
    const c = cells({ L7: 300000000, N7: 400000000, P7: 350000000, R7: 350000000, T7: 1400000001 });
    // (A relative tolerance of 1e-9 had let it pass.)
    expect(brief(c)).toContain('form-formula-mismatch@T7');
    expect(brief(cells({ L7: 300000000, N7: 400000000, P7: 350000000, R7: 350000000, T7: 1400000000 }))).not.toContain('form-formula-mismatch@T7');
  });

  it('a % indicator with nothing realised yet this year keeps last year\'s value as its cumulative (60, not 0)', () => {
    // Row 5 (a %): this year's quarters and realisation 0 (a mid-year form); last year's 60; `14 = 6 + 12` gives 60.
    const c = cells({ K5: 0, M5: 0, O5: 0, Q5: 0, S5: 0, U5: 0, W5: 60, Y5: 60 });
    const f = formOf(c, { merges: MERGES });
    expect(f.indicators.find((i) => i.row === 4)?.cumulativeCapaian).toBe(60);
    expect(brief(c).filter((x) => x.endsWith('@Y5') || x.endsWith('@W5'))).toEqual([]);
    // Y5 typed as 60 is written as 60 % (0.6, a percentage, as every typed percentage here), not as 0.
    expect(formWrites(f).filter((w) => w.row === 4 && w.col === 24).map((w) => w.value)).toEqual([0.6]);
  });

  it('a % indicator whose quarters to come are 0 and whose realisation sums the others: the latest realised value counts', () => {
    // 60 + 70 + 0 + 0 = 130 stated in 12: percent-summed, and the capaian is 70/80 = 87.50 (it was 0 %, from the last 0).
    const f = formOf(cells({ O5: 0, Q5: 0, S5: 130, U5: 162.5, W5: 70, Y5: 70 }), { merges: MERGES });
    expect(f.indicators.find((i) => i.row === 4)?.capaian).toBe(87.5);
  });
  it('a summed term counts as its latest value in the formula over it (the message says 80, not 285)', () => {
    const f = findingsOf(cells({ S5: 285, U5: 356.25, W5: 345, Y5: 345 }), { merges: MERGES }).find((x) => x.code === 'percent-summed' && x.cell === 'W5');
    expect(f?.data).toMatchObject({ values: [60, 285], actual: 345, used: 80 });
  });
  it('a Program\'s second indicator named Predikat … is an indicator, not the footer (its row is the first text there)', () => {
    // D6 has no No, Sasaran or label beside it: its name is the row's first text, but it has its own values (80 … 83).
    // The body had ended at row 6, and U6's 101.22 had been read as the stated predicate (a predicate-mismatch).
    const c = cells({ D6: 'Predikat akreditasi puskesmas (nilai rata-rata)' });
    const f = formOf(c, { merges: MERGES });
    expect(f.rows.map((r) => [r.row + 1, r.indicators.map((i) => i.row + 1)])).toEqual([[5, [5, 6]], [7, [7]]]);
    expect(f.layout.footer).toEqual({ average: { row: 9, col: 20 }, predicate: { row: 10, col: 20 } });
    // The capaian are those of the clean form (80/80, 83/82, 5/6), so is the average: (100 + 101.22 + 83.33)/3 = 94.85.
    expect(f.average).toBe(94.85);
    expect(brief(c).filter((x) => /^(predicate|average)-mismatch/.test(x))).toEqual([]);
  });
  it('a Program\'s second indicator named Jumlah … is an indicator, not the JUMLAH row', () => {
    const f = formOf(cells({ D6: 'Jumlah laporan yang disusun' }), { merges: MERGES });
    expect(f.rows.map((r) => [r.row + 1, r.indicators.map((i) => i.row + 1)])).toEqual([[5, [5, 6]], [7, [7]]]);
    expect(f.layout.totalRow).toBe(7);
  });

  it('writes the typed percentages as percentages, nothing else', () => {
    const f = formOf(cells(), { merges: MERGES });
    const cols = new Set(formWrites(f).map((w) => w.col));
    // U, V, Y, Z (20, 21, 24, 25) and the footer's U10.
    expect([...cols].sort((a, b) => a - b)).toEqual([20, 21, 24, 25]);
  });

  it('names an amount of an Rp (000) column in thousands: Rp3.500 ribu, never Rp3.500 for three and a half million', () => {
    const f = findingsOf(cells({ X7: 3500 }), { merges: MERGES }).find((x) => x.code === 'form-formula-mismatch');
    expect(f?.data).toMatchObject({ part: 'Rp', expected: 3400, actual: 3500, scale: 1000 });
    expect(messageOf({ code: 'form-formula-mismatch', data: f!.data }, 'id')).toBe('Baris ini tidak mengikuti rumus kolom "14 = 6 + 12" (Rp): seharusnya Rp3.400 ribu, tertulis Rp3.500 ribu.');
    expect(messageOf({ code: 'form-formula-mismatch', data: f!.data }, 'en')).toBe('This row does not follow the column formula "14 = 6 + 12" (Rp): it should be Rp3,400 thousand, it shows Rp3,500 thousand.');
    // A Program's Rp above its Kegiatan's sum: the roll-up too.
    const rollup = findingsOf(cells({ F5: 6000 }), { merges: MERGES }).find((x) => x.code === 'rollup-mismatch');
    expect(rollup?.data).toMatchObject({ expected: 5000, actual: 6000, scale: 1000 });
    expect(messageOf({ code: 'rollup-mismatch', data: rollup!.data }, 'id')).toContain('baris induk Rp6.000 ribu tidak sama dengan jumlah baris anaknya (baris 7) Rp5.000 ribu: selisih Rp1.000 ribu lebih besar.');
  });

  it.each<[string, Cells, string[]]>([
    // X7 = 3500 where 6 + 12 gives 2000 + 1400 = 3400: only X7 (Z7 = 68 is right for the right X7, the Program above is not blamed).
    ['a cumulative Rp typed wrong', { X7: 3500 }, ['form-formula-mismatch@X7']],
    // Z7 = X7/F7*100 = 70 follows the wrong X7 (the right one gives 68): reported once, on X7.
    ['a percentage computed from a wrong cumulative Rp', { X7: 3500, Z7: ['X7/F7*100', 70] }, ['form-formula-mismatch@X7']],
    // The Program's cumulative states 140: last year's 60 % plus this year's 80 % (and Y5 = 140 % follows it, named in the finding).
    ['percentages summed into the cumulative', { W5: 140, Y5: 140 }, ['percent-summed@W5']],
    // No Satuan and a name that says nothing of the unit, the K cells typed with `%`: the unit is the target's (%), so
    // the cumulative is the latest (80), not last year's 60 + this year's 80 = 140 (a capaian-mismatch on Y5, and
    // 140 % written over the planner's right 80 %).
    ['the unit in the K cells only', {
      D5: 'Cakupan puskesmas terakreditasi', E5: '100 %', G5: '60 %', I5: '80 %', K5: '60 %', M5: '70 %', O5: '75 %', Q5: '80 %', S5: '80 %', W5: '80 %',
    }, []],
    // A mid-year form, quarters III and IV pre-filled with 0: the % indicator's realisation is the latest realised
    // value (70), not the 0 (was form-formula-mismatch "should be 0"). Capaian 70/80 = 87.50; average 90.68.
    ['quarters to come pre-filled with 0', { O5: 0, Q5: 0, S5: 70, U5: 87.5, W5: 70, Y5: 70, U10: 90.68 }, []],
    // This year's quarters summed (60 + 70 + 75 + 80 = 285) and the cumulative right (80, the latest): the cumulative
    // follows §4, not the sum it would be told to copy (was also form-formula-mismatch@W5 "should be 285").
    ['the quarters summed, the cumulative right', { S5: 285, U5: 356.25 }, ['percent-summed@S5']],
    // …or the cumulative copying the summed realisation: that error is S5's, reported there once (no formula finding on
    // W5); the 285 % cumulative capaian it leads to in Y5 is wrong on its own (80 %).
    ['the quarters summed, the cumulative copying the sum', { S5: 285, U5: 356.25, W5: 285, Y5: 285 }, ['capaian-mismatch@Y5', 'percent-summed@S5']],
    // …or last year's 60 added to the summed 285: a second sum of percentages, whose latest value is 80 (not 285).
    ['the quarters summed, then last year added to them', { S5: 285, U5: 356.25, W5: 345, Y5: 345 }, ['percent-summed@S5', 'percent-summed@W5']],
    // The Program's quarter Rp do not add up to its Kegiatan's.
    // The Jumlah row against the one top-level row (the Program): J8 = 1600 where J5 = 1500.
    ['a Jumlah Rp that is not the top-level rows\' sum', { J8: 1600 }, ['total-mismatch@J8']],
    ['a Program Rp that is not its Kegiatan’s', { L5: 350, T5: 1450, V5: 96.67, X5: 3450, Z5: 69 }, ['rollup-mismatch@L5', 'rollup-mismatch@T5', 'rollup-mismatch@X5']],
  ])('%s', (_, changes, expected) => {
    expect(brief(cells(changes))).toEqual(expected);
  });
});

describe('codes in one Kode column, level words, a % sub-column per quarter', () => {
  // Kode whole in column B; K/%/Rp per quarter (two quarters shown); Sub Kegiatan rows under a Kegiatan.
  const H: Cells = {
    A1: 'No', B1: 'Kode', C1: 'Uraian Program/Kegiatan/Sub Kegiatan', D1: 'Indikator', E1: 'Satuan',
    F1: 'Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan', H1: 'Realisasi Kinerja pada Triwulan', N1: 'Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi',
    H2: 'Triwulan I', K2: 'Triwulan II',
    A3: 1, B3: 2, C3: 3, D3: 4, E3: 5, F3: 6, H3: 7, K3: 8, N3: '9 = 7 + 8',
    F4: 'K', G4: 'Rp', H4: 'K', I4: '%', J4: 'Rp', K4: 'K', L4: '%', M4: 'Rp', N4: 'K', O4: 'Rp',
  };
  const M = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:G2', 'H1:M1', 'H2:J2', 'K2:M2', 'N1:O2', 'F3:G3', 'H3:J3', 'K3:M3', 'N3:O3'];
  const B: Cells = {
    B5: '2.17.02.2.01', C5: 'Kegiatan Pengelolaan Pasar', D5: 'Jumlah pasar yang dikelola', E5: 'Unit', F5: 4, G5: ['SUM(G6:G7)', 300],
    H5: 1, I5: 0.25, J5: ['SUM(J6:J7)', 100], K5: 2, L5: 0.75, M5: ['SUM(M6:M7)', 120], N5: ['H5+K5', 3], O5: ['J5+M5', 220],
    B6: '2.17.02.2.01.0001', C6: 'Sub Kegiatan Pembangunan Sarana Pasar', D6: 'Jumlah sarana pasar yang dibangun', E6: 'Unit', F6: 2, G6: 200,
    H6: 1, I6: 0.5, J6: 60, K6: 1, L6: 1, M6: 70, N6: ['H6+K6', 2], O6: ['J6+M6', 130],
    B7: '2.17.02.2.01.0002', C7: 'Sub Kegiatan Pemeliharaan Pasar', D7: 'Jumlah pasar yang dipelihara', E7: 'Unit', F7: 2, G7: 100,
    H7: 0, I7: 0, J7: 40, K7: 1, L7: 0.5, M7: 50, N7: ['H7+K7', 1], O7: ['J7+M7', 90],
  };
  it('reads levels from the codes and the quarters with their % sub-column', () => {
    const f = formOf({ ...H, ...B }, { merges: M });
    expect(f.layout.groups.filter((g) => g.role === 'quarter').map((g) => [g.quarter, g.k, g.pct, g.rp])).toEqual([[1, 7, 8, 9], [2, 10, 11, 12]]);
    expect(f.rows.map((r) => [r.row + 1, r.level, r.parent === null ? null : f.rows[r.parent].row + 1])).toEqual([
      [5, 'kegiatan', null], [6, 'subkegiatan', 5], [7, 'subkegiatan', 5],
    ]);
    // No target column for the quarter's % and no capaian column: nothing to state, nothing to write.
    expect(findingsOf({ ...H, ...B }, { merges: M })).toEqual([]);
  });
  it('finds the roll-up that leaves a Sub Kegiatan out', () => {
    const c: Cells = { ...H, ...B, M5: ['SUM(M6)', 70], O5: ['J5+M5', 170] };
    expect(findingsOf(c, { merges: M }).map((x) => `${x.code}@${x.cell}`).sort()).toEqual(['formula-inconsistent@M5', 'rollup-mismatch@M5']);
  });
});

describe('Rp in thousands', () => {
  it('names the Rp column as printed, and its scale, so the amounts read in thousands', () => {
    const f = findingsOf(cells({ L5: 350, T5: 1450, V5: 96.67, X5: 3450, Z5: 69 }), { merges: MERGES }).find((x) => x.code === 'rollup-mismatch' && x.cell === 'L5');
    expect(f?.data).toEqual({ expected: 300, actual: 350, column: 'amount', header: 'Realisasi Kinerja Pada Triwulan › Triwulan I › Rp (000)', rows: [7], scale: 1000 });
    expect(messageOf({ code: 'rollup-mismatch', data: f!.data }, 'en')).toBe(
      'The parent row\'s "Realisasi Kinerja Pada Triwulan › Triwulan I › Rp (000)" Rp350 thousand differs from the sum of its child rows (rows 7), Rp300 thousand: Rp50 thousand more.');
  });
});
