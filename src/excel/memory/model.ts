// The in-memory workbook behind MemoryHost: cells with values, formulas, formats, fills; merges; notes and
// threaded comments; sheet protection and visibility; dynamic-array spill ranges.
import { a1, Grid, parseA1, parseRangeA1, Range, Scalar, isErrorValue } from '../../core/grid';
import { stripSheet } from '../convert';

/** A cell's fill as Excel.RangeFill reports it (ExcelApi 1.1 color/pattern, 1.9 the rest). */
export interface MemoryFill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface MemoryBorder {
  style: string;
  color: string;
  weight: string;
}

/** A cell's borders, font and alignment (as Excel.CellProperties reports them); absent on a cell never styled. */
export interface MemoryLook {
  borders: { top: MemoryBorder; bottom: MemoryBorder; left: MemoryBorder; right: MemoryBorder };
  font: { name: string; size: number; color: string; bold: boolean; italic: boolean; underline: string };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
}

export const NO_BORDER = (): MemoryBorder => ({ style: 'None', color: '#000000', weight: 'Thin' });
/** Excel's look of a new workbook's cell (Calibri 11, no borders, General / Bottom alignment). */
export const DEFAULT_LOOK = (): MemoryLook => ({
  borders: { top: NO_BORDER(), bottom: NO_BORDER(), left: NO_BORDER(), right: NO_BORDER() },
  font: { name: 'Calibri', size: 11, color: '#000000', bold: false, italic: false, underline: 'None' },
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
});
/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;

export interface MemoryCell {
  value: Scalar;
  formula?: string;
  numberFormat: string;
  fill: MemoryFill;
  look?: MemoryLook;
  /** A link set through Range.hyperlink (ExcelApi 1.7). */
  hyperlink?: { address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string };
}

const lookKey = (l: MemoryLook | undefined) => (l === undefined ? '' : JSON.stringify(l));
const DEFAULT_LOOK_KEY = lookKey(DEFAULT_LOOK());
/** A cell's look for comparisons: none when it is Excel's default. */
export const lookOf = (c: MemoryCell) => (c.look === undefined || lookKey(c.look) === DEFAULT_LOOK_KEY ? null : c.look);

export const NO_FILL = (): MemoryFill => ({ color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 });

/** A fill given only by colour and pattern (the rest as Excel defaults them). */
export function solidFill(color: string, pattern = 'Solid'): MemoryFill {
  return { ...NO_FILL(), color: color.toUpperCase(), pattern };
}

let sheetIds = 0;

export class MemorySheet {
  /** Like Excel's Worksheet.id: stable across renames, never reused. */
  readonly id = `{00000000-0001-0000-0000-${String(++sheetIds).padStart(12, '0')}}`;
  readonly cells = new Map<number, MemoryCell>();
  merges: Range[] = [];
  protected = false;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** Dynamic-array spill ranges; the top-left cell holds the formula. */
  spills: Range[] = [];
  /** Column widths in points where they are not the default. */
  readonly columnWidths = new Map<number, number>();
  /** Each conditional format's areas (Home → Conditional Formatting; a rule may apply to several areas). */
  conditionalFormats: Range[][] = [];
  constructor(public name: string) {}

  /** A formula at (row, col) spilling `values` over the cells right of and below it. */
  addSpill(row: number, col: number, formula: string, values: Scalar[][]): void {
    values.forEach((line, i) => line.forEach((v, j) => (this.edit(row + i, col + j).value = v)));
    this.edit(row, col).formula = formula;
    this.spills.push({ top: row, left: col, bottom: row + values.length - 1, right: col + values[0].length - 1 });
  }

  spillAt(row: number, col: number): Range | undefined {
    return this.spills.find((s) => row >= s.top && row <= s.bottom && col >= s.left && col <= s.right);
  }

  private key(row: number, col: number): number {
    return row * 20000 + col;
  }

  cell(row: number, col: number): MemoryCell | undefined {
    return this.cells.get(this.key(row, col));
  }

  /** The cell to write into, created on demand. */
  edit(row: number, col: number): MemoryCell {
    const k = this.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: null, numberFormat: 'General', fill: NO_FILL() };
      this.cells.set(k, c);
    }
    return c;
  }

  /** The smallest range holding every non-empty value (or any formatted cell unless valuesOnly). */
  usedRange(valuesOnly: boolean): Range | null {
    let r: Range | null = null;
    for (const [k, c] of this.cells) {
      const empty = (c.value === null || c.value === '') && !c.formula;
      if (empty && (valuesOnly || (c.numberFormat === 'General' && c.fill.pattern === 'None' && lookOf(c) === null))) continue;
      const row = Math.floor(k / 20000);
      const col = k % 20000;
      if (!r) r = { top: row, left: col, bottom: row, right: col };
      else {
        r.top = Math.min(r.top, row);
        r.left = Math.min(r.left, col);
        r.bottom = Math.max(r.bottom, row);
        r.right = Math.max(r.right, col);
      }
    }
    return r;
  }
}

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  /** `Sheet!A1` → note text. */
  readonly notes = new Map<string, string>();
  /** `Sheet!A1` → threaded comment text (a cell holds a note or a threaded comment, never both). */
  readonly comments = new Map<string, string>();
  activeSheet = 0;
  /** Review → Protect Workbook (structure): sheets can be neither added nor deleted. */
  structureProtected = false;
  /** Formulas → Calculation Options: in `Manual`, formulas reading a written cell keep their old results until F9. */
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual' = 'Automatic';
  selection: { sheet: string; address: string } | null = null;

  static fromGrid(grid: Grid): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    for (const s of grid.sheets) {
      const sheet = new MemorySheet(s.name);
      s.cells.forEach((row, r) => row?.forEach((c, col) => {
        if (!c) return;
        const m = sheet.edit(r, col);
        m.value = c.value;
        if (c.formula) m.formula = c.formula;
        if (c.format) m.numberFormat = c.format;
      }));
      sheet.merges = s.merges.map((m) => ({ ...m }));
      sheet.conditionalFormats = (s.conditionalRanges ?? []).map((r) => [{ ...r }]);
      wb.sheets.push(sheet);
    }
    return wb;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  noteKey(sheet: string, address: string): string {
    const at = parseA1(stripSheet(address));
    return at ? `${sheet}!${a1(at.row, at.col)}` : `${sheet}!${address}`;
  }

  /** A deep copy of every cell's value, formula, format, fill and look, of merges, widths and notes (tests compare these). */
  snapshot(): string {
    const sheets = this.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()]
        .filter(([, c]) => c.value !== null || c.formula || c.numberFormat !== 'General' || JSON.stringify(c.fill) !== JSON.stringify(NO_FILL()) || lookOf(c) !== null)
        .sort((a, b) => a[0] - b[0])
        .map(([k, c]) => [k, c.value, valueTypeOf(c.value), c.formula ?? null, c.numberFormat, c.fill.color, c.fill.pattern, c.fill.patternColor, c.fill.tintAndShade, c.fill.patternTintAndShade, lookOf(c)]),
      spills: s.spills,
      merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      widths: [...s.columnWidths.entries()].filter(([, w]) => w !== DEFAULT_COLUMN_WIDTH).sort((a, b) => a[0] - b[0]),
    }));
    return JSON.stringify({ sheets, notes: [...this.notes.entries()].sort(), comments: [...this.comments.entries()].sort() });
  }
}

/** Office.js value types of a stored value. */
export function valueTypeOf(v: Scalar): string {
  if (v === null || v === '') return 'Empty';
  if (isErrorValue(v)) return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

export function rangeOf(address: string): Range | null {
  return parseRangeA1(stripSheet(address));
}
