// Table-driven tests per finding code on a small quarter-to-date form (test/renja/form.ts). Every expectation is
// what a Bappeda reviewer would say about the changed cells, worked out by hand in the comments.
import { messageOf } from '../../src/core/messages';
import { findingsOf, form, formOf, gridOf, Cells, HEADER_MERGES } from './form';
import { buildWritePlan } from '../../src/core/plan';
import { analyseWorkbook } from '../../src/core/workbook';
import { checkForm } from '../../src/core/renja/checks';
import { predicateOf, parsePredicate, parseRatingScale } from '../../src/core/renja/predicate';
import { formWrites } from '../../src/core/renja/writes';

const brief = (cells: Cells, options = {}) => findingsOf(cells, options).map((f) => `${f.code}@${f.cell}`).sort();
const at = (cells: Cells, code: string, cell: string, options = {}) => findingsOf(cells, options).find((f) => f.code === code && f.cell === cell);

describe('the clean form', () => {
  it('has no finding', () => {
    expect(findingsOf(form())).toEqual([]);
  });
});

describe('form-formula-mismatch', () => {
  it.each<[string, Cells, string[]]>([
    // Rp 8 = 6 + 7 on a leaf: 60 + 70 = 130, stated 140 (its % follows it: 140/200 = 70); the parent, computed across its row, is not blamed.
    ['a leaf Rp that is not the sum of its quarters', { M8: 140, O8: ['M8/G8*100', 70] }, ['form-formula-mismatch@M8']],
    // K 8 = 6 + 7 for a count: 1 + 2 = 3, stated 4; the capaian 4/4 = 100 follows it.
    // The average follows: (70 + 93.75 + 100 + 80)/4 = 85.94.
    ['a count K that is not the sum of its quarters', { L8: 4, N8: ['L8/F8*100', 100], N10: 85.94 }, ['form-formula-mismatch@L8']],
    // 9 = 8/5 x 100: 7/10 × 100 = 70, stated 75 (a stale value): one finding, not also capaian-mismatch.
    ['a percentage that breaks 9 = 8/5 x 100', { N6: 75 }, ['form-formula-mismatch@N6']],
    // A % indicator may state the last quarter (75) or the mean (72.5) as its realisation: both follow §4.
    // 72.5/80 = 90.63; average (70 + 90.63 + 75 + 80)/4 = 78.91.
    ['a percentage K stated as the mean of its quarters', { L7: 72.5, N7: ['L7/F7*100', 90.625], N10: 78.91 }, []],
    // …but 80 is neither 70 + 75, nor 75, nor 72.5.
    // 80/80 = 100; average (70 + 100 + 75 + 80)/4 = 81.25.
    ['a percentage K that is no reading of its quarters', { L7: 80, N7: ['L7/F7*100', 100], N10: 81.25 }, ['form-formula-mismatch@L7']],
    // Printed without decimals, 75.4 shows as 75 = 3/4 × 100: agrees (SPEC §10.6); 76 does not.
    ['a percentage agreeing at its printed precision', { N8: { value: 75.4, format: '0' } }, []],
    ['a percentage disagreeing at its printed precision', { N8: { value: 76, format: '0' } }, ['form-formula-mismatch@N8']],
  ])('%s', (_, changes, expected) => {
    expect(brief(form(changes))).toEqual(expected);
  });
  it('a misspelt group label keeps its columns\' checks: Realisai Kinerja pada Triwulan over 6 and 7', () => {
    // K 8 = 6 + 7 on row 8: 1 + 2 = 3, typed 4 (the capaian 4/4 = 100 and the average 85.94 follow it).
    expect(brief(form({ H1: 'Realisai Kinerja pada Triwulan', L8: 4, N8: ['L8/F8*100', 100], N10: 85.94 }))).toEqual(['form-formula-mismatch@L8']);
  });
  it('carries the declaration, the expected and the actual value', () => {
    expect(at(form({ M8: 140, O8: ['M8/G8*100', 70] }), 'form-formula-mismatch', 'M8')?.data).toEqual({
      declaration: '8 = 6 + 7', part: 'Rp', expected: 130, actual: 140, formula: null,
    });
  });
});

