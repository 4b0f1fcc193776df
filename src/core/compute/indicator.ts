// One indicator row: its unit, its values, the annual from quarters and its capaian (SPEC §3.2, §4).
import { SheetView } from '../grid';
import { TableLayout } from '../detect/layout';
import { Reading } from '../read/cell';
import { lookupUnit, PERCENT, isAdditive, suggestUnit, Unit, unitInName } from '../read/units';
import { normaliseName } from '../names';
import { Polarity, Settings } from '../settings';
import { categoryBand, categoryScore } from './scales';
import { CellReader } from './cells';
import { capaianOf, isZero, rangeCapaian, round2 } from './math';
import { CapaianStatus, IndicatorAnalysis, measureFor, QuarterSummary, Value, ValueCell, YearAnalysis } from './model';
import { PERIOD_COUNT } from '../detect/layout';

/** Values carry no identity: the two without data are shared. */
const ABSENT: Value = Object.freeze({ kind: 'absent' });
const INVALID: Value = Object.freeze({ kind: 'invalid' });
/**
 * An indicator's lists until it has some of its own (its quarter values, years and history, filled by later steps of
 * the analysis): one shared, frozen empty array, not three per indicator that lived until the step replaced them.
 */
const NONE: readonly never[] = Object.freeze([]);

export interface RowContext {
  view: SheetView;
  layout: TableLayout;
  reader: CellReader;
  settings: Settings;
  objective: string;
  no: string;
  /** Indicators whose Perjanjian Kinerja target is an upper bound, by normalised name, with the bound's words. */
  agreementBounds?: ReadonlyMap<string, string>;
}

/** Reads the row's cells and picks the indicator's unit; numbers are decided later, table-wide. */
export function readIndicator(row: number, ctx: RowContext): IndicatorAnalysis {
  const { view, layout, reader } = ctx;
  const cols = layout.columns.single;
  const quarters: (ValueCell | null)[] = new Array(PERIOD_COUNT[layout.columns.periodKind]).fill(null);
  const quarterColumns = layout.columns.quarters;
  for (let i = 0; i < quarterColumns.length; i++) {
    const q = quarterColumns[i];
    const cell = reader.read(row, q.col, 'quarter');
    if (quarters[q.quarter] === null) quarters[q.quarter] = cell;
  }
  const unitCell = cols.unit !== undefined ? reader.read(row, cols.unit, 'unit') : null;
  const target = reader.read(row, cols.target, 'target');
  const annual = reader.read(row, cols.annual, 'annual');
  // With two capaian candidates none is the stated capaian (SPEC §10.5): both are read below, for their values only.
  const stated = layout.columns.ambiguous.some((a) => a.role === 'capaian') ? null : reader.read(row, cols.capaian, 'capaian');
  // Candidates of an ambiguous role are read too, so that their values are still checked (SPEC §10.5).
  for (const a of layout.columns.ambiguous) for (const col of a.cols) reader.read(row, col, a.role === 'capaian' ? 'capaian' : a.role === 'annual' ? 'annual' : 'target');
  const name = view.text(row, cols.indicator ?? layout.left);
  // A bound in another year's target of the row (`≤ 1,5%` under 2024, `1%` under 2025) says the same of the indicator:
  // it had been read positive, 80 % written over a right 120 %.
  let bounded = target;
  if (boundOf(target) === undefined) {
    for (const g of layout.columns.yearGroups) {
      const other = reader.read(row, g.target, 'target');
      if (boundOf(other) !== undefined) {
        bounded = other;
        break;
      }
    }
  }
  const { polarity, inferredFrom } = polarityOf(view, row, cols.polarity, name, bounded, cols.target, ctx.settings, ctx.agreementBounds);
  const unit = indicatorUnit(unitCell, target, quarters, annual, layout) ?? unitInName(name);
  return {
    row, name, objective: ctx.objective, no: ctx.no, unit, polarity, polarityInferredFrom: inferredFrom, years: NONE as unknown as YearAnalysis[], history: NONE as unknown as IndicatorAnalysis['history'], unitCell, target,
    targetValue: ABSENT, quarters, quarterValues: NONE as unknown as Value[], quarterSummary: null,
    annual, annualValue: ABSENT, realisation: ABSENT,
    capaian: null, status: 'invalid', stated, statedCapaian: null, capaianCell: null,
  };
}

