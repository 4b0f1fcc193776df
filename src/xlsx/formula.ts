// A shared formula's text for one of the cells it covers: its relative references moved by the cell's offset
// from the formula's anchor (what Excel shows in that cell's formula bar).

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n;
}

function colLetters(n: number): string {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const isWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_.\\]/.test(c);

// Cell (A1, $B$2), column range (A:C) or row range (3:5); checked at word boundaries only.
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})/;
const COLS = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(])/;
const ROWS = /^(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})(?![A-Za-z0-9_(])/;

/** Moves the relative references of `formula` by (dr, dc). References pushed off the sheet become #REF!. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = '';
  let i = 0;
  const n = formula.length;
  const row = (abs: string, r: string) => {
    if (abs) return abs + r;
    const v = Number(r) + dr;
    return v < 1 || v > MAX_ROW ? null : String(v);
  };
  const col = (abs: string, c: string) => {
    if (abs) return abs + c;
    const v = colNumber(c.toUpperCase()) + dc;
    return v < 1 || v > MAX_COL ? null : colLetters(v);
  };
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      // String literal ("" escapes a quote).
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      // Quoted sheet name, up to and including the '!' that follows it.
      let j = i + 1;
      while (j < n) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') {
      // Structured reference or external book index: copied as written.
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']' && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!isWord(formula[i - 1]) && (ch === '$' || /[A-Za-z0-9]/.test(ch))) {
      const rest = formula.slice(i, i + 32);
      let m = COLS.exec(rest);
      if (m) {
        const a = col(m[1], m[2]);
        const b = col(m[3], m[4]);
        out += a === null || b === null ? '#REF!' : `${a}:${b}`;
        i += m[0].length;
        continue;
      }
      m = ROWS.exec(rest);
      if (m) {
        const a = row(m[1], m[2]);
        const b = row(m[3], m[4]);
        out += a === null || b === null ? '#REF!' : `${a}:${b}`;
        i += m[0].length;
        continue;
      }
      m = CELL.exec(rest);
      const after = m ? formula[i + m[0].length] : undefined;
      if (m && !isWord(after) && after !== '(' && after !== '!') {
        const c = col(m[1], m[2]);
        const r = row(m[3], m[4]);
        out += c === null || r === null ? '#REF!' : (m[1] ? '$' : '') + (c.startsWith('$') ? c.slice(1) : c) + (m[3] ? '$' : '') + (r.startsWith('$') ? r.slice(1) : r);
        i += m[0].length;
        continue;
      }
      // A name or function: copied whole so its digits are not read as a row.
      let j = i + 1;
      while (j < n && isWord(formula[j])) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
