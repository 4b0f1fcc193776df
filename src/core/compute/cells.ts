// Reads a table's value cells once each, learns its notation, and decides ambiguous numerals (SPEC §3.1).
//
// This is the hot path of an analysis (every value cell of every row passes here), so it is written to stay
// cheap even before the JIT warms up: indexed loops, no per-cell arrays or iterators, readings shared by text.
import { a1, GridCell, SheetView } from '../grid';
import { Measure, readCell, Reading } from '../read/cell';
import { Notation, notationOfChoice } from '../read/number';
import { isAdditive, RUPIAH, Unit } from '../read/units';
import { ColumnKind, ValueCell } from './model';

export class CellReader {
  readonly cells: ValueCell[] = [];
  /** Cells holding a numeral that may mean thousands or a decimal, decided once the table's notation is known. */
  readonly ambiguous: ValueCell[] = [];
  /** Notations proved by the table's text numbers (ambiguous ones prove nothing). */
  readonly notations = new Set<Notation>();
  /**
   * Those proved in columns a recalculation never writes (all but capaian, absorption, average and % sisa): what is
   * left to prove the notation once the computed percentages are written as numbers.
   */
  readonly lasting = new Set<Notation>();
  private readonly lastingTexts = new Set<string>();
  /** The cells read so far, by row then column (a merge's cells all answer with its top-left). */
  private readonly byRow = new Map<number, ValueCell[]>();
  private lastRow = -1;
  private lastRowCells: ValueCell[] | undefined = undefined;
  /** Texts repeat (`100%`, `-`, `0`): share their readings (an ambiguous one is copied for each cell, see readingOf). */
  private readonly byText = [new Map<string, Reading>(), new Map<string, Reading>()];
  /** Numbers repeat too (General format only: a percent format changes the reading). */
  private readonly byNumber = new Map<number, Reading>();
  /** The printed decimals of a stated percentage, by its text or its number format (both repeat down a column). */
  private readonly decimalsByText = new Map<string, number | null>();
  private readonly decimalsByFormat = new Map<string, number | null>();

  constructor(private readonly view: SheetView, private readonly categories?: ReadonlySet<string>) {}

  /**
   * The value cell shown at (row, col), read once; null when the column is absent, or when the cell is covered by
   * a merge from a column to its left (`Jumlah` merged across A:E is a label, not the target of column E).
   */
  read(row: number, col: number | undefined, column: ColumnKind): ValueCell | null {
    if (col === undefined) return null;
    const merge = this.view.mergeAt(row, col);
    if (merge !== undefined && merge.left < col) return null;
    const r = merge === undefined ? row : merge.top;
    const c = merge === undefined ? col : merge.left;
    // Reads come row by row: the row last asked for is kept at hand.
    let inRow = r === this.lastRow ? this.lastRowCells : this.byRow.get(r);
    if (inRow === undefined) {
      inRow = [];
      this.byRow.set(r, inRow);
    }
    this.lastRow = r;
    this.lastRowCells = inRow;
    const known = inRow[c];
    if (known !== undefined) return known;
    const grid = this.view.raw(r, c);
    const reading = this.readingOf(grid, column === 'target');
    const text = grid?.value;
    if (typeof text === 'string' && !PRINTED.has(column) && !this.lastingTexts.has(text)) {
      this.lastingTexts.add(text);
      learnNotation(reading, this.lasting);
    }
    const pending = hasAmbiguous(reading);
    const cell = new TableCell(r, c, column, reading, !!grid?.formula, pending, PRINTED.has(column) ? this.decimalsOf(grid, reading) : null);
    inRow[c] = cell;
    this.cells.push(cell);
    if (pending) this.ambiguous.push(cell);
    return cell;
  }

  private readingOf(grid: GridCell | undefined, allowRange: boolean): Reading {
    const v = grid ? grid.value : undefined;
    if (typeof v === 'number' && !grid!.format) {
      let reading = this.byNumber.get(v);
      if (reading === undefined) {
        reading = readCell(grid, {});
        this.byNumber.set(v, reading);
      }
      return reading;
    }
    if (typeof v !== 'string') return readCell(grid, { allowRange, categories: this.categories });
    const cache = this.byText[allowRange ? 1 : 0];
    let reading = cache.get(v);
    if (reading === undefined) {
      reading = readCell(grid, { allowRange, categories: this.categories });
      learnNotation(reading, this.notations);
      cache.set(v, reading);
    }
    // An ambiguous numeral is decided per cell (its unit, its row): each such cell gets its own copy.
    return hasAmbiguous(reading) ? copyReading(reading) : reading;
  }

