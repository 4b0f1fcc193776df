// The CLI's JSON document (SPEC §7), also what the task pane shows: numbers, not words, apart from messages.
import { a1, rangeA1 } from './grid';
import { layoutRange } from './detect/layout';
import { GroupAnalysis, IndicatorAnalysis, TableAnalysis, Value, ValueCell } from './compute/model';
import { Finding } from './findings';
import { messageOf } from './messages';
import { Language } from './settings';
import { FormReport, formTableReport } from './renja/report';
import { WorkbookAnalysis } from './workbook';

export type JsonValue = number | null | [number, number] | { category: string; score: number | null };

export interface IndicatorReport {
  row: number;
  name: string;
  objective: string;
  unit: string | null;
  polarity: 'positive' | 'negative';
  target: JsonValue;
  quarters: JsonValue[];
  annual: JsonValue;
  realisation: JsonValue;
  capaian: number | null;
  statedCapaian: number | null;
  /** SPEC §10.3: every year group read, this year's included. */
  years: { year: number | null; target: JsonValue; annual: JsonValue; capaian: number | null; statedCapaian: number | null }[];
  /** Columns of other years, read for display only. */
  history: { year: number | null; role: string; cell: string; value: JsonValue }[];
}

export interface GroupReport {
  name: string;
  rows: number[];
  pagu: number | null;
  spent: number | null;
  absorption: number | null;
  statedAbsorption: number | null;
  average: number | null;
  statedAverage: number | null;
}

export interface TableReport {
  sheet: string;
  kind: 'capaian' | 'budget' | 'agreement' | 'renja';
  range: string;
  /** SPEC §10.5: the header cell of the column taken for each role (a role with two candidates: every candidate). */
  columns: Record<string, string | string[]>;
  /** The reporting year (SPEC §10.3), null when the header names none. */
  reportingYear: number | null;
  capaian: number | null;
  indicators: IndicatorReport[];
  groups: GroupReport[];
  /** The evaluation form (kind `renja`, SPEC §11): its rows by hierarchy with K and Rp per column, the footer. */
  form?: FormReport;
}

export type FindingReport = Finding & { message: string };

