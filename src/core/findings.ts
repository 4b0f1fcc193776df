// Findings are data (SPEC §5): a stable code, a severity, the cell to fix, and the numbers behind it.
// Each code has its own data shape (FindingDataMap); a Finding is the union over codes, so a check can only
// report the data its code declares and a message can only read fields that exist.
import type { PeriodKind } from './detect/labels';
import type { FormFindingDataMap } from './renja/findings';

export type Severity = 'error' | 'warning' | 'info';

/** The value columns a finding may name. */
export type ColumnName =
  | 'indicator' | 'target' | 'quarter' | 'annual' | 'capaian' | 'pagu' | 'spent' | 'absorption' | 'average' | 'unit'
  | 'remaining' | 'remainingPercent' | 'initialPagu' | 'amount';

type Num = number | null;

/** What each code's finding carries. Every field a message must show is here; the message golden shows them. */
export interface FindingDataMap {
  'table-not-found': { lookedFor: string[]; sheets: string[]; undeclaredForms?: string[] };
  'column-missing': { column: ColumnName };
  'quarter-missing': { missing: string[]; period?: PeriodKind };
  'quarter-order': { order: string[]; period?: PeriodKind };
  'quarter-duplicate': { quarter: string; columns: string[]; period?: PeriodKind };
  'no-room-for-capaian': { column: string; next?: string };
  'value-unreadable': { text: string; column: ColumnName; date?: boolean };
  /** `alike`: a bare number beside the one in the indicator's unit (`36 dari 40 desa`): either may be meant. */
  'value-multiple': { values: (string | number)[]; used: Num; unit: string | null; alike?: boolean };
  'value-error': { error: string; formula: boolean };
  'value-negative': { value: number; column: ColumnName };
  'number-ambiguous': { read: Num };
  'number-notation-mixed': { examples: string[] };
  'unit-mismatch': { expected: string; actual: string };
  'unit-unknown': { word: string; suggestion: string | null };
  'percent-scale-mixed': { value: number };
  'annual-sum-mismatch': { expected: Num; actual: Num; unit: string | null; period?: PeriodKind; cumulative?: boolean };
  'annual-underivable': { last: Num; mean: Num; actual: Num; unit: string | null; period?: PeriodKind };
  'annual-missing': { derived: Num; period?: PeriodKind };
  'cumulative-decreasing': { previous: number; value: number };
  'target-missing': { indicator: string };
  'target-zero': { indicator: string };
  'realisation-missing': { indicator: string };
  'category-unscored': { target: string | null; realisation: string | null };
  'capaian-mismatch': { stated: number; computed: number; indicator?: string; year?: number | null };
  'capaian-unverifiable': { stated: number; reason: string };
  'capaian-implausible': { capaian: number; threshold: number };
  'pagu-missing': { group: string };
  'pagu-zero': { group: string };
  /** `scale`: what the columns' amounts are worth in rupiah where their header says (`Pagu (Rp 000)`: 1000); absent when it says none. */
  'spent-over-pagu': { pagu: number; spent: number; scale?: number };
  'absorption-mismatch': { stated: number; computed: number; cumulative?: boolean };
  'average-mismatch': { stated: number; computed: number; group: string | null; year?: number };
  'total-mismatch': { expected: Num; actual: Num; column: ColumnName };
  'cross-table-mismatch': {
    otherSheet: string; otherCell: string | null; field: 'target' | 'unit' | 'annual'; value: string; other: string; name: string;
  };
  'indicator-name-differs': { otherSheet: string; otherCell: string | null; otherName: string; name: string };
  'column-ambiguous': { role: 'target' | 'annual' | 'capaian'; columns: string[]; candidates: string[] };
  'polarity-inferred': { indicator: string; phrase: string; from?: 'target' | 'agreement' };
  'rollup-mismatch': { expected: number; actual: number; column: ColumnName; header: string; rows: number[]; scale?: number };
  'remaining-mismatch': { expected: number; actual: number; column: 'remaining' | 'remainingPercent'; scale?: number };
  // SPEC §11, the evaluation form (src/core/renja): data as the form's checks report it.
  'form-formula-mismatch': FormFindingDataMap['form-formula-mismatch'];
  'percent-summed': FormFindingDataMap['percent-summed'];
  'formula-inconsistent': FormFindingDataMap['formula-inconsistent'];
  'formula-constant': FormFindingDataMap['formula-constant'];
  'predicate-mismatch': FormFindingDataMap['predicate-mismatch'];
  /** missingHere: the indicator is in the other (reference) table and missing from this one. */
  'indicator-unmatched': { otherSheet: string; otherCell: string | null; name: string; missingHere: boolean; sheet: string };
}

