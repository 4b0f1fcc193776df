// Additive unit: the annual realisation must equal the sum of the quarters (the last, for s.d. columns).
import { TableCheck, shown } from './check';
import { isAdditive } from '../read/units';
import { statedAnnual } from '../compute/indicator';
import { sameAmount } from '../compute/math';

const check: TableCheck<'annual-sum-mismatch'> = {
  code: 'annual-sum-mismatch',
  severity: 'error',
  check(table, ctx) {
    for (const ind of table.indicators) {
      const stated = statedAnnual(ind);
      if (!stated || !isAdditive(ind.unit)) continue;
      const { quarters: q, actual, cell } = stated;
      const expected = q.cumulative ? q.last! : q.sum!;
      if (!sameAmount(actual, expected)) {
        ctx.report(cell.address, { expected: shown(expected), actual: shown(actual), unit: ind.unit?.name ?? null, period: table.layout.columns.periodKind });
      }
    }
  },
};
export default check;