/**
 * The indicator's polarity: `--polarity` first, then its Polaritas cell, then a target stated as a bound (`Maks. 5
 * hari`, `≤ 5%`: lower is better; `≥ 80%`: higher is), then its Perjanjian Kinerja target's upper bound, then —
 * without a Polaritas column — its name (SPEC §10.7). Inferred ones say from what.
 */
function polarityOf(
  view: SheetView, row: number, col: number | undefined, name: string, target: ValueCell | null, ownTargetCol: number | undefined, settings: Settings,
  agreementBounds: ReadonlyMap<string, string> | undefined,
): { polarity: Polarity; inferredFrom: IndicatorAnalysis['polarityInferredFrom'] } {
  const overrides = settings.polarityOverrides;
  for (const _ in overrides) {
    const override = overrides[normaliseName(name)];
    if (override) return { polarity: override, inferredFrom: null };
    break;
  }
  const t = col === undefined ? '' : view.text(row, col).toLowerCase().trim();
  if (t === '') {
    // A blank Polaritas cell states nothing: the target's bound may. The name is read only without the column.
    const bound = boundOf(target);
    if (bound !== undefined) {
      if (bound.side !== 'max') return { polarity: 'positive', inferredFrom: null };
      return { polarity: 'negative', inferredFrom: { phrase: bound.words, from: 'target', ...(target!.col !== ownTargetCol ? { at: { row: target!.row, col: target!.col } } : {}) } };
    }
    const agreed = agreementBounds?.get(normaliseName(name));
    if (agreed !== undefined) return { polarity: 'negative', inferredFrom: { phrase: agreed, from: 'agreement' } };
    if (col !== undefined) return { polarity: 'positive', inferredFrom: null };
    const phrase = settings.inferPolarity ? negativePhraseOf(name) : null;
    return { polarity: phrase ? 'negative' : 'positive', inferredFrom: phrase === null ? null : { phrase, from: 'name' } };
  }
  return { polarity: isNegativePolarity(t) ? 'negative' : 'positive', inferredFrom: null };
}

function boundOf(target: ValueCell | null) {
  return target !== null && target.reading.kind === 'number' ? target.reading.measure.bound : undefined;
}

const NEGATIVE_POLARITY_WORDS = new Set(['negatif', 'negative', '-', '\u2212', '\u2193', 'minimal', 'minimize', 'minimise', 'minimum', 'min', 'menurun', 'turun']);

/**
 * A Polaritas cell as offices write it: `Negatif`, `Negatif (-)`, `(-)`, `-`, `Minimal`, `Menurun`, `Semakin kecil
 * semakin baik` (`Negatif (-)` had read as positive: a right 112.50 % rewritten as 87.50 %).
 */
function isNegativePolarity(text: string): boolean {
  const first = text.replace(/[()[\]]/g, ' ').trim().split(/\s+/)[0].replace(/[.:]$/, '');
  return NEGATIVE_POLARITY_WORDS.has(first) || /^semakin (?:kecil|rendah|sedikit)/.test(text);
}