describe('percent-summed', () => {
  it.each<[string, Cells, string[]]>([
    // % indicator: 70 % + 75 % = 145 is not a realisation; §4 takes the last (75) → capaian 93.75. The stated 181.25 in N7
    // follows the sum: the finding names it, rather than a second finding on N7.
    ['two percentages added', { L7: ['H7+J7', 145], N7: ['L7/F7*100', 181.25] }, ['percent-summed@L7']],
    // Only one non-zero quarter: the sum is that quarter, nothing was added.
    ['one non-zero quarter', { H7: 0, L7: ['H7+J7', 75] }, []],
    // Quarterly increments of a cumulative percentage (J7 = 75 − H7) add up to it by design.
    ['increments of one series', { J7: ['75-H7', 5], L7: ['H7+J7', 75] }, []],
    // A count adds up.
    ['a count', { L8: ['H8+J8', 3] }, []],
  ])('%s', (_, changes, expected) => {
    expect(brief(form(changes))).toEqual(expected);
  });
  it('a % row\'s realisation formula taking the latest quarter (=J7) beside the count rows\' sums is not inconsistent', () => {
    // It was formula-inconsistent, suggesting =H7+J7 — the sum percent-summed flags.
    expect(brief(form({ L7: ['J7', 75] }))).toEqual([]);
    // A count row taking the latest quarter is still wrong (its quarters add up: 1 + 2 = 3, not 2).
    expect(brief(form({ L8: ['J8', 2], N8: ['L8/F8*100', 50], N10: 73.44 }))).toContain('form-formula-mismatch@L8');
  });
  it('a body row whose text reads like a sign-off (Disetujui …) but holds numbers is still a body row', () => {
    expect(brief(form({ C9: 'Disetujui dalam Perubahan Renja 2025' }))).toEqual([]);
    expect(formOf(form({ C9: 'Disetujui dalam Perubahan Renja 2025' })).indicators.map((i) => i.row + 1)).toEqual([6, 7, 8, 9]);
  });
  it('a Satuan naming alternatives (Kelurahan/Desa) still counts and adds up; a rate (per 1.000, kasus/1.000 KH) does not', () => {
    expect(brief(form({ E9: 'Kelurahan/Desa' }))).toEqual([]);
    expect(formOf(form({ E9: 'Kelurahan/Desa' })).indicators.find((i) => i.row === 8)?.realisation).toBe(4);
    expect(formOf(form({ E9: 'kasus/1.000 KH', L9: 2, N9: ['L9/F9*100', 40], N10: 69.69 })).indicators.find((i) => i.row === 8)?.realisation).toBe(2);
  });
  it('a signature block without footer rows ends the body', () => {
    // Its names and its place and date had been Sub Kegiatan rows, each a value-unreadable.
    const cells = form({
      A10: null, N10: null, A11: null, N11: null,
      C10: 'Diverifikasi oleh,', O10: 'Medan, 10 Januari 2026', C11: 'Plt. KEPALA BAPPEDA', O11: 'KEPALA DINAS KESEHATAN',
    });
    expect(brief(cells, { merges: HEADER_MERGES })).toEqual([]);
    expect(formOf(cells, { merges: HEADER_MERGES }).rows.map((r) => r.row + 1)).toEqual([5, 6, 7, 8, 9]);
  });
  it('says which values were added and what §4 uses instead', () => {
    expect(at(form({ L7: ['H7+J7', 145], N7: ['L7/F7*100', 181.25] }), 'percent-summed', 'L7')?.data).toEqual({
      declaration: '8 = 6 + 7', values: [70, 75], actual: 145, used: 75, capaian: 93.75, unit: '%', indicator: 'Persentase dokumen tepat waktu',
      percentCell: 'N7', statedPercent: 181.25,
    });
  });
});

