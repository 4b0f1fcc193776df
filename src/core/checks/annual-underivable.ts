// Non-additive unit: the annual must equal the last quarter (by label) or the quarters' mean.
import { TableCheck, shown } from './check';
import { agrees } from '../compute/math';
import { isAdditive } from '../read/units';
import { statedAnnual } from '../compute/indicator';

const check: TableCheck<'annual-underivable'> = {
  code: 'annual-underivable',
  severity: 'warning',
  check(table, ctx) {
    for (const ind of table.indicators) {
      const stated = statedAnnual(ind);
      if (!stated || isAdditive(ind.unit)) continue;
      const { quarters: q, actual, cell } = stated;
      const accepted = q.cumulative ? [q.last!] : ind.unit === null ? [q.last!, q.mean!, q.sum!] : [q.last!, q.mean!];
      if (accepted.some((x) => agrees(actual, x, ctx.settings.tolerance))) continue;
      ctx.report(cell.address, { last: shown(q.last), mean: shown(q.mean), actual: shown(actual), unit: ind.unit?.name ?? null, period: table.layout.columns.periodKind });
    }
  },
};
export default check;
