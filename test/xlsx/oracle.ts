// ExcelJS as the oracle of the differential test: its reading of a workbook, in the core's Grid terms. This is
// what the CLI used before the package reader; ExcelJS is a dev dependency only.
import ExcelJS from 'exceljs';
import { Grid, GridCell, Range, Scalar, Sheet, parseRangeA1 } from '../../src/core/grid';

type ExcelValue = ExcelJS.CellValue;

/** A Date from ExcelJS back to the serial number the file stores (ExcelJS reads dates in UTC). */
function serialOf(d: Date, date1904: boolean): number {
  return d.getTime() / 86400000 + (date1904 ? 24107 : 25569);
}

export function scalarOf(value: ExcelValue, date1904 = false): { value: Scalar; formula?: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value: serialOf(value, date1904) };
  if (typeof value === 'object') {
    if ('error' in value) return { value: { error: String(value.error) } };
    if ('formula' in value || 'sharedFormula' in value) {
      const f = value as { formula?: string; sharedFormula?: string; result?: unknown };
      const inner = scalarOf((f.result ?? null) as ExcelValue, date1904);
      return { value: inner.value, formula: f.formula ?? `(shared ${f.sharedFormula ?? ''})` };
    }
    if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
    if ('text' in value) return { value: String((value as { text: unknown }).text) };
  }
  return { value: null };
}

function sheetOf(ws: ExcelJS.Worksheet, date1904: boolean): Sheet {
  const cells: (GridCell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const { value, formula } = scalarOf(cell.value, date1904);
      if (value === null && !formula) return;
      const g: GridCell = { value };
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') g.format = fmt;
      // A shared formula's follower: ExcelJS translates the anchor's formula to this cell.
      if (formula) g.formula = formula.startsWith('(shared') ? cell.formula : formula;
      out[c - 1] = g;
    });
    cells[r - 1] = out;
  });
  const merges: Range[] = (ws.model.merges ?? []).map(parseRangeA1).filter((r): r is Range => r !== null);
  return { name: ws.name, cells, merges };
}

export async function excelJsGrid(data: Uint8Array | string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  if (typeof data === 'string') await wb.xlsx.readFile(data);
  else await wb.xlsx.load(data as unknown as ArrayBuffer);
  const date1904 = (wb.properties as { date1904?: boolean }).date1904 === true;
  return { sheets: wb.worksheets.map((ws) => sheetOf(ws, date1904)) };
}
