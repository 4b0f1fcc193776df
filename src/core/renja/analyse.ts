// Reads the form's values and computes what SPEC §11 asks: per indicator the tingkat capaian K (realisation ÷ this
// year's target × 100, polarity as §4) and the cumulative-to-Renstra percentage; per row the Rp percentages; the
// roll-ups of Rp over the hierarchy; the footer's average and predicate. Checks (./checks) only read this.
import { GridCell, Range, SheetView, a1 } from '../grid';
import { aggregationOf, referencesOf } from '../formula/analyse';
import { readCell, Reading } from '../read/cell';
import { isAdditive, lookupUnit, Unit } from '../read/units';
import { averageOf, capaianOf, finite, rangeCapaian, sameAmount } from '../compute/math';
import { normaliseName } from '../names';
import { negativePhraseOf } from '../compute/indicator';
import { Settings } from '../settings';
import { buildRows, splitIndicators } from './hierarchy';
import { isValueRole, recogniseForm } from './recognise';
import { Declaration, FormGroup, FormLayout, FormRow, groupByNumber, groupOf, quarterGroups } from './model';
import { DEFAULT_RATING_SCALE, Predicate, predicateOf, RatingScale } from './predicate';

export interface Cell {
  row: number;
  col: number;
}

export interface FormValue {
  cell: Cell;
  raw: GridCell | undefined;
  reading: Reading;
  /** The number read (percent-formatted cells as percentages); null when absent or not a number. */
  value: number | null;
  formula?: string;
}

export interface FormIndicatorAnalysis {
  node: number;
  row: number;
  name: string;
  nameCell: Cell;
  unit: Unit | null;
  unitWord: string | null;
  polarity: 'positive' | 'negative';
  /** SPEC §10.7: the phrase of the name that made the polarity negative, when inferred. */
  polarityPhrase: string | null;
  shared: boolean;
  target: FormValue | null;
  renstraTarget: FormValue | null;
  lastRealisation: FormValue | null;
  quarters: { quarter: number; value: FormValue }[];
  annual: FormValue | null;
  /** The realisation used: the annual cell, or derived from the quarters; §4's rule when quarters were summed wrongly. */
  realisation: number | null;
  capaian: number | null;
  statedCapaian: FormValue | null;
  cumulative: number | null;
  cumulativeCapaian: number | null;
  statedCumulativeCapaian: FormValue | null;
  /** The cumulative to date as the form states it (its K cell). */
  statedCumulative: FormValue | null;
  /** Something happens on the row this year (a target Rp, a realisation): a zero target matters then. */
  active: boolean;
}

export interface FormRowAnalysis extends FormRow {
  /** Rp per value group (keyed by the group's index). */
  rp: Map<number, FormValue>;
  capaianRp: number | null;
  cumulativeCapaianRp: number | null;
}

export interface Rollup {
  node: number;
  col: number;
  expected: number;
  actual: number;
  childRows: number[];
}

export interface FormAnalysis {
  view: SheetView;
  layout: FormLayout;
  rows: FormRowAnalysis[];
  indicators: FormIndicatorAnalysis[];
  /** Rp roll-ups that do not add up, found before any check runs (declarations on those rows are not judged). */
  rollups: Rollup[];
  /** SPEC §5.5/§10.4 on the form: the `Jumlah` row's Rp against the sum of the top-level rows, per Rp column. */
  totals: { col: number; expected: number; actual: number }[];
  /** Nodes whose Rp depends on a roll-up that does not add up (the node itself or a descendant). */
  tainted: Set<number>;
  average: number | null;
  statedAverage: FormValue | null;
  predicate: Predicate | null;
  statedPredicate: string | null;
  scale: RatingScale;
  settings: Settings;
}

export interface FormOptions {
  scale?: RatingScale;
}

export function valueAt(view: SheetView, row: number, col: number, allowRange = false): FormValue {
  const at = view.anchor(row, col);
  const raw = view.raw(at.row, at.col);
  const reading = readCell(raw, { allowRange });
  const value = reading.kind === 'number' ? reading.measure.value : null;
  return { cell: at, raw, reading, value, formula: raw?.formula };
}

const NAME_UNIT = /^(persentase|prosentase|indeks|nilai|rasio|skor|tingkat kepuasan)\b/i;