export interface Summary {
  tables: number;
  indicators: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface FileReport {
  file: string;
  tables: TableReport[];
  findings: FindingReport[];
  summary: Summary;
  /** Formula cells without a saved result, read as empty (the CLI's reader; absent when there are none). */
  uncalculatedFormulas?: number;
}

export function jsonValue(v: Value): JsonValue {
  switch (v.kind) {
    case 'number':
      return v.value;
    case 'range':
      return [v.low, v.high];
    case 'category':
      return { category: v.category, score: v.score };
    default:
      return null;
  }
}

function tableReport(t: TableAnalysis, deferred: boolean): TableReport {
  return {
    sheet: t.layout.sheet,
    kind: t.layout.kind,
    range: rangeA1(layoutRange(t.layout)),
    columns: columnsOf(t),
    reportingYear: t.layout.columns.reportingYear,
    capaian: t.capaian,
    indicators: itemsOf(t, t.indicators, indicatorReport, deferred),
    groups: itemsOf(t, t.groups, groupReport, deferred),
  };
}

function indicatorReport(t: TableAnalysis, i: IndicatorAnalysis): IndicatorReport {
  return {
    row: i.row + 1,
    name: i.name,
    objective: i.objective,
    unit: i.unit?.name ?? null,
    polarity: i.polarity,
    target: jsonValue(i.targetValue),
    quarters: t.layout.columns.quarters.length ? i.quarterValues.map(jsonValue) : [],
    annual: jsonValue(i.annualValue),
    realisation: jsonValue(i.realisation),
    capaian: i.capaian,
    statedCapaian: i.statedCapaian,
    years: [
      ...i.years.map((y) => ({ year: y.year, target: jsonValue(y.targetValue), annual: jsonValue(y.annualValue), capaian: y.capaian, statedCapaian: y.statedCapaian })),
      { year: t.layout.columns.reportingYear, target: jsonValue(i.targetValue), annual: jsonValue(i.realisation), capaian: i.capaian, statedCapaian: i.statedCapaian },
    ].sort(byYear),
    history: i.history.map((h) => ({ year: h.year, role: h.role, cell: h.cell.address, value: readingValue(h.cell) })),
  };
}

function groupReport(_t: TableAnalysis, g: GroupAnalysis): GroupReport {
  return {
    name: g.name,
    rows: g.rows.map((r) => r + 1),
    pagu: g.paguValue,
    spent: g.spentValue,
    absorption: g.absorption,
    statedAbsorption: g.statedAbsorption,
    average: g.average,
    statedAverage: g.statedAverage,
  };
}

/** A table's report items, made now or (deferred) each when JSON.stringify reaches it. */
function itemsOf<B, R>(t: TableAnalysis, list: B[], make: (t: TableAnalysis, b: B) => R, deferred: boolean): R[] {
  return list.map((b) => (deferred ? (new Deferred(make, t, b) as unknown as R) : make(t, b)));
}

/**
 * An item of a report's list made only when JSON.stringify reaches it (through toJSON), and garbage right after:
 * the JSON of 10,000 indicators no longer keeps 60,000 report objects alive at once (each survivor of a young
 * collection is copied twice by V8, which had made building the report cost twice what writing it does).
 */
class Deferred<A, B> {
  constructor(private readonly make: (a: A, b: B) => unknown, private readonly a: A, private readonly b: B) {}
  toJSON(): unknown {
    return this.make(this.a, this.b);
  }
}

/** Years in order; the undated group (a table without years has only that one) last. */
function byYear(a: { year: number | null }, b: { year: number | null }): number {
  return (a.year ?? Infinity) - (b.year ?? Infinity);
}

/** The header cell (top row of the header) of each role's column, periods as a list, candidates of an ambiguous role as a list. */
export function columnsOf(t: TableAnalysis): Record<string, string | string[]> {
  const top = t.layout.headerTop;
  const out: Record<string, string | string[]> = {};
  for (const [role, col] of Object.entries(t.layout.columns.single)) if (col !== undefined) out[role] = a1(top, col);
  if (t.layout.columns.quarters.length) out[t.layout.columns.periodKind] = t.layout.columns.quarters.map((q) => a1(top, q.col));
  for (const a of t.layout.columns.ambiguous) out[a.role] = a.cols.map((c) => a1(top, c));
  if (t.capaianColumn?.isNew) out.capaian = a1(top, t.capaianColumn.col);
  return out;
}

function readingValue(c: ValueCell): JsonValue {
  const r = c.reading;
  if (r.kind === 'number') return r.measure.value;
  if (r.kind === 'category') return { category: r.category, score: r.score };
  if (r.kind === 'range') return [r.low.value, r.high.value];
  return null;
}

export function summarise(analysis: WorkbookAnalysis): Summary {
  const count = (s: Finding['severity']) => analysis.findings.filter((f) => f.severity === s).length;
  return {
    tables: analysis.tables.length + analysis.forms.length,
    indicators: analysis.tables.reduce((n, t) => n + t.indicators.length, 0) + analysis.forms.reduce((n, f) => n + f.indicators.length, 0),
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  };
}

/**
 * The report of one file. `deferred`: the tables' indicators and groups are made only when JSON.stringify (or the
 * CLI's JsonBytes) reaches them, through toJSON — the same JSON, for a report that is only ever written out; their
 * fields cannot be read before (the CLI's `--json` passes true; the task pane and the text report read them).
 */
export function fileReport(file: string, analysis: WorkbookAnalysis, lang: Language, deferred = false): FileReport {
  return {
    file,
    tables: [...analysis.tables.map((t) => tableReport(t, deferred)), ...analysis.forms.map(formTableReport)],
    findings: analysis.findings.map((f) => ({ ...f, message: messageOf(f, lang) })),
    summary: summarise(analysis),
  };
}

const ROLE_NAMES: Record<Language, Record<string, string>> = {
  id: {
    indicator: 'indikator', target: 'target', annual: 'realisasi', capaian: 'capaian', quarter: 'triwulan', semester: 'semester',
    month: 'bulan', pagu: 'pagu', spent: 'realisasi anggaran', absorption: '% anggaran', average: 'rata-rata', remaining: 'sisa',
    remainingPercent: '% sisa', initialPagu: 'pagu awal', unit: 'satuan', code: 'kode',
  },
  en: {
    indicator: 'indicator', target: 'target', annual: 'realisation', capaian: 'capaian', quarter: 'quarters', semester: 'semesters',
    month: 'months', pagu: 'pagu', spent: 'spent', absorption: 'budget %', average: 'average', remaining: 'remaining',
    remainingPercent: 'remaining %', initialPagu: 'initial pagu', unit: 'unit', code: 'code',
  },
};

/** Which column was taken for each role (SPEC §10.5): `kolom: target D5, realisasi F5, capaian H5 (tahun 2025)`. */
export function columnsLine(t: TableReport, lang: Language): string {
  const names = ROLE_NAMES[lang];
  const parts: string[] = [];
  for (const [role, at] of Object.entries(t.columns)) {
    if (!(role in names)) continue;
    const where = Array.isArray(at) ? (at.length > 3 ? `${at[0]}…${at[at.length - 1]}` : at.join('/')) : at;
    parts.push(`${names[role]} ${where}`);
  }
  const year = t.reportingYear === null ? '' : lang === 'id' ? ` (tahun ${t.reportingYear})` : ` (year ${t.reportingYear})`;
  return `${lang === 'id' ? 'kolom' : 'columns'}: ${parts.join(', ')}${year}`;
}
