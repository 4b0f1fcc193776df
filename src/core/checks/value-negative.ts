// A negative target, realisation, pagu or spent.
import { TableCheck } from './check';
import { measuresOf } from '../compute/cells';

const COLUMNS = new Set(['target', 'quarter', 'annual', 'pagu', 'spent']);

const check: TableCheck<'value-negative'> = {
  code: 'value-negative',
  severity: 'error',
  check(table, ctx) {
    for (const c of table.cells) {
      if (!COLUMNS.has(c.column)) continue;
      const m = measuresOf(c.reading).find((x) => x.value < 0);
      if (m) ctx.report(c.address, { value: m.value, column: c.column });
    }
  },
};
export default check;