describe('rollup-mismatch and roll-up formulas (formula-inconsistent, kind rollup)', () => {
  it('a Program whose Rp is left empty (only the rows below carry money) passes its children\'s sum up to the Bidang', () => {
    // The Bidang's typed 350 / 120 / 145 / 265 are its Kegiatan's sums through the empty Program: no finding (each Rp
    // column had a rollup-mismatch "its child sums to Rp0").
    expect(brief(form({ G6: null, I6: null, K6: null, M6: null, O6: null, G5: 350, I5: 120, K5: 145, M5: 265, O5: 75.71428571428571 }))).toEqual([]);
    // …and a wrong Bidang is still found, against the Kegiatan.
    expect(brief(form({ G6: null, I6: null, K6: null, M6: null, O6: null, G5: 360, I5: 120, K5: 145, M5: 265, O5: 73.61111111111111 }))).toEqual(['rollup-mismatch@G5']);
  });
  it.each<[string, Cells, string[]]>([
    // G6 sums all three Kegiatan (100 + 200 + 50 = 350) but states 360 (typed over the formula): the Bidang above, summing G6, is not blamed.
    ['a parent that is not the sum of its children', { G6: 360, G5: ['SUM(G6)', 360], O6: ['M6/G6*100', 73.61111111111111], O5: ['M5/G5*100', 73.61111111111111] }, ['rollup-mismatch@G6']],
    // I6 leaves out Kegiatan row 9 (Rp 20): 40 + 60 = 100 instead of 120; the formula aggregates other rows than its direct children.
    ['a roll-up leaving out a child', { I6: ['SUM(I7:I8)', 100], I5: ['SUM(I6)', 100], M6: ['I6+K6', 245], M5: ['I5+K5', 245], O6: ['M6/G6*100', 70], O5: ['M5/G5*100', 70] },
      ['formula-inconsistent@I6', 'rollup-mismatch@I6']],
    // The Bidang sums its Program and a grandchild Kegiatan: 350 + 200 counts row 8 twice.
    ['a roll-up counting a grandchild twice', { G5: ['SUM(G6,G8)', 550], O5: ['M5/G5*100', 48.18181818181818] }, ['formula-inconsistent@G5', 'rollup-mismatch@G5']],
  ])('%s', (_, changes, expected) => {
    expect(brief(form(changes))).toEqual(expected);
  });
  it('gives the children sum and the rows', () => {
    const cells = form({ G5: ['SUM(G6,G8)', 550], O5: ['M5/G5*100', 48.18181818181818] });
    expect(at(cells, 'rollup-mismatch', 'G5')?.data).toEqual({
      expected: 350, actual: 550, column: 'amount', header: 'Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2025) yang Dievaluasi › Rp', rows: [6],
    });
    expect(at(cells, 'formula-inconsistent', 'G5')?.data).toEqual({
      // Row 8 is a grandchild, already inside G6: it counts twice.
      reason: 'rollup', cell: 'G5', formula: '=SUM(G6,G8)', rows: [6, 8], children: [6], extra: [8], missing: [], twice: [8], difference: 200, more: true, level: 'Bidang Urusan',
    });
  });
});

describe('roll-ups in an Rp (000) column', () => {
  it('carry the scale, and their messages say ribu', () => {
    const cells = form({ G4: 'Rp (000)', G5: ['SUM(G6,G8)', 550], O5: ['M5/G5*100', 48.18181818181818] });
    const rollup = at(cells, 'formula-inconsistent', 'G5');
    expect(rollup?.data).toMatchObject({ reason: 'rollup', difference: 200, more: true, scale: 1000 });
    expect(messageOf({ code: 'formula-inconsistent', data: rollup!.data }, 'id')).toContain('hasilnya Rp200 ribu lebih besar dari jumlah anaknya');
    expect(messageOf({ code: 'formula-inconsistent', data: rollup!.data }, 'en')).toContain('Rp200 thousand');
    expect(at(cells, 'rollup-mismatch', 'G5')?.data).toMatchObject({ expected: 350, actual: 550, scale: 1000 });
    // The K columns beside it, and Rp columns without a scale, carry none.
    expect(at(form({ G5: ['SUM(G6,G8)', 550], O5: ['M5/G5*100', 48.18181818181818] }), 'formula-inconsistent', 'G5')?.data).not.toHaveProperty('scale');
  });
});

describe('formula-inconsistent, kind shape', () => {
  it.each<[string, Cells, string[]]>([
    // M at Kegiatan level: I7+K7, I8+K8, I9+K9; M8 = K8*1+I8 is another shape (same value).
    ['a term multiplied by one', { M8: ['K8*1+I8', 130] }, ['formula-inconsistent@M8']],
    // The same cells added in another order or as SUM( , ) are the same sum.
    ['a sum in another order or written with SUM', { M8: ['K8+I8', 130], M9: ['SUM(I9,K9)', 45] }, []],
    // L9 = H9+J9+0 adds a constant the others do not have.
    ['an extra term', { M9: ['I9+K9+0', 45] }, ['formula-inconsistent@M9']],
    // Parentheses that change nothing, and an IFERROR wrapper, are the same shape.
    ['neutral parentheses and IFERROR', { N8: ['(L8/F8)*100', 75], N9: ['IFERROR(L9/F9*100,0)', 80] }, []],
  ])('%s', (_, changes, expected) => {
    expect(brief(form(changes))).toEqual(expected);
  });
  it('shows the formula its column uses, written for this cell', () => {
    expect(at(form({ M8: ['K8*1+I8', 130] }), 'formula-inconsistent', 'M8')?.data).toEqual({
      reason: 'shape', cell: 'M8', formula: '=K8*1+I8', expected: '=I8+K8', others: 2, level: 'Kegiatan',
    });
  });
});