/** SPEC §10.7: names of things that should fall. */
const NEGATIVE_PHRASES = [
  'angka kematian', 'angka kesakitan', 'prevalensi', 'tingkat pengangguran', 'angka kemiskinan', 'persentase penduduk miskin',
  'angka putus sekolah', 'indeks gini', 'rasio gini', 'tingkat kriminalitas', 'jumlah kecelakaan', 'fatalitas',
  'waktu penyelesaian', 'lama waktu', 'inflasi', 'tunggakan', 'stunting', 'gizi buruk',
  // Their near-synonyms as Pemda LKjIP write them (`Tingkat Kemiskinan`, `Angka kriminalitas`, `Jumlah kematian ibu`).
  'tingkat kemiskinan', 'jumlah penduduk miskin', 'angka kriminalitas', 'angka kecelakaan', 'jumlah kematian',
  'indeks williamson', 'rawan pangan', 'waktu tanggap', 'waktu tunggu',
  'kemiskinan ekstrem', 'persentase kemiskinan', 'kedalaman kemiskinan', 'keparahan kemiskinan', 'gizi kurang',
  // Audit findings: fewer is better (`Jumlah temuan BPK`: Nihil read as 0 had written 0 %).
  'jumlah temuan', 'temuan bpk', 'temuan pemeriksaan', 'temuan audit',
  // A response time is a duration, whatever it responds to (`Response time penanganan kebakaran`: 15 → 14 menit).
  'response time', 'waktu respon', 'waktu respons',
];
/** …unless the name is about the fall of it… */
const ABOUT_THE_FALL = /\b(penurunan|menurun|berkurang|pengurangan|ditangani|tertangani|diselesaikan|terselesaikan|dicegah|menurunnya|berkurangnya|turunnya)\b/;
/**
 * …or about its handling, its coverage or its result: `Cakupan penanganan gizi buruk`, `… yang mendapat perawatan`,
 * `desa bebas stunting`, `tunggakan … yang tertagih`, `Indeks pengendalian inflasi` — or those affected reached
 * (`… yang menerima bantuan`); but a duration stays one (`lama waktu pelayanan`, below).
 */
const ABOUT_THE_HANDLING = new RegExp('\\b(' + [
  'penanganan', 'cakupan', 'perawatan', 'bebas', 'tertagih', 'penagihan', 'pengendalian', 'terkendali', 'pencegahan',
  'penanggulangan', 'tertanggulangi', 'pengentasan', 'penyelesaian',
  'mendapat', 'mendapatkan', 'menerima', 'memperoleh', 'intervensi', 'pelayanan', 'dilayani', 'terlayani', 'ditindaklanjuti', 'tindak lanjut',
].join('|') + ')\\b');

/** Each phrase's pattern, compiled once (not once per indicator name). */
const NEGATIVE_PATTERNS = NEGATIVE_PHRASES.map((phrase) => ({ phrase, pattern: new RegExp(`\\b${phrase}\\b`) }));
/** Any of the phrases, in one pattern. */
const ANY_NEGATIVE = new RegExp(`\\b(?:${NEGATIVE_PHRASES.join('|')})\\b`);
/** The phrases naming a duration: never overridden by the handling words after them. */
const DURATION_PATTERNS = NEGATIVE_PATTERNS.filter(({ phrase }) => /\bwaktu\b|\btime\b/.test(phrase));

/** The phrase that makes an indicator's name negative (lower is better), or null. */
export function negativePhraseOf(name: string): string | null {
  const n = normaliseName(name);
  // Most names hold none of the phrases: one scan says so (not one per phrase, run for every indicator).
  if (!ANY_NEGATIVE.test(n)) return null;
  if (ABOUT_THE_FALL.test(n)) return null;
  // A duration is lower-is-better whatever it is the duration of (`lama waktu pelayanan`, `waktu penyelesaian …`).
  for (const { phrase, pattern } of DURATION_PATTERNS) if (pattern.test(n)) return phrase;
  if (ABOUT_THE_HANDLING.test(n)) return null;
  for (const { phrase, pattern } of NEGATIVE_PATTERNS) if (pattern.test(n)) return phrase;
  return null;
}

