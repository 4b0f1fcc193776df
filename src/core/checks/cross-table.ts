// Across tables of one workbook (SPEC §5.6): realisation tables against the agreement (or II.15 against II.1),
// indicators matched by normalised name, then by a close name in the same position.
import { a1 } from '../grid';
import { IndicatorAnalysis, TableAnalysis, Value, ValueCell } from '../compute/model';
import { normaliseCategory } from '../read/category';
import { editDistance, nameWithoutUnit } from '../read/units';
import { sameAmount } from '../compute/math';
import { normaliseName } from '../names';
import { DataOf, Severity } from '../findings';
import { WorkbookCheck } from './check';

type CrossCode = 'cross-table-mismatch' | 'indicator-name-differs' | 'indicator-unmatched';

/** One fact of the comparison: the sheet and cell it sits on and its data; each code's check reports its own. */
export type CrossFact = { [C in CrossCode]: { code: C; sheet: string; cell: string; data: DataOf<C> } }[CrossCode];

/** The workbook check of one across-table code: it reports that code's facts of the shared comparison. */
export function crossTableCheck<C extends CrossCode>(code: C, severity: Severity): WorkbookCheck<C> {
  return {
    code,
    severity,
    workbook: true,
    check({ tables }, ctx) {
      for (const f of crossTableFacts(tables)) if (f.code === code) ctx.report(f.sheet, f.cell, f.data as DataOf<C>);
    },
  };
}

const MEMO = new WeakMap<TableAnalysis[], CrossFact[]>();

/**
 * SPEC §5.6: with an agreement table, each realisation table is compared with it; without one, each budget
 * table is compared with the first capaian table. Memoised per list of tables: three checks share one comparison.
 */
export function crossTableFacts(tables: TableAnalysis[]): CrossFact[] {
  const known = MEMO.get(tables);
  if (known) return known;
  const agreement = tables.find((t) => t.layout.kind === 'agreement');
  const capaian = tables.filter((t) => t.layout.kind === 'capaian');
  // A budget-only table (SPEC §10.4) has no indicators to compare.
  const budget = tables.filter((t) => t.layout.kind === 'budget' && !t.layout.budgetOnly);
  const out: CrossFact[] = [];
  if (agreement) {
    // An agreement dated with another year than a table's own (PK 2024 beside Tabel II.1 2025) is no reference for it.
    const year = agreement.layout.columns.reportingYear;
    const sameYear = (t: TableAnalysis) => year === null || t.layout.columns.reportingYear === null || t.layout.columns.reportingYear === year;
    for (const t of [...capaian, ...budget]) if (sameYear(t)) compareTables(t, agreement, false, out);
  } else if (capaian.length > 0) {
    for (const t of budget) compareTables(t, capaian[0], true, out);
  }
  MEMO.set(tables, out);
  return out;
}

/** Whether two indicator names differ only by typos: a small edit distance relative to their length. */
export function closeNames(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  const limit = Math.max(2, Math.floor(Math.min(x.length, y.length) * 0.08));
  return Math.abs(x.length - y.length) <= limit && editDistance(x, y, limit) <= limit;
}

/** A name as matched across tables: a unit in brackets at its end says nothing of which indicator it is. */
function matchKey(name: string): string {
  return normaliseName(nameWithoutUnit(name));
}

export function matchIndicators(subject: IndicatorAnalysis[], reference: IndicatorAnalysis[]): Map<IndicatorAnalysis, { other: IndicatorAnalysis; exact: boolean }> {
  const matched = new Map<IndicatorAnalysis, { other: IndicatorAnalysis; exact: boolean }>();
  const taken = new Set<IndicatorAnalysis>();
  const byName = new Map<string, IndicatorAnalysis[]>();
  for (const r of reference) {
    const k = matchKey(r.name);
    const same = byName.get(k);
    // Pushed, not copied: a name shared by many rows would make this quadratic.
    if (same) same.push(r);
    else byName.set(k, [r]);
  }
  for (const s of subject) {
    const same = byName.get(matchKey(s.name));
    const candidate = same?.find((r) => !taken.has(r));
    if (candidate) {
      matched.set(s, { other: candidate, exact: true });
      taken.add(candidate);
    }
  }
  for (let i = 0; i < subject.length; i++) {
    const s = subject[i];
    if (matched.has(s)) continue;
    const same = reference[i];
    if (same && !taken.has(same) && closeNames(s.name, same.name)) {
      matched.set(s, { other: same, exact: false });
      taken.add(same);
    }
  }
  return matched;
}

