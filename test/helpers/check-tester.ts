// RuleTester-style: per finding code, grids that must stay quiet and grids that must report given cells.
import { Grid } from '../../src/core/grid';
import { FindingCode, FindingData, Severity } from '../../src/core/findings';
import { Settings } from '../../src/core/settings';
import { analyseWorkbook } from '../../src/core/workbook';

export interface Invalid {
  name: string;
  grid: Grid;
  findings: { cell: string; sheet?: string; severity?: Severity; data?: FindingData }[];
  settings?: Partial<Settings>;
}

export interface Valid {
  name: string;
  grid: Grid;
  settings?: Partial<Settings>;
}

export function runCheckTests(code: FindingCode, cases: { valid: Valid[]; invalid: Invalid[] }): void {
  describe(code, () => {
    for (const v of cases.valid) {
      it(`stays quiet: ${v.name}`, () => {
        const found = analyseWorkbook(v.grid, v.settings).findings.filter((f) => f.code === code);
        expect(found).toEqual([]);
      });
    }
    for (const inv of cases.invalid) {
      it(`reports: ${inv.name}`, () => {
        const found = analyseWorkbook(inv.grid, inv.settings).findings.filter((f) => f.code === code);
        expect(found.map((f) => f.cell).sort()).toEqual(inv.findings.map((f) => f.cell).sort());
        for (const want of inv.findings) {
          const f = found.find((x) => x.cell === want.cell)!;
          if (want.sheet) expect(f.sheet).toBe(want.sheet);
          if (want.severity) expect(f.severity).toBe(want.severity);
          if (want.data) expect(f.data).toMatchObject(want.data);
        }
      });
    }
  });
}
