// The one workbook model every adapter produces: values, number formats, formulas and merges.

/** An Excel error value such as `#DIV/0!`. */
export interface ErrorValue {
  error: string;
}

export type Scalar = string | number | boolean | null | ErrorValue;

export interface GridCell {
  /** The value Excel shows (a formula's cached result). */
  value: Scalar;
  /** The number format, e.g. `0.00%`; absent means General. */
  format?: string;
  /** The formula text without its leading `=`, when the cell holds one. */
  formula?: string;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  /** Row-major, 0-based; rows and cells may be missing (sparse). */
  cells: (GridCell | undefined)[][];
  merges: Range[];
  /**
   * The ranges a conditional format covers: its rules compare the values shown there (`< 100` on a capaian column), as
   * a formula reading them would (a write keeps their scale, see the write plan). Absent when the reader has none.
   */
  conditionalRanges?: Range[];
}

export interface Grid {
  sheets: Sheet[];
}

export function isErrorValue(v: Scalar): v is ErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v;
}

const COLUMN_NAMES: string[] = [];

export function columnName(col: number): string {
  if (col < 1024) return (COLUMN_NAMES[col] ??= computeColumnName(col));
  return computeColumnName(col);
}

function computeColumnName(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row and column to an A1 address. */
export function a1(row: number, col: number): string {
  return columnName(col) + (row + 1);
}

export function rangeA1(r: Range): string {
  return `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** A sheet name quoted for a reference (`'Tabel II.15'`), its apostrophes doubled: valid for any name. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** An A1 address (`$` allowed) to 0-based row and column; null when it is not one. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function parseRangeA1(text: string): Range | null {
  const [a, b] = text.split(':');
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** Merged areas of up to this many cells are looked up by one map entry per cell; larger ones by block of rows. */
const EXPANDED_MERGE_CELLS = 4096;
const BLOCK_SHIFT = 8;
/**
 * A merged area reaching far past every stored cell (`A1:XFD1048576`: the whole sheet) is cut this far past them:
 * the cells beyond hold nothing but copies of its top-left value, and reading them row by row would take hours.
 */
const MERGE_MARGIN_ROWS = 1024;
const MERGE_MARGIN_COLS = 64;

/**
 * A sheet with merges resolved: any cell inside a merged area answers with the merge's top-left cell,
 * which is where Excel keeps the value.
 */
export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly owner = new Map<number, Range>();
  /**
   * Per row that any merge touches, the column after the rightmost merged cell (0: no merge): every other row
   * answers mergeAt without a lookup. A typed array: one map for every sheet, with merges or without (a plain
   * array's map would differ and deoptimise mergeAt, inlined in every reading loop, on the first sheet that differs).
   */
  private readonly mergeEnds: Int32Array;
  /** Merged areas too large to list cell by cell, by block of 256 rows. */
  private readonly largeMerges = new Map<number, Range[]>();

  constructor(readonly sheet: Sheet) {
    this.name = sheet.name;
    this.rowCount = sheet.cells.length;
    let cols = 0;
    for (const row of sheet.cells) if (row && row.length > cols) cols = row.length;
    const rowLimit = this.rowCount + MERGE_MARGIN_ROWS;
    const colLimit = cols + MERGE_MARGIN_COLS;
    const merges: Range[] = [];
    for (const m of sheet.merges) {
      if (m.top >= rowLimit || m.left >= colLimit) continue;
      merges.push(m.bottom < rowLimit && m.right < colLimit ? m
        : { top: m.top, left: m.left, bottom: Math.min(m.bottom, rowLimit - 1), right: Math.min(m.right, colLimit - 1) });
    }
    let rows = 0;
    for (const m of merges) {
      if (m.right + 1 > cols) cols = m.right + 1;
      if (m.bottom + 1 > rows) rows = m.bottom + 1;
    }
    this.colCount = cols;
    this.mergeEnds = new Int32Array(rows);
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) if (this.mergeEnds[r] < m.right + 1) this.mergeEnds[r] = m.right + 1;
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > EXPANDED_MERGE_CELLS) {
        for (let b = m.top >> BLOCK_SHIFT; b <= m.bottom >> BLOCK_SHIFT; b++) {
          const list = this.largeMerges.get(b);
          if (list) list.push(m);
          else this.largeMerges.set(b, [m]);
        }
        continue;
      }
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.owner.set(key(r, c), m);
    }
  }

  /** The merged area covering a cell, if any. */
  mergeAt(row: number, col: number): Range | undefined {
    if (!(this.mergeEnds[row] > 0)) return undefined;
    const m = this.owner.get(key(row, col));
    return m !== undefined || this.largeMerges.size === 0 ? m : this.largeMergeAt(row, col);
  }

  private largeMergeAt(row: number, col: number): Range | undefined {
    const list = this.largeMerges.get(row >> BLOCK_SHIFT);
    if (list) for (const m of list) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /**
   * The column after the row's last stored or merged cell: a row's cells are read up to here, never across the
   * whole sheet's width (one stray value in column XFD makes the sheet 16,384 columns wide, not every row).
   */
  rowEnd(row: number): number {
    const cells = this.sheet.cells[row];
    const stored = cells ? cells.length : 0;
    const merged = row < this.mergeEnds.length ? this.mergeEnds[row] : 0;
    return stored > merged ? stored : merged;
  }

  /** The address that holds the value shown at (row, col): the merge's top-left, or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The cell as stored, ignoring merges. */
  raw(row: number, col: number): GridCell | undefined {
    const cells = this.sheet.cells[row];
    return cells ? cells[col] : undefined;
  }

  /** The cell whose value is shown at (row, col). */
  cell(row: number, col: number): GridCell | undefined {
    const m = this.mergeAt(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** The shown value as trimmed text ('' when empty). */
  text(row: number, col: number): string {
    const c = this.cell(row, col);
    const v = c ? c.value : undefined;
    if (v === null || v === undefined) return '';
    if (typeof v === 'string') return v.trim();
    if (typeof v === 'number') return String(v);
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return v.error;
  }

  isEmpty(row: number, col: number): boolean {
    const c = this.cell(row, col);
    if (!c) return true;
    const v = c.value;
    return v === null || (typeof v === 'string' && v.trim() === '');
  }
}

function key(row: number, col: number): number {
  return row * 20000 + col;
}
