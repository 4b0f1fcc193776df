// Non-additive unit: the annual must equal the last quarter (by label) or the quarters' mean.
import { Check, shown } from './check';
import { agrees } from '../compute/math';
import { isAdditive } from '../read/units';

const check: Check = {
  code: 'annual-underivable',
  severity: 'warning',
  check(table, ctx) {
    for (const ind of table.indicators) {
      const q = ind.quarterSummary;
      if (!q || !q.complete || q.last === null || ind.annualValue.kind !== 'number' || !ind.annual) continue;
      if (isAdditive(ind.unit)) continue;
      const accepted = q.cumulative ? [q.last] : ind.unit === null ? [q.last, q.mean!, q.sum!] : [q.last, q.mean!];
      const actual = ind.annualValue.value;
      if (accepted.some((x) => agrees(actual, x, ctx.settings.tolerance))) continue;
      ctx.report(ind.annual.address, { last: shown(q.last), mean: shown(q.mean), actual: shown(actual), unit: ind.unit?.name ?? null });
    }
  },
};
export default check;