/** SPEC §3.2: the Satuan column, the target, the first realisation with a unit, a `(%)` header hint. */
function indicatorUnit(
  unitCell: ValueCell | null, target: ValueCell | null, quarters: (ValueCell | null)[], annual: ValueCell | null, layout: TableLayout,
): Unit | null {
  if (unitCell) {
    const text = unitText(unitCell.reading);
    const unit = text ? lookupUnit(text) ?? suggestUnit(text) : null;
    if (unit) return unit;
  }
  const fromTarget = unitOfCell(target);
  if (fromTarget) return fromTarget;
  for (let q = 0; q < quarters.length; q++) {
    const u = unitOfCell(quarters[q]);
    if (u) return u;
  }
  const fromAnnual = unitOfCell(annual);
  if (fromAnnual) return fromAnnual;
  const hints = layout.columns.percentHint;
  if (hints.size === 0) return null;
  let hinted = (target !== null && hints.has(target.col)) || (annual !== null && hints.has(annual.col));
  for (let q = 0; q < quarters.length && !hinted; q++) hinted = quarters[q] !== null && hints.has(quarters[q]!.col);
  return hinted ? PERCENT : null;
}

function unitOfCell(c: ValueCell | null): Unit | null {
  if (c === null) return null;
  if (c.reading.kind === 'number') return c.reading.measure.unit;
  if (c.reading.kind === 'range') return c.reading.low.unit;
  return null;
}

export function unitText(reading: Reading): string | null {
  if (reading.kind === 'unreadable') return reading.text;
  if (reading.kind === 'category') return reading.category;
  if (reading.kind === 'number' && reading.measure.unit) return reading.measure.unit.name;
  return null;
}

/** The value a cell gives this indicator: invalid when its unit differs from the indicator's (see unitMismatchOf). */
export function valueOf(cell: ValueCell | null, unit: Unit | null): Value {
  if (!cell) return ABSENT;
  const r = cell.reading;
  switch (r.kind) {
    case 'absent':
      return ABSENT;
    case 'category':
      return { kind: 'category', category: r.category, score: r.score };
    case 'range':
      return { kind: 'range', low: r.low.value, high: r.high.value };
    case 'error':
    case 'unreadable':
      return INVALID;
    default: {
      const m = measureFor(r, unit);
      if (!m) return INVALID;
      if (unitMismatchOf(cell, unit)) return INVALID;
      // A bare number takes the Satuan's scale (`Juta Rupiah`); one typed with its `Rp` is a whole amount.
      return { kind: 'number', value: m.unit === null && unit?.scale !== undefined ? m.value * unit.scale : m.value };
    }
  }
}

/** A number cell whose unit is not the indicator's: the fact unit-mismatch reports and capaian refuses. */
export function unitMismatchOf(cell: ValueCell | null, unit: Unit | null): { expected: string; actual: string } | null {
  if (cell === null || unit === null || cell.reading.kind !== 'number') return null;
  const u = cell.reading.measure.unit;
  return u && u.name !== unit.name ? { expected: unit.name, actual: u.name } : null;
}

/** Fills in values, the quarter summary, the realisation used and the capaian. */
export function computeIndicator(ind: IndicatorAnalysis, layout: TableLayout, settings: Settings): void {
  ind.targetValue = valueOf(ind.target, ind.unit);
  ind.quarterValues = ind.quarters.map((q) => valueOf(q, ind.unit));
  ind.annualValue = valueOf(ind.annual, ind.unit);
  ind.statedCapaian = statedPercent(ind.stated);
  ind.quarterSummary = layout.columns.quarters.length > 0 ? summariseQuarters(ind.quarterValues, layout) : null;
  ind.realisation = realisationOf(ind);
  if (layout.columns.ambiguous.some((a) => a.role === 'target' || a.role === 'annual')) {
    // SPEC §10.5: no capaian that depends on an ambiguous column.
    ind.capaian = null;
    ind.status = 'ambiguous';
    return;
  }
  const { capaian, status } = capaianFor(ind.targetValue, ind.realisation, ind.polarity, settings);
  ind.capaian = capaian;
  ind.status = status;
  // SPEC §10.5: a target or realisation of 0.87 beside 85 in a % row (percent-scale-mixed) gives no certain capaian —
  // 1.02 % had been written over a right 102.35 %.
  if (capaian !== null) {
    const mixed = percentScaleFractions(ind);
    if (mixed.some((c) => c === ind.target || c === ind.annual) || (ind.annual === null && mixed.length > 0)) {
      ind.capaian = null;
      ind.status = 'scale-mixed';
    }
  }
}

