// The form in the CLI's JSON document (SPEC §11): its rows by hierarchy with level, code, indicator, K and Rp per
// column group, and the computed percentages.
import { a1 } from '../grid';
import type { TableReport } from '../report';
import { FormAnalysis, FormValue } from './analyse';
import { FormGroup, groupOf, quarterGroups } from './model';

export interface FormCellReport {
  k: number | null;
  rp: number | null;
}

export interface FormIndicatorReport {
  row: number;
  name: string;
  unit: string | null;
  polarity: 'positive' | 'negative';
  target: number | null;
  realisation: number | null;
  capaian: number | null;
  statedCapaian: number | null;
  cumulative: number | null;
  cumulativeCapaian: number | null;
}

export interface FormRowReport {
  row: number;
  level: string | null;
  code: string | null;
  label: string;
  parentRow: number | null;
  indicators: FormIndicatorReport[];
  /** K and Rp per column group, keyed by its role (`target`, `q1`…`q4`, `realisation`, …) or its number. */
  values: Record<string, FormCellReport>;
  capaianRp: number | null;
  cumulativeCapaianRp: number | null;
}

export interface FormReport {
  rows: FormRowReport[];
  average: number | null;
  statedAverage: number | null;
  predicate: string | null;
  statedPredicate: string | null;
}

function keyOf(g: FormGroup): string {
  if (g.role === 'quarter') return `q${g.quarter}`;
  if (g.role === 'other') return `col${g.number ?? ''}`;
  return g.role;
}

function num(v: FormValue | null | undefined): number | null {
  return v ? v.value : null;
}

export function formReport(form: FormAnalysis): FormReport {
  const { view, layout } = form;
  const valueGroups = layout.groups.filter((g) => g.k !== undefined || g.rp !== undefined);
  return {
    rows: form.rows.map((node) => {
      const values: Record<string, FormCellReport> = {};
      for (const g of valueGroups) {
        const k = g.k !== undefined && node.level !== 'urusan' && node.level !== 'bidang' ? view.raw(view.anchor(node.row, g.k).row, view.anchor(node.row, g.k).col) : undefined;
        const rp = g.rp !== undefined ? view.raw(view.anchor(node.row, g.rp).row, view.anchor(node.row, g.rp).col) : undefined;
        values[keyOf(g)] = {
          k: typeof k?.value === 'number' ? k.value : null,
          rp: typeof rp?.value === 'number' ? rp.value : null,
        };
      }
      return {
        row: node.row + 1,
        level: node.level,
        code: node.code,
        label: node.label,
        parentRow: node.parent !== null ? form.rows[node.parent].row + 1 : null,
        indicators: form.indicators.filter((i) => form.rows[i.node] === node).map((i) => ({
          row: i.row + 1, name: i.name, unit: i.unit?.name ?? i.unitWord, polarity: i.polarity, target: num(i.target), realisation: i.realisation,
          capaian: i.capaian, statedCapaian: num(i.statedCapaian), cumulative: i.cumulative, cumulativeCapaian: i.cumulativeCapaian,
        })),
        values,
        capaianRp: node.capaianRp,
        cumulativeCapaianRp: node.cumulativeCapaianRp,
      };
    }),
    average: form.average,
    statedAverage: form.statedAverage?.value ?? null,
    predicate: form.predicate,
    statedPredicate: form.statedPredicate,
  };
}

/** The form as one of the JSON document's tables (kind `renja`): its indicators as every table lists them, its rows in `form`. */
export function formTableReport(form: FormAnalysis): TableReport {
  const { layout } = form;
  // The header cell taken for each role, named as the LKj tables name theirs (this year's K and Rp).
  const cols: Record<string, string | string[]> = {};
  const at = (col: number | undefined) => (col === undefined ? undefined : a1(layout.headerTop, col));
  const put = (role: string, col: number | undefined) => {
    const cell = at(col);
    if (cell) cols[role] = cell;
  };
  put('indicator', layout.indicatorCol);
  put('target', groupOf(layout, 'target')?.k);
  put('annual', groupOf(layout, 'realisation')?.k);
  put('capaian', groupOf(layout, 'capaian')?.k);
  const quarters = quarterGroups(layout).map((g) => at(g.k)).filter((x): x is string => x !== undefined);
  if (quarters.length) cols.quarter = quarters;
  put('pagu', groupOf(layout, 'target')?.rp);
  put('spent', groupOf(layout, 'realisation')?.rp);
  put('unit', layout.unitCol);
  put('code', layout.codeCols[0]);
  const footer = [layout.footer.average?.row, layout.footer.predicate?.row].filter((x): x is number => x !== undefined);
  return {
    sheet: layout.sheet,
    kind: 'renja',
    range: `${a1(layout.headerTop, layout.left)}:${a1(Math.max(layout.bodyBottom, ...footer), layout.right)}`,
    columns: cols,
    reportingYear: null,
    capaian: form.average,
    indicators: form.indicators.map((i) => ({
      row: i.row + 1,
      name: i.name,
      objective: form.rows[i.node].label,
      unit: i.unit?.name ?? i.unitWord,
      polarity: i.polarity,
      target: num(i.target),
      quarters: i.quarters.map((q) => q.value.value),
      annual: num(i.annual),
      realisation: i.realisation,
      capaian: i.capaian,
      statedCapaian: num(i.statedCapaian),
      years: [],
      history: [],
    })),
    groups: [],
    form: formReport(form),
  };
}
