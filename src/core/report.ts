// The CLI's JSON document (SPEC §7), also what the task pane shows: numbers, not words, apart from messages.
import { rangeA1 } from './grid';
import { layoutRange } from './detect/layout';
import { TableAnalysis, Value } from './compute/model';
import { Finding } from './findings';
import { messageOf } from './messages';
import { Language } from './settings';
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
  kind: 'capaian' | 'budget' | 'agreement';
  range: string;
  capaian: number | null;
  indicators: IndicatorReport[];
  groups: GroupReport[];
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

function tableReport(t: TableAnalysis): TableReport {
  return {
    sheet: t.layout.sheet,
    kind: t.layout.kind,
    range: rangeA1(layoutRange(t.layout)),
    capaian: t.capaian,
    indicators: t.indicators.map((i) => ({
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
    })),
    groups: t.groups.map((g) => ({
      name: g.name,
      rows: g.rows.map((r) => r + 1),
      pagu: g.paguValue,
      spent: g.spentValue,
      absorption: g.absorption,
      statedAbsorption: g.statedAbsorption,
      average: g.average,
      statedAverage: g.statedAverage,
    })),
  };
}

export function summarise(analysis: WorkbookAnalysis): Summary {
  const count = (s: Finding['severity']) => analysis.findings.filter((f) => f.severity === s).length;
  return {
    tables: analysis.tables.length,
    indicators: analysis.tables.reduce((n, t) => n + t.indicators.length, 0),
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  };
}

export function fileReport(file: string, analysis: WorkbookAnalysis, lang: Language): FileReport {
  return {
    file,
    tables: analysis.tables.map(tableReport),
    findings: analysis.findings.map((f) => ({ ...f, message: messageOf(f, lang) })),
    summary: summarise(analysis),
  };
}
