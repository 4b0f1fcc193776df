// A small tokenizer for Excel formula text (the grid's `formula`, without its leading `=`). It knows what the form
// checks need — references (A1, $A$1, A1:B9, Sheet!A1, 'My sheet'!A1:B2, whole columns/rows), numbers, strings,
// function names, operators and parentheses — and nothing about evaluation. Hand-written: the parsers on npm
// (fast-formula-parser, hot-formula-parser, excel-formula-tokenizer) either evaluate formulas or are unmaintained,
// and the checks need only the references and the numbers typed into the arithmetic.

export type Token =
  | { kind: 'ref'; text: string; sheet: string | null; ref: CellRef; end?: CellRef }
  | { kind: 'number'; text: string; value: number }
  | { kind: 'string'; text: string }
  | { kind: 'func'; text: string; name: string }
  | { kind: 'op'; text: string }
  | { kind: 'open'; text: '(' }
  | { kind: 'close'; text: ')' }
  | { kind: 'sep'; text: ',' | ';' }
  | { kind: 'name'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'space'; text: string };

/** One end of a reference: 0-based row and column, each absolute (`$`) or relative; a whole row/column leaves one out. */
export interface CellRef {
  row: number | null;
  col: number | null;
  rowAbs: boolean;
  colAbs: boolean;
}

const SHEET_QUOTED = /'((?:[^']|'')+)'!/y;
const SHEET_PLAIN = /([A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*)!/y;
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])/y;
const COLUMN_ONLY = /(\$?)([A-Za-z]{1,3})(?![\w(!])/y;
const ROW_ONLY = /(\$?)(\d{1,7})(?![\w.(])/y;
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_\\][\w.]*/y;
const ERROR = /#(?:DIV\/0!|REF!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)/iy;

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

function match(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** A cell reference (`$B$7`) or a column-only/row-only end (`B`, `7`) at i, for the end of a range. */
function refAt(s: string, i: number, allowPartial: boolean): { ref: CellRef; length: number } | null {
  const m = match(CELL, s, i);
  if (m) return { ref: { col: colIndex(m[2]), colAbs: m[1] === '$', row: Number(m[4]) - 1, rowAbs: m[3] === '$' }, length: m[0].length };
  if (!allowPartial) return null;
  const c = match(COLUMN_ONLY, s, i);
  if (c && s[i + c[0].length] === ':') return { ref: { col: colIndex(c[2]), colAbs: c[1] === '$', row: null, rowAbs: false }, length: c[0].length };
  const r = match(ROW_ONLY, s, i);
  if (r && s[i + r[0].length] === ':') return { ref: { col: null, colAbs: false, row: Number(r[2]) - 1, rowAbs: r[1] === '$' }, length: r[0].length };
  return null;
}

function rangeEndAt(s: string, i: number, startKind: 'cell' | 'col' | 'row'): { ref: CellRef; length: number } | null {
  const m = match(CELL, s, i);
  if (m && startKind === 'cell') return { ref: { col: colIndex(m[2]), colAbs: m[1] === '$', row: Number(m[4]) - 1, rowAbs: m[3] === '$' }, length: m[0].length };
  if (startKind === 'col') {
    const c = match(COLUMN_ONLY, s, i);
    if (c) return { ref: { col: colIndex(c[2]), colAbs: c[1] === '$', row: null, rowAbs: false }, length: c[0].length };
  }
  if (startKind === 'row') {
    const r = match(ROW_ONLY, s, i);
    if (r) return { ref: { col: null, colAbs: false, row: Number(r[2]) - 1, rowAbs: r[1] === '$' }, length: r[0].length };
  }
  return null;
}

export function tokenize(formula: string): Token[] {
  const s = formula.startsWith('=') ? formula.slice(1) : formula;
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < s.length) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out.push({ kind: 'string', text: s.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    if (/\s/.test(ch)) {
      let j = i;
      while (j < s.length && /\s/.test(s[j])) j++;
      out.push({ kind: 'space', text: s.slice(i, j) });
      i = j;
      continue;
    }
    if (ch === '#') {
      const e = match(ERROR, s, i);
      if (e) {
        out.push({ kind: 'error', text: e[0] });
        i += e[0].length;
        continue;
      }
    }
    // A sheet-qualified reference, or a plain one.
    let sheet: string | null = null;
    let j = i;
    const q = match(SHEET_QUOTED, s, i);
    if (q) {
      sheet = q[1].replace(/''/g, "'");
      j = i + q[0].length;
    } else {
      const p = match(SHEET_PLAIN, s, i);
      if (p) {
        sheet = p[1];
        j = i + p[0].length;
      }
    }
    const start = refAt(s, j, true);
    if (start) {
      let k = j + start.length;
      let end: CellRef | undefined;
      if (s[k] === ':') {
        const kind = start.ref.row === null ? 'col' : start.ref.col === null ? 'row' : 'cell';
        const e = rangeEndAt(s, k + 1, kind);
        if (e) {
          end = e.ref;
          k += 1 + e.length;
        }
      }
      if (end || (start.ref.row !== null && start.ref.col !== null)) {
        out.push({ kind: 'ref', text: s.slice(i, k), sheet, ref: start.ref, end });
        i = k;
        continue;
      }
    }
    if (sheet !== null) {
      // `Sheet!Name`: a defined name on another sheet.
      out.push({ kind: 'name', text: s.slice(i, j) });
      i = j;
      continue;
    }
    if (/[\d.]/.test(ch)) {
      const n = match(NUMBER, s, i);
      if (n) {
        out.push({ kind: 'number', text: n[0], value: Number(n[0]) });
        i += n[0].length;
        continue;
      }
    }
    const w = match(WORD, s, i);
    if (w) {
      let k = i + w[0].length;
      while (k < s.length && s[k] === ' ') k++;
      if (s[k] === '(') out.push({ kind: 'func', text: w[0], name: w[0].toUpperCase().replace(/^_XLFN\./, '') });
      else out.push({ kind: 'name', text: w[0] });
      i += w[0].length;
      continue;
    }
    if (ch === '(') out.push({ kind: 'open', text: '(' });
    else if (ch === ')') out.push({ kind: 'close', text: ')' });
    else if (ch === ',' || ch === ';') out.push({ kind: 'sep', text: ch });
    else if ((ch === '<' || ch === '>') && (s[i + 1] === '=' || (ch === '<' && s[i + 1] === '>'))) {
      out.push({ kind: 'op', text: s.slice(i, i + 2) });
      i += 2;
      continue;
    } else out.push({ kind: 'op', text: ch });
    i++;
  }
  return out;
}
