// Additive unit: the annual realisation must equal the sum of the quarters (the last, for s.d. columns).
import { Check, shown } from './check';
import { isAdditive } from '../read/units';

const check: Check = {
  code: 'annual-sum-mismatch',
  severity: 'error',
  check(table, ctx) {
    for (const ind of table.indicators) {
      const q = ind.quarterSummary;
      if (!q || !q.complete || q.last === null || ind.annualValue.kind !== 'number' || !ind.annual) continue;
      if (!isAdditive(ind.unit)) continue;
      const expected = q.cumulative ? q.last : q.sum!;
      const actual = ind.annualValue.value;
      if (Math.abs(actual - expected) > 1e-6 * Math.max(1, Math.abs(expected))) {
        ctx.report(ind.annual.address, { expected: shown(expected), actual: shown(actual), unit: ind.unit?.name ?? null });
      }
    }
  },
};
export default check;
