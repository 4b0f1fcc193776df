// Hand-checked golden: test/fixtures/layout-three-row-header.xlsx — a three-row header (merged `Realisasi
// Triwulan` over I–IV, a row of `(orang)` unit captions that belongs to the header, §10.1) and merged No/Sasaran.
//   row 4: `1.000 orang` (a count: thousands) → T 1000; quarters 250 + 250 + 300 + 300 = 1100 = `1.100 orang` ✓;
//          capaian 1100 / 1000 × 100 = 110.00
//   row 5: % (non-additive): annual 95 = last quarter 95 ✓; 95 / 90 × 100 = 105.555… → 105.56 (stated 105,56%: agrees)
//   row 6: no unit: quarters -, -, -, 78 → sum = last = mean = 78 = annual ✓; 78 / 75 × 100 = 104.00
//   group 1 (rows 4–5, merged No/Sasaran): (110 + 105.56) / 2 = 107.78; group 2 (row 6): 104.00
//   table capaian (110 + 105.56 + 104) / 3 = 106.52
//   Not reported: anything at all — no number-ambiguous (the unit decides `1.000`), no unit finding from the
//   `(orang)` captions, no annual finding, nothing on header rows 1–3.
import { WorkbookAnalysis } from '../../../src/core/workbook';
import { analyseFixture, excelRow, table } from './golden';

const SHEET = 'Tabel 3';
let a: WorkbookAnalysis;
beforeAll(async () => {
  a = await analyseFixture('layout-three-row-header');
});

describe('golden by hand: layout-three-row-header.xlsx', () => {
  it('reads the body below the three header rows, grouped by the merged Sasaran', () => {
    expect(a.tables).toHaveLength(1);
    const t = table(a, SHEET);
    expect(t.indicators.map((i) => excelRow(i.row))).toEqual([4, 5, 6]);
    expect(t.groups.map((g) => g.rows.map(excelRow))).toEqual([[4, 5], [6]]);
  });

  it('computes capaian per indicator, per group and for the table', () => {
    const t = table(a, SHEET);
    const [r4, r5, r6] = t.indicators;
    expect(r4.capaian).toBeCloseTo(110, 2);
    expect(r5.capaian).toBeCloseTo(105.56, 2);
    expect(r5.statedCapaian).toBeCloseTo(105.56, 2);
    expect(r6.capaian).toBeCloseTo(104, 2);
    expect(t.groups[0].average).toBeCloseTo(107.78, 2);
    expect(t.groups[1].average).toBeCloseTo(104, 2);
    expect(t.capaian).toBeCloseTo(106.52, 2);
  });

  it('reports nothing', () => {
    expect(a.findings).toEqual([]);
  });
});
