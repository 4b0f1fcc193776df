// A target of 0 where the formula divides by it.
import { TableCheck } from './check';

const check: TableCheck<'target-zero'> = {
  code: 'target-zero',
  severity: 'error',
  check(table, ctx) {
    for (const ind of table.indicators) if (ind.status === 'target-zero' && ind.target) ctx.report(ind.target.address, { indicator: ind.name });
  },
};
export default check;
