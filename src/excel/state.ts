// What Cermat keeps in the document (settings travel with the saved workbook): the undo stack of its
// writes and the previous look of every cell it marked, so both can be restored exactly, even after reopening.
// Document settings hold at most 2 MB (Office.Settings.set reference; OfficeDev/office-js#621 — and #3957 saw
// failures from about 1 MB), so the state is stored compactly and kept within a budget: the oldest undo levels
// are dropped first.
import { Settings } from '../core/settings';
import { PreviousCell } from './convert';
import { isCorrection } from './correction-rule';
import { ColumnLook, restoreLook, StoredLook, storeLook } from './newcolumn';
import { OfficeHost } from './seam';
import { utf8Length } from './wire';

/** A fill as Excel.RangeFill reports it. */
export interface FillLook {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number | null;
  patternTintAndShade: number | null;
}

export interface WriteRecord {
  sheet: string;
  address: string;
  /** What the cell held before, to write back exactly. */
  previous: PreviousCell;
  /** What Cermat wrote, to leave alone a cell the user has changed since. */
  written: unknown;
  /** On the header of a new capaian column: the column's look before Cermat styled it like its neighbour. */
  look?: ColumnLook;
}

export interface HighlightRecord {
  sheet: string;
  address: string;
  /** The cell's own fill before Cermat marked it. */
  fill: FillLook;
  /** Cermat may have a note here (and removes only its own). */
  note: boolean;
}

export interface CermatState {
  /** One entry per recalculation, newest last. */
  undo: WriteRecord[][];
  highlights: HighlightRecord[];
  /**
   * The history of corrections: every cell Cermat has overwritten (a stated value replaced by the computed one),
   * oldest first, kept until the planner accepts it (Terima koreksi) or undoes the recalculation that wrote it.
   * A record still in the undo stack is the same object as there, and is stored as a reference to it.
   */
  corrections: WriteRecord[];
  settings?: Partial<Settings>;
}

const KEY = 'cermat.state';
export const UNDO_DEPTH = 5;
/**
 * The share of the documented 2 MB Cermat's state may take: half, because saves were seen to fail from about
 * 1 MB in Excel on Windows (OfficeDev/office-js#3957), and Office's own encoding of the JSON adds to it.
 */
export const SETTINGS_SHARE = 0.5;

export const NO_FILL_LOOK: FillLook = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };

// Stored form: per level and for the highlights, the sheet names once and each cell as a short array.
// sheet, address, type, value, numberFormat, written[, the new column's look before]
type StoredWrite = [number, string, string, unknown, string, unknown] | [number, string, string, unknown, string, unknown, StoredLook];
type StoredFill = 0 | [string, string, string, number | null, number | null];
type StoredHighlight = [number, string, StoredFill, 0 | 1];
interface Stored {
  version: 2;
  /** `c`: which of the level's records are in the history of corrections — 1 for every one that replaced a stated value, or their indexes. */
  undo: { sheets: string[]; cells: StoredWrite[]; c?: 1 | number[] }[];
  highlights: { sheets: string[]; cells: StoredHighlight[] };
  /**
   * The corrections no longer in the undo stack, oldest first (the history is these, then each level's, in order).
   * Absent in documents saved before the history of corrections.
   */
  corrections?: { sheets: string[]; cells: StoredWrite[] };
  settings?: Partial<Settings>;
}

function indexer(): { sheets: string[]; of(name: string): number } {
  const sheets: string[] = [];
  const at = new Map<string, number>();
  return {
    sheets,
    of(name) {
      let i = at.get(name);
      if (i === undefined) {
        i = sheets.length;
        sheets.push(name);
        at.set(name, i);
      }
      return i;
    },
  };
}

const sameFill = (a: FillLook, b: FillLook) =>
  a.color === b.color && a.pattern === b.pattern && a.patternColor === b.patternColor && a.tintAndShade === b.tintAndShade && a.patternTintAndShade === b.patternTintAndShade;

export function isNoFill(f: FillLook): boolean {
  return sameFill(f, NO_FILL_LOOK);
}

const storedWrite = (ix: { of(name: string): number }, w: WriteRecord): StoredWrite => (w.look
  ? [ix.of(w.sheet), w.address, w.previous.type, w.previous.value, w.previous.numberFormat, w.written, storeLook(w.look)]
  : [ix.of(w.sheet), w.address, w.previous.type, w.previous.value, w.previous.numberFormat, w.written]);
const fromStored = (sheets: string[], [s, address, type, value, numberFormat, written, look]: StoredWrite): WriteRecord => (look
  ? { sheet: sheets[s], address, previous: { type, value, numberFormat }, written, look: restoreLook(look) }
  : { sheet: sheets[s], address, previous: { type, value, numberFormat }, written });

function store(state: CermatState): Stored {
  const history = new Set(state.corrections);
  const undo = state.undo.map((level) => {
    const ix = indexer();
    const out: Stored['undo'][number] = { sheets: ix.sheets, cells: level.map((w) => storedWrite(ix, w)) };
    const inHistory = level.flatMap((w, i) => (history.has(w) ? [i] : []));
    const corrections = level.flatMap((w, i) => (isCorrection(w) ? [i] : []));
    if (inHistory.length > 0) out.c = inHistory.join() === corrections.join() ? 1 : inHistory;
    return out;
  });
  const ix = indexer();
  const cells = state.highlights.map((h): StoredHighlight => [
    ix.of(h.sheet), h.address,
    isNoFill(h.fill) ? 0 : [h.fill.color, h.fill.pattern, h.fill.patternColor, h.fill.tintAndShade, h.fill.patternTintAndShade],
    h.note ? 1 : 0,
  ]);
  const out: Stored = { version: 2, undo, highlights: { sheets: ix.sheets, cells } };
  const inUndo = new Set(state.undo.flat());
  const older = state.corrections.filter((w) => !inUndo.has(w));
  if (older.length > 0) {
    const cx = indexer();
    out.corrections = { sheets: cx.sheets, cells: older.map((w) => storedWrite(cx, w)) };
  }
  if (state.settings) out.settings = state.settings;
  return out;
}

