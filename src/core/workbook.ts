// The whole job on one workbook: find tables on every sheet, analyse them, run every check.
import { Grid, SheetView } from './grid';
import { detectTables } from './detect/tables';
import { analyseTable } from './compute/analyse';
import { TableAnalysis } from './compute/model';
import { CHECKS } from './checks';
import { isWorkbookCheck, runTableCheck, runWorkbookCheck } from './checks/check';
import { Finding, sortFindings } from './findings';
import { Settings, withDefaults } from './settings';

export interface WorkbookAnalysis {
  tables: TableAnalysis[];
  findings: Finding[];
  /** The sheets looked at, in workbook order. */
  sheets: string[];
}

export interface AnalyseOptions {
  /** Only these sheets; all when absent. */
  sheets?: string[];
  /** The add-in's active sheet: `table-not-found` is about it (SPEC §5.1), not about the whole workbook. */
  activeSheet?: string;
}

export function analyseWorkbook(grid: Grid, settings: Partial<Settings> = {}, options: AnalyseOptions = {}): WorkbookAnalysis {
  const s = withDefaults(settings);
  const sheets = grid.sheets.filter((sh) => !options.sheets || options.sheets.includes(sh.name));
  const tables: TableAnalysis[] = [];
  const findings: Finding[] = [];
  for (const sheet of sheets) {
    const view = new SheetView(sheet);
    for (const layout of detectTables(view)) tables.push(analyseTable(view, layout, s));
  }
  const scope = options.activeSheet !== undefined ? [options.activeSheet] : sheets.map((x) => x.name);
  for (const check of CHECKS) {
    if (isWorkbookCheck(check)) runWorkbookCheck(check, { tables, scope }, s, findings);
    else for (const t of tables) runTableCheck(check, t, s, findings);
  }
  const names = sheets.map((x) => x.name);
  return { tables, findings: sortFindings(findings, names), sheets: names };
}