/**
 * A year group of another year (SPEC §10.3): its target, realisation and capaian, computed like this year's.
 * After computeIndicator(ind): a cell of this year's own (the reporting year's group) keeps the value found for it.
 */
export function computeYear(ind: IndicatorAnalysis, year: number, target: ValueCell | null, annual: ValueCell | null, stated: ValueCell | null, settings: Settings): YearAnalysis {
  const targetValue = target !== null && target === ind.target ? ind.targetValue : valueOf(target, ind.unit);
  const annualValue = annual !== null && annual === ind.annual ? ind.annualValue : valueOf(annual, ind.unit);
  const { capaian } = capaianFor(targetValue, annualValue, ind.polarity, settings);
  return { year, target, annual, stated, targetValue, annualValue, capaian, statedCapaian: statedPercent(stated) };
}

/** A stated percentage (capaian, absorption, average) as a number of percent, or null. */
export function statedPercent(cell: ValueCell | null): number | null {
  if (!cell) return null;
  const m = measureFor(cell.reading, PERCENT);
  if (!m || (m.unit && m.unit.name !== '%')) return null;
  return m.value;
}

function summariseQuarters(values: Value[], layout: TableLayout): QuarterSummary {
  const nums: (number | null)[] = new Array(values.length).fill(null);
  let sum = 0;
  let present = 0;
  let complete = true;
  let lastQuarter: number | null = null;
  for (let q = 0; q < values.length; q++) {
    const v = values[q];
    if (v.kind === 'number') {
      nums[q] = v.value;
      sum += v.value;
      present++;
      lastQuarter = q;
    } else if (v.kind !== 'absent') {
      complete = false;
    }
  }
  let cumulative = false;
  const columns = layout.columns.quarters;
  for (let i = 0; i < columns.length && !cumulative; i++) cumulative = columns[i].cumulative;
  // Quarters past what a double holds (1.7e308 twice) have no sum: none is used, nor any realisation from them; their
  // mean is still one, taken a quarter at a time.
  const summable = Number.isFinite(sum);
  let mean = present ? sum / present : null;
  if (present && !summable) {
    mean = 0;
    for (const v of nums) if (v !== null) mean += v / present;
  }
  return {
    values: nums,
    sum: present && summable ? sum : null,
    last: lastQuarter === null ? null : nums[lastQuarter],
    lastQuarter,
    mean: mean === null ? null : round2(mean),
    cumulative,
    complete: complete && summable,
  };
}

/** The annual cell when present; else the annual derived from the quarters. */
function realisationOf(ind: IndicatorAnalysis): Value {
  if (ind.annualValue.kind !== 'absent') return ind.annualValue;
  const qs = ind.quarterSummary;
  if (!qs) return ABSENT;
  if (qs.last === null) {
    // No numeric quarter: the last category quarter, else nothing usable (or nothing at all).
    let invalid = false;
    for (let q = ind.quarterValues.length - 1; q >= 0; q--) {
      const v = ind.quarterValues[q];
      if (v.kind === 'category') return v;
      if (v.kind === 'invalid') invalid = true;
    }
    return invalid ? INVALID : ABSENT;
  }
  if (!qs.complete) return INVALID;
  return { kind: 'number', value: !qs.cumulative && isAdditive(ind.unit) ? qs.sum! : qs.last };
}

