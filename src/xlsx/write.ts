// Applies a WritePlan to an ExcelJS workbook: numbers with a percent format, fills and notes by severity.
import ExcelJS from 'exceljs';
import { NOTE_PREFIX, SEVERITY_FILL, WritePlan } from '../core/plan';
import { restyle } from './style';

export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  for (const w of plan.writes) {
    const cell = wb.getWorksheet(w.sheet)?.getCell(w.row + 1, w.col + 1);
    if (!cell) continue;
    cell.value = w.value;
    if (w.format) restyle(cell, { numFmt: w.format });
  }
  for (const h of plan.highlights) {
    const cell = wb.getWorksheet(h.sheet)?.getCell(h.row + 1, h.col + 1);
    if (!cell) continue;
    restyle(cell, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[h.severity] } } });
    const existing = typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join('') ?? '';
    const base = existing.split('\n' + NOTE_PREFIX)[0].startsWith(NOTE_PREFIX) ? '' : existing.split('\n' + NOTE_PREFIX)[0];
    cell.note = (base ? base + '\n' : '') + NOTE_PREFIX + h.message;
  }
}
