// Test helper: an .xlsx file as the core's Grid, with every shared formula expanded per cell (as the new reader
// gives it), so the form's checks are tested on real per-cell formula text.
import ExcelJS from 'exceljs';
import { Grid, GridCell, Range, Sheet, parseA1, parseRangeA1 } from '../../src/core/grid';
import { fromR1C1, toR1C1 } from '../../src/core/formula/r1c1';

export async function gridFromXlsx(file: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets: Sheet[] = wb.worksheets.map((ws) => {
    const cells: (GridCell | undefined)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const out: (GridCell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value as unknown;
        const g: GridCell = { value: null };
        if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
          const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
          let formula = f.formula;
          if (!formula && f.sharedFormula) {
            const master = ws.getCell(f.sharedFormula);
            const mf = (master.value as { formula?: string }).formula ?? '';
            const at = parseA1(f.sharedFormula)!;
            formula = fromR1C1(toR1C1(mf, at.row, at.col), r - 1, c - 1);
          }
          g.formula = formula;
          const res = f.result as unknown;
          g.value = res === undefined || res === null ? null : typeof res === 'object' && res !== null && 'error' in res ? { error: String((res as { error: unknown }).error) } : (res as number | string);
        } else if (v && typeof v === 'object' && 'richText' in v) {
          g.value = (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
        } else if (v && typeof v === 'object' && 'error' in v) {
          g.value = { error: String((v as { error: unknown }).error) };
        } else if (v instanceof Date) {
          g.value = v.toISOString().slice(0, 10);
        } else {
          g.value = (v ?? null) as GridCell['value'];
        }
        if (g.value === null && !g.formula) return;
        if (cell.numFmt && cell.numFmt !== 'General') g.format = cell.numFmt;
        out[c - 1] = g;
      });
      cells[r - 1] = out;
    });
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRangeA1).filter((x): x is Range => x !== null);
    return { name: ws.name, cells, merges };
  });
  return { sheets };
}
