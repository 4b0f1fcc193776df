// What analysis knows about a table: each value cell read, each indicator and group computed.
import { Notation } from '../read/number';
import { Measure, Reading } from '../read/cell';
import { Unit } from '../read/units';
import { TableLayout } from '../detect/layout';
import { Polarity } from '../settings';

export type ColumnKind =
  | 'target' | 'quarter' | 'annual' | 'capaian' | 'pagu' | 'spent' | 'absorption' | 'average' | 'unit'
  | 'remaining' | 'remainingPercent' | 'initialPagu' | 'amount';

export interface ValueCell {
  /** Where the value lives (a merge's top-left), 0-based. */
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly column: ColumnKind;
  readonly reading: Reading;
  readonly formula: boolean;
  /**
   * The decimals a stated percentage is printed with (its text, or its number format); null when unknown. An ambiguous
   * numeral's are set once the table's reading of it is decided (resolveAmbiguous).
   */
  decimals: number | null;
  /** How an ambiguous numeral (`1.905`) was decided. */
  /**
   * How an ambiguous numeral was decided: by its unit, by the table's notation, by the table's notation proved only in
   * columns a recalculation writes (`transient`: gone once they are written, so nothing computed from it is written),
   * or by the Indonesian fallback.
   */
  resolution?: 'unit' | 'table' | 'transient' | 'fallback';
}

export type Value =
  | { kind: 'number'; value: number }
  | { kind: 'category'; category: string; score: number | null }
  | { kind: 'range'; low: number; high: number }
  | { kind: 'absent' }
  | { kind: 'invalid' };

export type CapaianStatus =
  | 'computed' | 'target-missing' | 'target-zero' | 'realisation-missing' | 'category-unscored' | 'invalid'
  /** A column it depends on is ambiguous (SPEC §10.5). */
  | 'ambiguous'
  /** Its target or realisation is a fraction (0.87) among whole percentages (85): which scale is meant is unsure. */
  | 'scale-mixed';

/** Another year's group of one indicator (SPEC §10.3): checked, never written. */
export interface YearAnalysis {
  year: number;
  target: ValueCell | null;
  annual: ValueCell | null;
  stated: ValueCell | null;
  targetValue: Value;
  annualValue: Value;
  capaian: number | null;
  statedCapaian: number | null;
}

export interface QuarterSummary {
  /** Present quarter values in label order (null where absent). */
  values: (number | null)[];
  sum: number | null;
  last: number | null;
  /** The label of the last present quarter, 0–3. */
  lastQuarter: number | null;
  mean: number | null;
  cumulative: boolean;
  /** Every present quarter is a readable number, and their sum a finite one. */
  complete: boolean;
}

export interface IndicatorAnalysis {
  row: number;
  name: string;
  objective: string;
  no: string;
  unit: Unit | null;
  polarity: Polarity;
  /**
   * What made the polarity negative when no Polaritas column or setting says: a phrase of the name, the target's
   * bound, or the bound of its target in the Perjanjian Kinerja (the agreement table of the workbook).
   */
  /** `at`: the target cell stating the bound, when it is another year's (`≤ 1,5%` under 2024). */
  polarityInferredFrom: { phrase: string; from: 'name' | 'target' | 'agreement'; at?: { row: number; col: number } } | null;
  /** Other years' groups, oldest first. */
  years: YearAnalysis[];
  /** Columns of other years, read for display only. */
  history: { year: number | null; role: string; cell: ValueCell }[];
  unitCell: ValueCell | null;
  target: ValueCell | null;
  targetValue: Value;
  /** Indexed by period label (0 = Triwulan I, Semester I or January), the first column of each label. */
  quarters: (ValueCell | null)[];
  quarterValues: Value[];
  quarterSummary: QuarterSummary | null;
  annual: ValueCell | null;
  annualValue: Value;
  /** The realisation capaian is computed from. */
  realisation: Value;
  capaian: number | null;
  status: CapaianStatus;
  stated: ValueCell | null;
  statedCapaian: number | null;
  /** Where the capaian is stated or would be written. */
  capaianCell: { row: number; col: number } | null;
}