function compareTables(subject: TableAnalysis, reference: TableAnalysis, withRealisation: boolean, out: CrossFact[]): void {
  const report = <C extends CrossCode>(code: C, cell: string, data: DataOf<C>) =>
    out.push({ code, sheet: subject.layout.sheet, cell, data } as CrossFact);
  const nameCell = (i: IndicatorAnalysis) => a1(i.row, subject.layout.columns.single.indicator ?? subject.layout.left);
  const refCell = (i: IndicatorAnalysis, c?: ValueCell | null) => (c ? c.address : a1(i.row, reference.layout.columns.single.indicator ?? reference.layout.left));
  const other = { otherSheet: reference.layout.sheet };

  const matches = matchIndicators(subject.indicators, reference.indicators);
  const used = new Set([...matches.values()].map((m) => m.other));
  for (const s of subject.indicators) {
    const m = matches.get(s);
    if (!m) {
      report('indicator-unmatched', nameCell(s), { ...other, otherCell: null, name: s.name, missingHere: false, sheet: subject.layout.sheet });
      continue;
    }
    const r = m.other;
    if (!m.exact) report('indicator-name-differs', nameCell(s), { ...other, otherCell: refCell(r), otherName: r.name, name: s.name });
    const at = s.target?.address ?? nameCell(s);
    if (!sameValue(s.targetValue, r.targetValue)) {
      report('cross-table-mismatch', at, { ...other, otherCell: refCell(r, r.target), field: 'target', value: shownValue(s.targetValue), other: shownValue(r.targetValue), name: s.name });
    } else if (s.unit && r.unit && s.unit.name !== r.unit.name) {
      report('cross-table-mismatch', at, { ...other, otherCell: refCell(r, r.target), field: 'unit', value: s.unit.name, other: r.unit.name, name: s.name });
    }
    if (withRealisation && s.realisation.kind !== 'absent' && r.realisation.kind !== 'absent' && !sameValue(s.realisation, r.realisation)) {
      report('cross-table-mismatch', s.annual?.address ?? at, { ...other, otherCell: refCell(r, r.annual), field: 'annual', value: shownValue(s.realisation), other: shownValue(r.realisation), name: s.name });
    }
  }
  const header = a1(subject.layout.headerTop, subject.layout.left);
  for (const r of reference.indicators) {
    if (!used.has(r)) report('indicator-unmatched', header, { ...other, otherCell: refCell(r), name: r.name, missingHere: true, sheet: subject.layout.sheet });
  }
}

/** Values compare after reading: `42.010 Oran` equals `42.010 orang`; `Baik` equals `Baik (88)`. */
export function sameValue(a: Value, b: Value): boolean {
  if (a.kind === 'absent' || b.kind === 'absent' || a.kind === 'invalid' || b.kind === 'invalid') return true;
  if (a.kind === 'number' && b.kind === 'number') return sameAmount(a.value, b.value);
  if (a.kind === 'range' && b.kind === 'range') return a.low === b.low && a.high === b.high;
  if (a.kind === 'category' && b.kind === 'category') {
    if (normaliseCategory(a.category) !== normaliseCategory(b.category)) return false;
    return a.score === null || b.score === null || a.score === b.score;
  }
  return false;
}

function shownValue(v: Value): string {
  switch (v.kind) {
    case 'number':
      return String(v.value);
    case 'range':
      return `${v.low}–${v.high}`;
    case 'category':
      return v.score === null ? v.category : `${v.category} (${v.score})`;
    default:
      return '';
  }
}