describe('formula-constant', () => {
  it.each<[string, Cells, string[]]>([
    ['a typed amount', { K8: ['1070-1000', 70] }, ['formula-constant@K8']],
    ['three digits are not flagged', { K8: ['130-I8', 70] }, []],
    ['× 100 of a percentage is not flagged', {}, []],
  ])('%s', (_, changes, expected) => {
    expect(brief(form(changes))).toEqual(expected);
  });
  it('lists the numbers', () => {
    expect(at(form({ K8: ['1070-1000', 70] }), 'formula-constant', 'K8')?.data).toEqual({ formula: '=1070-1000', constants: [1070, 1000] });
  });
});

describe('value-error and target-zero', () => {
  it('a #DIV/0! over a zero target this year', () => {
    // Row 8 has no capaian now: average (70 + 93.75 + 80)/3 = 81.25.
    expect(brief(form({ F8: 0, N8: ['L8/F8*100', { error: '#DIV/0!' }], N10: 81.25 }))).toEqual(['target-zero@F8', 'value-error@N8']);
  });
  it('no target-zero for a row with nothing this year', () => {
    const idle = { F8: 0, G8: 0, H8: 0, I8: 0, J8: 0, K8: 0, L8: ['H8+J8', 0], M8: ['I8+K8', 0], N8: ['L8/F8*100', { error: '#DIV/0!' }], O8: ['M8/G8*100', { error: '#DIV/0!' }] } as Cells;
    // The Program and Bidang Rp follow: G 150, I 60, K 75, M 135.
    const cells = form({
      ...idle, G6: ['SUM(G7:G9)', 150], I6: ['SUM(I7:I9)', 60], K6: ['SUM(K7:K9)', 75], M6: ['I6+K6', 135], O6: ['M6/G6*100', 90],
      G5: ['SUM(G6)', 150], I5: ['SUM(I6)', 60], K5: ['SUM(K6)', 75], M5: ['I5+K5', 135], O5: ['M5/G5*100', 90],
      N10: { value: 81.25, format: '0.00' },
    });
    expect(brief(cells)).toEqual(['value-error@N8', 'value-error@O8']);
  });
});