function unitOf(unitText: string | null, name: string): { unit: Unit | null; word: string | null } {
  if (unitText) {
    // A rate names a count it is of (`kasus/1.000 KH`), but does not add up as the count does.
    if (RATE_UNIT.test(unitText)) return { unit: null, word: unitText };
    const u = lookupUnit(unitText);
    if (u) return { unit: u, word: unitText };
    return { unit: null, word: unitText };
  }
  const m = NAME_UNIT.exec(name);
  if (m) return { unit: lookupUnit(m[1].toLowerCase() === 'rasio' ? 'indeks' : m[1]), word: null };
  return { unit: null, word: null };
}

/** The first form at or below row `from` (see recogniseForm), analysed. */
export function analyseForm(view: SheetView, settings: Settings, options: FormOptions = {}, from = 0): FormAnalysis | null {
  const layout = recogniseForm(view, from);
  if (!layout) return null;
  return analyseLayout(view, layout, settings, options);
}

/** Rupiah columns: every value group's Rp sub-column but the percentages'. */
export function rupiahColumns(layout: FormLayout): number[] {
  return layout.groups.filter((g) => g.rp !== undefined && g.role !== 'capaian' && g.role !== 'cumulativeCapaian').map((g) => g.rp!);
}

export function analyseLayout(view: SheetView, layout: FormLayout, settings: Settings, options: FormOptions = {}): FormAnalysis {
  const rpCols = rupiahColumns(layout);
  const nodes = buildRows(view, layout, rpCols);
  const rows: FormRowAnalysis[] = nodes.map((n) => ({ ...n, rp: new Map(), capaianRp: null, cumulativeCapaianRp: null }));
  const g = {
    target: groupOf(layout, 'target'),
    renstra: groupOf(layout, 'renstraTarget'),
    last: groupOf(layout, 'lastRealisation'),
    real: groupOf(layout, 'realisation'),
    capaian: groupOf(layout, 'capaian'),
    cumulative: groupOf(layout, 'cumulative'),
    cumulativeCapaian: groupOf(layout, 'cumulativeCapaian'),
    quarters: quarterGroups(layout),
  };
  const k = (grp: FormGroup | undefined, row: number) => (grp?.k !== undefined ? valueAt(view, row, grp.k) : null);
  // A target may be a range (`80–90%`, `80 s.d. 90`, SPEC §3).
  const kTarget = (grp: FormGroup | undefined, row: number) => (grp?.k !== undefined ? valueAt(view, row, grp.k, true) : null);
  const rp = (grp: FormGroup | undefined, row: number) => (grp?.rp !== undefined ? valueAt(view, row, grp.rp) : null);

  // Rp per row, percentages of Rp.
  rows.forEach((node) => {
    layout.groups.forEach((grp, gi) => {
      if (grp.rp !== undefined && isValueRole(grp.role)) node.rp.set(gi, valueAt(view, node.row, grp.rp));
    });
    const spent = rp(g.real, node.row)?.value ?? null;
    const pagu = rp(g.target, node.row)?.value ?? null;
    node.capaianRp = spent !== null && pagu !== null && pagu !== 0 ? finite((spent / pagu) * 100) : null;
    const lastRp = rp(g.last, node.row)?.value ?? null;
    const renstraRp = rp(g.renstra, node.row)?.value ?? null;
    const cumRp = spent !== null || lastRp !== null ? (spent ?? 0) + (lastRp ?? 0) : null;
    // (Not with last year's realisation split by year: it has no one Rp to add.)
    node.cumulativeCapaianRp = cumRp !== null && renstraRp !== null && renstraRp !== 0 && g.last && !g.last.split ? finite((cumRp / renstraRp) * 100) : null;
  });

  // Indicators: Program, Kegiatan and Sub Kegiatan rows carry their own K (never summed up the hierarchy).
  const indicators: FormIndicatorAnalysis[] = [];
  rows.forEach((node, ni) => {
    if (node.level === 'urusan' || node.level === 'bidang') return;
    node.indicators.forEach((ind, ii) => {
      const r = ind.row;
      let unitText = node.unitText && r === node.row ? node.unitText : unitTextAt(view, layout, r) ?? node.unitText;
      // Two numbered indicators in one cell, their units numbered alike (`1. Unit 2. %`): each its own.
      if (ind.shared && unitText) {
        const units = splitIndicators(unitText);
        if (units.length === node.indicators.length) unitText = units[ii];
      }
      const { unit, word } = unitOf(unitText, ind.name);
      const override = settings.polarityOverrides[normaliseName(ind.name)];
      const phrase = !override && settings.inferPolarity ? negativePhraseOf(ind.name) : null;
      const a: FormIndicatorAnalysis = {
        node: ni, row: r, name: ind.name, nameCell: ind.cell, unit, unitWord: word, polarity: override ?? (phrase ? 'negative' : 'positive'), polarityPhrase: phrase, shared: ind.shared,
        target: kTarget(g.target, r), renstraTarget: kTarget(g.renstra, r), lastRealisation: k(g.last, r),
        quarters: g.quarters.filter((q) => q.k !== undefined).map((q) => ({ quarter: q.quarter ?? 0, value: valueAt(view, r, q.k!) })),
        annual: k(g.real, r), realisation: null, capaian: null, statedCapaian: k(g.capaian, r),
        cumulative: null, cumulativeCapaian: null, statedCumulativeCapaian: k(g.cumulativeCapaian, r), statedCumulative: k(g.cumulative, r), active: false,
      };
      if (ind.shared) splitShared(a, node.indicators.filter((x) => x.row === r).indexOf(ind), node.indicators.filter((x) => x.row === r).length);
      // SPEC §3.2: without a Satuan word or a name that says it, the unit is the target's (`100 %` in the K cell),
      // else the first realisation's with one.
      if (a.unit === null && a.unitWord === null) a.unit = unitOfValues([a.target, ...a.quarters.map((q) => q.value), a.annual]);
      computeIndicator(a, layout, settings);
      const targetRp = rp(g.target, node.row)?.value ?? 0;
      a.active = targetRp !== 0 || (a.realisation ?? 0) !== 0 || (a.target?.value ?? 0) !== 0 || (rp(g.real, node.row)?.value ?? 0) !== 0;
      indicators.push(a);
    });
  });

  const { rollups, tainted } = findRollups(view, rows, layout, rpCols);
  const totals = layout.totalRow !== undefined ? findTotals(view, rows, layout, layout.totalRow, rollups, rpCols) : [];
  const scale = options.scale ?? settings.ratingScale ?? DEFAULT_RATING_SCALE;
  const perRow = new Map<string, number | null>();
  // One capaian per row, but per indicator where a row's cells hold one value per indicator.
  for (const i of indicators) {
    const key = i.shared && i.target?.reading.kind === 'multiple' ? `${i.row}:${i.name}` : String(i.row);
    if (!perRow.has(key)) perRow.set(key, i.capaian);
  }
  const values = [...perRow.values()];
  const average = values.length ? averageOf(values, settings) : null;
  const statedAverage = layout.footer.average ? valueAt(view, layout.footer.average.row, layout.footer.average.col) : null;
  const statedPredicate = layout.footer.predicate ? view.text(layout.footer.predicate.row, layout.footer.predicate.col) || null : null;
  return {
    view, layout, rows, indicators, rollups, totals, tainted, average, statedAverage,
    predicate: average !== null ? predicateOf(average, scale) : null, statedPredicate, scale, settings,
  };
}

