// SPEC §5.4 on the form: a target of 0 where a percentage divides by it — this year's target under a row that acts
// this year (a target Rp or a realisation), or the Renstra target a cumulative percentage divides by.
import { groupOf } from '../model';
import { FormCheck } from './check';

const check: FormCheck<'target-zero'> = {
  code: 'target-zero',
  severity: 'error',
  check(form, report) {
    const divides = (role: 'capaian' | 'cumulativeCapaian') => groupOf(form.layout, role) !== undefined;
    const seen = new Set<number>();
    for (const ind of form.indicators) {
      if (seen.has(ind.row)) continue;
      seen.add(ind.row);
      if (ind.target?.value === 0 && ind.active && (ind.realisation !== null || divides('capaian'))) report(ind.target.cell, { indicator: ind.name });
      const stated = ind.statedCumulativeCapaian;
      const statedIsError = stated?.reading.kind === 'error';
      if (ind.renstraTarget?.value === 0 && divides('cumulativeCapaian') && (statedIsError || (ind.cumulative ?? 0) !== 0)) {
        report(ind.renstraTarget.cell, { indicator: ind.name });
      }
    }
  },
};
export default check;
