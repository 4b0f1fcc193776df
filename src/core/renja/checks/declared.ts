// Each body row held against each formula the numbered row declares (SPEC §11), for K and for Rp: the verdicts
// form-formula-mismatch and percent-summed report.
import { sameAmount, agrees, capaianOf } from '../../compute/math';
import { isAdditive } from '../../read/units';
import { a1 } from '../../grid';
import { Declaration, GroupRole, groupByNumber, groupOf } from '../model';
import { declarationCells, FormAnalysis, FormIndicatorAnalysis, FormValue, isIncrementSeries, latestRealised } from '../analyse';
import { agreesAsPrinted } from './check';

export type Verdict =
  | { kind: 'ok' }
  | { kind: 'mismatch'; expected: number; actual: number }
  | { kind: 'percent-summed'; values: number[]; actual: number; used: number | null };

export interface DeclaredCheck {
  declaration: Declaration;
  part: 'k' | 'rp';
  row: number;
  result: FormValue;
  terms: FormValue[];
  indicator: FormIndicatorAnalysis | null;
  verdict: Verdict;
}

/** Equal but for binary noise: Rp exactly (a relative 1e-9 had let Rp 1 pass on Rp 1.36 billion). */
function near(a: number, b: number): boolean {
  return sameAmount(a, b) || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

function usable(v: FormValue): boolean {
  return v.reading.kind === 'absent' || v.value !== null;
}

const cache = new WeakMap<FormAnalysis, DeclaredCheck[]>();

/** Every declaration judged on every row (computed once per form: two checks read it). */
export function declaredChecks(form: FormAnalysis): DeclaredCheck[] {
  let found = cache.get(form);
  if (!found) {
    found = judgeAll(form);
    cache.set(form, found);
  }
  return found;
}

function judgeAll(form: FormAnalysis): DeclaredCheck[] {
  const out: DeclaredCheck[] = [];
  const { view, layout } = form;
  // Sums first, a sum over another's result after it; then the ratios. A formula over a cell that breaks its own sum
  // is not judged (that cell is where the error is: `15 = 7 + 13` beside a wrong 13 is right by the 13 it should be).
  const sumResults = new Set(layout.declarations.filter((d) => d.kind === 'sum').map((d) => d.result));
  const rank = (d: Declaration) => (d.kind === 'ratio' ? 2 : d.terms.some((t) => sumResults.has(t)) ? 1 : 0);
  const ordered = [...layout.declarations].sort((a, b) => rank(a) - rank(b));
  const off = new Set<string>();
  const broken = new Set<string>();
  // A summed percentage's value as §4 reads it (the latest): what a later formula over it must use (`14 = 7 + 13`
  // over a `13 = 9+10+11+12` of 332 is 86, the latest, not 332 — which is not judged twice either).
  const corrected = new Map<string, number>();
  const key = (v: FormValue) => `${v.cell.row}:${v.cell.col}`;
  const judge = (d: Declaration, result: FormValue, terms: FormValue[], ind: FormIndicatorAnalysis | null): Verdict | null => {
    // (A summed percentage's term counts as its latest value in a sum over it: only a broken term stops a sum.)
    if (terms.some((t) => (d.kind === 'ratio' ? off : broken).has(key(t)))) return null;
    const v = judgeOne(form, d, result, terms, ind, corrected, key);
    if (v && v.kind !== 'ok') off.add(key(result));
    if (v?.kind === 'mismatch') broken.add(key(result));
    if (v?.kind === 'percent-summed' && v.used !== null) corrected.set(key(result), v.used);
    return v;
  };
  for (const d of ordered) {
    // K: the rows that carry an indicator.
    const seen = new Set<number>();
    for (const ind of form.indicators) {
      if (seen.has(ind.row)) continue;
      seen.add(ind.row);
      const cells = declarationCells(view, layout, d, ind.row, 'k');
      if (!cells) continue;
      // A tingkat capaian Cermat computes from terms it reads otherwise than the form states them (a rate's latest
      // value, not `15 = 7 + 13`'s sum 95 + 85 per 100.000 KH) is judged by capaian-mismatch alone: the literal ratio
      // over the stated sum had contradicted it, so that the value a recalculation wrote was reported in turn.
      if (d.kind === 'ratio' && readOtherwise(form, ind, cells.result, cells.terms)) continue;
      const verdict = judge(d, cells.result, cells.terms, ind);
      if (verdict) out.push({ declaration: d, part: 'k', row: ind.row, ...cells, indicator: ind, verdict });
    }
    // Rp: every row, but those whose Rp depends on a roll-up that does not add up (reported there).
    form.rows.forEach((node, ni) => {
      if (form.tainted.has(ni)) return;
      const cells = declarationCells(view, layout, d, node.row, 'rp');
      if (!cells) return;
      const verdict = judge(d, cells.result, cells.terms, null);
      if (verdict) out.push({ declaration: d, part: 'rp', row: node.row, ...cells, indicator: null, verdict });
    });
  }
  return out;
}

/**
 * Whether the cell is a tingkat capaian Cermat computes (and checks, and writes) to a value the declared ratio over
 * the stated terms does not give, by the form's formula nor by §4's negative one.
 */
function readOtherwise(form: FormAnalysis, ind: FormIndicatorAnalysis, result: FormValue, terms: FormValue[]): boolean {
  const at = (v: FormValue | null) => v !== null && v.cell.row === result.cell.row && v.cell.col === result.cell.col;
  const mine = at(ind.statedCapaian) ? ind.capaian : at(ind.statedCumulativeCapaian) ? ind.cumulativeCapaian : null;
  const [num, den] = terms;
  if (mine === null || num?.value == null || den?.value == null || den.value === 0) return false;
  const tol = form.settings.tolerance;
  if (agrees((num.value / den.value) * 100, mine, tol)) return false;
  const negative = ind.polarity === 'negative' ? capaianOf(den.value, num.value, 'negative', form.settings) : null;
  return negative === null || !agrees(negative, mine, tol);
}

function judgeOne(
  form: FormAnalysis, d: Declaration, result: FormValue, terms: FormValue[], ind: FormIndicatorAnalysis | null,
  corrected: ReadonlyMap<string, number>, key: (v: FormValue) => string,
): Verdict | null {
  if (result.reading.kind === 'absent' || result.value === null) return null;
  if (!terms.every(usable)) return null;
  const actual = result.value;
  if (d.kind === 'ratio') {
    const [num, den] = terms;
    if (num.value === null || den.value === null || den.value === 0) return null;
    const expected = (num.value / den.value) * 100;
    // Past what a double holds (a tiny divisor, huge terms) there is no result to hold the cell to.
    if (!Number.isFinite(expected)) return null;
    if (agreesAsPrinted(result, expected, form.settings.tolerance)) return { kind: 'ok' };
    // A negative indicator's capaian by §4 ((2T − R)/T, or T/R) is what the form means by it.
    if (ind?.polarity === 'negative') {
      const negative = capaianOf(den.value, num.value, 'negative', form.settings);
      if (negative !== null && agreesAsPrinted(result, negative, form.settings.tolerance)) return { kind: 'ok' };
    }
    if (Math.abs(actual) <= 2 && agrees(actual * 100, expected, form.settings.tolerance)) return { kind: 'ok' };
    return { kind: 'mismatch', expected, actual };
  }
  if (terms.every((t) => t.reading.kind === 'absent')) return null;
  const values = terms.map((t) => t.value ?? 0);
  const present = terms.filter((t) => t.value !== null).map((t) => t.value!);
  const sum = values.reduce((s, x) => s + x, 0);
  if (!Number.isFinite(sum)) return null;
  if (ind === null) return near(actual, sum) ? { kind: 'ok' } : { kind: 'mismatch', expected: sum, actual };
  const additive = ind.unit !== null && isAdditive(ind.unit);
  if (additive) return near(actual, sum) ? { kind: 'ok' } : { kind: 'mismatch', expected: sum, actual };
  // The terms as §4 reads them: a term that is itself a summed percentage counts as its latest value.
  const read = terms.filter((t) => t.value !== null).map((t) => corrected.get(key(t)) ?? t.value!);
  const last = latestRealised(read);
  const mean = read.length ? read.reduce((s, x) => s + x, 0) / read.length : null;
  const readSum = read.reduce((s, x) => s + x, 0);
  const rawLast = present.length ? present[present.length - 1] : null;
  const nonZero = values.filter((x) => x !== 0);
  if (ind.unit !== null && nonZero.length >= 2 && near(actual, sum) && !isIncrementSeries(terms)) {
    return { kind: 'percent-summed', values, actual, used: last };
  }
  // A copy of a term already reported as summed is not reported again (the error is in that term).
  const copied = rawLast !== null && rawLast !== last && near(actual, rawLast);
  if (near(actual, readSum) || (last !== null && near(actual, last)) || (mean !== null && near(actual, mean)) || copied) return { kind: 'ok' };
  const expected = ind.unit === null ? readSum : last ?? readSum;
  return Number.isFinite(expected) ? { kind: 'mismatch', expected, actual } : null;
}

export function resultRole(form: FormAnalysis, d: Declaration): string | undefined {
  return groupByNumber(form.layout, d.result)?.role;
}

/** The percentages of a form that are not sure, by cell (A1), and whether its footer's average is. */
export interface Unsure {
  cells: Set<string>;
  average: boolean;
}

const unsureCache = new WeakMap<FormAnalysis, Unsure>();

/**
 * The percentages Cermat is not sure of (SPEC §10.5) — neither held against what the form states nor written:
 * - K: an indicator whose realisation breaks its declared sum (`13 = 9+10+11+12` says 105, the cell 110) has this
 *   year's and the cumulative capaian in doubt, and so is the footer's average over them; one whose cumulative breaks
 *   its sum, the cumulative capaian only;
 * - Rp: a row whose Rp breaks its roll-up or its declared sum has the % dividing it in doubt (this year's target or
 *   realisation: both %; last year's, the Renstra's or the cumulative: the cumulative %).
 * The finding on the broken value is the one to fix.
 */
export function unsurePercentages(form: FormAnalysis): Unsure {
  let found = unsureCache.get(form);
  if (found) return found;
  const { layout } = form;
  const cap = groupOf(layout, 'capaian');
  const cum = groupOf(layout, 'cumulativeCapaian');
  const cells = new Set<string>();
  let average = false;
  const doubt = (row: number, part: 'k' | 'rp', both: boolean) => {
    const capCol = cap?.[part];
    const cumCol = cum?.[part];
    if (both && capCol !== undefined) cells.add(a1(row, capCol));
    if (cumCol !== undefined) cells.add(a1(row, cumCol));
  };
  const rpCol = (role: GroupRole) => groupOf(layout, role)?.rp;
  const thisYear = new Set([rpCol('target'), rpCol('realisation')].filter((c): c is number => c !== undefined));
  const toDate = new Set([rpCol('renstraTarget'), rpCol('lastRealisation'), rpCol('cumulative')].filter((c): c is number => c !== undefined));
  const rpDoubt = (row: number, col: number) => {
    if (thisYear.has(col) || toDate.has(col)) doubt(row, 'rp', thisYear.has(col));
  };
  for (const r of form.rollups) rpDoubt(form.rows[r.node].row, r.col);
  for (const c of declaredChecks(form)) {
    if (c.declaration.kind !== 'sum' || c.verdict.kind !== 'mismatch') continue;
    if (c.part === 'rp') {
      rpDoubt(c.row, c.result.cell.col);
      continue;
    }
    const role = resultRole(form, c.declaration);
    if (role === 'realisation') average = true;
    if (role === 'realisation' || role === 'cumulative') doubt(c.row, 'k', role === 'realisation');
  }
  found = { cells, average };
  unsureCache.set(form, found);
  return found;
}