/** The first unit a value cell states (`80 %`, `12 dokumen`), if any. */
function unitOfValues(values: (FormValue | null)[]): Unit | null {
  for (const v of values) if (v && v.reading.kind === 'number' && v.reading.measure.unit) return v.reading.measure.unit;
  return null;
}

function unitTextAt(view: SheetView, layout: FormLayout, row: number): string | null {
  if (layout.unitCol === undefined) return null;
  const t = view.text(row, layout.unitCol);
  return t === '' ? null : t;
}

/** Quarter values present, in quarter order. */
export function presentQuarters(a: FormIndicatorAnalysis): { quarter: number; value: number }[] {
  return a.quarters.filter((q) => q.value.value !== null).map((q) => ({ quarter: q.quarter, value: q.value.value! }));
}

/** Whether the cells of a declared sum are increments of one series (`S13 = T13*N13-P13`): they add up by design. */
export function isIncrementSeries(terms: FormValue[]): boolean {
  const termCells = new Set(terms.map((t) => a1(t.cell.row, t.cell.col)));
  return terms.some((t) => {
    if (!t.formula || !/-/.test(t.formula)) return false;
    const refs = t.formula.toUpperCase().replace(/\$/g, '').match(/[A-Z]{1,3}\d+/g) ?? [];
    return refs.some((r) => termCells.has(r) && r !== a1(t.cell.row, t.cell.col));
  });
}