describe('stated percentages and the footer', () => {
  it.each<[string, Cells, string[]]>([
    // Typed capaian 85 where 4/5 = 80: it breaks 9 = 8/5 x 100 (reported once, as the declaration it breaks).
    ['a typed capaian', { N9: 85 }, ['form-formula-mismatch@N9']],
    ['a typed capaian that is right', { N9: 80 }, []],
    // Typed Rp percentage 95 where 45/50 = 90.
    ['a typed Rp percentage', { O9: 95 }, ['form-formula-mismatch@O9']],
    // The average is (70 + 93.75 + 75 + 80)/4 = 79.69, not 85 (Tinggi either way, so the predicate stands).
    ['a wrong average', { N10: 85 }, ['average-mismatch@N10']],
    ['the average as a percentage', { N10: { value: 0.7969, format: '0.00%' } }, []],
    ['a predicate above its average', { N11: 'Sangat Tinggi' }, ['predicate-mismatch@N11']],
    // The footer's average as other forms label it: the wrong one is still found (it was not read at all).
    ['a wrong average under Rata - rata (spaced)', { A10: 'Rata - rata capaian kinerja (%)', N10: 85 }, ['average-mismatch@N10']],
    ['a wrong average under Rerata', { A10: 'Rerata capaian kinerja', N10: 85 }, ['average-mismatch@N10']],
    ['a wrong average under Nilai rata-rata', { A10: 'Nilai rata-rata capaian kinerja', N10: 85 }, ['average-mismatch@N10']],
    // …and with a letter or two off in rata-rata or capaian (its row had not been read as the average at all).
    ['a wrong average under Rata-rata Capain Kinerja (%)', { A10: 'Rata-rata Capain Kinerja (%)', N10: 85 }, ['average-mismatch@N10']],
    ['a wrong average under Rata-rta capaian kinerja', { A10: 'Rata-rta capaian kinerja', N10: 85 }, ['average-mismatch@N10']],
    ['a wrong average under Rta-rta capaian kinerja (two letters off)', { A10: 'Rta-rta capaian kinerja', N10: 85 }, ['average-mismatch@N10']],
    ['a right average under Rata-rata Capain Kinerja (%)', { A10: 'Rata-rata Capain Kinerja (%)' }, []],
    // A predicate with its abbreviation is that predicate (was a predicate-mismatch saying it is the same).
    ['a predicate with its abbreviation', { N11: 'Tinggi (T)' }, []],
    ['a predicate in capitals', { N11: 'TINGGI' }, []],
    // The scale's abbreviation alone names its band: 79.69 is Tinggi, so T in any form agrees (was a predicate-mismatch
    // saying "T" should be Tinggi); S.T. (Sangat Tinggi) and R (Rendah) do not.
    ['a predicate abbreviated', { N11: 'T' }, []],
    ['a predicate abbreviated in brackets, lower case', { N11: '(t)' }, []],
    ['a predicate abbreviated one band too high', { N11: 'S.T.' }, ['predicate-mismatch@N11']],
    ['a predicate abbreviated three bands too low', { N11: 'R' }, ['predicate-mismatch@N11']],
  ])('%s', (_, changes, expected) => {
    expect(brief(form(changes))).toEqual(expected);
  });
  it('the rating scale is a setting', () => {
    // With Tinggi up to 79 only, 79.69 is Sangat Tinggi.
    expect(brief(form(), { scale: [50, 65, 75, 79] })).toEqual(['predicate-mismatch@N11']);
    expect(at(form(), 'predicate-mismatch', 'N11', { scale: [50, 65, 75, 79] })?.data).toEqual({
      stated: 'Tinggi', expected: 'Sangat Tinggi', average: 79.69, statedAverage: 79.69,
    });
  });
  it.each<[number, string]>([
    [50, 'Sangat Rendah'], [50.01, 'Rendah'], [65, 'Rendah'], [65.5, 'Sedang'], [75, 'Sedang'], [76, 'Tinggi'], [90, 'Tinggi'], [90.01, 'Sangat Tinggi'], [91, 'Sangat Tinggi'],
  ])('default scale: %d → %s', (avg, band) => {
    expect(predicateOf(avg)).toBe(band);
  });
  it('reads predicates and scales', () => {
    expect(parsePredicate(' sangat  tinggi ')).toBe('Sangat Tinggi');
    expect(parsePredicate('Baik')).toBeNull();
    // With its word before it (it had been a predicate-mismatch, and `Tinggi` written over it).
    expect(['Kategori Tinggi', 'Predikat: Sangat Tinggi'].map(parsePredicate)).toEqual(['Tinggi', 'Sangat Tinggi']);
    expect(['ST', 'T', 'S', 'R', 'SR'].map(parsePredicate)).toEqual(['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah']);
    expect(['(ST)', 's.t.', 'S T', '[sr]', 'R.'].map(parsePredicate)).toEqual(['Sangat Tinggi', 'Sangat Tinggi', 'Sangat Tinggi', 'Sangat Rendah', 'Rendah']);
    // Other letters are no abbreviation of the scale.
    expect(['B', 'TT', 'STR', 'A (T)', '85 T'].map(parsePredicate)).toEqual([null, null, null, null, null]);
    expect(parseRatingScale('50,65,75,90')).toEqual([50, 65, 75, 90]);
    expect(parseRatingScale('50,65,60,90')).toBeNull();
    expect(parseRatingScale('50,65,75')).toBeNull();
  });
});

