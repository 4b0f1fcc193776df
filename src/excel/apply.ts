// Applies a WritePlan to the workbook. First one sync looks at what the writes would touch (the fills of the
// cells to mark, whether a run of cells lies in a dynamic-array spill range); then the undo record is saved, so
// a failure in any later sync can still be undone; then the writes go out, contiguous computed cells as one
// range, packed into as few syncs as the 5 MB request limit allows (earlier marks' restores counted too).
// Nothing is written or marked on protected or hidden sheets, no note goes on a cell with a threaded comment,
// and no value into a spill range; the result names each.
import { a1, parseA1 } from '../core/grid';
import { Highlight, NOTE_PREFIX, SEVERITY_FILL, WritePlan } from '../core/plan';
import { Language } from '../core/settings';
import { correctionLine } from './corrections';
import { isCorrection } from './correction-rule';
import { ColumnRead, NewColumn, readJobs, restoreLookJobs, styleJobs } from './newcolumn';
import { ExcelContext, ExcelFill, ExcelNote, ExcelRange, ExcelWorksheet } from './api';
import { Job, runJobs } from './batch';
import { literal, previousOf, addressSheet } from './convert';
import { OfficeHost } from './seam';
import { PAYLOAD_SHARE, WorkbookRead } from './read';
import { boundState, CermatState, FillLook, HighlightRecord, isNoFill, loadState, NO_FILL_LOOK, saveState, WriteRecord } from './state';
import { syncWithTimeout } from './sync';
import { methodBytes, pathBytes, queryBytes, resultBytes, setBytes } from './wire';

export interface ApplyResult {
  written: number;
  highlighted: number;
  /** Protected sheets left untouched. */
  protectedSheets: string[];
  /** Hidden sheets with something to write or mark: analysed, left untouched. */
  hiddenSheets: string[];
  /** Finding cells with a threaded comment: marked, without a note. */
  commentCells: string[];
  /** Computed cells inside a dynamic-array spill range: not written. */
  spillCells: string[];
  /** Oldest undo levels dropped to keep the undo record within the document settings' limit. */
  droppedUndoLevels: number;
  /** Oldest corrections dropped from the history for the same reason (0 unless the history is huge). */
  droppedCorrections: number;
  /** Cells in the history of corrections after this run (each listed in the pane, each marked and noted). */
  corrections: number;
  /** Corrections accepted (taken off the history) by this run. */
  accepted: number;
  /** Syncs the writing took (after the read). */
  syncs: number;
}

/** RangeFill's colour and pattern (ExcelApi 1.1), and its pattern colour and tints (ExcelApi 1.9). */
const FILL_PROPS_1_1 = ['color', 'pattern'];
const FILL_PROPS_1_9 = [...FILL_PROPS_1_1, 'patternColor', 'tintAndShade', 'patternTintAndShade'];
const key = (sheet: string, address: string) => `${sheet}!${address}`;
export const budgetOf = (host: OfficeHost) => Math.floor(host.payloadLimit * PAYLOAD_SHARE);

/**
 * Worksheet proxies shared by the jobs of a context (looked up once per sheet, not per cell). Their ~200 bytes
 * per sheet and sync are left to the budget's margin (PAYLOAD_SHARE) rather than counted per job.
 */
class Sheets {
  private readonly map = new Map<string, ExcelWorksheet>();
  constructor(private readonly context: ExcelContext) {}
  get(name: string): ExcelWorksheet {
    let ws = this.map.get(name);
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(name);
      this.map.set(name, ws);
    }
    return ws;
  }
  /** Forgets the proxies (after a refused sync, which never made them). */
  reset(): void {
    this.map.clear();
  }
}

interface Cell {
  sheet: string;
  row: number;
  col: number;
}

