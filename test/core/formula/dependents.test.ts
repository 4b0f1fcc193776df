// Formula cells reading written cells, directly or through other formulas: their saved results are stale in a copy.
import { dependentFormulas } from '../../../src/core/formula/dependents';
import { grid, sheet } from '../../helpers/grid';
import { Grid } from '../../../src/core/grid';

/** A grid whose formula cells are given as A1 → formula (values irrelevant here). */
function withFormulas(sheets: Record<string, Record<string, string>>): Grid {
  return grid(...Object.entries(sheets).map(([name, formulas]) => {
    const s = sheet(name, [['x']]);
    for (const [a1, f] of Object.entries(formulas)) {
      const col = a1.charCodeAt(0) - 65;
      const row = Number(a1.slice(1)) - 1;
      (s.cells[row] ??= [])[col] = { value: 0, formula: f };
    }
    return s;
  }));
}
const names = (g: Grid, changed: { sheet: string; row: number; col: number }[]) =>
  dependentFormulas(g, changed).map((c) => `${c.sheet}!${String.fromCharCode(65 + c.col)}${c.row + 1}`).sort();

describe('dependentFormulas', () => {
  const g = withFormulas({
    'Tabel II.1': { E6: 'AVERAGE(E2:E5)', E7: 'IF(E6>90,"Sangat Tinggi","Tinggi")', F2: 'D2/C2*100', G9: 'SUM(A:A)', H2: 'SUM(E:E)' },
    'Rekap': { B1: "'Tabel II.1'!E6", B2: 'B1*2', C1: "'tabel ii.1'!e3", D1: "'Tabel II.1'!F2" },
  });

  it('finds the formulas reading a written cell, through other formulas and other sheets (names without case)', () => {
    // E3 written (a capaian): E6 averages it, E7 reads E6, H2 sums column E, Rekap!B1 reads E6, B2 reads B1, C1 reads E3.
    expect(names(g, [{ sheet: 'Tabel II.1', row: 2, col: 4 }])).toEqual(['Rekap!B1', 'Rekap!B2', 'Rekap!C1', 'Tabel II.1!E6', 'Tabel II.1!E7', 'Tabel II.1!H2']);
  });

  it('leaves out formulas reading other cells (F2 reads C2 and D2; G9 column A; Rekap!D1 reads F2)', () => {
    expect(names(g, [{ sheet: 'Tabel II.1', row: 2, col: 4 }])).not.toEqual(expect.arrayContaining(['Tabel II.1!F2']));
    expect(names(g, [{ sheet: 'Tabel II.1', row: 9, col: 4 }])).toEqual(['Tabel II.1!H2']);
    expect(names(g, [])).toEqual([]);
  });

  it('ends on a circular reference', () => {
    const loop = withFormulas({ S: { A1: 'B1+C1', B1: 'A1' } });
    expect(names(loop, [{ sheet: 'S', row: 0, col: 2 }])).toEqual(['S!A1', 'S!B1']);
  });
});