describe('typed values', () => {
  it.each<[string, Cells, string[]]>([
    // I8 typed "enam puluh juta": not a number; the sums that read it are not judged.
    ['a value in words', { I8: 'enam puluh juta' }, ['value-unreadable@I8']],
    // The % indicator of row 7 has its first quarter as a fraction (0,7) beside whole percentages: 0,7 % is not 70 %.
    ['a fraction among whole percentages', { H7: 0.7 }, ['percent-scale-mixed@H7']],
    // Row 8 counts Laporan; its second quarter typed "2 dokumen".
    ['a value in another unit', { J8: '2 dokumen' }, ['unit-mismatch@J8']],
    ['a value in its own unit', { J8: '2 laporan' }, []],
    // Row 8's target left as `-` while it has a realisation: its capaian (and so the footer's average) is not computed
    // from it; the stated average 79,69 included it (without row 8: 70, 93.75, 80 → 81.25).
    ['a target left empty beside a realisation', { F8: '-', N8: null }, ['average-mismatch@N10', 'target-missing@F8']],
    ['a row with neither target nor realisation', { F8: null, H8: null, J8: null, L8: null, N8: null, N10: { value: 81.25, format: '0.00' } }, []],
    // A negative quarter Rp typed in; its parent's roll-up and the row's sum follow it (both still add up).
    ['a negative amount', { K9: -25, M9: ['I9+K9', -5], O9: ['M9/G9*100', -10], K6: ['SUM(K7:K9)', 95], M6: ['I6+K6', 215], O6: ['M6/G6*100', 61.42857142857143], K5: ['SUM(K6)', 95], M5: ['I5+K5', 215], O5: ['M5/G5*100', 61.42857142857143] }, ['value-negative@K9']],
  ])('%s', (_, changes, expected) => {
    expect(brief(form(changes))).toEqual(expected);
  });
});

describe('a JUMLAH row under the body (SPEC §5.5, §10.4)', () => {
  // The JUMLAH label merged across No…Indikator; the footer moves down a row. Row 5 (Bidang 1.02) is the only top-level row.
  const withTotal = (k10: number) => ({
    ...form({ A10: 'JUMLAH', G10: 350, I10: 120, K10: k10, M10: 265, N10: null }),
    A11: 'Rata-rata capaian kinerja (%)', N11: { value: 79.69, format: '0.00' }, A12: 'Predikat kinerja', N12: 'Tinggi',
  });
  const merges = [...HEADER_MERGES, 'A10:D10', 'A11:M11', 'A12:M12'];
  it('agrees with the sum of the top-level rows: no finding, and the row is not a body row', () => {
    const f = formOf(withTotal(145), { merges });
    expect(f.layout.totalRow).toBe(9);
    expect(f.layout.bodyRows).toEqual([4, 5, 6, 7, 8]);
    expect(checkForm(f).map((x) => `${x.code}@${x.cell}`)).toEqual([]);
  });
  it('states more than the top-level rows add up to: total-mismatch on its cell', () => {
    const found = checkForm(formOf(withTotal(150), { merges })).filter((x) => x.code === 'total-mismatch');
    expect(found.map((x) => [x.cell, x.data])).toEqual([['K10', { expected: 145, actual: 150, column: 'amount' }]]);
  });
});

describe('a roll-up naming a child twice', () => {
  it('is formula-inconsistent with that row counted twice, not called a row that is no child', () => {
    const found = checkForm(formOf(form({ G6: ['SUM(G7,G8,G8,G9)', 550] }))).filter((x) => x.code === 'formula-inconsistent' && x.cell === 'G6');
    expect(found.map((x) => { const d = x.data as { twice: number[]; extra: number[]; missing: number[] }; return [d.twice, d.extra, d.missing]; })).toEqual([[[8], [], []]]);
  });
});

describe('the footer\'s average', () => {
  it('holding an Excel error is value-error (the recalculation writes the computed average there)', () => {
    expect(checkForm(formOf(form({ N10: { value: { error: '#DIV/0!' } } }))).filter((x) => x.code === 'value-error').map((x) => x.cell)).toEqual(['N10']);
  });
});