function near(a: number, b: number): boolean {
  return sameAmount(a, b) || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A non-additive annual that adds two or more non-zero quarters (a sum of percentages), or null. */
export function summedQuarters(a: FormIndicatorAnalysis): { values: number[]; sum: number } | null {
  if (!a.unit || isAdditive(a.unit) || !a.annual || a.annual.value === null) return null;
  const qs = presentQuarters(a);
  const nonZero = qs.filter((q) => q.value !== 0);
  if (nonZero.length < 2) return null;
  if (isIncrementSeries(a.quarters.map((q) => q.value))) return null;
  const sum = qs.reduce((s, q) => s + q.value, 0);
  return near(a.annual.value, sum) ? { values: qs.map((q) => q.value), sum } : null;
}

/**
 * The latest value there is: values still to come pre-filled with 0 on a mid-year form are not yet realised (60, 65,
 * 0, 0 → 65); all 0, it is 0; none, null.
 */
export function latestRealised(values: readonly number[]): number | null {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== 0) return values[i];
  return values.length ? values[values.length - 1] : null;
}

/** A rate as a Satuan word: `per 100.000 KH`, `per 1.000 penduduk`, `kasus/1.000 KH` (not `Kelurahan/Desa`). */
export const RATE_UNIT = /(?:^|\s)per\s|\/\s*\d/i;

function computeIndicator(a: FormIndicatorAnalysis, layout: FormLayout, settings: Settings): void {
  const qs = presentQuarters(a);
  // A Satuan word outside the catalogue counts things (`Berita Acara`, `Usulan`: they add up), but a rate (`per
  // 100.000 KH`, `kasus/1.000 penduduk`) does not: it takes the latest value, as a percentage does.
  const additive = a.unit === null ? !RATE_UNIT.test(a.unitWord ?? '') : isAdditive(a.unit);
  const last = latestRealised(qs.map((q) => q.value));
  if (a.annual && a.annual.value !== null) {
    a.realisation = summedQuarters(a) ? last : a.annual.value;
  } else if (qs.length) {
    a.realisation = additive ? qs.reduce((s, q) => s + q.value, 0) : last;
  }
  const t = a.target?.value ?? null;
  if (t !== null && a.realisation !== null) a.capaian = capaianOf(t, a.realisation, a.polarity, settings);
  else if (a.target?.reading.kind === 'range' && a.realisation !== null) {
    a.capaian = rangeCapaian(a.target.reading.low.value, a.target.reading.high.value, a.realisation, a.polarity, settings);
  }
  else {
    // Categories with their scores (`A (80)` against `BB (76)`: 95 %, SPEC §4); without scores, not computed.
    const ts = a.target?.reading.kind === 'category' ? a.target.reading.score : null;
    const realised = a.annual?.reading ?? null;
    const rs = realised?.kind === 'category' ? realised.score : null;
    if (ts !== null && rs !== null) a.capaian = capaianOf(ts, rs, a.polarity, settings);
  }
  // Cumulative to date against the Renstra target: additive units add last year's realisation; others take the latest
  // — the latest there is: a mid-year form's 0 this year does not wipe out last year's 50 % (the form's own
  // `14 = 6 + 12` gives 50 + 0 = 50 there, a sum with one non-zero term, which percent-summed accepts too).
  // (Not where last year's realisation is split by year: what it adds up to the form does not say.)
  if (layout.groups.some((g) => g.role === 'cumulative' || g.role === 'cumulativeCapaian') && !layout.groups.some((g) => g.role === 'lastRealisation' && g.split)) {
    const lastYear = a.lastRealisation?.value ?? null;
    if (a.realisation !== null || lastYear !== null) {
      const latest = a.realisation !== null && (a.realisation !== 0 || lastYear === null) ? a.realisation : lastYear;
      const sum = (lastYear ?? 0) + (a.realisation ?? 0);
      a.cumulative = additive ? sum : latest;
      // No unit at all (a blank Satuan, the official form without one): §4 accepts either reading; the form's own
      // cumulative says which (82 beside 78 and 82 is the latest — summed, 160 had made a capaian of 188.24 %).
      const stated = a.statedCumulative?.value ?? null;
      if (a.unit === null && a.unitWord === null && stated !== null && latest !== null && sameAmount(stated, latest) && !sameAmount(stated, sum)) a.cumulative = latest;
    }
    const rt = a.renstraTarget?.value ?? null;
    if (rt !== null && a.cumulative !== null) a.cumulativeCapaian = capaianOf(rt, a.cumulative, a.polarity, settings);
  }
}

