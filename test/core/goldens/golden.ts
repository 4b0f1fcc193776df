// Shared by the hand-checked goldens: load a fixture, analyse it, and look findings up by code, sheet and cell.
// The expected figures live in each workbook's test file, derived by hand from SPEC.md, never from the product.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseWorkbook, WorkbookAnalysis } from '../../../src/core/workbook';
import { FIXTURES, loadGrid } from '../../helpers/xlsx';

export async function analyseFixture(name: string): Promise<WorkbookAnalysis> {
  const file = join(FIXTURES, `${name}.xlsx`);
  const settingsFile = join(FIXTURES, `${name}.settings.json`);
  const settings = existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, 'utf8')) : {};
  return analyseWorkbook(await loadGrid(file), settings);
}

export function table(a: WorkbookAnalysis, sheet: string, index = 0) {
  const t = a.tables.filter((x) => x.layout.sheet === sheet)[index];
  if (!t) throw new Error(`no table ${index} on sheet ${sheet}`);
  return t;
}

/** Every finding on a sheet as `code@cell`, sorted: the whole list, so an extra or a missing finding fails. */
export function findingsOn(a: WorkbookAnalysis, sheet: string): string[] {
  return a.findings.filter((f) => f.sheet === sheet).map((f) => `${f.code}@${f.cell}`).sort();
}

export function finding(a: WorkbookAnalysis, code: string, sheet: string, cell: string) {
  const found = a.findings.filter((f) => f.code === code && f.sheet === sheet && f.cell === cell);
  if (found.length !== 1) throw new Error(`expected one ${code} at ${sheet}!${cell}, found ${found.length}`);
  return found[0] as { code: string; severity: string; sheet: string; cell: string; data: Record<string, unknown> };
}

/** The 1-based spreadsheet row of an indicator or group row (the analysis keeps 0-based rows). */
export const excelRow = (row: number) => row + 1;
