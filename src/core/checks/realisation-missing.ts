// No realisation for the year: the annual cell and every quarter are empty.
import { TableCheck } from './check';
import { a1 } from '../grid';

const check: TableCheck<'realisation-missing'> = {
  code: 'realisation-missing',
  severity: 'warning',
  check(table, ctx) {
    const s = table.layout.columns.single;
    const lastQuarter = table.layout.columns.quarters[table.layout.columns.quarters.length - 1]?.col;
    const col = s.annual ?? lastQuarter ?? s.indicator ?? table.layout.left;
    for (const ind of table.indicators) {
      if (ind.status !== 'realisation-missing') continue;
      ctx.report(ind.annual?.address ?? a1(ind.row, col), { indicator: ind.name });
    }
  },
};
export default check;
