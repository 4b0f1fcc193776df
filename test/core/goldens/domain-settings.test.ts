// Hand-checked golden: test/fixtures/domain-settings.xlsx with domain-settings.settings.json (SPEC §4, §8):
// a polarity override (jumlah kasus pelanggaran → negative), the T/R negative formula, a custom scale
// (Istimewa 95–100), cap 120 in averages, absent indicators counted as 0, implausible above 400.
//   row 2: negative by override, T/R: 40 / 30 × 100 = 133.333… → 133.33 (never capped per indicator)
//   row 3: 30 / 10 orang × 100 = 300.00 — not capaian-implausible, the threshold is 400
//   row 4: target Istimewa → custom band 95–100 as a range; realisation Istimewa (97) inside → 100.00
//   row 5: realisation `-` → realisation-missing on E5, not computed; counted as 0 in averages
//   group `Pelindungan` (rows 2–5, empty Sasaran continues it) and the table, capped at 120 with absent = 0:
//     (min(133.33, 120) + min(300, 120) + 100 + 0) / 4 = (120 + 120 + 100 + 0) / 4 = 85.00
import { WorkbookAnalysis } from '../../../src/core/workbook';
import { analyseFixture, excelRow, finding, findingsOn, table } from './golden';

const SHEET = 'Tabel II.1';
let a: WorkbookAnalysis;
beforeAll(async () => {
  a = await analyseFixture('domain-settings');
});

describe('golden by hand: domain-settings.xlsx with its settings', () => {
  it('computes each capaian with the override, the T/R formula and the custom scale, uncapped', () => {
    const t = table(a, SHEET);
    expect(t.indicators.map((i) => excelRow(i.row))).toEqual([2, 3, 4, 5]);
    const [r2, r3, r4, r5] = t.indicators;
    expect(r2.polarity).toBe('negative');
    expect(r2.capaian).toBeCloseTo(133.33, 2);
    expect(r3.capaian).toBeCloseTo(300, 2);
    expect(r4.capaian).toBeCloseTo(100, 2);
    expect(r5.capaian).toBeNull();
  });

  it('averages with the cap 120 and the missing indicator counted as 0', () => {
    const t = table(a, SHEET);
    expect(t.groups).toHaveLength(1);
    expect(t.groups[0].rows.map(excelRow)).toEqual([2, 3, 4, 5]);
    expect(t.groups[0].average).toBeCloseTo(85, 2);
    expect(t.capaian).toBeCloseTo(85, 2);
  });

  it('names only the missing realisation (300 is below the implausible threshold of 400)', () => {
    expect(findingsOn(a, SHEET)).toEqual(['realisation-missing@E5']);
    expect(finding(a, 'realisation-missing', SHEET, 'E5').severity).toBe('warning');
    expect(a.findings.filter((f) => f.sheet !== SHEET)).toEqual([]);
  });
});
