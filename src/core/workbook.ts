// The whole job on one workbook: find tables on every sheet, analyse them, run every check.
import { Grid, Range, SheetView } from './grid';
import { detectTables } from './detect/tables';
import { analyseTable } from './compute/analyse';
import { TableAnalysis } from './compute/model';
import { TableLayout } from './detect/layout';
import { CHECKS } from './checks';
import { isWorkbookCheck, runTableCheck, runWorkbookCheck } from './checks/check';
import { Finding, sortFindings } from './findings';
import { Settings, withDefaults } from './settings';
import { analyseForm, FormAnalysis, formArea } from './renja/analyse';
import { formSharedFindings } from './renja/registry';
import { undeclaredFormArea } from './renja/recognise';
import { appendAll } from './arrays';
import { normaliseName } from './names';

export interface WorkbookAnalysis {
  tables: TableAnalysis[];
  /** Evaluation forms (SPEC §11, kind `renja`), found before the LKj tables; their area is no LKj table's. */
  forms: FormAnalysis[];
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

/** The agreement tables' indicators whose target is an upper bound, by normalised name, with the bound's words. */
function agreementBounds(tables: TableAnalysis[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of tables) {
    if (t.layout.kind !== 'agreement') continue;
    for (const ind of t.indicators) {
      const r = ind.target?.reading;
      if (r?.kind === 'number' && r.measure.bound?.side === 'max') out.set(normaliseName(ind.name), r.measure.bound.words);
    }
  }
  return out;
}

export function analyseWorkbook(grid: Grid, settings: Partial<Settings> = {}, options: AnalyseOptions = {}): WorkbookAnalysis {
  const s = withDefaults(settings);
  const sheets = grid.sheets.filter((sh) => !options.sheets || options.sheets.includes(sh.name));
  const tables: TableAnalysis[] = [];
  const findings: Finding[] = [];
  const forms: FormAnalysis[] = [];
  const found: { view: SheetView; layout: TableLayout }[] = [];
  const undeclaredForms: string[] = [];
  for (const sheet of sheets) {
    const view = new SheetView(sheet);
    // Every form on the sheet, one below the other (two Perangkat Daerah's, two quarters'): the second had been read
    // as an LKj table, its K/Rp pairs as quarters twice over. A form without declared formulas is left alone, not
    // misread as an LKj table (see undeclaredFormArea).
    const claimed: Range[] = [];
    for (let from = 0; from < view.rowCount; ) {
      const form = analyseForm(view, s, {}, from);
      if (form) forms.push(form);
      const area = form ? formArea(form) : undeclaredFormArea(view, from);
      if (!area) break;
      if (!form && !undeclaredForms.includes(sheet.name)) undeclaredForms.push(sheet.name);
      claimed.push(area);
      from = area.bottom + 1;
    }
    for (const layout of detectTables(view, claimed)) found.push({ view, layout });
  }
  // The agreement tables first: a Perjanjian Kinerja target stated as an upper bound (`≤ 5%`, `Maks. 5 hari`) says the
  // indicator is lower-is-better in every other table of the workbook, where nothing closer says.
  const analysed = new Map<TableLayout, TableAnalysis>();
  for (const { view, layout } of found) if (layout.kind === 'agreement') analysed.set(layout, analyseTable(view, layout, s));
  const bounds = agreementBounds([...analysed.values()]);
  for (const { view, layout } of found) {
    tables.push(analysed.get(layout) ?? analyseTable(view, layout, s, bounds.size > 0 ? bounds : undefined));
  }
  const scope = options.activeSheet !== undefined ? [options.activeSheet] : sheets.map((x) => x.name);
  for (const check of CHECKS) {
    if (isWorkbookCheck(check)) runWorkbookCheck(check, { tables, scope, forms, undeclaredForms }, s, findings);
    else for (const t of tables) runTableCheck(check, t, s, findings);
  }
  // The form's findings under the §5 codes it shares with LKj tables.
  for (const form of forms) if (scope.includes(form.layout.sheet)) appendAll(findings, formSharedFindings(form));
  const names = sheets.map((x) => x.name);
  return { tables, forms, findings: sortFindings(findings, names), sheets: names };
}
