// SPEC §12 in Excel: a `Capaian (%)` column Cermat adds right of a table looks like its left neighbour — each
// row's borders, font and alignment (and the header rows' fill) copied from the cell to its left, the header
// merged over the same header rows, the column as wide. The column's own look before is kept on the header's undo
// record, so Batalkan puts it back exactly (unmerged, its width, its cells' properties). Cell properties need
// ExcelApi 1.9; reads and writes go in row bands that fit the payload budget.
import { a1, Grid, SheetView } from '../core/grid';
import { WritePlan } from '../core/plan';
import { WorkbookAnalysis } from '../core/workbook';
import { CellLook, CellPropertiesLoad, ExcelClientResult, ExcelRangeFormat, ExcelWorksheet } from './api';
import { Job } from './batch';
import { jsonBytes, methodBytes, pathBytes, queryBytes, resultBytes, setBytes } from './wire';

/** Where a new capaian column goes (0-based rows and column). */
export interface NewColumn {
  sheet: string;
  col: number;
  /** The table's header rows and its last row. */
  top: number;
  headerBottom: number;
  bottom: number;
  /** Rows of the header to merge, as the left neighbour's header is merged; null when it is a single cell. */
  merge: { top: number; bottom: number } | null;
}

/** What the column looked like before Cermat styled it: kept on the header cell's undo record. */
export interface ColumnLook {
  top: number;
  bottom: number;
  /** Width in points before (null: unknown, left as it is). */
  width: number | null;
  /** Rows Cermat merged (to unmerge on undo). */
  merged: [number, number] | null;
  /** Each row's previous look, top to bottom: only the properties Cermat set. */
  cells: CellLook[];
}

/** The new columns of a plan, with the header rows to merge like each one's left neighbour. */
export function newColumnsOf(grid: Grid, analysis: WorkbookAnalysis, plan: WritePlan): NewColumn[] {
  const out: NewColumn[] = [];
  for (const w of plan.writes) {
    if (w.kind !== 'header' || w.col === 0) continue;
    const t = analysis.tables.find((x) => x.layout.sheet === w.sheet && x.capaianColumn?.isNew && x.capaianColumn.col === w.col);
    const sheet = grid.sheets.find((s) => s.name === w.sheet);
    if (!t || !sheet) continue;
    const view = new SheetView(sheet);
    const m = view.mergeAt(w.row, w.col - 1);
    const rows = m && m.bottom > m.top ? { top: w.row, bottom: m.bottom } : null;
    // Never merge over a merged area already there.
    const taken = rows !== null && Array.from({ length: rows.bottom - rows.top + 1 }, (_, i) => view.mergeAt(rows.top + i, w.col)).some((x) => x !== undefined);
    const merge = taken ? null : rows;
    out.push({ sheet: w.sheet, col: w.col, top: w.row, headerBottom: Math.max(t.layout.headerBottom, merge?.bottom ?? w.row), bottom: t.layout.bottom, merge });
  }
  return out;
}

