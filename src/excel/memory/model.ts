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

export interface MemoryCell {
  value: Scalar;
  formula?: string;
  numberFormat: string;
  fill: MemoryFill;
}

export const NO_FILL = (): MemoryFill => ({ color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 });

/** A fill given only by colour and pattern (the rest as Excel defaults them). */
export function solidFill(color: string, pattern = 'Solid'): MemoryFill {
  return { ...NO_FILL(), color: color.toUpperCase(), pattern };
}

export class MemorySheet {
  readonly cells = new Map<number, MemoryCell>();
  merges: Range[] = [];
  protected = false;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** Dynamic-array spill ranges; the top-left cell holds the formula. */
  spills: Range[] = [];
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
      if (empty && (valuesOnly || (c.numberFormat === 'General' && c.fill.pattern === 'None'))) continue;
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

  /** A deep copy of every cell's value, formula, format and fill, and of the notes (tests compare these). */
  snapshot(): string {
    const sheets = this.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()]
        .filter(([, c]) => c.value !== null || c.formula || c.numberFormat !== 'General' || JSON.stringify(c.fill) !== JSON.stringify(NO_FILL()))
        .sort((a, b) => a[0] - b[0])
        .map(([k, c]) => [k, c.value, valueTypeOf(c.value), c.formula ?? null, c.numberFormat, c.fill.color, c.fill.pattern, c.fill.patternColor, c.fill.tintAndShade, c.fill.patternTintAndShade]),
      spills: s.spills,
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
