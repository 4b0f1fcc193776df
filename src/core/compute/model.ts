// What analysis knows about a table: each value cell read, each indicator and group computed.
import { Notation } from '../read/number';
import { Measure, Reading } from '../read/cell';
import { Unit } from '../read/units';
import { TableLayout } from '../detect/layout';
import { Polarity } from '../settings';

export type ColumnKind = 'target' | 'quarter' | 'annual' | 'capaian' | 'pagu' | 'spent' | 'absorption' | 'average' | 'unit';

export interface ValueCell {
  /** Where the value lives (a merge's top-left), 0-based. */
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly column: ColumnKind;
  readonly reading: Reading;
  readonly formula: boolean;
  /** How an ambiguous numeral (`1.905`) was decided. */
  resolution?: 'unit' | 'table' | 'fallback';
}

export type Value =
  | { kind: 'number'; value: number }
  | { kind: 'category'; category: string; score: number | null }
  | { kind: 'range'; low: number; high: number }
  | { kind: 'absent' }
  | { kind: 'invalid' };

export type CapaianStatus =
  | 'computed' | 'target-missing' | 'target-zero' | 'realisation-missing' | 'category-unscored' | 'invalid';

export interface QuarterSummary {
  /** Present quarter values in label order (null where absent). */
  values: (number | null)[];
  sum: number | null;
  last: number | null;
  /** The label of the last present quarter, 0–3. */
  lastQuarter: number | null;
  mean: number | null;
  cumulative: boolean;
  /** Every present quarter is a readable number. */
  complete: boolean;
}

export interface IndicatorAnalysis {
  row: number;
  name: string;
  objective: string;
  no: string;
  unit: Unit | null;
  polarity: Polarity;
  unitCell: ValueCell | null;
  target: ValueCell | null;
  targetValue: Value;
  /** Indexed by quarter label (0 = Triwulan I), the first column of each label. */
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
  rows: number[];
  indicators: IndicatorAnalysis[];
  pagu: ValueCell | null;
  paguValue: number | null;
  spent: ValueCell | null;
  spentValue: number | null;
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
}

export interface TableAnalysis {
  layout: TableLayout;
  indicators: IndicatorAnalysis[];
  groups: GroupAnalysis[];
  /** Every value cell read, once each. */
  cells: ValueCell[];
  /** The notations the table's numbers prove unambiguously. */
  notations: Set<Notation>;
  capaian: number | null;
  /** Where capaian goes; isNew for a column Cermat adds right of the table. */
  capaianColumn: { col: number; isNew: boolean } | null;
  noRoomForCapaian: boolean;
  summary: SummaryAnalysis | null;
}

/** The single measure a value cell contributes for an indicator of `unit`, if exactly one fits. */
export function measureFor(reading: Reading, unit: Unit | null): Measure | null {
  if (reading.kind === 'number') return reading.measure;
  if (reading.kind === 'multiple' && unit) {
    const fit = reading.measures.filter((m) => m.unit?.name === unit.name);
    return fit.length === 1 ? fit[0] : null;
  }
  return null;
}
