// Applies a WritePlan to an ExcelJS workbook: numbers with a percent format, fills and notes by severity.
import ExcelJS from 'exceljs';
import { SEVERITY_FILL, WritePlan } from '../core/plan';

const NOTE_PREFIX = 'Cermat: ';

export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  for (const w of plan.writes) {
    const cell = wb.getWorksheet(w.sheet)?.getCell(w.row + 1, w.col + 1);
    if (!cell) continue;
    cell.value = w.value;
    // Cells loaded from a file share style objects: assign a new one, never mutate it in place.
    if (w.format) cell.style = { ...cell.style, numFmt: w.format };
  }
  for (const h of plan.highlights) {
    const cell = wb.getWorksheet(h.sheet)?.getCell(h.row + 1, h.col + 1);
    if (!cell) continue;
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[h.severity] } } };
    const existing = typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join('') ?? '';
    const base = existing.split('\n' + NOTE_PREFIX)[0].startsWith(NOTE_PREFIX) ? '' : existing.split('\n' + NOTE_PREFIX)[0];
    cell.note = (base ? base + '\n' : '') + NOTE_PREFIX + h.message;
  }
}
