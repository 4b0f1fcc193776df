// Hand-checked golden: test/fixtures/real-world/evaluasi-renja-deli-serdang-2025.xlsx — a real, filled
// Permendagri 86/2017 evaluation form (SPEC §11). SPEC §11 names the errors a reviewer (Bappeda) returns it for;
// the figures below are read off the cells by hand:
//   - rollup-mismatch, row 12 (Bidang PERENCANAAN, whose direct children are the programs of rows 13, 55, 70;
//     rows 91 Keuangan and 96 Penelitian dan Pengembangan are its siblings under the Urusan of row 11):
//       R12 = SUM(R13+R55+R70+R91+R96) = 1.971.343.265, children 1.854.185.339 + 22.016.047 + 62.378.365 = 1.938.579.751
//       U12 = … = 2.279.258.325, children 1.997.093.079 + 149.142.470 + 126.237.776 = 2.272.473.325
//       X12 = … = 2.733.183.079, children 2.107.919.683 + 339.120.746 + 259.870.150 = 2.706.910.579
//       AA12 = SUM(AA13+AA55+AA70+AA91) = 4.121.616.561, children 2.418.900.034 + 663.022.186 + 1.000.525.341 = 4.082.447.561
//   - formula-constant: every formula with a typed number of 4+ digits — 27 cells, all in column U
//     (`=20906000-R15`, `=3251126996-R23`, …), listed below
//   - formula-inconsistent: row 39 aggregates different child sets (K39 = SUM(K40:K44), M39 = SUM(M42:M44),
//     AA39 = SUM(AA42,AA44)); Y47 = Z47/N47-P47-S47-V47 where its column has Z*N-P-S-V
//   - value-error: AF82 holds #DIV/0! (its Renstra target J82 is 0)
// These expectations were written before the form was supported (as `it.failing`) and flipped when issue 12 landed.
import { WorkbookAnalysis } from '../../../src/core/workbook';
import { analyseFixture } from './golden';

const SHEET = 'Realisasi TW IV';
let a: WorkbookAnalysis;
beforeAll(async () => {
  a = await analyseFixture('real-world/evaluasi-renja-deli-serdang-2025');
}, 60000);

const cellsOf = (code: string) => a.findings.filter((f) => f.code === code && f.sheet === SHEET).map((f) => f.cell);
const row = (cell: string) => Number(cell.replace(/^[A-Z]+/, ''));

const TYPED_CONSTANTS = [
  'U15', 'U20', 'U23', 'U24', 'U26', 'U31', 'U33', 'U34', 'U36', 'U37', 'U47', 'U48', 'U50', 'U52', 'U54', 'U65',
  'U69', 'U72', 'U76', 'U78', 'U80', 'U83', 'U87', 'U88', 'U99', 'U100', 'U102',
];

describe('golden by hand: real-world/evaluasi-renja-deli-serdang-2025.xlsx', () => {
  it('reads the form without a finding on its title, header or numbered rows (1–10)', () => {
    expect(a.sheets).toEqual([SHEET]);
    expect(a.findings.filter((f) => f.code !== 'table-not-found' && row(f.cell) <= 10)).toEqual([]);
  });

  it('recognises the evaluation form (SPEC §11; issue 12)', () => {
    // The form is found as a form (not as an LKj table) and is the workbook's one table in the report.
    expect((a.forms ?? []).map((f) => f.layout.sheet)).toEqual([SHEET]);
    expect(a.tables).toEqual([]);
    expect(cellsOf('table-not-found')).toEqual([]);
  });

  it('reports the double counting in the Bidang roll-up of row 12 with the children sum (SPEC §11)', () => {
    const at = (cell: string) => a.findings.find((f) => String(f.code) === 'rollup-mismatch' && f.sheet === SHEET && f.cell === cell);
    expect(at('R12')).toMatchObject({ severity: 'error', data: { expected: 1938579751, actual: 1971343265 } });
    expect(at('U12')).toMatchObject({ severity: 'error', data: { expected: 2272473325, actual: 2279258325 } });
    expect(at('X12')).toMatchObject({ severity: 'error', data: { expected: 2706910579, actual: 2733183079 } });
    expect(at('AA12')).toMatchObject({ severity: 'error', data: { expected: 4082447561, actual: 4121616561 } });
  });

  it('reports every formula with a typed constant, and no other formula-constant (SPEC §11)', () => {
    expect(cellsOf('formula-constant').sort()).toEqual([...TYPED_CONSTANTS].sort());
  });

  it('reports the inconsistent formulas of row 39 and Y47, and the #DIV/0! at AF82 (SPEC §11)', () => {
    const inconsistent = cellsOf('formula-inconsistent');
    expect(inconsistent).toContain('Y47');
    expect(inconsistent.some((c) => ['K39', 'M39', 'AA39'].includes(c))).toBe(true);
    expect(a.findings.find((f) => f.code === 'value-error' && f.sheet === SHEET && f.cell === 'AF82')).toMatchObject({ severity: 'error' });
  });
});
