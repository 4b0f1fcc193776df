// ExcelJS ↔ Grid: the CLI's only contact with .xlsx files.
import ExcelJS from 'exceljs';
import { Grid, GridCell, Range, Scalar, Sheet, parseRangeA1 } from '../core/grid';

type ExcelValue = ExcelJS.CellValue;

/** ExcelJS's cell value to the grid's scalar (a formula's cached result; rich text joined). */
export function scalarOf(value: ExcelValue): { value: Scalar; formula?: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value: value.toISOString().slice(0, 10) };
  if (typeof value === 'object') {
    if ('error' in value) return { value: { error: String(value.error) } };
    if ('formula' in value || 'sharedFormula' in value) {
      const f = value as { formula?: string; sharedFormula?: string; result?: unknown };
      const inner = scalarOf((f.result ?? null) as ExcelValue);
      return { value: inner.value, formula: f.formula ?? `(shared ${f.sharedFormula ?? ''})` };
    }
    if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
    if ('text' in value) return { value: String((value as { text: unknown }).text) };
  }
  return { value: null };
}

function mergesOf(ws: ExcelJS.Worksheet): Range[] {
  // ExcelJS keeps merges privately; the public model getter rebuilds every row, which is slow on big sheets.
  const internal = (ws as unknown as { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> })._merges;
  if (internal) {
    const out: Range[] = [];
    for (const m of Object.values(internal)) {
      if (m?.model) out.push({ top: m.model.top - 1, left: m.model.left - 1, bottom: m.model.bottom - 1, right: m.model.right - 1 });
    }
    return out;
  }
  return (ws.model.merges ?? []).map(parseRangeA1).filter((r): r is Range => r !== null);
}

export function sheetOf(ws: ExcelJS.Worksheet): Sheet {
  const cells: (GridCell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const { value, formula } = scalarOf(cell.value);
      if (value === null && !formula) return;
      const g: GridCell = { value };
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') g.format = fmt;
      if (formula) g.formula = formula;
      out[c - 1] = g;
    });
    cells[r - 1] = out;
  });
  return { name: ws.name, cells, merges: mergesOf(ws) };
}

export function gridOf(wb: ExcelJS.Workbook): Grid {
  return { sheets: wb.worksheets.map(sheetOf) };
}
