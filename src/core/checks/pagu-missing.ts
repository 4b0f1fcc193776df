// A budget group with spending or indicators but no pagu.
import { TableCheck } from './check';
import { a1 } from '../grid';

const check: TableCheck<'pagu-missing'> = {
  code: 'pagu-missing',
  severity: 'error',
  kinds: ['budget'],
  check(table, ctx) {
    const col = table.layout.columns.single.pagu;
    if (col === undefined) return;
    for (const g of table.groups) {
      if (g.pagu !== null || (g.indicators.length === 0 && g.spent === null)) continue;
      ctx.report(a1(g.rows[0], col), { group: g.name });
    }
  },
};
export default check;