function restore(raw: Stored): CermatState {
  const undo = raw.undo.map((level) => level.cells.map((w) => fromStored(level.sheets, w)));
  const highlights = raw.highlights.cells.map(([s, address, f, note]) => ({
    sheet: raw.highlights.sheets[s],
    address,
    fill: f === 0 ? { ...NO_FILL_LOOK } : { color: f[0], pattern: f[1], patternColor: f[2], tintAndShade: f[3], patternTintAndShade: f[4] },
    note: note === 1,
  }));
  const c = raw.corrections;
  const corrections = c && Array.isArray(c.cells) ? c.cells.map((w) => fromStored(c.sheets, w)) : [];
  raw.undo.forEach((level, l) => {
    if (level.c === 1) corrections.push(...undo[l].filter(isCorrection));
    else if (Array.isArray(level.c)) corrections.push(...level.c.map((i) => undo[l][i]).filter((w) => w !== undefined));
  });
  return raw.settings ? { undo, highlights, corrections, settings: raw.settings } : { undo, highlights, corrections };
}

/** The first stored form (before the compact one): objects per cell, formulas restored through `formulas`. */
interface StoredV1 {
  version: 1;
  undo: { sheet: string; address: string; formula: unknown; numberFormat: unknown; written: unknown }[][];
  highlights: { sheet: string; address: string; color: string; pattern: string; note: boolean }[];
  settings?: Partial<Settings>;
}

function fromV1(raw: StoredV1): CermatState {
  const undo = raw.undo.map((level) => level.map((w) => ({
    sheet: w.sheet,
    address: w.address,
    previous: typeof w.formula === 'string' && w.formula.startsWith('=')
      ? { type: 'Formula', value: w.formula, numberFormat: String(w.numberFormat ?? 'General') }
      : { type: w.formula === '' || w.formula === null ? 'Empty' : typeof w.formula === 'number' ? 'Double' : typeof w.formula === 'boolean' ? 'Boolean' : 'String', value: w.formula ?? '', numberFormat: String(w.numberFormat ?? 'General') },
    written: w.written,
  })));
  const highlights = raw.highlights.map((h) => ({
    sheet: h.sheet, address: h.address, note: h.note,
    fill: h.pattern === 'None' ? { ...NO_FILL_LOOK } : { ...NO_FILL_LOOK, color: h.color, pattern: h.pattern },
  }));
  return raw.settings ? { undo, highlights, corrections: [], settings: raw.settings } : { undo, highlights, corrections: [] };
}

export function loadState(host: OfficeHost): CermatState {
  const raw = host.settings.get(KEY) as Stored | StoredV1 | null;
  if (raw && raw.version === 2 && Array.isArray(raw.undo) && raw.highlights && Array.isArray(raw.highlights.cells)) return restore(raw);
  if (raw && raw.version === 1 && Array.isArray(raw.undo) && Array.isArray(raw.highlights)) return fromV1(raw);
  return { undo: [], highlights: [], corrections: [] };
}

/** Bytes the state takes in the document's settings. */
export function stateBytes(state: CermatState): number {
  return utf8Length(JSON.stringify({ [KEY]: store(state) }));
}

export class UndoTooLargeError extends Error {
  readonly code = 'UndoTooLarge';
  constructor(readonly bytes: number, readonly budget: number) {
    super(`the undo record of ${bytes} bytes does not fit the ${budget} bytes the document settings allow`);
  }
}

/**
 * Keeps the state within the settings budget by dropping the oldest undo levels (never the newest), then, if it
 * is still too large, the oldest corrections of the history that the newest level does not hold (the pane says how
 * many). A state that does not fit even then throws UndoTooLargeError, before anything is written.
 * Returns the undo levels dropped; `dropped.corrections` the corrections.
 */
export function boundState(host: OfficeHost, state: CermatState, dropped: { corrections: number } = { corrections: 0 }): number {
  const budget = Math.floor(host.settingsLimit * SETTINGS_SHARE);
  let levels = 0;
  if (state.undo.length > UNDO_DEPTH) {
    levels = state.undo.length - UNDO_DEPTH;
    state.undo = state.undo.slice(levels);
  }
  let bytes = stateBytes(state);
  while (bytes > budget && state.undo.length > 1) {
    state.undo = state.undo.slice(1);
    levels++;
    bytes = stateBytes(state);
  }
  if (bytes > budget && state.corrections.length > 0) {
    const newest = new Set(state.undo[state.undo.length - 1] ?? []);
    const older = state.corrections.filter((w) => !newest.has(w));
    // Drop the fewest oldest ones that make it fit (halving the step until it does).
    let lo = 0;
    let hi = older.length;
    const rank = new Map(older.map((w, i) => [w, i]));
    const without = (n: number) => ({ ...state, corrections: state.corrections.filter((w) => (rank.get(w) ?? n) >= n) });
    if (stateBytes(without(hi)) <= budget) {
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (stateBytes(without(mid)) <= budget) hi = mid;
        else lo = mid + 1;
      }
      state.corrections = without(hi).corrections;
      dropped.corrections = hi;
      bytes = stateBytes(state);
    }
  }
  if (bytes > budget) throw new UndoTooLargeError(bytes, budget);
  return levels;
}

export async function saveState(host: OfficeHost, state: CermatState): Promise<void> {
  host.settings.set(KEY, store(state));
  await host.settings.save();
}