  /**
   * printedDecimals, remembered: a text's decimals follow from the text and its reading (one per text, as PRINTED
   * columns never allow a range, and taken before any ambiguous numeral is decided); a number's from its format.
   */
  private decimalsOf(grid: GridCell | undefined, reading: Reading): number | null {
    const v = grid ? grid.value : undefined;
    // A General number's decimals follow its value, not its format: not remembered by format.
    const key = typeof v === 'string' ? v : typeof v === 'number' && grid!.format !== 'General' ? grid!.format : undefined;
    if (key === undefined) return printedDecimals(grid, reading);
    const cache = typeof v === 'string' ? this.decimalsByText : this.decimalsByFormat;
    let decimals = cache.get(key);
    if (decimals === undefined) {
      decimals = printedDecimals(grid, reading);
      cache.set(key, decimals);
    }
    return decimals;
  }
}

/** Whether a reading's numbers prove the notation (an ambiguous or a bare numeral proves none). */
export function provesNotation(reading: Reading, notation: Notation): boolean {
  const count = measureCount(reading);
  for (let i = 0; i < count; i++) {
    const m = measureAt(reading, i);
    if (m.notation === notation && !m.numeric) return true;
  }
  return false;
}

function learnNotation(reading: Reading, into: Set<Notation>): void {
  const count = measureCount(reading);
  for (let i = 0; i < count; i++) {
    const m = measureAt(reading, i);
    if (m.notation !== null && !m.numeric) into.add(m.notation);
  }
}

/** A value cell with a stable shape; its A1 address is built only when a finding asks for it. */
class TableCell implements ValueCell {
  // `declare`: no field initializer is emitted, the constructor alone sets them (see below).
  declare readonly row: number;
  declare readonly col: number;
  declare readonly column: ColumnKind;
  declare readonly reading: Reading;
  declare readonly formula: boolean;
  /** Set again by resolveAmbiguous once an ambiguous numeral is decided. */
  declare decimals: number | null;
  /** Holds an ambiguous numeral not yet decided. */
  declare pending: boolean;
  declare resolution?: ValueCell['resolution'];

  // Fields assigned in one constructor, in one order: every cell has one shape, and no initializer runs per cell.
  constructor(row: number, col: number, column: ColumnKind, reading: Reading, formula: boolean, pending: boolean, decimals: number | null) {
    this.row = row;
    this.col = col;
    this.column = column;
    this.reading = reading;
    this.formula = formula;
    this.decimals = decimals;
    this.pending = pending;
    this.resolution = undefined;
  }

  get address(): string {
    return a1(this.row, this.col);
  }
}

/** The columns whose stated percentages are compared at their printed precision (SPEC §10.6). */
const PRINTED = new Set<ColumnKind>(['capaian', 'absorption', 'average', 'remainingPercent']);

/** The computed percentages' columns (capaian, absorption, average, % sisa): the ones a recalculation writes. */
export const isComputedPercent = (column: ColumnKind): boolean => PRINTED.has(column);

