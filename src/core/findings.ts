// Findings are data (SPEC §5): a stable code, a severity, the cell to fix, and the numbers behind it.

export type Severity = 'error' | 'warning' | 'info';

export const FINDING_CODES = [
  'table-not-found', 'column-missing', 'quarter-missing', 'quarter-order', 'quarter-duplicate', 'no-room-for-capaian',
  'value-unreadable', 'value-multiple', 'value-error', 'value-negative', 'number-ambiguous', 'number-notation-mixed',
  'unit-mismatch', 'unit-unknown', 'percent-scale-mixed',
  'annual-sum-mismatch', 'annual-underivable', 'annual-missing', 'cumulative-decreasing', 'target-missing', 'target-zero',
  'realisation-missing', 'category-unscored', 'capaian-mismatch', 'capaian-unverifiable', 'capaian-implausible',
  'pagu-missing', 'pagu-zero', 'spent-over-pagu', 'absorption-mismatch', 'average-mismatch', 'total-mismatch',
  'cross-table-mismatch', 'indicator-name-differs', 'indicator-unmatched',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export type DataValue = string | number | boolean | null | (string | number | null)[];
export type FindingData = Record<string, DataValue>;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell to fix. */
  cell: string;
  data: FindingData;
}

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
