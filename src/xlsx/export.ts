// Writes an in-memory workbook's cells (values, formats, fills, notes) back into the ExcelJS workbook it was
// read from, so the preview can download the recalculated file with everything else of the original kept.
import ExcelJS from 'exceljs';
import { isErrorValue } from '../core/grid';
import { MemoryWorkbook } from '../excel/memory/model';
import { splitAddress } from '../excel/convert';
import { restyle } from './style';

export function exportInto(book: MemoryWorkbook, wb: ExcelJS.Workbook): void {
  for (const sheet of book.sheets) {
    const ws = wb.getWorksheet(sheet.name);
    if (!ws) continue;
    for (const [k, c] of sheet.cells) {
      const cell = ws.getCell(Math.floor(k / 20000) + 1, (k % 20000) + 1);
      if (cell.isMerged && cell.master !== cell) continue;
      const current = cell.value;
      const isFormula = typeof current === 'object' && current !== null && ('formula' in current || 'sharedFormula' in current);
      if (!isFormula && !c.formula) {
        const v = c.value === null ? null : isErrorValue(c.value) ? ({ error: c.value.error } as unknown as ExcelJS.CellValue) : c.value;
        if (v !== current) cell.value = v as ExcelJS.CellValue;
      }
      const fmt = c.numberFormat === 'General' ? undefined : c.numberFormat;
      const fill: ExcelJS.Fill | undefined =
        c.fill.pattern === 'None' ? undefined : { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + c.fill.color.replace('#', '').toUpperCase() } };
      const shownFill = cell.fill?.type === 'pattern' && cell.fill.pattern !== 'none' ? cell.fill : undefined;
      if ((cell.numFmt || undefined) !== fmt || JSON.stringify(shownFill) !== JSON.stringify(fill)) restyle(cell, { numFmt: fmt, fill });
    }
    for (const [key, text] of book.notes) {
      const [name, address] = splitAddress(key);
      if (name === sheet.name) ws.getCell(address).note = text;
    }
    ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.note && !book.notes.has(`${sheet.name}!${cell.address}`)) cell.note = undefined as unknown as string;
    }));
  }
}
