// Hand-checked golden: test/fixtures/domain-polarity-range-cumulative.xlsx — Satuan and Polaritas columns,
// range targets, cumulative `s.d. TW` columns and a zero target (SPEC §2.1, §3.2, §4, §5.4). No annual column:
// with cumulative columns the realisation is the last present quarter (s.d. TW IV).
//   row 2: Negatif, T 40, R 30 kasus → (2×40 − 30) / 40 × 100 = 125.00
//   row 3: Minimal (negative), T 10, R 8 % → (20 − 8) / 10 × 100 = 120.00 (a falling % series is no finding:
//          cumulative-decreasing is for additive units only)
//   row 4: Positif, range 80–90, R 86 indeks → inside → 100.00
//   row 5: range `80 s.d. 90`, R 95 orang → 95 / 90 × 100 = 105.555… → 105.56; the cumulative count falls
//          50 → 45 at H5 → cumulative-decreasing on H5
//   row 6: Polaritas `-` (negative), T 5, R 7 hari → (10 − 7) / 5 × 100 = 60.00
//   row 7: T 0 → target-zero on E7, not computed
//   table capaian (125 + 120 + 100 + 105.56 + 60) / 5 = 102.112 → 102.11
//   Not reported: polarity-inferred (a Polaritas column wins, §10.7), capaian-implausible (nothing above 150),
//   annual-missing (there is no annual column; the cumulative IV is the annual).
import { WorkbookAnalysis } from '../../../src/core/workbook';
import { analyseFixture, excelRow, finding, findingsOn, table } from './golden';

const SHEET = 'Tabel II.1';
let a: WorkbookAnalysis;
beforeAll(async () => {
  a = await analyseFixture('domain-polarity-range-cumulative');
});

describe('golden by hand: domain-polarity-range-cumulative.xlsx', () => {
  it('reads the polarity column', () => {
    const t = table(a, SHEET);
    expect(t.indicators.map((i) => excelRow(i.row))).toEqual([2, 3, 4, 5, 6, 7]);
    expect(t.indicators.map((i) => i.polarity)).toEqual(['negative', 'negative', 'positive', 'positive', 'negative', 'positive']);
  });

  it('computes negative, range and cumulative capaian and the table capaian', () => {
    const [r2, r3, r4, r5, r6, r7] = table(a, SHEET).indicators;
    expect(r2.capaian).toBeCloseTo(125, 2);
    expect(r3.capaian).toBeCloseTo(120, 2);
    expect(r4.capaian).toBeCloseTo(100, 2);
    expect(r5.capaian).toBeCloseTo(105.56, 2);
    expect(r6.capaian).toBeCloseTo(60, 2);
    expect(r7.capaian).toBeNull();
    expect(table(a, SHEET).capaian).toBeCloseTo(102.11, 2);
  });

  it('names the falling cumulative count and the zero target, and nothing else', () => {
    expect(findingsOn(a, SHEET)).toEqual(['cumulative-decreasing@H5', 'target-zero@E7']);
    expect(finding(a, 'cumulative-decreasing', SHEET, 'H5')).toMatchObject({ severity: 'warning', data: { previous: 50, value: 45 } });
    expect(finding(a, 'target-zero', SHEET, 'E7').severity).toBe('error');
    expect(a.findings.filter((f) => f.sheet !== SHEET)).toEqual([]);
  });
});
