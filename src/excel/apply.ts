// Applies a WritePlan to the workbook in one sync (more only past the 5 MB request limit), recording
// every cell's previous content and look first so that undo and clearing restore them exactly.
import { parseA1 } from '../core/grid';
import { NOTE_PREFIX, SEVERITY_FILL, WritePlan } from '../core/plan';
import { literal, quoteSheet } from './convert';
import { WorkbookRead } from './read';
import { HighlightRecord, loadState, saveState, UNDO_DEPTH, WriteRecord } from './state';
import { syncWithTimeout } from './sync';
import { OfficeHost } from './host';

export const REQUEST_BUDGET = 4 * 1024 * 1024;

export interface ApplyResult {
  written: number;
  highlighted: number;
  /** Protected sheets left untouched. */
  protectedSheets: string[];
}

const fillColor = (argb: string) => '#' + argb.slice(2);

/** The raw content of a cell from the read (outside the used range: empty). */
function previous(read: WorkbookRead, sheet: string, address: string): { formula: unknown; numberFormat: unknown } {
  const d = read.data.get(sheet);
  const at = parseA1(address);
  if (!d || !at) return { formula: '', numberFormat: 'General' };
  const r = at.row - d.top;
  const c = at.col - d.left;
  return { formula: d.formulas[r]?.[c] ?? '', numberFormat: d.numberFormat[r]?.[c] ?? 'General' };
}

/** Queues the restoring of earlier highlights (fills, then Cermat's own notes). */
export function queueRestoreHighlights(context: Excel.RequestContext, highlights: HighlightRecord[], notes: boolean): void {
  for (const h of highlights) {
    const fill = context.workbook.worksheets.getItem(h.sheet).getRange(h.address).format.fill;
    if (h.pattern === 'None') fill.clear();
    else {
      fill.color = h.color;
      if (h.pattern !== 'Solid') fill.pattern = h.pattern as Excel.FillPattern;
    }
    if (notes && h.note) context.workbook.notes.getItemOrNullObject(`${quoteSheet(h.sheet)}!${h.address}`).delete();
  }
}

export async function applyPlan(context: Excel.RequestContext, host: OfficeHost, plan: WritePlan, read: WorkbookRead): Promise<ApplyResult> {
  const notesSupported = host.isSetSupported('ExcelApi', '1.18');
  const state = loadState(host);
  const locked = new Set(read.sheets.filter((s) => s.protected).map((s) => s.name));
  const ours = new Set(state.highlights.filter((h) => h.note).map((h) => `${h.sheet}!${h.address}`));
  const hasOtherNote = (sheet: string, address: string) => read.notes.has(`${sheet}!${address}`) && !ours.has(`${sheet}!${address}`);

  // Earlier marks come off first, so the look captured below is the cell's own. Marks on a sheet deleted or
  // renamed since are dropped (nothing left to restore); those on a protected sheet are kept for later.
  const existing = new Set(read.sheets.map((s) => s.name));
  queueRestoreHighlights(context, state.highlights.filter((h) => existing.has(h.sheet) && !locked.has(h.sheet)), notesSupported);
  const kept = state.highlights.filter((h) => locked.has(h.sheet));

  let bytes = 0;
  const spend = async (n: number) => {
    bytes += n;
    if (bytes > REQUEST_BUDGET) {
      await syncWithTimeout(context);
      bytes = 0;
    }
  };

  const writes: WriteRecord[] = [];
  for (const w of plan.writes) {
    if (locked.has(w.sheet)) continue;
    const range = context.workbook.worksheets.getItem(w.sheet).getRange(w.address);
    writes.push({ sheet: w.sheet, address: w.address, ...previous(read, w.sheet, w.address), written: w.value });
    range.values = [[w.value]];
    if (w.format) range.numberFormat = [[w.format]];
    await spend(120);
  }

  const fills: { h: (typeof plan.highlights)[number]; fill: Excel.RangeFill; note: boolean }[] = [];
  for (const h of plan.highlights) {
    if (locked.has(h.sheet)) continue;
    const fill = context.workbook.worksheets.getItem(h.sheet).getRange(h.address).format.fill;
    fill.load('color,pattern');
    fill.color = fillColor(SEVERITY_FILL[h.severity]);
    const note = notesSupported && !hasOtherNote(h.sheet, h.address);
    if (note) context.workbook.notes.add(`${quoteSheet(h.sheet)}!${h.address}`, NOTE_PREFIX + h.message);
    fills.push({ h, fill, note });
    await spend(200 + (note ? h.message.length : 0));
  }
  await syncWithTimeout(context);

  const highlights: HighlightRecord[] = fills.map(({ h, fill, note }) => ({ sheet: h.sheet, address: h.address, color: fill.color, pattern: fill.pattern ?? 'Solid', note }));
  if (writes.length > 0) state.undo = [...state.undo, writes].slice(-UNDO_DEPTH);
  state.highlights = [...kept, ...highlights];
  await saveState(host, state);
  const touched = new Set([...plan.writes, ...plan.highlights].map((x) => x.sheet));
  return { written: writes.length, highlighted: highlights.length, protectedSheets: [...locked].filter((s) => touched.has(s)) };
}

export interface UndoResult {
  restored: number;
  /** Cells changed by the user since Cermat wrote them: left as they are. */
  changedSince: string[];
}

/** Restores the cells of the last recalculation, except those the user has changed since. */
export async function undoLast(context: Excel.RequestContext, host: OfficeHost): Promise<UndoResult | null> {
  const state = loadState(host);
  const entry = state.undo[state.undo.length - 1];
  if (!entry) return null;
  const names = await sheetNames(context);
  const last = entry.filter((w) => names.has(w.sheet));
  const changedSince = entry.filter((w) => !names.has(w.sheet)).map((w) => `${w.sheet}!${w.address}`);
  const ranges = last.map((w) => context.workbook.worksheets.getItem(w.sheet).getRange(w.address).load('values'));
  await syncWithTimeout(context);
  last.forEach((w, i) => {
    const now = ranges[i].values[0][0];
    if (now !== w.written) {
      changedSince.push(`${w.sheet}!${w.address}`);
      return;
    }
    ranges[i].formulas = [[literal(w.formula)]];
    ranges[i].numberFormat = [[w.numberFormat]];
  });
  await syncWithTimeout(context);
  state.undo = state.undo.slice(0, -1);
  await saveState(host, state);
  return { restored: entry.length - changedSince.length, changedSince };
}

async function sheetNames(context: Excel.RequestContext): Promise<Set<string>> {
  const sheets = context.workbook.worksheets.load('items/name');
  await syncWithTimeout(context);
  return new Set(sheets.items.map((s) => s.name));
}

/** Takes every Cermat mark off: previous fills back, Cermat's notes removed. */
export async function clearHighlights(context: Excel.RequestContext, host: OfficeHost): Promise<number> {
  const state = loadState(host);
  if (state.highlights.length === 0) return 0;
  const names = await sheetNames(context);
  queueRestoreHighlights(context, state.highlights.filter((h) => names.has(h.sheet)), host.isSetSupported('ExcelApi', '1.18'));
  await syncWithTimeout(context);
  const n = state.highlights.length;
  state.highlights = [];
  await saveState(host, state);
  return n;
}