/** The decimals General format shows a number with: as many as its shortest form has (null in exponent form). */
function generalDecimals(v: number): number | null {
  const text = String(v);
  if (text.includes('e')) return null;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * The decimals a stated value is printed with: from its text (`61%` → 0, `85,29%` → 2), or from the number format
 * of a numeric cell (`0%` → 0, `0.0` → 1); in General format, the decimals the number shows as typed (61 → 0,
 * 96.5 → 1, 61.1904… → all of them).
 */
export function printedDecimals(grid: GridCell | undefined, reading: Reading): number | null {
  const v = grid?.value;
  if (typeof v === 'number') {
    const format = grid?.format;
    // General shows a number as typed, to its last digit (61 → `61`, 96.5 → `96.5`): those are its printed decimals.
    if (!format || format === 'General') return generalDecimals(v);
    const section = format.replace(/"[^"]*"/g, '').replace(/\\./g, '').split(';')[0];
    const m = /\.([0#?]+)/.exec(section);
    return m ? m[1].length : /[0#?]/.test(section) ? 0 : null;
  }
  if (typeof v !== 'string' || reading.kind !== 'number') return null;
  const numerals = v.match(/\d[\d.,]*\d|\d/g);
  if (!numerals) return null;
  const numeral = numerals[numerals.length - 1];
  const last = Math.max(numeral.lastIndexOf('.'), numeral.lastIndexOf(','));
  if (last < 0) return 0;
  const sep = numeral[last];
  const digits = numeral.length - last - 1;
  const both = numeral.includes('.') && numeral.includes(',');
  if (!both && numeral.indexOf(sep) !== last) return 0;
  if (!both && digits === 3 && Number.isInteger(reading.measure.value)) return 0;
  return digits;
}

function hasAmbiguous(reading: Reading): boolean {
  const count = measureCount(reading);
  for (let i = 0; i < count; i++) if (measureAt(reading, i).ambiguous !== undefined) return true;
  return false;
}

function copyMeasure(m: Measure): Measure {
  const out = { ...m };
  if (m.ambiguous) out.ambiguous = { ...m.ambiguous };
  return out;
}

function copyReading(reading: Reading): Reading {
  switch (reading.kind) {
    case 'number':
      return { kind: 'number', measure: copyMeasure(reading.measure) };
    case 'range':
      return { kind: 'range', low: copyMeasure(reading.low), high: copyMeasure(reading.high) };
    case 'multiple':
      return { kind: 'multiple', measures: reading.measures.map(copyMeasure) };
    default:
      return reading;
  }
}

/**
 * How many measures a reading holds (a number one, a range two, a list its items): with measureAt, the measures
 * without an array per cell, for the loops that visit every cell of a table.
 */
export function measureCount(reading: Reading): number {
  switch (reading.kind) {
    case 'number':
      return 1;
    case 'multiple':
      return reading.measures.length;
    case 'range':
      return 2;
    default:
      return 0;
  }
}

/** The i-th measure of a reading, 0 ≤ i < measureCount(reading): a range's low then high, a list's in its order. */
export function measureAt(reading: Reading, i: number): Measure {
  switch (reading.kind) {
    case 'number':
      return reading.measure;
    case 'multiple':
      return reading.measures[i];
    case 'range':
      return i === 0 ? reading.low : reading.high;
    default:
      throw new RangeError('a reading without measures');
  }
}

/**
 * Decides each ambiguous numeral of a cell: a count or currency unit (the cell's own, else the row's)
 * means thousands; else the notation the table uses elsewhere; else Indonesian, flagged.
 */
export function resolveAmbiguous(cell: ValueCell | null, rowUnit: Unit | null, tableNotation: Notation | null): void {
  // A cell from the reader says whether it still holds an undecided numeral; any other cell is looked through.
  if (cell === null || (cell as Partial<TableCell>).pending === false) return;
  if (cell instanceof TableCell) cell.pending = false;
  const implied = cell.column === 'pagu' || cell.column === 'spent' ? RUPIAH : rowUnit;
  const count = measureCount(cell.reading);
  for (let i = 0; i < count; i++) {
    const m = measureAt(cell.reading, i);
    if (!m.ambiguous) continue;
    const { thousands, decimal, separator } = m.ambiguous;
    let asThousands: boolean;
    if (isAdditive(m.unit) || (m.unit === null && isAdditive(implied))) {
      asThousands = true;
      cell.resolution ??= 'unit';
    } else if (tableNotation) {
      asThousands = notationOfChoice(separator, true) === tableNotation;
      cell.resolution ??= 'table';
    } else {
      asThousands = separator === '.';
      cell.resolution = 'fallback';
    }
    m.value = asThousands ? thousands : decimal;
    // Cleared, not deleted: a delete would turn the measure into a slow dictionary-mode object.
    m.ambiguous = undefined;
    // A stated percentage's printed decimals follow the reading decided here, not the first one (SPEC §10.6): `101.250`
    // read as a decimal prints three decimals, as thousands none. An ambiguous numeral has exactly three digits after
    // its one separator.
    if (cell.decimals !== null && cell.reading.kind === 'number') cell.decimals = asThousands ? 0 : 3;
  }
}
