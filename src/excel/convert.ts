// Office.js range data (values, formulas, number formats, value types) ↔ the core's Grid.
import { GridCell, parseRangeA1, Range, Scalar, Sheet } from '../core/grid';

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

/** A sheet name as Excel writes it in an address: quoted when it has anything but letters, digits and `_`. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
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
      const isFormula = typeof formula === 'string' && formula.startsWith('=');
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
  return { name: d.name, cells, merges };
}

/** Text Excel would turn into a number, date, time or boolean when written (so it needs the `'` prefix to stay text). */
export function wouldCoerce(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  return /^[-+(]?[$€£¥]?\s?[\d.,]/.test(t) || /^(true|false)$/i.test(t) || /^\d{1,2}[:/-]\d/.test(t) || /^[-+]?\.\d/.test(t);
}

/** A value to write back exactly as it was: formulas and numbers as they are, numeric-looking text quoted. */
export function literal(previous: unknown): unknown {
  if (typeof previous !== 'string' || previous.startsWith('=')) return previous;
  return wouldCoerce(previous) ? `'${previous}` : previous;
}
