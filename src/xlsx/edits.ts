// A recalculation's WritePlan in the writer's terms: values with their format, marks (fill + note), and the
// capaian columns Cermat adds (styled, merged and sized like their left neighbours, SPEC §12).
import { Grid, SheetView } from '../core/grid';
import { appendAll } from '../core/arrays';
import { NOTE_PREFIX, SEVERITY_FILL, WritePlan } from '../core/plan';
import { WorkbookAnalysis } from '../core/workbook';
import { CellEdit, NewColumn } from './patch';
import { dependentFormulas } from '../core/formula/dependents';

/**
 * The formula cells reading a cell these edits give a new value (directly or through other formulas), as edits that
 * drop their saved results: an `=AVERAGE(…)` over a written capaian, or an `=IF(…>90,"Sangat Tinggi",…)` predicate,
 * had kept the old result in the copy (and been reported for it by the next check).
 */
export function staleFormulaEdits(grid: Grid, edits: CellEdit[]): CellEdit[] {
  // Only a value that changes makes a result stale (a right capaian written again as the same number does not).
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const written = edits.filter((e) => e.value !== undefined && sheets.get(e.sheet)?.cells[e.row]?.[e.col]?.value !== e.value)
    .map((e) => ({ sheet: e.sheet, row: e.row, col: e.col }));
  return dependentFormulas(grid, written).map((at) => ({ ...at, stale: true }));
}

export function editsOf(grid: Grid, analysis: WorkbookAnalysis, plan: WritePlan): { edits: CellEdit[]; columns: NewColumn[] } {
  const edits: CellEdit[] = [];
  for (const w of plan.writes) {
    edits.push(w.kind === 'header'
      ? { sheet: w.sheet, row: w.row, col: w.col, value: w.value }
      : { sheet: w.sheet, row: w.row, col: w.col, value: w.value, format: w.format });
  }
  for (const h of plan.highlights) {
    edits.push({ sheet: h.sheet, row: h.row, col: h.col, fill: SEVERITY_FILL[h.severity], note: NOTE_PREFIX + h.message, notePrefix: NOTE_PREFIX });
  }
  const columns: NewColumn[] = [];
  for (const w of plan.writes) {
    if (w.kind !== 'header') continue;
    const table = analysis.tables.find((t) => t.layout.sheet === w.sheet && t.capaianColumn?.isNew && t.capaianColumn.col === w.col);
    const sheet = grid.sheets.find((s) => s.name === w.sheet);
    if (!table || !sheet) continue;
    const merge = w.col > 0 ? new SheetView(sheet).mergeAt(w.row, w.col - 1) : undefined;
    columns.push({ sheet: w.sheet, col: w.col, headerTop: w.row, headerMerge: merge && merge.bottom > merge.top ? { ...merge, top: w.row } : undefined });
  }
  appendAll(edits, staleFormulaEdits(grid, edits));
  return { edits, columns };
}