/** Cells of one sheet and column on consecutive rows (and `same` between neighbours), each as one range. */
export function runsOf<T extends Cell>(cells: T[], same: (a: T, b: T) => boolean = () => true): T[][] {
  const sorted = [...cells].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row));
  const runs: T[][] = [];
  let run: T[] = [];
  for (const c of sorted) {
    const last = run[run.length - 1];
    if (last && last.sheet === c.sheet && last.col === c.col && last.row + 1 === c.row && same(last, c)) run.push(c);
    else {
      if (run.length) runs.push(run);
      run = [c];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

const runAddress = (run: Cell[]) => {
  const a = run[0];
  const b = run[run.length - 1];
  return run.length === 1 ? a1(a.row, a.col) : `${a1(a.row, a.col)}:${a1(b.row, b.col)}`;
};

function located<T extends { sheet: string; address: string }>(x: T): T & Cell {
  const at = parseA1(x.address)!;
  return { ...x, row: at.row, col: at.col };
}

/** A job restoring a run of cells to one fill (clear, then the look's own properties where they differ from none). */
function restoreFillJob(sheets: Sheets, sheet: string, address: string, look: FillLook): Job {
  const differs = (k: keyof FillLook) => !isNoFill(look) && look[k] !== null && look[k] !== NO_FILL_LOOK[k];
  const keys = (['color', 'pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'] as const).filter(differs);
  return {
    bytes: pathBytes('method', 'GetRange', [address]) + 2 * pathBytes('property', 'Fill') + methodBytes('Clear', []) + keys.reduce((n, k) => n + setBytes(k, look[k]), 0),
    queue() {
      const fill = sheets.get(sheet).getRange(address).format.fill;
      fill.clear();
      // The colour before the pattern: setting a colour on a cell without a pattern makes it solid.
      if (keys.includes('color')) fill.color = look.color;
      if (keys.includes('pattern')) fill.pattern = look.pattern;
      if (keys.includes('patternColor')) fill.patternColor = look.patternColor;
      if (keys.includes('tintAndShade')) fill.tintAndShade = look.tintAndShade;
      if (keys.includes('patternTintAndShade')) fill.patternTintAndShade = look.patternTintAndShade;
    },
  };
}

/** Jobs putting highlight records' cells back to their own look and taking Cermat's notes off. */
function restoreJobs(sheets: Sheets, records: HighlightRecord[], notes: boolean, context: ExcelContext): Job[] {
  const jobs: Job[] = [];
  const sameLook = (a: { fill: FillLook }, b: { fill: FillLook }) => JSON.stringify(a.fill) === JSON.stringify(b.fill);
  for (const run of runsOf(records.map(located), sameLook)) jobs.push(restoreFillJob(sheets, run[0].sheet, runAddress(run), run[0].fill));
  if (notes) for (const h of records) if (h.note) jobs.push(noteDeleteJob(context, h.sheet, h.address));
  return jobs;
}

function noteDeleteJob(context: ExcelContext, sheet: string, address: string): Job {
  const where = `${addressSheet(sheet)}!${address}`;
  return {
    bytes: pathBytes('method', 'GetItemOrNullObject', [where]) + methodBytes('Delete', []),
    queue: () => context.workbook.notes.getItemOrNullObject(where).delete(),
  };
}

interface SheetState {
  names: Set<string>;
  locked: Set<string>;
  hidden: Set<string>;
}

function sheetStateOf(read: WorkbookRead): SheetState {
  return {
    names: new Set(read.sheets.map((s) => s.name)),
    locked: new Set(read.sheets.filter((s) => s.protected).map((s) => s.name)),
    hidden: new Set(read.sheets.filter((s) => s.visibility !== 'Visible').map((s) => s.name)),
  };
}

/** A run of cells written as one range (contents, then number formats); split in two if Excel refuses its size. */
function rangeJob<T extends Cell>(sheets: Sheets, run: T[], content: (c: T) => unknown, format: ((c: T) => unknown) | null, prop: 'values' | 'formulas'): Job {
  const address = runAddress(run);
  const contents = run.map((c) => [content(c)]);
  const formats = format ? run.map((c) => [format(c)]) : null;
  return {
    bytes: pathBytes('method', 'GetRange', [address]) + setBytes(prop, contents) + (formats ? setBytes('numberFormat', formats) : 0),
    queue() {
      const r = sheets.get(run[0].sheet).getRange(address);
      r[prop] = contents;
      if (formats) r.numberFormat = formats;
    },
    split: () => (run.length < 2 ? null : [rangeJob(sheets, run.slice(0, run.length >> 1), content, format, prop), rangeJob(sheets, run.slice(run.length >> 1), content, format, prop)]),
  };
}

/** A corrected cell's mark when no finding is on it (light purple: Cermat changed this cell). */
export const CORRECTED_FILL = '#E4DFEC';
type MarkSeverity = Highlight['severity'] | 'corrected';
const markColor = (s: MarkSeverity) => (s === 'corrected' ? CORRECTED_FILL : '#' + SEVERITY_FILL[s].slice(2));

export interface ApplyOptions {
  /** The language of the correction lines in notes. */
  language?: Language;
  /** Terima koreksi: the history of corrections is cleared (except on protected sheets) before marking. */
  acceptCorrections?: boolean;
  /** New capaian columns of the plan, styled like their left neighbours (ExcelApi 1.9). */
  newColumns?: NewColumn[];
}

export async function applyPlan(context: ExcelContext, host: OfficeHost, plan: WritePlan, read: WorkbookRead, options: ApplyOptions = {}): Promise<ApplyResult> {
  const lang = options.language ?? 'id';
  const notesSupported = host.isSetSupported('ExcelApi', '1.18');
  const spillsSupported = host.isSetSupported('ExcelApi', '1.12');
  const tints = host.isSetSupported('ExcelApi', '1.9');
  const FILL_PROPS = tints ? FILL_PROPS_1_9 : FILL_PROPS_1_1;
  const budget = budgetOf(host);
  const state = loadState(host);
  const { names, locked, hidden } = sheetStateOf(read);
  const sheets = new Sheets(context);
  let syncs = 0;

  const touched = new Set([...plan.writes, ...plan.highlights].map((x) => x.sheet));
  const usable = (sheet: string) => names.has(sheet) && !locked.has(sheet) && !hidden.has(sheet);
  let writes = plan.writes.filter((w) => usable(w.sheet));
  const findingMarks = plan.highlights.filter((h) => usable(h.sheet));

  // The history of corrections: kept while the sheet exists (accepting clears it, but not on a protected sheet).
  const history = state.corrections.filter((w) => names.has(w.sheet) && (!options.acceptCorrections || locked.has(w.sheet)));
  const accepted = state.corrections.filter((w) => names.has(w.sheet)).length - history.length;
  // Each write's record, made once: the cell as it was and the value written (the undo keeps it; it tells a correction).
  const recordOf = new Map(writes.map((w) => [w, { sheet: w.sheet, address: w.address, previous: previousIn(read, w.sheet, w.row, w.col), written: w.value } as WriteRecord]));
  // Cells to look at before writing: the findings', the corrected ones', and those this run may correct.
  const toLook = new Map<string, { sheet: string; address: string }>();
  for (const x of [...findingMarks, ...history.filter((w) => usable(w.sheet)), ...writes.filter((w) => isCorrection(recordOf.get(w)!))]) {
    toLook.set(key(x.sheet, x.address), { sheet: x.sheet, address: x.address });
  }

  // Earlier marks: those on a deleted or renamed sheet are dropped (nothing left to restore), those on a
  // protected sheet kept for later, the rest restored, unless the same cell is marked again.
  const kept = state.highlights.filter((h) => names.has(h.sheet) && locked.has(h.sheet));
  const earlier = new Map(state.highlights.filter((h) => names.has(h.sheet) && !locked.has(h.sheet)).map((h) => [key(h.sheet, h.address), h]));

  // One sync to look before writing: the own fill of each cell to mark, and which runs to write touch a spill.
  const looks = new Map<string, ExcelFill>();
  const userNotes = new Map<string, ExcelNote>();
  const look: Job[] = [];
  for (const h of toLook.values()) {
    const k = key(h.sheet, h.address);
    // A note Cermat did not write (the user's, perhaps added since the last run) is never written over.
    if (notesSupported && !earlier.get(k)?.note && !read.comments.has(k)) {
      const where = `${addressSheet(h.sheet)}!${h.address}`;
      look.push({
        bytes: pathBytes('method', 'GetItemOrNullObject', [where]),
        response: resultBytes(30),
        queue: () => void userNotes.set(k, context.workbook.notes.getItemOrNullObject(where)),
      });
    }
    if (earlier.has(k)) continue;
    look.push({
      bytes: pathBytes('method', 'GetRange', [h.address]) + 2 * pathBytes('property', 'Fill') + queryBytes(FILL_PROPS),
      response: resultBytes(120),
      queue() {
        const fill = sheets.get(h.sheet).getRange(h.address).format.fill;
        fill.load(FILL_PROPS.join(','));
        looks.set(key(h.sheet, h.address), fill);
      },
    });
  }
  const writeRuns = runsOf(writes);
  const runRanges = new Map<(typeof writes)[number][], ExcelRange>();
  if (spillsSupported) {
    for (const run of writeRuns) {
      look.push({
        bytes: pathBytes('method', 'GetRange', [runAddress(run)]) + queryBytes(['hasSpill']),
        response: resultBytes(20),
        queue() {
          const r = sheets.get(run[0].sheet).getRange(runAddress(run));
          r.load('hasSpill');
          runRanges.set(run, r);
        },
      });
    }
  }
  // New capaian columns: their neighbours' look and their own, read in the same sync.
  const columnReads: ColumnRead[] = [];
  const headers = new Set(writes.filter((w) => w.kind === 'header').map((w) => key(w.sheet, w.address)));
  const styled = tints ? (options.newColumns ?? []).filter((c) => usable(c.sheet) && headers.has(key(c.sheet, a1(c.top, c.col)))) : [];
  look.push(...readJobs((n) => sheets.get(n), styled, columnReads));
  if (look.length > 0) syncs += await runJobs(context, look, budget, () => sheets.reset());

  // Runs that touch a spill range: which of their cells are in it (a second look, only where there are spills).
  const spillCells = new Set<string>();
  const mixed = writeRuns.filter((run) => runRanges.has(run) && runRanges.get(run)!.hasSpill !== false);
  if (mixed.length > 0) {
    const cells = mixed.flat();
    const ranges: ExcelRange[] = [];
    const jobs: Job[] = cells.map((w, i) => ({
      bytes: pathBytes('method', 'GetRange', [w.address]) + queryBytes(['hasSpill']),
      response: resultBytes(20),
      queue() {
        ranges[i] = sheets.get(w.sheet).getRange(w.address);
        ranges[i].load('hasSpill');
      },
    }));
    syncs += await runJobs(context, jobs, budget, () => sheets.reset());
    cells.forEach((w, i) => ranges[i].hasSpill && spillCells.add(key(w.sheet, w.address)));
  }
  writes = writes.filter((w) => !spillCells.has(key(w.sheet, w.address)));

  // The undo record and the marks' records, saved before anything is written.
  const writeRecords: WriteRecord[] = writes.map((w) => recordOf.get(w)!);
  // Each new column's header record keeps the column's look before, so that undo restores it too.
  const styleWork: Job[] = [];
  for (const r of columnReads) {
    const header = writeRecords.find((w) => w.sheet === r.column.sheet && w.address === a1(r.column.top, r.column.col));
    if (!header) continue;
    const { jobs, before } = styleJobs((n) => sheets.get(n), r);
    header.look = before;
    styleWork.push(...jobs);
  }
  const corrections = [...history, ...writeRecords.filter(isCorrection)];
  // Every corrected cell carries its history in its note, beside its findings' messages, until it is accepted.
  const lines = new Map<string, string[]>();
  for (const w of corrections) {
    if (!usable(w.sheet)) continue;
    const k = key(w.sheet, w.address);
    lines.set(k, [...(lines.get(k) ?? []), correctionLine(w, lang)]);
  }
  const marks: { sheet: string; address: string; row: number; col: number; severity: MarkSeverity; message: string }[] = findingMarks.map((h) => {
    const extra = lines.get(key(h.sheet, h.address));
    return { ...h, message: extra ? `${h.message}\n${extra.join('\n')}` : h.message };
  });
  const withFinding = new Set(findingMarks.map((h) => key(h.sheet, h.address)));
  for (const [k, l] of lines) {
    if (withFinding.has(k)) continue;
    const at = toLook.get(k)!;
    const { row, col } = parseA1(at.address)!;
    marks.push({ sheet: at.sheet, address: at.address, row, col, severity: 'corrected', message: l.join('\n') });
  }
  const commentCells: string[] = [];
  const marked: (HighlightRecord & { severity: MarkSeverity; message: string; addNote: boolean; row: number; col: number })[] = marks.map((h) => {
    const k = key(h.sheet, h.address);
    const before = earlier.get(k);
    const comment = read.comments.has(k);
    if (comment) commentCells.push(k);
    const userNote = userNotes.get(k)?.isNullObject === false;
    const addNote = notesSupported && !comment && !userNote;
    const fill = before ? before.fill : lookOf(looks.get(k)!, tints);
    return { sheet: h.sheet, address: h.address, fill, note: addNote || (before?.note ?? false), severity: h.severity, message: h.message, addNote, row: h.row, col: h.col };
  });
  const remarked = new Set(marked.map((m) => key(m.sheet, m.address)));
  const pending = [...earlier.values()].filter((h) => !remarked.has(key(h.sheet, h.address)));
  const newRecords: HighlightRecord[] = marked.map(({ sheet, address, fill, note }) => ({ sheet, address, fill, note }));
  const next: CermatState = { ...state, undo: writeRecords.length > 0 ? [...state.undo, writeRecords] : state.undo, highlights: [...kept, ...newRecords, ...pending], corrections };
  const dropped = { corrections: 0 };
  const droppedUndoLevels = boundState(host, next, dropped);
  await saveState(host, next);

  // The writes: earlier marks off, computed values in, new marks on.
  const jobs: Job[] = restoreJobs(sheets, pending, notesSupported, context);
  if (notesSupported) for (const m of marked) if (earlier.get(key(m.sheet, m.address))?.note) jobs.push(noteDeleteJob(context, m.sheet, m.address));
  jobs.push(...styleWork);
  for (const run of runsOf(writes, (a, b) => (a.format === undefined) === (b.format === undefined))) {
    jobs.push(rangeJob(sheets, run, (w) => w.value, run[0].format === undefined ? null : (w) => w.format, 'values'));
  }
  for (const run of runsOf(marked, (a, b) => a.severity === b.severity)) {
    const address = runAddress(run);
    const color = markColor(run[0].severity);
    // A plain solid mark, whatever pattern or tint the cell had (its own look is in the record).
    jobs.push({
      bytes: pathBytes('method', 'GetRange', [address]) + 2 * pathBytes('property', 'Fill') + setBytes('color', color) + setBytes('pattern', 'Solid') + (tints ? setBytes('tintAndShade', 0) : 0),
      queue() {
        const fill = sheets.get(run[0].sheet).getRange(address).format.fill;
        fill.color = color;
        fill.pattern = 'Solid';
        if (tints) fill.tintAndShade = 0;
      },
    });
  }
  for (const m of marked) {
    if (!m.addNote) continue;
    const where = `${addressSheet(m.sheet)}!${m.address}`;
    const content = NOTE_PREFIX + m.message;
    jobs.push({ bytes: pathBytes('method', 'Add', [where, content]), queue: () => void context.workbook.notes.add(where, content) });
  }
  if (jobs.length > 0) syncs += await runJobs(context, jobs, budget, () => sheets.reset());

  // Written: the earlier marks are off now; the record keeps only the new ones (and those on protected sheets).
  if (pending.length > 0) {
    next.highlights = [...kept, ...newRecords];
    await saveState(host, next);
  }
  return {
    written: writes.length,
    highlighted: marked.length,
    protectedSheets: [...locked].filter((s) => touched.has(s)),
    hiddenSheets: [...hidden].filter((s) => touched.has(s)),
    commentCells,
    spillCells: [...spillCells],
    droppedUndoLevels,
    droppedCorrections: dropped.corrections,
    corrections: next.corrections.length,
    accepted,
    syncs,
  };
}

function lookOf(fill: ExcelFill, tints: boolean): FillLook {
  const pattern = fill.pattern ?? 'Solid';
  // Without ExcelApi 1.9 the pattern colour and tints cannot be read (nor set back): left as Excel has them.
  if (!tints) return { color: fill.color, pattern, patternColor: NO_FILL_LOOK.patternColor, tintAndShade: null, patternTintAndShade: null };
  return { color: fill.color, pattern, patternColor: fill.patternColor, tintAndShade: fill.tintAndShade, patternTintAndShade: fill.patternTintAndShade };
}

/** What a cell held in the read (outside the used range: empty). */
function previousIn(read: WorkbookRead, sheet: string, row: number, col: number) {
  const d = read.data.get(sheet);
  if (!d) return previousOf('', '', 'Empty', 'General');
  const r = row - d.top;
  const c = col - d.left;
  return previousOf(d.formulas[r]?.[c], d.values[r]?.[c], d.valueTypes[r]?.[c], d.numberFormat[r]?.[c] ?? 'General');
}

interface LiveSheets {
  names: Set<string>;
  locked: Set<string>;
}

/** Which sheets exist now and which are protected (one sync). */
async function liveSheets(context: ExcelContext): Promise<LiveSheets> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/protection/protected');
  await syncWithTimeout(context);
  return { names: new Set(sheets.items.map((s) => s.name)), locked: new Set(sheets.items.filter((s) => s.protection.protected).map((s) => s.name)) };
}

export interface UndoResult {
  restored: number;
  /** Cells changed by the user since Cermat wrote them (or on a sheet gone since): left as they are. */
  changedSince: string[];
  /** Protected sheets whose cells could not be restored (kept for a later Batalkan). */
  protectedSheets: string[];
  syncs: number;
}

const shownValue = (p: { type: string; value: unknown }) => (p.type === 'Empty' ? '' : p.value);

/** Restores the cells of the last recalculation, except those the user has changed since. */
export async function undoLast(context: ExcelContext, host: OfficeHost): Promise<UndoResult | null> {
  const state = loadState(host);
  const level = state.undo[state.undo.length - 1];
  if (!level) return null;
  const budget = budgetOf(host);
  const { names, locked } = await liveSheets(context);
  let syncs = 1;
  const changedSince = level.filter((w) => !names.has(w.sheet)).map((w) => key(w.sheet, w.address));
  const onLocked = level.filter((w) => locked.has(w.sheet));
  const live = level.filter((w) => names.has(w.sheet) && !locked.has(w.sheet)).map((w) => ({ ...located(w), original: w }));
  const sheets = new Sheets(context);

  // What the cells hold now, a run at a time.
  const runs = runsOf(live);
  const now = new Map<string, unknown>();
  const loads: Job[] = runs.map((run) => {
    let r: ExcelRange;
    return {
      bytes: pathBytes('method', 'GetRange', [runAddress(run)]) + queryBytes(['values']),
      response: resultBytes(run.reduce((n, w) => n + 4 + JSON.stringify(w.written).length, 0) * 2),
      queue() {
        r = sheets.get(run[0].sheet).getRange(runAddress(run));
        r.load('values');
      },
      done() {
        run.forEach((w, i) => now.set(key(w.sheet, w.address), r.values[i][0]));
      },
    };
  });
  if (loads.length > 0) syncs += await runJobs(context, loads, budget, () => sheets.reset());

  let restored = 0;
  const back = new Set<WriteRecord>();
  const toWrite = live.filter((w) => {
    const current = now.get(key(w.sheet, w.address));
    if (current === w.written) return true;
    if (w.previous.type !== 'Formula' && current === shownValue(w.previous)) {
      restored++; // already back (an interrupted undo or write)
      back.add(w.original);
    } else changedSince.push(key(w.sheet, w.address));
    return false;
  });
  // New columns' look first (unmerged, properties, width), then the values.
  const jobs: Job[] = live.filter((w) => w.look).flatMap((w) => restoreLookJobs((n) => sheets.get(n), w.sheet, w.col, w.look!));
  jobs.push(...runsOf(toWrite).map((run) => rangeJob(sheets, run, (w) => literal(w.previous), (w) => w.previous.numberFormat, 'formulas')));
  // The corrections undone leave the history; a cell no longer corrected gets its own look back and loses
  // Cermat's note (which named the correction): it is again as it was before that recalculation.
  for (const w of toWrite) back.add(w.original);
  const history = new Set(state.corrections);
  const undone = new Set([...back].filter((w) => history.has(w)).map((w) => key(w.sheet, w.address)));
  state.corrections = state.corrections.filter((w) => !back.has(w));
  const corrected = new Set(state.corrections.map((w) => key(w.sheet, w.address)));
  const unmark = state.highlights.filter((h) => undone.has(key(h.sheet, h.address)) && !corrected.has(key(h.sheet, h.address)) && names.has(h.sheet) && !locked.has(h.sheet));
  jobs.push(...restoreJobs(sheets, unmark, host.isSetSupported('ExcelApi', '1.18'), context));
  if (jobs.length > 0) syncs += await runJobs(context, jobs, budget, () => sheets.reset());
  restored += toWrite.length;
  const gone = new Set(unmark);
  state.highlights = state.highlights.filter((h) => !gone.has(h));
  state.undo = onLocked.length > 0 ? [...state.undo.slice(0, -1), onLocked] : state.undo.slice(0, -1);
  await saveState(host, state);
  return { restored, changedSince, protectedSheets: [...new Set(onLocked.map((w) => w.sheet))], syncs };
}

export interface ClearResult {
  cleared: number;
  /** Protected sheets whose marks stay (kept for a later Hapus tanda). */
  protectedSheets: string[];
}

/** Takes every Cermat mark off: previous fills back, Cermat's notes removed; marks on protected sheets stay. */
export async function clearHighlights(context: ExcelContext, host: OfficeHost): Promise<ClearResult> {
  const state = loadState(host);
  if (state.highlights.length === 0) return { cleared: 0, protectedSheets: [] };
  const { names, locked } = await liveSheets(context);
  const onLocked = state.highlights.filter((h) => locked.has(h.sheet));
  const live = state.highlights.filter((h) => names.has(h.sheet) && !locked.has(h.sheet));
  const sheets = new Sheets(context);
  const jobs = restoreJobs(sheets, live, host.isSetSupported('ExcelApi', '1.18'), context);
  if (jobs.length > 0) await runJobs(context, jobs, budgetOf(host), () => sheets.reset());
  const cleared = state.highlights.length - onLocked.length;
  state.highlights = onLocked;
  await saveState(host, state);
  return { cleared, protectedSheets: [...new Set(onLocked.map((h) => h.sheet))] };
}