function numberOf(v: Value): number | null {
  if (v.kind === 'number') return v.value;
  if (v.kind === 'category') return v.score;
  return null;
}

/** The capaian of a target against the realisation used, and why there is none. */
function capaianFor(t: Value, r: Value, polarity: Polarity, settings: Settings): { capaian: number | null; status: CapaianStatus } {
  if (t.kind === 'absent') return { capaian: null, status: 'target-missing' };
  if (t.kind === 'invalid' || r.kind === 'invalid') return { capaian: null, status: 'invalid' };
  if (r.kind === 'absent') return { capaian: null, status: 'realisation-missing' };
  if (r.kind === 'range') return { capaian: null, status: 'invalid' };
  if (t.kind === 'number' && t.value < 0) return { capaian: null, status: 'invalid' };
  if (r.kind === 'number' && r.value < 0) return { capaian: null, status: 'invalid' };
  if (t.kind === 'range') {
    const rv = numberOf(r);
    if (rv === null) return { capaian: null, status: 'category-unscored' };
    const c = rangeCapaian(t.low, t.high, rv, polarity, settings);
    return c === null ? { capaian: null, status: 'target-zero' } : { capaian: c, status: 'computed' };
  }
  // An unscored target category takes its scale's band as a range target: `Baik` against `Baik (88)` is 100.
  const band = t.kind === 'category' && t.score === null ? categoryBand(t.category, settings) : null;
  const bandR = r.kind === 'category' ? r.score ?? categoryScore(r.category, settings) : r.kind === 'number' ? r.value : null;
  if (band && bandR !== null && band.min !== band.max) {
    const c = rangeCapaian(band.min, band.max, bandR, polarity, settings);
    return c === null ? { capaian: null, status: 'category-unscored' } : { capaian: c, status: 'computed' };
  }
  let tv = numberOf(t);
  let rv = numberOf(r);
  if (t.kind === 'category' || r.kind === 'category') {
    tv ??= t.kind === 'category' ? categoryScore(t.category, settings) : null;
    rv ??= r.kind === 'category' ? categoryScore(r.category, settings) : null;
    if (tv === null || rv === null) return { capaian: null, status: 'category-unscored' };
  }
  if (tv === null || rv === null) return { capaian: null, status: 'invalid' };
  const c = capaianOf(tv, rv, polarity, settings);
  if (c === null) return { capaian: null, status: isZero(tv) && !(polarity === 'negative' && settings.negativeFormula === 't-over-r') ? 'target-zero' : 'invalid' };
  return { capaian: c, status: 'computed' };
}

/** SPEC §3.2: the fractions (0 < v ≤ 1, numeric, no percent format) of a % row whose other values exceed 1. */
export function percentScaleFractions(ind: IndicatorAnalysis): ValueCell[] {
  if (ind.unit === null || ind.unit.name !== '%') return [];
  const cells = [ind.target, ...ind.quarters, ind.annual];
  let whole = false;
  for (let i = 0; i < cells.length && !whole; i++) {
    const c = cells[i];
    whole = c !== null && c.reading.kind === 'number' && c.reading.measure.value > 1;
  }
  if (!whole) return [];
  const out: ValueCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === null || c.reading.kind !== 'number') continue;
    const m = c.reading.measure;
    if (m.numeric && !m.percentFormat && m.value > 0 && m.value <= 1) out.push(c);
  }
  return out;
}

/** A stated annual realisation beside readable quarters: what the annual checks compare. */
export function statedAnnual(ind: IndicatorAnalysis): { quarters: QuarterSummary; actual: number; cell: ValueCell } | null {
  const q = ind.quarterSummary;
  if (!q || !q.complete || q.last === null || ind.annualValue.kind !== 'number' || !ind.annual) return null;
  return { quarters: q, actual: ind.annualValue.value, cell: ind.annual };
}
