// Additive unit: the annual realisation must equal the sum of the quarters (the last, for s.d. columns).
import { TableCheck, shown } from './check';
import { isAdditive, RUPIAH } from '../read/units';
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
        ctx.report(cell.address, { expected: shown(expected), actual: shown(actual), unit: ind.unit?.name ?? null, period: table.layout.columns.periodKind, ...(q.cumulative ? { cumulative: true } : {}) });
      }
    }
    // A budget recap's spending per period (TW I … IV, months) against its Jumlah: rupiah add up.
    for (const g of table.groups) {
      if (g.periodSpent === null || g.spentDerived || g.spent === null || g.spentValue === null || sameAmount(g.spentValue, g.periodSpent)) continue;
      ctx.report(g.spent.address, { expected: g.periodSpent, actual: g.spentValue, unit: RUPIAH.name, period: table.layout.columns.periodKind });
    }
  },
};
export default check;