export type FindingCode = keyof FindingDataMap;
export type DataOf<C extends FindingCode> = FindingDataMap[C];

const CODES: { [C in FindingCode]: true } = {
  'table-not-found': true, 'column-missing': true, 'quarter-missing': true, 'quarter-order': true, 'quarter-duplicate': true,
  'no-room-for-capaian': true, 'value-unreadable': true, 'value-multiple': true, 'value-error': true, 'value-negative': true,
  'number-ambiguous': true, 'number-notation-mixed': true, 'unit-mismatch': true, 'unit-unknown': true, 'percent-scale-mixed': true,
  'annual-sum-mismatch': true, 'annual-underivable': true, 'annual-missing': true, 'cumulative-decreasing': true,
  'target-missing': true, 'target-zero': true, 'realisation-missing': true, 'category-unscored': true, 'capaian-mismatch': true,
  'capaian-unverifiable': true, 'capaian-implausible': true, 'pagu-missing': true, 'pagu-zero': true, 'spent-over-pagu': true,
  'absorption-mismatch': true, 'average-mismatch': true, 'total-mismatch': true, 'cross-table-mismatch': true,
  'indicator-name-differs': true, 'indicator-unmatched': true,
  'column-ambiguous': true, 'polarity-inferred': true, 'rollup-mismatch': true, 'remaining-mismatch': true,
  'form-formula-mismatch': true, 'percent-summed': true, 'formula-inconsistent': true, 'formula-constant': true, 'predicate-mismatch': true,
};

/** Every code, in the SPEC's order. */
export const FINDING_CODES = Object.keys(CODES) as FindingCode[];

export interface FindingOf<C extends FindingCode> {
  code: C;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell to fix. */
  cell: string;
  data: DataOf<C>;
}

/** A finding of any code: a discriminated union on `code`. */
export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts by severity, then sheet order as given, then row and column; drops exact repeats. */
export function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  // Repeats share code, sheet and cell; only those few have their data compared.
  const seen = new Map<string, Finding[]>();
  const unique = findings.filter((f) => {
    const k = `${f.code}|${f.sheet}|${f.cell}`;
    const same = seen.get(k);
    if (same === undefined) {
      seen.set(k, [f]);
      return true;
    }
    const data = JSON.stringify(f.data);
    if (same.some((g) => JSON.stringify(g.data) === data)) return false;
    same.push(f);
    return true;
  });
  const sheetIndex = new Map(sheetOrder.map((name, i) => [name, i]));
  const keyed = unique.map((f) => {
    const m = /^([A-Z]+)(\d+)$/.exec(f.cell);
    return { f, sev: SEVERITY_ORDER[f.severity], sheet: sheetIndex.get(f.sheet) ?? -1, row: m ? Number(m[2]) : 0, colLen: m ? m[1].length : 0, col: m ? m[1] : '' };
  });
  keyed.sort((a, b) => a.sev - b.sev || a.sheet - b.sheet || a.row - b.row || a.colLen - b.colLen || (a.col < b.col ? -1 : a.col > b.col ? 1 : 0));
  return keyed.map((k) => k.f);
}
