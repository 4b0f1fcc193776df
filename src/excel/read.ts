// Reads every sheet into a Grid. One sync sizes the sheets (with their protection and visibility, and the
// workbook's threaded comments when marks will be written); the next loads the data in row bands, the merged
// areas in bands of at most 512 cells (Excel refuses more than 512 merged areas per call, and each area has its
// own top-left cell), where the comments sit and, for a recalculation, each sheet's conditional formats (whose areas
// take one more sync where there are any). Bands are sized for the 5 MB response limit; a band Excel still refuses
// (long texts) is split and read again.
import { a1, Grid } from '../core/grid';
import { ExcelAreas, ExcelConditionalFormats, ExcelContext, ExcelRange, ExcelRangeAreas, ExcelWorksheet } from './api';
import { Job, runJobs } from './batch';
import { SheetData, sheetFromData, splitAddress } from './convert';
import { syncWithTimeout } from './sync';
import { pathBytes, queryBytes } from './wire';

/** Sheets looked up per sizing sync (fewer when the payload limit is low); a workbook with more takes another. */
const SHEETS_PER_SYNC = 40;
/** Request bytes of one sheet's lookup in the sizing sync (next sheet, name, visibility, protection, used range). */
const SIZING_BYTES = pathBytes('method', 'GetNextOrNullObject') + pathBytes('property', 'Protection') + pathBytes('method', 'GetUsedRangeOrNullObject', [true])
  + queryBytes(['name', 'visibility']) + queryBytes(['protected']) + queryBytes(['rowCount', 'columnCount', 'rowIndex', 'columnIndex']) + 200;
/**
 * Response bytes a cell is expected to cost in a load of values, formulas, number formats and value types
 * (a short number or text: about 12 bytes in each of the four arrays). Longer texts are found out by Excel's
 * refusal and read again in smaller bands.
 */
export const BYTES_PER_CELL = 48;
/** Cells per getMergedAreasOrNullObject call: it can then never meet Excel's 512-area limit. */
export const MERGE_BAND_CELLS = 512;
/** The share of the payload limit a sync is planned to use (the rest: margin for the estimate). */
export const PAYLOAD_SHARE = 0.8;

export interface SheetInfo {
  name: string;
  protected: boolean;
  /** `Visible`, `Hidden` or `VeryHidden`. */
  visibility: string;
  used: { top: number; left: number; rows: number; cols: number } | null;
}

/**
 * A sheet whose used range holds more cells than this is not read: one value typed far away (`XFD1048576`, or the
 * last row of a column) makes the used range the whole sheet, billions of cells Excel would send band by band for
 * hours. 2 million is 40 times a Tabel II.1 of 10,000 indicators; such a sheet is named in the pane instead.
 */
export const MAX_SHEET_CELLS = 2_000_000;

/** A sheet left unread for its size: its used range (`A1:XFD1048576`) and how many cells that is. */
export interface OversizedSheet {
  name: string;
  address: string;
  cells: number;
}

export interface WorkbookRead {
  grid: Grid;
  /** Sheets not read because their used range exceeds MAX_SHEET_CELLS (read as empty). */
  oversized: OversizedSheet[];
  sheets: SheetInfo[];
  /** Raw values, formulas, formats and types of each sheet, to restore cells exactly on undo. */
  data: Map<string, SheetData>;
  /** Cells with a threaded comment (`Sheet!A1`): Excel refuses a note there. */
  comments: Set<string>;
  activeSheet: string;
  /** Syncs the read took. */
  syncs: number;
  /** Excel's calculation mode, when asked for (`Automatic`, `AutomaticExceptTables`, `Manual`). */
  calculationMode?: string;
}

export interface ReadOptions {
  /** Load where threaded comments are (ExcelApi 1.10), for a recalculation. */
  comments: boolean;
  /** Read merged areas (getMergedAreasOrNullObject, ExcelApi 1.13); without it, none are known. */
  merges?: boolean;
  /**
   * Read where conditional formats apply (ExcelApi 1.6 and 1.9), for a recalculation: a rule such as `< 100` reads a
   * capaian column on the 0–100 scale as a formula does, and the write plan keeps that scale there.
   */
  conditionalFormats?: boolean;
  /** Load Excel's calculation mode, for a recalculation (in the sizing sync: no sync of its own). */
  calculationMode?: boolean;
  /** Bytes a request or response may carry. */
  payloadLimit: number;
}

interface Sized {
  sheets: SheetInfo[];
  activeSheet: string;
  syncs: number;
}

