// SPEC §11: a declared sum whose cell adds two or more non-zero values of a non-additive K (%, scores, indices,
// durations): a sum of percentages is not a realisation. §4's rule (the last value) is used instead, and the capaian
// computed from it is in the data.
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
      report(c.result.cell, {
        declaration: c.declaration.text, values: c.verdict.values, actual: c.verdict.actual, used: c.verdict.used, capaian,
        unit: c.indicator.unit?.name ?? null, indicator: c.indicator.name,
      });
    }
  },
};
export default check;
