// What the form's checks ask of a formula: the cells and ranges it reads, whether it is a plain aggregation of cells
// (SUM(K15:K21), SUM(K14+K22), K12+K16, AVERAGE(Q42,Q44)), the numbers typed into its arithmetic, and its shape.
import { Range } from '../grid';
import { toR1C1 } from './r1c1';
import { Token, tokenize } from './tokens';

export interface FormulaRef {
  /** The sheet named in the reference; null for the formula's own sheet. */
  sheet: string | null;
  /** 0-based, inclusive; a whole column or row leaves the open side at ±Infinity. */
  range: Range;
  text: string;
}

function refRange(t: Extract<Token, { kind: 'ref' }>): Range {
  const a = t.ref;
  const b = t.end ?? t.ref;
  const top = Math.min(a.row ?? 0, b.row ?? 0);
  const bottom = a.row === null || b.row === null ? Infinity : Math.max(a.row, b.row);
  const left = Math.min(a.col ?? 0, b.col ?? 0);
  const right = a.col === null || b.col === null ? Infinity : Math.max(a.col, b.col);
  return { top, left, bottom, right };
}

/** Every reference of the formula, in order of appearance. */
export function referencesOf(formula: string): FormulaRef[] {
  const out: FormulaRef[] = [];
  for (const t of tokenize(formula)) if (t.kind === 'ref') out.push({ sheet: t.sheet, range: refRange(t), text: t.text });
  return out;
}

/**
 * The areas of a list of references, as a conditional format's `sqref` (`E2:E9 G2`) or a RangeAreas address
 * (`Sheet1!E2:E9, Sheet1!G2`) writes them; a whole column (`E:E`) reaches to the sheet's end (Infinity).
 */
export function rangesOfList(list: string): Range[] {
  return referencesOf(list).map((r) => r.range);
}

export interface Aggregation {
  fn: 'SUM' | 'AVERAGE' | 'PLUS';
  /** Every cell aggregated, row-major, 0-based; a cell named twice appears twice (it is counted twice). */
  cells: { row: number; col: number }[];
}

function meaningful(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.kind !== 'space');
}

/**
 * The formula as an aggregation of cells of its own sheet: `SUM(range|cell, …)` whose arguments are cells or ranges,
 * possibly joined by `+` (`SUM(K12+K91+K96)`) or chained with `:` (`SUM(U85:U87:U88)`, the bounding range, as Excel
 * reads it), `AVERAGE(…)` alike, or `a+b+c` of plain cells. Null for anything else (constants, other operators,
 * other functions, other sheets, whole columns).
 */
export function aggregationOf(formula: string): Aggregation | null {
  let tokens = meaningful(tokenize(formula));
  let fn: Aggregation['fn'] = 'PLUS';
  if (tokens.length >= 3 && tokens[0].kind === 'func' && tokens[1].kind === 'open' && tokens[tokens.length - 1].kind === 'close') {
    const name = (tokens[0] as Extract<Token, { kind: 'func' }>).name;
    if (name !== 'SUM' && name !== 'AVERAGE') return null;
    fn = name;
    tokens = tokens.slice(2, -1);
  }
  // Strip one pair of parentheses around the whole argument list, as in SUM((K12+K13)).
  while (tokens.length >= 2 && tokens[0].kind === 'open' && tokens[tokens.length - 1].kind === 'close') tokens = tokens.slice(1, -1);
  if (tokens.length === 0) return null;
  const cells: { row: number; col: number }[] = [];
  let expectRef = true;
  let pending: Range | null = null;
  const flush = () => {
    if (!pending) return;
    for (let r = pending.top; r <= pending.bottom; r++) for (let c = pending.left; c <= pending.right; c++) cells.push({ row: r, col: c });
    pending = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (expectRef) {
      if (t.kind !== 'ref' || t.sheet !== null) return null;
      const r = refRange(t);
      if (!Number.isFinite(r.bottom) || !Number.isFinite(r.right)) return null;
      if (r.bottom - r.top > 5000 || r.right - r.left > 200) return null;
      pending = r;
      expectRef = false;
      continue;
    }
    if (t.kind === 'op' && t.text === ':' && tokens[i + 1]?.kind === 'ref' && pending) {
      // A range chained on: K85:K87:K88 is the bounding range of all its cells.
      const next = tokens[i + 1] as Extract<Token, { kind: 'ref' }>;
      if (next.sheet !== null) return null;
      const r = refRange(next);
      const p: Range = pending;
      pending = { top: Math.min(p.top, r.top), left: Math.min(p.left, r.left), bottom: Math.max(p.bottom, r.bottom), right: Math.max(p.right, r.right) };
      i++;
      continue;
    }
    const separator = (t.kind === 'op' && t.text === '+') || (t.kind === 'sep' && fn !== 'PLUS');
    if (!separator) return null;
    flush();
    expectRef = true;
  }
  if (expectRef) return null;
  flush();
  return { fn, cells };
}