describe('the footer\'s predicate', () => {
  it('is not rewritten when stated in other letters (TINGGI); a wrong one is', () => {
    expect(formWrites(formOf(form({ N11: 'TINGGI' }))).filter((w) => w.kind === 'predicate')).toEqual([]);
    expect(formWrites(formOf(form({ N11: 'Tinggi.' }))).filter((w) => w.kind === 'predicate')).toEqual([]);
    expect(formWrites(formOf(form({ N11: 'Sedang' }))).filter((w) => w.kind === 'predicate').map((w) => w.value)).toEqual(['Tinggi']);
  });
  it('is not rewritten when abbreviated right (T, (T), t.); a wrong abbreviation is, and its finding says what it is', () => {
    for (const t of ['T', '(T)', 't.']) expect(formWrites(formOf(form({ N11: t }))).filter((w) => w.kind === 'predicate')).toEqual([]);
    expect(formWrites(formOf(form({ N11: 'R' }))).filter((w) => w.kind === 'predicate').map((w) => w.value)).toEqual(['Tinggi']);
    expect(at(form({ N11: 'R' }), 'predicate-mismatch', 'N11')?.data).toEqual({ stated: 'R', expected: 'Tinggi', average: 79.69, statedAverage: 79.69 });
  });
});

describe('units and shared indicators', () => {
  it('writes nothing over a cell holding one value per indicator', () => {
    const f = formOf(form({ D9: '1. Jumlah paket logistik 2. Jumlah paket cetakan', F9: '1. 5 2. 6', H9: '1. 2 2. 3', J9: '1. 2 2. 3', L9: '1. 4 2. 6', N9: '1. 80 2. 100', N10: 83.75 }));
    expect(f.indicators.filter((i) => i.row === 8).map((i) => i.capaian)).toEqual([80, 100]);
    expect(formWrites(f).filter((w) => w.row === 8 && w.col === 13)).toEqual([]);
  });
  it.each<[string, Cells, string[]]>([
    ['a unit one letter off', { E9: 'Pakeet' }, ['unit-unknown@E9']],
    ['a unit word the catalogue lacks', { E9: 'Berita Acara' }, []],
    ['a word two letters off a unit is not guessed', { E9: 'Usulan' }, []],
    ['two numbered indicators sharing one row of values', { D9: '1. Jumlah paket logistik 2. Jumlah paket cetakan' }, ['value-multiple@D9']],
    // Each value cell holds one value per indicator: told apart, each indicator its own capaian (4/5 and 6/6; the
    // average takes both: (70 + 93.75 + 75 + 80 + 100)/5 = 83.75).
    ['two numbered indicators with a value each', {
      D9: '1. Jumlah paket logistik 2. Jumlah paket cetakan', F9: '1. 5 2. 6', H9: '1. 2 2. 3', J9: '1. 2 2. 3', L9: '1. 4 2. 6', N9: '1. 80 2. 100', N10: 83.75,
    }, []],
  ])('%s', (_, changes, expected) => {
    expect(brief(form(changes))).toEqual(expected);
  });
});

describe('polarity from the name (SPEC §10.7)', () => {
  // "Angka kematian ibu" should fall: target 4, realisation 1+2 = 3 → (2×4 − 3)/4 = 125 %; the average becomes
  // (70 + 93.75 + 125 + 80)/4 = 92.19, Sangat Tinggi. Its capaian formula differs from the column's by design.
  const cells = form({ D8: 'Angka kematian ibu', E8: 'Kasus', N8: ['(2*F8-L8)/F8*100', 125], N10: 92.19, N11: 'Sangat Tinggi' });
  it('reads a negative indicator and says so, and takes its (2T − R)/T capaian as the form meant', () => {
    expect(brief(cells)).toEqual(['polarity-inferred@D8']);
    expect(formOf(cells).indicators.find((i) => i.row === 7)?.capaian).toBe(125);
  });
  it('--polarity (an override) wins, without a finding', () => {
    expect(brief(cells, { settings: { polarityOverrides: { 'angka kematian ibu': 'positive' } } })).toContain('form-formula-mismatch@N8');
  });
});

describe('two numbered indicators in one cell, their units numbered alike', () => {
  it('each takes its own unit (`1. Laporan 2. %`), not the whole text', () => {
    const f = formOf(form({ D8: '1. Jumlah laporan keuangan 2. Persentase laporan tepat waktu', E8: '1. Laporan 2. %' }));
    expect(f.indicators.filter((i) => i.row === 7).map((i) => [i.name, i.unit?.name ?? null, i.unitWord])).toEqual([
      ['Jumlah laporan keuangan', 'laporan', 'Laporan'], ['Persentase laporan tepat waktu', '%', '%'],
    ]);
  });
});

