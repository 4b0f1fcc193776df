// What the pane changed in the in-memory workbook, as the writer's edits: values and formats that differ from
// the file as read, solid fills, notes, and the capaian columns Cermat added (SPEC §12: styled like their neighbour).
import { Grid, SheetView, parseA1 } from '../../core/grid';
import { NEW_CAPAIAN_HEADER, NOTE_PREFIX } from '../../core/plan';
import { MemoryWorkbook } from '../../excel/memory/model';
import { CellEdit, NewColumn } from '../../xlsx/patch';
import { staleFormulaEdits } from '../../xlsx/edits';
import { appendAll } from '../../core/arrays';

const KEY = 20000;

export function bookEdits(original: Grid, book: MemoryWorkbook): { edits: CellEdit[]; columns: NewColumn[] } {
  const edits: CellEdit[] = [];
  const columns: NewColumn[] = [];
  for (const sheet of book.sheets) {
    const before = original.sheets.find((s) => s.name === sheet.name);
    if (!before) continue;
    const view = new SheetView(before);
    for (const [k, c] of sheet.cells) {
      const row = Math.floor(k / KEY);
      const col = k % KEY;
      const was = before.cells[row]?.[col];
      const edit: CellEdit = { sheet: sheet.name, row, col };
      let changed = false;
      const value = c.value;
      if (!c.formula && !was?.formula && value !== (was?.value ?? null) && (typeof value === 'number' || typeof value === 'string')) {
        edit.value = value;
        changed = true;
        if (value === NEW_CAPAIAN_HEADER && (was === undefined || was.value === null) && col > 0) {
          const merge = view.mergeAt(row, col - 1);
          columns.push({ sheet: sheet.name, col, headerTop: row, headerMerge: merge && merge.bottom > merge.top ? { ...merge, top: row } : undefined });
        }
      }
      const format = c.numberFormat === 'General' ? undefined : c.numberFormat;
      if (format !== undefined && format !== was?.format) {
        edit.format = format;
        changed = true;
      }
      if (c.fill.pattern !== 'None') {
        edit.fill = 'FF' + c.fill.color.replace('#', '').toUpperCase();
        changed = true;
      }
      if (changed) edits.push(edit);
    }
  }
  for (const [key, text] of book.notes) {
    const bang = key.lastIndexOf('!');
    const at = parseA1(key.slice(bang + 1));
    // The note of a cell Cermat marked: the part before Cermat's is the user's, kept from the file.
    if (at) edits.push({ sheet: key.slice(0, bang), row: at.row, col: at.col, note: text, notePrefix: NOTE_PREFIX });
  }
  appendAll(edits, staleFormulaEdits(original, edits));
  return { edits, columns };
}