export interface TypedConstant {
  text: string;
  value: number;
}

const ARITHMETIC = new Set(['+', '-', '*', '/', '^']);

/**
 * Numbers of `minDigits` or more digits before the decimal point typed into the formula's arithmetic (an operand of
 * + − × ÷ ^, or an argument of SUM): `3251126996-R23` → 3251126996, `69900*5` → 69900; `X12/N12*100` → none.
 */
export function typedConstants(formula: string, minDigits = 4): TypedConstant[] {
  const tokens = meaningful(tokenize(formula));
  const out: TypedConstant[] = [];
  const depthFn: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'func') {
      depthFn.push(t.name);
      i++; // its '('
      continue;
    }
    if (t.kind === 'open') depthFn.push('');
    if (t.kind === 'close') depthFn.pop();
    if (t.kind !== 'number') continue;
    const digits = t.text.split(/[.eE]/)[0].replace(/^0+/, '').length;
    if (digits < minDigits) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const inArithmetic =
      (prev?.kind === 'op' && ARITHMETIC.has(prev.text)) ||
      (next?.kind === 'op' && ARITHMETIC.has(next.text)) ||
      (depthFn.length > 0 && depthFn[depthFn.length - 1] === 'SUM') ||
      (prev === undefined && next === undefined);
    if (inArithmetic) out.push({ text: t.text, value: t.value });
  }
  return out;
}

/**
 * The formula's shape for comparing it with its neighbours: R1C1-relative, numbers as `#`, spaces and `$` dropped,
 * upper case, an IFERROR(x, fallback) wrapper reduced to x, and parentheses that change nothing removed
 * (`(AD11/J11)*100` is `AD11/J11*100`).
 */
export function shapeOf(formula: string, row: number, col: number): string {
  const r1c1 = toR1C1(formula, row, col);
  let tokens = meaningful(tokenize(r1c1.replace(/R(\[-?\d+\])?C(\[-?\d+\])?/g, (m) => m.replace(/[[\]-]/g, (x) => (x === '-' ? 'm' : '_')))));
  tokens = unwrapIferror(tokens);
  tokens = dropNeutralParens(tokens);
  return tokens.map((t) => (t.kind === 'number' ? '#' : t.kind === 'string' ? '"…"' : t.text.toUpperCase())).join('');
}

function unwrapIferror(tokens: Token[]): Token[] {
  if (tokens[0]?.kind === 'func' && tokens[0].name === 'IFERROR' && tokens[1]?.kind === 'open' && tokens[tokens.length - 1]?.kind === 'close') {
    let depth = 0;
    for (let i = 2; i < tokens.length - 1; i++) {
      const t = tokens[i];
      if (t.kind === 'open' || t.kind === 'func') {
        if (t.kind === 'open') depth++;
      } else if (t.kind === 'close') depth--;
      else if (t.kind === 'sep' && depth === 0) return tokens.slice(2, i);
    }
  }
  return tokens;
}

/** Removes parentheses that open the expression (or a function argument) and hold one level of operators: left to right it reads the same. */
function dropNeutralParens(tokens: Token[]): Token[] {
  let changed = true;
  let ts = tokens;
  while (changed) {
    changed = false;
    for (let i = 0; i < ts.length; i++) {
      if (ts[i].kind !== 'open') continue;
      const before = ts[i - 1];
      const atStart = before === undefined || before.kind === 'open' || before.kind === 'sep' || (before.kind === 'op' && before.text === '=');
      if (!atStart) continue;
      let depth = 0;
      let j = i;
      const ops = new Set<string>();
      for (; j < ts.length; j++) {
        const t = ts[j];
        if (t.kind === 'open') depth++;
        else if (t.kind === 'close') {
          depth--;
          if (depth === 0) break;
        } else if (depth === 1 && t.kind === 'op') ops.add(t.text);
        else if (depth === 1 && t.kind === 'sep') ops.add(',');
      }
      if (j >= ts.length) continue;
      const after = ts[j + 1];
      const multiplicative = [...ops].every((o) => o === '*' || o === '/');
      const additive = [...ops].every((o) => o === '+' || o === '-');
      const afterOp = after === undefined || after.kind === 'close' || after.kind === 'sep' ? null : after.kind === 'op' ? after.text : 'other';
      const safe = ops.size === 0 || afterOp === null || (multiplicative && (afterOp === '*' || afterOp === '/')) || (additive && (afterOp === '+' || afterOp === '-'));
      if (!safe || ops.has(',')) continue;
      ts = [...ts.slice(0, i), ...ts.slice(i + 1, j), ...ts.slice(j + 1)];
      changed = true;
      break;
    }
  }
  return ts;
}
