// Hand-checked golden: test/fixtures/domain-categories.xlsx — category targets and realisations (SPEC §3, §4;
// issue #5 / README: the built-in AKIP scale AA 90–100, A 80–90, BB 70–80 … and NKA Sangat Baik 90–100,
// Baik 80–90 …; an unscored TARGET category takes its band as a range, an unscored REALISATION stays unscored).
//   row 2: target BB → range 70–80; realisation A (82,5) → 82.5 > 80 → 82.5 / 80 × 100 = 103.125 → 103.13
//   row 3: target Baik → 80–90; realisation Baik (88) inside → 100.00
//   row 4: Baik vs `Sangat Baik` without a score → not computed, category-unscored on the target C4
//   row 5: WTP vs WTP, on no scale → not computed, category-unscored on C5; its stated 100% cannot be checked →
//          capaian-unverifiable on E5
//   row 6: both scored, A (85) vs BB (78) → 78 / 85 × 100 = 91.764… → 91.76
//   table capaian (103.13 + 100 + 91.76) / 3 = 98.296… → 98.30
import { WorkbookAnalysis } from '../../../src/core/workbook';
import { analyseFixture, excelRow, finding, findingsOn, table } from './golden';

const SHEET = 'Kategori';
let a: WorkbookAnalysis;
beforeAll(async () => {
  a = await analyseFixture('domain-categories');
});

describe('golden by hand: domain-categories.xlsx', () => {
  it('computes each category capaian by its score or its target band', () => {
    const t = table(a, SHEET);
    expect(t.indicators.map((i) => excelRow(i.row))).toEqual([2, 3, 4, 5, 6]);
    const [r2, r3, r4, r5, r6] = t.indicators;
    expect(r2.capaian).toBeCloseTo(103.13, 2);
    expect(r3.capaian).toBeCloseTo(100, 2);
    expect(r4.capaian).toBeNull();
    expect(r5.capaian).toBeNull();
    expect(r6.capaian).toBeCloseTo(91.76, 2);
    expect(t.capaian).toBeCloseTo(98.3, 2);
  });

  it('names the unscored categories and the unverifiable stated capaian, and nothing else', () => {
    expect(a.tables).toHaveLength(1);
    expect(findingsOn(a, SHEET)).toEqual(['category-unscored@C4', 'category-unscored@C5', 'capaian-unverifiable@E5'].sort());
    expect(finding(a, 'category-unscored', SHEET, 'C4').severity).toBe('warning');
    expect(finding(a, 'category-unscored', SHEET, 'C5').severity).toBe('warning');
    expect(finding(a, 'capaian-unverifiable', SHEET, 'E5')).toMatchObject({ severity: 'info', data: { stated: 100 } });
    expect(a.findings.filter((f) => f.sheet !== SHEET)).toEqual([]);
  });
});
