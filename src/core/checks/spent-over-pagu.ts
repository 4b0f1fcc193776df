// More spent than the pagu allows.
import { TableCheck } from './check';

const check: TableCheck<'spent-over-pagu'> = {
  code: 'spent-over-pagu',
  severity: 'error',
  kinds: ['budget'],
  check(table, ctx) {
    for (const g of table.groups) {
      if (g.spent && g.paguValue !== null && g.spentValue !== null && g.spentValue > g.paguValue) {
        ctx.report(g.spent.address, { pagu: g.paguValue, spent: g.spentValue });
      }
    }
  },
};
export default check;
