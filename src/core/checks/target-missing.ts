// An indicator without a target: capaian cannot be computed.
import { TableCheck } from './check';
import { a1 } from '../grid';

const check: TableCheck<'target-missing'> = {
  code: 'target-missing',
  severity: 'error',
  check(table, ctx) {
    const col = table.layout.columns.single.target;
    if (col === undefined) return;
    for (const ind of table.indicators) if (ind.status === 'target-missing') ctx.report(ind.target?.address ?? a1(ind.row, col), { indicator: ind.name });
  },
};
export default check;
