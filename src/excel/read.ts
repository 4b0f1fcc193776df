// Reads every sheet into a Grid: one cheap sync sizes the sheets, one more loads their data and merges
// (split into chunks only where a response would pass Excel on the web's 5 MB limit).
import { Grid } from '../core/grid';
import { SheetData, sheetFromData, splitAddress } from './convert';
import { syncWithTimeout } from './sync';

/** Sheets looked up per sizing sync; a workbook with more takes another. */
const SHEETS_PER_SYNC = 40;
/** Bytes a cell costs in a load of values, formulas, formats and types (generous, for the 5 MB limit). */
export const BYTES_PER_CELL = 120;
export const RESPONSE_BUDGET = 4 * 1024 * 1024;

export interface SheetInfo {
  name: string;
  protected: boolean;
  used: { top: number; left: number; rows: number; cols: number } | null;
}

export interface WorkbookRead {
  grid: Grid;
  sheets: SheetInfo[];
  /** Raw formulas and formats of each sheet, to restore cells exactly on undo. */
  data: Map<string, SheetData>;
  /** Cells that already hold a note (`Sheet!A1`), so Cermat never writes over one. */
  notes: Set<string>;
  activeSheet: string;
}

export async function sizeSheets(context: Excel.RequestContext): Promise<{ sheets: SheetInfo[]; activeSheet: string }> {
  const sheets: SheetInfo[] = [];
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load('name');
  let next: Excel.Worksheet | null = context.workbook.worksheets.getFirst();
  while (next) {
    const batch: { ws: Excel.Worksheet; used: Excel.Range }[] = [];
    for (let i = 0; i < SHEETS_PER_SYNC && next; i++) {
      const ws: Excel.Worksheet = next;
      ws.load('name');
      ws.protection.load('protected');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowCount,columnCount,rowIndex,columnIndex');
      batch.push({ ws, used });
      next = ws.getNextOrNullObject();
    }
    await syncWithTimeout(context);
    for (const { ws, used } of batch) {
      if (ws.isNullObject) {
        next = null;
        break;
      }
      sheets.push({
        name: ws.name,
        protected: ws.protection.protected,
        used: used.isNullObject ? null : { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
      });
    }
  }
  return { sheets, activeSheet: active.name };
}

interface Chunk {
  sheet: SheetInfo;
  top: number;
  rows: number;
  range?: Excel.Range;
}

/** Loads the sized sheets: values, formulas, formats, value types and merged areas. */
export async function readWorkbook(context: Excel.RequestContext, notesSupported: boolean): Promise<WorkbookRead> {
  const { sheets, activeSheet } = await sizeSheets(context);
  const chunks: Chunk[] = [];
  for (const s of sheets) {
    if (!s.used) continue;
    const rowsPerChunk = Math.max(1, Math.floor(RESPONSE_BUDGET / (BYTES_PER_CELL * s.used.cols)));
    for (let top = 0; top < s.used.rows; top += rowsPerChunk) chunks.push({ sheet: s, top, rows: Math.min(rowsPerChunk, s.used.rows - top) });
  }
  const data = new Map<string, SheetData>();
  for (const s of sheets) {
    data.set(s.name, { name: s.name, top: s.used?.top ?? 0, left: s.used?.left ?? 0, values: [], formulas: [], numberFormat: [], valueTypes: [], merges: [] });
  }
  // The first sync also loads merged areas (and existing notes where the API has them).
  const merged = sheets.filter((s) => s.used).map((s) => {
    const u = s.used!;
    const areas = context.workbook.worksheets.getItem(s.name).getRangeByIndexes(u.top, u.left, u.rows, u.cols).getMergedAreasOrNullObject();
    areas.load('areas/items/address');
    return { s, areas };
  });
  const notes = notesSupported ? context.workbook.notes : null;
  notes?.load('items');
  let budget = 0;
  let pending: Chunk[] = [];
  const flush = async () => {
    await syncWithTimeout(context);
    for (const c of pending) {
      const d = data.get(c.sheet.name)!;
      const r = c.range!;
      d.values.push(...r.values);
      d.formulas.push(...r.formulas);
      d.numberFormat.push(...r.numberFormat);
      d.valueTypes.push(...(r.valueTypes as string[][]));
    }
    pending = [];
    budget = 0;
  };
  for (const c of chunks) {
    const cost = c.rows * c.sheet.used!.cols * BYTES_PER_CELL;
    if (pending.length > 0 && budget + cost > RESPONSE_BUDGET) await flush();
    const u = c.sheet.used!;
    c.range = context.workbook.worksheets.getItem(c.sheet.name).getRangeByIndexes(u.top + c.top, u.left, c.rows, u.cols);
    c.range.load('values,formulas,numberFormat,valueTypes');
    pending.push(c);
    budget += cost;
  }
  if (pending.length > 0 || chunks.length === 0) await flush();
  for (const { s, areas } of merged) if (!areas.isNullObject) data.get(s.name)!.merges = areas.areas.items.map((a) => a.address);
  const existingNotes = new Set<string>();
  if (notes) await loadNoteCells(context, notes, existingNotes);
  return { grid: { sheets: sheets.map((s) => sheetFromData(data.get(s.name)!)) }, sheets, data, notes: existingNotes, activeSheet };
}

async function loadNoteCells(context: Excel.RequestContext, notes: Excel.NoteCollection, out: Set<string>): Promise<void> {
  if (notes.items.length === 0) return;
  const locations = notes.items.map((n) => n.getLocation().load('address'));
  await syncWithTimeout(context);
  for (const l of locations) {
    const [sheet, cell] = splitAddress(l.address);
    out.add(`${sheet}!${cell.replace(/\$/g, '')}`);
  }
}
