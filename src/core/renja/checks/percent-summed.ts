// SPEC §11: a declared sum whose cell adds two or more non-zero values of a non-additive K (%, scores, indices,
// durations): a sum of percentages is not a realisation. §4's rule (the last value) is used instead, and the capaian
// computed from it is in the data.
import { a1 } from '../../grid';
import { groupByNumber } from '../model';
import { FormAnalysis, FormValue, valueAt } from '../analyse';
import { FormCheck } from './check';
import { declaredChecks, resultRole } from './declared';

const check: FormCheck<'percent-summed'> = {
  code: 'percent-summed',
  severity: 'warning',
  check(form, report) {
    for (const c of declaredChecks(form)) {
      if (c.verdict.kind !== 'percent-summed' || !c.indicator) continue;
      const role = resultRole(form, c.declaration);
      const capaian = role === 'cumulative' ? c.indicator.cumulativeCapaian : c.indicator.capaian;
      const follower = percentOf(form, c.declaration.result, c.row);
      report(c.result.cell, {
        declaration: c.declaration.text, values: c.verdict.values.map(clean), actual: clean(c.verdict.actual), used: c.verdict.used === null ? null : clean(c.verdict.used), capaian,
        unit: c.indicator.unit?.name ?? null, indicator: c.indicator.name,
        percentCell: follower ? a1(follower.cell.row, follower.cell.col) : null, statedPercent: follower?.value ?? null,
      });
    }
  },
};
export default check;

/** The declared percentage whose numerator is the summed column (`15 = 14/5 x 100` for 14), on this row. */
export function percentOf(form: FormAnalysis, numerator: number, row: number): FormValue | null {
  const d = form.layout.declarations.find((x) => x.kind === 'ratio' && x.numerator === numerator);
  const g = d ? groupByNumber(form.layout, d.result) : undefined;
  if (!g || g.k === undefined) return null;
  const v = valueAt(form.view, row, g.k);
  return v.reading.kind === 'absent' ? null : v;
}

/** Float noise of a formula's result (100.00000000000001) dropped, as a reviewer reads the cell. */
function clean(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