export const LOOK_LOAD: CellPropertiesLoad = {
  format: {
    borders: { style: true, color: true, weight: true },
    font: { name: true, size: true, color: true, bold: true, italic: true, underline: true },
    fill: { color: true, pattern: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
  },
};

/** Rough JSON size of one cell's properties in a response (measured on the in-memory host's shapes). */
const LOOK_BYTES = 560;

const columnAddress = (col: number, top: number, bottom: number) => (top === bottom ? a1(top, col) : `${a1(top, col)}:${a1(bottom, col)}`);

/** The properties of one cell that Cermat sets: borders, font, alignment, and the fill on a header row. */
function copied(look: CellLook, header: boolean): CellLook {
  const f = look.format ?? {};
  const format: NonNullable<CellLook['format']> = { borders: f.borders, font: f.font, horizontalAlignment: f.horizontalAlignment, verticalAlignment: f.verticalAlignment, wrapText: f.wrapText };
  if (header) format.fill = f.fill;
  return { format };
}

export interface ColumnRead {
  column: NewColumn;
  neighbour: CellLook[];
  own: CellLook[];
  neighbourWidth: number | null;
  ownWidth: number | null;
}

/** Jobs reading, for each new column, its neighbour's and its own cell properties and widths (split by rows). */
export function readJobs(sheetOf: (name: string) => ExcelWorksheet, columns: NewColumn[], into: ColumnRead[]): Job[] {
  const jobs: Job[] = [];
  for (const column of columns) {
    const read: ColumnRead = { column, neighbour: [], own: [], neighbourWidth: null, ownWidth: null };
    into.push(read);
    let widths: [ExcelRangeFormat, ExcelRangeFormat];
    jobs.push({
      bytes: 2 * (pathBytes('method', 'GetRange', ['A1']) + pathBytes('property', 'Format') + queryBytes(['columnWidth'])),
      response: 2 * resultBytes(20),
      queue() {
        const ws = sheetOf(column.sheet);
        widths = [ws.getRange(a1(column.top, column.col - 1)).format, ws.getRange(a1(column.top, column.col)).format];
        widths.forEach((f) => f.load('columnWidth'));
      },
      done() {
        read.neighbourWidth = widths[0].columnWidth ?? null;
        read.ownWidth = widths[1].columnWidth ?? null;
      },
    });
    const band = (top: number, bottom: number): Job => {
      let results: [ExcelClientResult<CellLook[][]>, ExcelClientResult<CellLook[][]>];
      return {
        bytes: 2 * (pathBytes('method', 'GetRange', [columnAddress(column.col, top, bottom)]) + methodBytes('GetCellProperties', [LOOK_LOAD])),
        response: 2 * (bottom - top + 1) * LOOK_BYTES,
        queue() {
          const ws = sheetOf(column.sheet);
          results = [
            ws.getRange(columnAddress(column.col - 1, top, bottom)).getCellProperties(LOOK_LOAD),
            ws.getRange(columnAddress(column.col, top, bottom)).getCellProperties(LOOK_LOAD),
          ];
        },
        done() {
          results[0].value.forEach((row, i) => (read.neighbour[top - column.top + i] = row[0]));
          results[1].value.forEach((row, i) => (read.own[top - column.top + i] = row[0]));
        },
        split: () => (top === bottom ? null : [band(top, (top + bottom) >> 1), band(((top + bottom) >> 1) + 1, bottom)]),
      };
    };
    jobs.push(band(column.top, column.bottom));
  }
  return jobs;
}

/** A band of rows given cell properties (split by rows when too large). */
function setJob(sheetOf: (name: string) => ExcelWorksheet, sheet: string, col: number, top: number, looks: CellLook[]): Job {
  const bottom = top + looks.length - 1;
  const data = looks.map((l) => [l]);
  return {
    bytes: pathBytes('method', 'GetRange', [columnAddress(col, top, bottom)]) + methodBytes('SetCellProperties', [data]),
    queue: () => sheetOf(sheet).getRange(columnAddress(col, top, bottom)).setCellProperties(data),
    split: () => (looks.length < 2 ? null : [setJob(sheetOf, sheet, col, top, looks.slice(0, looks.length >> 1)), setJob(sheetOf, sheet, col, top + (looks.length >> 1), looks.slice(looks.length >> 1))]),
  };
}

/** The jobs styling a new column like its neighbour, and the look to keep for undo. */
export function styleJobs(sheetOf: (name: string) => ExcelWorksheet, read: ColumnRead): { jobs: Job[]; before: ColumnLook } {
  const c = read.column;
  const rows = c.bottom - c.top + 1;
  const isHeader = (i: number) => c.top + i <= c.headerBottom;
  const next: CellLook[] = [];
  const before: CellLook[] = [];
  for (let i = 0; i < rows; i++) {
    next.push(copied(read.neighbour[i] ?? {}, isHeader(i)));
    before.push(copied(read.own[i] ?? {}, isHeader(i)));
  }
  const jobs: Job[] = [setJob(sheetOf, c.sheet, c.col, c.top, next)];
  if (c.merge) {
    const address = columnAddress(c.col, c.merge.top, c.merge.bottom);
    jobs.push({ bytes: pathBytes('method', 'GetRange', [address]) + methodBytes('Merge', [false]), queue: () => sheetOf(c.sheet).getRange(address).merge(false) });
  }
  const width = read.neighbourWidth;
  if (width !== null && width !== read.ownWidth) {
    const address = a1(c.top, c.col);
    jobs.push({ bytes: pathBytes('method', 'GetRange', [address]) + pathBytes('property', 'Format') + setBytes('columnWidth', width), queue: () => void (sheetOf(c.sheet).getRange(address).format.columnWidth = width) });
  }
  return { jobs, before: { top: c.top, bottom: c.bottom, width: width !== null && width !== read.ownWidth ? read.ownWidth : null, merged: c.merge ? [c.merge.top, c.merge.bottom] : null, cells: before } };
}

/** The jobs putting a column's look back: unmerged, its cells' properties, its width. */
export function restoreLookJobs(sheetOf: (name: string) => ExcelWorksheet, sheet: string, col: number, look: ColumnLook): Job[] {
  const jobs: Job[] = [];
  if (look.merged) {
    const address = columnAddress(col, look.merged[0], look.merged[1]);
    jobs.push({ bytes: pathBytes('method', 'GetRange', [address]) + methodBytes('Unmerge', []), queue: () => sheetOf(sheet).getRange(address).unmerge() });
  }
  jobs.push(setJob(sheetOf, sheet, col, look.top, look.cells));
  if (look.width !== null) {
    const width = look.width;
    const address = a1(look.top, col);
    jobs.push({ bytes: pathBytes('method', 'GetRange', [address]) + pathBytes('property', 'Format') + setBytes('columnWidth', width), queue: () => void (sheetOf(sheet).getRange(address).format.columnWidth = width) });
  }
  return jobs;
}

/** Stored form of a ColumnLook: each distinct cell look once, the rows as runs of [look, count]. */
export type StoredLook = [number, number, number | null, [number, number] | 0, CellLook[], [number, number][]];

export function storeLook(l: ColumnLook): StoredLook {
  const distinct: CellLook[] = [];
  const at = new Map<string, number>();
  const runs: [number, number][] = [];
  for (const c of l.cells) {
    const k = JSON.stringify(c);
    let i = at.get(k);
    if (i === undefined) {
      i = distinct.length;
      distinct.push(c);
      at.set(k, i);
    }
    const last = runs[runs.length - 1];
    if (last && last[0] === i) last[1]++;
    else runs.push([i, 1]);
  }
  return [l.top, l.bottom, l.width, l.merged ?? 0, distinct, runs];
}

export function restoreLook(s: StoredLook): ColumnLook {
  const [top, bottom, width, merged, distinct, runs] = s;
  const cells = runs.flatMap(([i, n]) => Array.from({ length: n }, () => distinct[i]));
  return { top, bottom, width, merged: merged === 0 ? null : merged, cells };
}

export const lookBytes = (l: ColumnLook) => jsonBytes(storeLook(l));