/** Every parent's Rp cell against the sum of its direct children's (stated values), per Rp column. */
function findRollups(view: SheetView, rows: FormRowAnalysis[], layout: FormLayout, rpCols: number[]): { rollups: Rollup[]; tainted: Set<number> } {
  const rollups: Rollup[] = [];
  const tainted = new Set<number>();
  // Cells known to be off: a roll-up that does not add up, or a leaf's Rp that breaks its declared sum. A parent
  // cell computed across its own row (not by summing its children) is not judged against an off child: the child
  // is where the error is.
  const off = new Set<string>();
  const key = (row: number, col: number) => `${row}:${col}`;
  for (const node of rows) {
    if (node.children.length) continue;
    for (const d of layout.declarations) {
      if (d.kind !== 'sum') continue;
      const cells = declarationCells(view, layout, d, node.row, 'rp');
      if (!cells || cells.result.value === null || !cells.terms.every((t) => t.reading.kind === 'absent' || t.value !== null)) continue;
      const sum = cells.terms.reduce((s, t) => s + (t.value ?? 0), 0);
      if (!sameAmount(sum, cells.result.value)) off.add(key(cells.result.cell.row, cells.result.cell.col));
    }
  }
  for (let ni = rows.length - 1; ni >= 0; ni--) {
    const node = rows[ni];
    if (!node.children.length) continue;
    // Children all placed only by their position (no Kode, no level word, no roll-up formula) are a guess: no roll-up
    // is asserted on a guessed hierarchy (SPEC §10.5; a Kegiatan read as a Sub Kegiatan had its rows counted twice).
    // Beside siblings a formula places, a row after them stands where they do.
    if (node.children.every((c) => rows[c].levelFrom === 'position')) continue;
    // Roll-ups first: a cell computed across the row from an off roll-up (M6 = I6+K6) is not blamed for it.
    const ordered = [...rpCols].sort((a, b) => Number(!rollupRows(view.raw(node.row, a)?.formula, node.row, a)) - Number(!rollupRows(view.raw(node.row, b)?.formula, node.row, b)));
    for (const col of ordered) {
      const gi = layout.groups.findIndex((g) => g.rp === col);
      const parent = node.rp.get(gi);
      if (!parent || parent.reading.kind === 'error' || (parent.reading.kind !== 'absent' && parent.value === null)) continue;
      const across = !rollupRows(parent.formula, node.row, col);
      if (across && node.children.some((c) => off.has(key(rows[c].row, col)))) continue;
      if (across && parent.formula && referencedCells(parent.formula).some((c) => off.has(key(c.row, c.col)))) continue;
      let expected = 0;
      let any = false;
      let bad = false;
      for (const c of node.children) {
        const v = rolledRp(rows, c, gi);
        if (v === undefined) continue;
        if (v === null) bad = true;
        else {
          expected += v;
          any = true;
        }
      }
      // An empty parent cell states nothing: nothing to hold against its children.
      if (bad || parent.value === null) continue;
      const actual = parent.value;
      if (!any && actual === 0) continue;
      if (!sameAmount(actual, expected)) {
        rollups.push({ node: ni, col, expected, actual, childRows: node.children.map((c) => rows[c].row + 1) });
        off.add(key(node.row, col));
        for (let p: number | null = ni; p !== null; p = rows[p].parent) tainted.add(p);
      }
    }
  }
  rollups.sort((a, b) => a.node - b.node || a.col - b.col);
  return { rollups, tainted };
}

/**
 * Each Rp column where the total row states an amount other than the sum of the top-level rows' amounts. A column
 * where a top-level row already breaks its own roll-up is left: that row is where the error is (rollup-mismatch).
 */
function findTotals(
  view: SheetView, rows: FormRowAnalysis[], layout: FormLayout, totalRow: number, rollups: Rollup[], rpCols: number[],
): { col: number; expected: number; actual: number }[] {
  const out: { col: number; expected: number; actual: number }[] = [];
  layout.groups.forEach((g, gi) => {
    if (g.rp === undefined || !rpCols.includes(g.rp)) return;
    if (rollups.some((r) => r.col === g.rp && rows[r.node].parent === null)) return;
    const stated = valueAt(view, totalRow, g.rp);
    if (stated.value === null) return;
    let expected = 0;
    for (let ni = 0; ni < rows.length; ni++) {
      if (rows[ni].parent !== null) continue;
      const v = rolledRp(rows, ni, gi);
      if (v === null) return;
      expected += v ?? 0;
    }
    if (!sameAmount(stated.value, expected)) out.push({ col: g.rp, expected, actual: stated.value });
  });
  return out;
}