export interface GroupAnalysis {
  name: string;
  no: string;
  /** The row's code in a hierarchy (budget-only tables), e.g. `1.02.01`. */
  code: string;
  /** The parent row's group in the hierarchy, if any. */
  parent: GroupAnalysis | null;
  children: GroupAnalysis[];
  /** Sisa and % Sisa as stated. */
  remaining: ValueCell | null;
  remainingPercent: ValueCell | null;
  /** Every rupiah cell of the row by column (pagu, Pagu Awal, spent, Sisa, monthly spending). */
  amounts: Map<number, ValueCell>;
  rows: number[];
  indicators: IndicatorAnalysis[];
  pagu: ValueCell | null;
  paguValue: number | null;
  spent: ValueCell | null;
  spentValue: number | null;
  /** A budget-only row's spending per period, summed (null without period columns or values). */
  periodSpent: number | null;
  /** The spent cell is empty and spentValue is periodSpent (annual-missing tells). */
  spentDerived: boolean;
  absorptionCell: ValueCell | null;
  statedAbsorption: number | null;
  absorption: number | null;
  averageCell: ValueCell | null;
  statedAverage: number | null;
  average: number | null;
}

export interface SummaryAnalysis {
  row: number;
  kind: 'total' | 'average';
  cells: ValueCell[];
  /** Every rupiah cell of the row by column. */
  amounts: Map<number, ValueCell>;
  /** The row's capaian cell of each other year group (`Tahun 2024` › `Capaian`): that year's mean, checked too. */
  years: { year: number; cell: ValueCell }[];
}

/** A subtotal row inside a table's body (layout.subtotalRows): its pagu and spent cells and every rupiah cell. */
export interface SubtotalAnalysis {
  row: number;
  cells: ValueCell[];
  amounts: Map<number, ValueCell>;
  /** Its % anggaran cell, and that percentage from its own pagu and spent (null where they do not give one). */
  absorptionCell: ValueCell | null;
  absorption: number | null;
}

export interface TableAnalysis {
  layout: TableLayout;
  indicators: IndicatorAnalysis[];
  groups: GroupAnalysis[];
  /** Every value cell read, once each. */
  cells: ValueCell[];
  /** The notations the table's numbers prove unambiguously. */
  notations: Set<Notation>;
  /**
   * Where the notation that decided an ambiguous numeral is proved only by stated percentages (columns a
   * recalculation writes): those cells, by `row:col`, with their stated percentages. One that agrees is not written,
   * so that the copy still proves it.
   */
  notationEvidence?: Map<string, number>;
  capaian: number | null;
  /** Where capaian goes; isNew for a column Cermat adds right of the table. */
  capaianColumn: { col: number; isNew: boolean } | null;
  /** A capaian table without a capaian column and no room to add one: the column right of it holds something, or it
   * is the only empty column before a header beside the table's (adding one would join a table beside it). */
  noRoomForCapaian: false | 'occupied' | 'joins';
  summary: SummaryAnalysis | null;
  /** Budget tables: the subtotal rows in the body, top to bottom. */
  subtotals: SubtotalAnalysis[];
  /** Budget tables: pagu and spent summed over the top-level groups (a hierarchy's children counted in their parent). */
  totals: { pagu: number; spent: number; absorption: number | null } | null;
}

/** The single measure a value cell contributes for an indicator of `unit`, if exactly one fits. */
export function measureFor(reading: Reading, unit: Unit | null): Measure | null {
  if (reading.kind === 'number') return reading.measure;
  if (reading.kind === 'multiple' && unit) {
    const fit = reading.measures.filter((m) => m.unit?.name === unit.name);
    // A bare number beside it may be in the same unit (`36 dari 40 desa`: 36 of 40; `85, 5%`: a stray space): which
    // is meant is not sure, and none is taken (the one with the unit had been, 100 % and 5.56 % written).
    if (fit.length === 1 && reading.measures.some((m) => m.unit === null)) return null;
    return fit.length === 1 ? fit[0] : null;
  }
  return null;
}

/** A rupiah amount a cell holds (a bare number or one in rupiah), or null. */
export function amountOf(cell: ValueCell | null | undefined): number | null {
  if (!cell || cell.reading.kind !== 'number') return null;
  const m = cell.reading.measure;
  if (m.unit && m.unit.name !== 'rupiah') return null;
  return m.value;
}

/**
 * A group's amount as a total counts it: its own, or — a heading without an amount of its own over rows that carry
 * theirs (`Program …` over its Kegiatan) — its children's sum; null when neither is known.
 */
export function rolledAmount(g: GroupAnalysis, own: (g: GroupAnalysis) => number | null): number | null {
  const value = own(g);
  if (value !== null || g.children.length === 0) return value;
  let total = 0;
  for (const c of g.children) {
    const v = rolledAmount(c, own);
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** A heading row's group: no indicator, no rupiah of its own, nothing under it (`I. Sasaran …` over numbered rows). */
export function isBareHeading(g: GroupAnalysis): boolean {
  return g.indicators.length === 0 && g.children.length === 0 && g.pagu === null && g.spent === null && [...g.amounts.values()].every((c) => amountOf(c) === null);
}