export async function sizeSheets(context: ExcelContext, payloadLimit: number, before?: () => void): Promise<Sized> {
  const perSync = Math.max(1, Math.min(SHEETS_PER_SYNC, Math.floor((payloadLimit * PAYLOAD_SHARE) / SIZING_BYTES) - 1));
  const sheets: SheetInfo[] = [];
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load('name');
  before?.();
  let syncs = 0;
  let next: ExcelWorksheet | null = context.workbook.worksheets.getFirst();
  while (next) {
    const batch: { ws: ExcelWorksheet; used: ExcelRange }[] = [];
    for (let i = 0; i < perSync && next; i++) {
      const ws: ExcelWorksheet = next;
      ws.load('name,visibility');
      ws.protection.load('protected');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowCount,columnCount,rowIndex,columnIndex');
      batch.push({ ws, used });
      next = ws.getNextOrNullObject();
    }
    syncs++;
    await syncWithTimeout(context);
    for (const { ws, used } of batch) {
      if (ws.isNullObject) {
        next = null;
        break;
      }
      sheets.push({
        name: ws.name,
        protected: ws.protection.protected,
        visibility: ws.visibility,
        used: used.isNullObject ? null : { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
      });
    }
  }
  return { sheets, activeSheet: active.name, syncs };
}

interface Band {
  top: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

/** A load of `rows` rows from `top` (relative to the used range); split in two when Excel refuses its size. */
/** One worksheet proxy per sheet for the jobs of a read (forgotten when a sync is refused). */
type SheetOf = (context: ExcelContext, name: string) => ExcelWorksheet;

function bandJob(sheetOf: SheetOf, s: SheetInfo, top: number, rows: number, bytes: number, out: Band[]): Job {
  const u = s.used!;
  let range: ExcelRange;
  const job: Job = {
    bytes: pathBytes('method', 'GetRangeByIndexes', [top, 0, rows, u.cols]) + queryBytes(['values', 'formulas', 'numberFormat', 'valueTypes']),
    response: bytes,
    queue(context) {
      range = sheetOf(context, s.name).getRangeByIndexes(u.top + top, u.left, rows, u.cols);
      range.load('values,formulas,numberFormat,valueTypes');
    },
    done() {
      out.push({ top, values: range.values, formulas: range.formulas, numberFormat: range.numberFormat, valueTypes: range.valueTypes });
    },
    split() {
      if (rows < 2) return null;
      const half = Math.ceil(rows / 2);
      return [bandJob(sheetOf, s, top, half, job.response! / 2, out), bandJob(sheetOf, s, top + half, rows - half, job.response! / 2, out)];
    },
  };
  return job;
}

function mergeJobs(sheetOf: SheetOf, s: SheetInfo, out: string[]): Job[] {
  const u = s.used!;
  const cols = Math.min(u.cols, MERGE_BAND_CELLS);
  const rows = Math.max(1, Math.floor(MERGE_BAND_CELLS / cols));
  const jobs: Job[] = [];
  for (let r = 0; r < u.rows; r += rows) {
    for (let c = 0; c < u.cols; c += cols) {
      const n = Math.min(rows, u.rows - r);
      const m = Math.min(cols, u.cols - c);
      let areas: ExcelRangeAreas;
      jobs.push({
        bytes: pathBytes('method', 'GetRangeByIndexes', [r, c, n, m]) + pathBytes('method', 'GetMergedAreasOrNullObject') + queryBytes(['areas/items/address']),
        response: 200,
        queue(context) {
          areas = sheetOf(context, s.name).getRangeByIndexes(u.top + r, u.left + c, n, m).getMergedAreasOrNullObject();
          areas.load('areas/items/address');
        },
        done() {
          if (!areas.isNullObject) for (const a of areas.areas.items) out.push(a.address);
        },
      });
    }
  }
  return jobs;
}

/**
 * A sheet's conditional formats (the whole sheet's: one may cover an empty capaian cell outside the used range);
 * each found adds a job loading the areas it applies to, run in the next round.
 */
function formatsJob(sheetOf: SheetOf, s: SheetInfo, next: Job[], out: string[]): Job {
  let formats: ExcelConditionalFormats;
  return {
    bytes: pathBytes('method', 'GetRange') + pathBytes('property', 'ConditionalFormats') + queryBytes(['items/id']),
    response: 2000,
    queue(context) {
      formats = sheetOf(context, s.name).getRange().conditionalFormats;
      formats.load('items/id');
    },
    done() {
      for (const f of formats.items) {
        let areas: ExcelAreas;
        next.push({
          bytes: pathBytes('method', 'GetRanges') + queryBytes(['address']),
          response: 200,
          queue() {
            areas = f.getRanges();
            areas.load('address');
          },
          done() {
            out.push(areas.address);
          },
        });
      }
    },
  };
}

function locationJob(item: { getLocation(): ExcelRange }, out: Set<string>): Job {
  let at: ExcelRange;
  return {
    bytes: pathBytes('method', 'GetLocation') + queryBytes(['address']),
    response: 120,
    queue() {
      at = item.getLocation();
      at.load('address');
    },
    done() {
      const [sheet, cell] = splitAddress(at.address);
      out.add(`${sheet}!${cell.replace(/\$/g, '')}`);
    },
  };
}

/** Loads the sized sheets: values, formulas, formats, value types and merged areas (and notes and comments). */
export async function readWorkbook(context: ExcelContext, options: ReadOptions): Promise<WorkbookRead> {
  const comments = options.comments ? context.workbook.comments : null;
  const application = options.calculationMode ? context.workbook.application : null;
  const sized = await sizeSheets(context, options.payloadLimit, () => {
    comments?.load('items/id');
    application?.load('calculationMode');
  });
  const { sheets, activeSheet } = sized;
  const budget = Math.floor(options.payloadLimit * PAYLOAD_SHARE);
  const bands = new Map<string, Band[]>();
  const merges = new Map<string, string[]>();
  const jobs: Job[] = [];
  const commentCells = new Set<string>();
  const proxies = new Map<string, ExcelWorksheet>();
  const sheetOf: SheetOf = (c, name) => {
    let ws = proxies.get(name);
    if (!ws) proxies.set(name, (ws = c.workbook.worksheets.getItem(name)));
    return ws;
  };
  for (const item of comments?.items ?? []) jobs.push(locationJob(item, commentCells));
  const conditional = new Map<string, string[]>();
  const areaJobs: Job[] = [];
  const oversized: OversizedSheet[] = [];
  for (const s of sheets) {
    bands.set(s.name, []);
    merges.set(s.name, []);
    if (options.conditionalFormats) {
      conditional.set(s.name, []);
      jobs.push(formatsJob(sheetOf, s, areaJobs, conditional.get(s.name)!));
    }
    if (!s.used) continue;
    if (s.used.rows * s.used.cols > MAX_SHEET_CELLS) {
      const { top, left, rows, cols } = s.used;
      oversized.push({ name: s.name, address: `${a1(top, left)}:${a1(top + rows - 1, left + cols - 1)}`, cells: rows * cols });
      continue;
    }
    if (options.merges !== false) jobs.push(...mergeJobs(sheetOf, s, merges.get(s.name)!));
    const rowBytes = s.used.cols * BYTES_PER_CELL;
    const rowsPerBand = Math.max(1, Math.floor(budget / rowBytes));
    for (let top = 0; top < s.used.rows; top += rowsPerBand) {
      const rows = Math.min(rowsPerBand, s.used.rows - top);
      jobs.push(bandJob(sheetOf, s, top, rows, rows * rowBytes, bands.get(s.name)!));
    }
  }
  let syncs = sized.syncs + (jobs.length > 0 ? await runJobs(context, jobs, budget, () => proxies.clear()) : 0);
  // The areas of the conditional formats found: one more sync, only in a workbook that has any.
  if (areaJobs.length > 0) syncs += await runJobs(context, areaJobs, budget);
  const data = new Map<string, SheetData>();
  for (const s of sheets) {
    const d: SheetData = { name: s.name, top: s.used?.top ?? 0, left: s.used?.left ?? 0, values: [], formulas: [], numberFormat: [], valueTypes: [], merges: merges.get(s.name)!, conditional: conditional.get(s.name) };
    for (const b of bands.get(s.name)!.sort((a, b) => a.top - b.top)) {
      for (let i = 0; i < b.values.length; i++) {
        d.values.push(b.values[i]);
        d.formulas.push(b.formulas[i]);
        d.numberFormat.push(b.numberFormat[i]);
        d.valueTypes.push(b.valueTypes[i]);
      }
    }
    data.set(s.name, d);
  }
  return { grid: { sheets: sheets.map((s) => sheetFromData(data.get(s.name)!)) }, oversized, sheets, data, comments: commentCells, activeSheet, syncs, calculationMode: application?.calculationMode };
}