/**
 * A row's Rp in one column as a sum counts it: its own value; or, left empty on a parent (only the Sub Kegiatan rows
 * carry money), its children's sum; undefined when nothing is stated below either, null when a value is unreadable.
 */
function rolledRp(rows: FormRowAnalysis[], ni: number, gi: number): number | null | undefined {
  const v = rows[ni].rp.get(gi);
  if (v && v.reading.kind !== 'absent') return v.value;
  let total: number | undefined;
  for (const c of rows[ni].children) {
    const cv = rolledRp(rows, c, gi);
    if (cv === null) return null;
    if (cv !== undefined) total = (total ?? 0) + cv;
  }
  return total;
}

/** A roll-up formula on a parent row: the body rows it aggregates in its own column, or null. */
export function rollupRows(formula: string | undefined, row: number, col: number): { fn: string; rows: number[] } | null {
  if (!formula) return null;
  const agg = aggregationOf(formula);
  if (!agg || agg.cells.length === 0 || !agg.cells.every((c) => c.col === col && c.row !== row)) return null;
  return { fn: agg.fn, rows: agg.cells.map((c) => c.row) };
}

/** The value cells of a declaration on one row: the result and its terms (K or Rp). */
export function declarationCells(
  view: SheetView, layout: FormLayout, d: Declaration, row: number, part: 'k' | 'rp',
): { result: FormValue; terms: FormValue[] } | null {
  const res = groupByNumber(layout, d.result);
  const nums = d.kind === 'sum' ? d.terms : [d.numerator, d.denominator];
  const groups = nums.map((n) => groupByNumber(layout, n));
  if (!res || res[part] === undefined || groups.some((x) => !x || x[part] === undefined)) return null;
  return { result: valueAt(view, row, res[part]!), terms: groups.map((x) => valueAt(view, row, x![part]!)) };
}

function referencedCells(formula: string): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (const r of referencesOf(formula)) {
    if (r.sheet !== null || !Number.isFinite(r.range.bottom) || !Number.isFinite(r.range.right)) continue;
    if ((r.range.bottom - r.range.top + 1) * (r.range.right - r.range.left + 1) > 400) continue;
    for (let row = r.range.top; row <= r.range.bottom; row++) for (let col = r.range.left; col <= r.range.right; col++) out.push({ row, col });
  }
  return out;
}

/** The sheet area the form takes, header to footer: no LKj table is looked for inside it. */
export function formArea(form: FormAnalysis): Range {
  const l = form.layout;
  const footer = [l.footer.average?.row, l.footer.predicate?.row].filter((x): x is number => x !== undefined);
  return { top: l.headerTop, left: l.left, bottom: Math.max(l.bodyBottom, ...footer), right: l.right };
}

/**
 * Two numbered indicators in one cell whose value cells hold one measure each (`1. 80 2. 90`): each indicator takes
 * its own. A cell with one number stays shared (value-multiple tells).
 */
function splitShared(a: FormIndicatorAnalysis, index: number, count: number): void {
  const own = (v: FormValue | null): FormValue | null => {
    const parts = v && typeof v.raw?.value === 'string' ? numberedParts(v.raw.value) : null;
    if (!v || !parts || parts.length !== count) return v;
    const reading = readCell({ value: parts[index] });
    return { ...v, reading: { kind: 'multiple', measures: [] }, value: reading.kind === 'number' ? reading.measure.value : null };
  };
  a.target = own(a.target);
  a.renstraTarget = own(a.renstraTarget);
  a.lastRealisation = own(a.lastRealisation);
  a.annual = own(a.annual);
  a.statedCapaian = own(a.statedCapaian);
  a.statedCumulativeCapaian = own(a.statedCumulativeCapaian);
  a.statedCumulative = own(a.statedCumulative);
  a.quarters = a.quarters.map((q) => ({ quarter: q.quarter, value: own(q.value)! }));
}

/** `1. 80 % 2. 100 %` → [`80 %`, `100 %`]; null for a cell that is not a numbered list. */
export function numberedParts(text: string): string[] | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!/^1[.)]\s/.test(t)) return null;
  const parts = t.split(/(?:^|\s)(?=\d{1,2}[.)]\s)/).map((p) => p.replace(/^\d{1,2}[.)]\s*/, '').trim()).filter((p) => p !== '');
  return parts.length >= 2 ? parts : null;
}
