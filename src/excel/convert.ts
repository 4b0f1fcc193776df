// Office.js range data (values, formulas, number formats, value types) ↔ the core's Grid.
import { GridCell, parseRangeA1, quoteSheet, Range, Scalar, Sheet } from '../core/grid';
import { rangesOfList } from '../core/formula/analyse';

export interface SheetData {
  name: string;
  /** 0-based row and column of the used range's top-left cell. */
  top: number;
  left: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  /** Merged areas as A1 addresses (with or without a sheet prefix). */
  merges: string[];
  /** Where conditional formats apply: each format's RangeAreas address (`Sheet1!E2:E9, Sheet1!G2`). */
  conditional?: string[];
}

/** `'Tabel II.1'!A5:I19` → `A5:I19`. */
export function stripSheet(address: string): string {
  const i = address.lastIndexOf('!');
  return i < 0 ? address : address.slice(i + 1);
}

/** `'Tabel II.1'!J7` → [`Tabel II.1`, `J7`]. */
export function splitAddress(address: string): [string, string] {
  const i = address.lastIndexOf('!');
  const sheet = address.slice(0, i).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return [sheet, address.slice(i + 1)];
}

/**
 * A sheet name as Excel writes it in an address: bare when it is a plain word, quoted (core's quoteSheet, which
 * always quotes) when it holds anything but letters, digits, `_` and `.`, or could be read as a cell reference
 * (`A1`, `R1C1`, `R`, `C`).
 */
export function addressSheet(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^([A-Za-z]{1,3}\d+|R\d*C\d*|R|C)$/i.test(name);
  return plain ? name : quoteSheet(name);
}

export function scalarOf(value: unknown, type: string | undefined): Scalar {
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined || type === 'Empty') return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

export function sheetFromData(d: SheetData): Sheet {
  const cells: (GridCell | undefined)[][] = [];
  for (let i = 0; i < d.values.length; i++) {
    const row: (GridCell | undefined)[] = [];
    for (let j = 0; j < d.values[i].length; j++) {
      const formula = d.formulas[i]?.[j];
      // A quote-prefixed text such as `=x` reads the same in `formulas` and `values`; a formula does not.
      const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== d.values[i][j];
      const value = scalarOf(d.values[i][j], d.valueTypes[i]?.[j]);
      if (value === null && !isFormula) continue;
      const cell: GridCell = { value };
      const fmt = d.numberFormat[i]?.[j];
      if (typeof fmt === 'string' && fmt !== 'General') cell.format = fmt;
      if (isFormula) cell.formula = (formula as string).slice(1);
      row[d.left + j] = cell;
    }
    cells[d.top + i] = row;
  }
  const merges = d.merges.map((m) => parseRangeA1(stripSheet(m))).filter((r): r is Range => r !== null);
  const conditionalRanges = (d.conditional ?? []).flatMap((address) => rangesOfList(address));
  return conditionalRanges.length > 0 ? { name: d.name, cells, merges, conditionalRanges } : { name: d.name, cells, merges };
}

/**
 * Text that Excel might turn into something else when written (a formula, a number, a percentage, a currency
 * amount, a date or time, a boolean, an error), in any locale Cermat runs in. Deliberately broader than Excel:
 * quoting a text that would have stayed text changes nothing but the cell's quote-prefix flag.
 */
export function wouldCoerce(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (/^[=+\-@#']/.test(text) || /^[=+\-@#]/.test(t)) return true;
  if (/^(true|false|benar|salah)$/i.test(t)) return true;
  if (/^[(]?\s*(rp\.?|idr|\$|€|£|¥)?\s*[-+]?[\d.,]/i.test(t)) return true;
  // Month names with a day or year: "Jan 5", "5 Mei", "Agustus 2025".
  if (/\d/.test(t) && /^(\d{1,2}[\s-])?[a-z]{3,9}([\s-,]+\d{1,4})*$/i.test(t)) return true;
  return false;
}

/** A value to write back through Range.formulas so that the cell gets exactly this content and type back. */
export function literal(previous: PreviousCell): unknown {
  switch (previous.type) {
    case 'Formula':
      return previous.value;
    case 'Empty':
      return '';
    case 'String': {
      const text = String(previous.value);
      return wouldCoerce(text) ? `'${text}` : text;
    }
    default:
      // Numbers and booleans as they are; an error by its literal (#N/A), which Excel turns back into the error.
      return previous.value;
  }
}

/** What a cell held before Cermat wrote it: its formula, or its value and Office.js value type. */
export interface PreviousCell {
  /** `Formula`, or the value type Office.js reported (`String`, `Double`, `Boolean`, `Error`, `Empty`). */
  type: string;
  /** The formula text (with `=`), or the value as Range.values gave it. */
  value: unknown;
  numberFormat: string;
}

/** The previous content of a cell from raw range data: a formula is what `formulas` holds and `values` does not. */
export function previousOf(formula: unknown, value: unknown, type: string | undefined, numberFormat: unknown): PreviousCell {
  const fmt = typeof numberFormat === 'string' ? numberFormat : 'General';
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) return { type: 'Formula', value: formula, numberFormat: fmt };
  if (value === '' || value === null || value === undefined) return { type: 'Empty', value: '', numberFormat: fmt };
  return { type: type ?? (typeof value === 'number' ? 'Double' : typeof value === 'boolean' ? 'Boolean' : 'String'), value, numberFormat: fmt };
}
