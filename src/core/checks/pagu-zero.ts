// A pagu of 0: absorption cannot be computed.
import { TableCheck } from './check';
import { isZero } from '../compute/math';

const check: TableCheck<'pagu-zero'> = {
  code: 'pagu-zero',
  severity: 'error',
  kinds: ['budget'],
  check(table, ctx) {
    for (const g of table.groups) if (g.pagu && g.paguValue !== null && isZero(g.paguValue)) ctx.report(g.pagu.address, { group: g.name });
  },
};
export default check;
