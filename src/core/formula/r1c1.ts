// A1 ↔ R1C1-relative conversion of formula text, so that formulas of different rows compare by their shape:
// `P15+R15+T15+V15` in row 15 and `P16+R16+T16+V16` in row 16 are both `RC[-8]+RC[-6]+RC[-4]+RC[-2]` from X.
import { columnName } from '../grid';
import { CellRef, Token, tokenize } from './tokens';

function part(axis: 'R' | 'C', value: number | null, abs: boolean, base: number): string {
  if (value === null) return '';
  if (abs) return `${axis}${value + 1}`;
  const d = value - base;
  return d === 0 ? axis : `${axis}[${d}]`;
}

function refR1C1(r: CellRef, row: number, col: number): string {
  if (r.row === null) return part('C', r.col, r.colAbs, col);
  if (r.col === null) return part('R', r.row, r.rowAbs, row);
  return part('R', r.row, r.rowAbs, row) + part('C', r.col, r.colAbs, col);
}

function sheetPrefix(sheet: string | null): string {
  if (sheet === null) return '';
  return /^[A-Za-z_][\w.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** The formula in R1C1-relative notation, as seen from the cell at 0-based (row, col). Strings are kept as typed. */
export function toR1C1(formula: string, row: number, col: number): string {
  return tokenize(formula)
    .map((t) => (t.kind === 'ref' ? sheetPrefix(t.sheet) + refR1C1(t.ref, row, col) + (t.end ? ':' + refR1C1(t.end, row, col) : '') : t.text))
    .join('');
}

const R1C1_REF = /(R(?:\[-?\d+\]|\d+)?)(C(?:\[-?\d+\]|\d+)?)?|(C(?:\[-?\d+\]|\d+))/y;

function axisValue(text: string, base: number): { value: number; abs: boolean } {
  if (text.length === 1) return { value: base, abs: false };
  if (text[1] === '[') return { value: base + Number(text.slice(2, -1)), abs: false };
  return { value: Number(text.slice(1)) - 1, abs: true };
}

function a1Part(rowText: string | undefined, colText: string | undefined, row: number, col: number): string {
  let out = '';
  if (colText) {
    const c = axisValue(colText, col);
    out += (c.abs ? '$' : '') + columnName(c.value);
  }
  if (rowText) {
    const r = axisValue(rowText, row);
    out += (r.abs ? '$' : '') + String(r.value + 1);
  }
  return out;
}

/**
 * R1C1-relative formula text back to A1 as seen from (row, col). Only what toR1C1 produces is understood: references
 * outside strings, `R[n]C[m]`, `RnCm`, `R[n]`, `C[m]`, ranges joined by `:`.
 */
export function fromR1C1(formula: string, row: number, col: number): string {
  let out = '';
  let i = 0;
  const s = formula;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < s.length && !(s[j] === '"' && s[j + 1] !== '"')) j += s[j] === '"' ? 2 : 1;
      out += s.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? s[i - 1] : '';
    if ((ch === 'R' || ch === 'C') && !/[\w.$]/.test(prev)) {
      R1C1_REF.lastIndex = i;
      const m = R1C1_REF.exec(s);
      const next = m ? s[i + m[0].length] ?? '' : '';
      if (m && m[0].length > 0 && !/[A-Za-z_(]/.test(next)) {
        const rowText = m[1] ?? undefined;
        const colText = m[2] ?? m[3] ?? undefined;
        out += a1Part(rowText, colText, row, col);
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

export type { Token };
