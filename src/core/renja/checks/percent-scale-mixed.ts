// SPEC §5.3 on the form: a % indicator whose typed K cells mix fractions (0,85) with whole percentages (85).
import { readCell } from '../../read/cell';
import { FormCheck } from './check';

const check: FormCheck<'percent-scale-mixed'> = {
  code: 'percent-scale-mixed',
  severity: 'warning',
  check(form, report) {
    const seen = new Set<number>();
    for (const ind of form.indicators) {
      if (ind.unit?.name !== '%' || seen.has(ind.row)) continue;
      seen.add(ind.row);
      const cells = [ind.target, ind.renstraTarget, ind.lastRealisation, ind.annual, ...ind.quarters.map((q) => q.value)]
        .filter((v) => v && !v.formula && v.raw)
        .map((v) => ({ v: v!, r: readCell(v!.raw) }))
        .filter((x) => x.r.kind === 'number' && !x.r.measure.percentFormat && x.r.measure.unit === null);
      const whole = cells.some((x) => x.r.kind === 'number' && x.r.measure.value > 1);
      if (!whole) continue;
      for (const x of cells) if (x.r.kind === 'number' && x.r.measure.value > 0 && x.r.measure.value < 1) report(x.v.cell, { value: x.r.measure.value });
    }
  },
};
export default check;