describe('a realisation that breaks its declared sum: the percentages from it are not sure', () => {
  // K 8 = 6 + 7 on row 8: 1 + 2 = 3, typed 4. The stated capaian 75 (3/4) and average 79.69 agree with the quarters'
  // 3, not with the 4 typed: which of the two is right the form cannot say.
  const c = form({ L8: 4, N8: 75, N10: 79.69 });
  it('only the realisation is reported (not its capaian, nor the average over it)', () => {
    // The capaian had been held against 4/4 = 100 and the average against 85.94: three findings for one error.
    expect(brief(c)).toEqual(['form-formula-mismatch@L8']);
  });
  it('a recalculation writes neither that capaian nor the average and predicate', () => {
    // (100 % had been written over the 75 and 85.94 % over the average.)
    const writes = formWrites(formOf(c)).map((w) => [w.row + 1, w.col]);
    expect(writes).not.toContainEqual([8, 13]);
    expect(writes.filter(([row]) => row >= 10)).toEqual([]);
  });
});

describe('a typed percentage a formula reads keeps its scale', () => {
  // N7 typed on the 0–100 scale; the footer's average is a formula over the capaian column (and so is a recap's).
  const plan = (n7: number) => {
    const g = gridOf(form({ N7: n7, N10: ['AVERAGE(N6:N9)', (70 + n7 + 75 + 80) / 4] }));
    return buildWritePlan(g, analyseWorkbook(g), 'id').writes.filter((w) => w.address === 'N7');
  };
  it('right: not rewritten (as a fraction, the footer\'s AVERAGE would have read 0.94 among 70, 75 and 80)', () => {
    expect(plan(93.75)).toEqual([]);
  });
  it('wrong: written as the percentage on its own scale and format', () => {
    expect(plan(90).map((w) => [w.value, w.format])).toEqual([[93.75, undefined]]);
  });
});

describe('an Rp that breaks its roll-up or its declared sum: its % is not sure', () => {
  // M6 typed 270 where its Kegiatan make 90 + 130 + 45 = 265 (and 6 + 7 make 120 + 145 = 265); O6 states 75.71 = 265/350.
  const c = form({ M6: 270, O6: 75.71 });
  it('the amount is reported, not the % computed from it', () => {
    // 270/350 = 77.14 had been held against the 75.71 (absorption-mismatch) and written over it.
    const codes = brief(c);
    expect(codes).toContain('rollup-mismatch@M6');
    expect(codes.filter((x) => x.endsWith('@O6'))).toEqual([]);
  });
  it('a recalculation leaves the % as it is', () => {
    expect(formWrites(formOf(c)).map((w) => [w.row + 1, w.col])).not.toContainEqual([6, 14]);
  });
});

describe('a range target on the form (SPEC §4: 100 within it)', () => {
  it.each([['75-85', 100], ['75 s.d. 85', 100], ['80–90%', 93.75]])('%s against a realisation of 75: capaian %d', (target, capaian) => {
    const f = formOf(form({ F7: target, N7: capaian, N10: (70 + capaian + 75 + 80) / 4 }));
    // (It had been value-unreadable, no capaian, and the footer's average computed without it, then written.)
    expect([f.indicators.find((i) => i.row === 6)?.capaian, checkForm(f).map((x) => `${x.code}@${x.cell}`)]).toEqual([capaian, []]);
  });
  it('a lower-is-better indicator above its range is short of it: 2 − 90/85 = 94.12 % (R/U had given 105.88 %)', () => {
    const f = formOf(form({ D7: 'Angka kematian bayi per 1.000 kelahiran', F7: '75-85', J7: 90, L7: 90, N7: 94.12, N10: (70 + 94.12 + 75 + 80) / 4 }));
    expect([f.indicators.find((i) => i.row === 6)?.capaian, checkForm(f).map((x) => `${x.code}@${x.cell}`)]).toEqual([94.12, ['polarity-inferred@D7']]);
  });
});

describe('categories with their scores on the form (SPEC §4)', () => {
  it('A (80) against BB (76): 95 %', () => {
    const f = formOf(form({ D7: 'Nilai SAKIP', E7: 'Predikat', F7: 'A (80)', H7: '-', J7: '-', L7: 'BB (76)', N7: 95, N10: (70 + 95 + 75 + 80) / 4 }));
    // (Not computed before: the indicator left out of the average, and the right average rewritten.)
    expect([f.indicators.find((i) => i.row === 6)?.capaian, checkForm(f).map((x) => `${x.code}@${x.cell}`)]).toEqual([95, []]);
  });
});
