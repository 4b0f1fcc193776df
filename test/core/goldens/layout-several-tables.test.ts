// Hand-checked golden: test/fixtures/layout-several-tables.xlsx — three tables on one sheet: two side by side
// (A4:D6 and F4:I6) under titles, a note row, and a quarterly table with a Jumlah row (A10:H13) (SPEC §2, §2.4).
//   table A4: row 5: 4 dokumen / 4 dok (same unit, `dok` = `dokumen`) → 100.00; row 6: 15 / 12 desa → 125.00;
//             table capaian (100 + 125) / 2 = 112.50
//   table F4: row 5: 85,5 / 90 % → 95.00 (stated 95%: agrees); row 6: 82,4 / 80 nilai → 103.00 (stated 103%);
//             table capaian (95 + 103) / 2 = 99.00
//   table A10: row 11: 20 + 25 + 30 + 30 = 105 kasus = Tahunan 105 ✓ → 105 / 100 = 105.00;
//              row 12: bare quarters take the unit `pengaduan` (a count): 10 × 4 = 40 ≠ Tahunan 45 →
//              annual-sum-mismatch on H12 (expected 40, actual 45); capaian from the annual cell 45 / 50 = 90.00;
//              Jumlah row 13: target 100 + 50 = 150 ✓, Tahunan 105 + 45 = 150 ✓ → no total-mismatch;
//              table capaian (105 + 90) / 2 = 97.50
//   Table A4 has no Capaian column and E, right of it, is the only empty column before table F4: a new Capaian (%)
//   column there would join the two (read again, one table A4:I6 with two of each column) → no-room-for-capaian on
//   A4 (column E, next F), a warning; its capaian is computed, not written.
//   Not reported: anything on the titles, the note row 8 or the Jumlah row; no unit-mismatch for `dok`/`dokumen`.
import { WorkbookAnalysis } from '../../../src/core/workbook';
import { analyseFixture, excelRow, finding, findingsOn } from './golden';

const SHEET = 'Capaian';
let a: WorkbookAnalysis;
beforeAll(async () => {
  a = await analyseFixture('layout-several-tables');
});

/** The table whose header starts at this cell (`A4`). */
const at = (header: string) => {
  const col = header.charCodeAt(0) - 65;
  const row = Number(header.slice(1)) - 1;
  const found = a.tables.filter((t) => t.layout.sheet === SHEET && t.layout.headerTop === row && t.layout.left === col);
  if (found.length !== 1) throw new Error(`expected one table at ${header}, found ${found.length}`);
  return found[0];
};

describe('golden by hand: layout-several-tables.xlsx', () => {
  it('finds the three tables', () => {
    expect(a.tables.filter((t) => t.layout.sheet === SHEET)).toHaveLength(3);
    expect(at('A4').indicators.map((i) => excelRow(i.row))).toEqual([5, 6]);
    expect(at('F4').indicators.map((i) => excelRow(i.row))).toEqual([5, 6]);
    expect(at('A10').indicators.map((i) => excelRow(i.row))).toEqual([11, 12]);
    expect(at('A10').layout.summaryRow).toBe(12); // 0-based: the Jumlah row 13
  });

  it('computes the capaian of each table and of each indicator', () => {
    expect(at('A4').indicators.map((i) => i.capaian)).toEqual([100, 125]);
    expect(at('A4').capaian).toBeCloseTo(112.5, 2);
    const [f5, f6] = at('F4').indicators;
    expect(f5.capaian).toBeCloseTo(95, 2);
    expect(f6.capaian).toBeCloseTo(103, 2);
    expect(at('F4').capaian).toBeCloseTo(99, 2);
    const [r11, r12] = at('A10').indicators;
    expect(r11.capaian).toBeCloseTo(105, 2);
    expect(r12.capaian).toBeCloseTo(90, 2);
    expect(at('A10').capaian).toBeCloseTo(97.5, 2);
  });

  it('names only the quarters that do not add up to the annual, and the column it will not fill', () => {
    expect(findingsOn(a, SHEET)).toEqual(['annual-sum-mismatch@H12', 'no-room-for-capaian@A4']);
    expect(finding(a, 'annual-sum-mismatch', SHEET, 'H12')).toMatchObject({ severity: 'error', data: { expected: 40, actual: 45 } });
    expect(finding(a, 'no-room-for-capaian', SHEET, 'A4')).toMatchObject({ severity: 'warning', data: { column: 'E', next: 'F' } });
    expect(at('A4').capaianColumn).toBeNull();
    expect(a.findings).toHaveLength(2);
  });
});
