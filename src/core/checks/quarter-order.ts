// Quarter columns must run I, II, III, IV from left to right (computation follows the labels anyway).
import { TableCheck, headerCell } from './check';
import { periodName } from './quarters';

const check: TableCheck<'quarter-order'> = {
  code: 'quarter-order',
  severity: 'error',
  check(table, ctx) {
    const seen = new Set<number>();
    const order = table.layout.columns.quarters.filter((q) => !seen.has(q.quarter) && seen.add(q.quarter)).map((q) => q.quarter);
    const kind = table.layout.columns.periodKind;
    if (order.some((q, i) => i > 0 && q < order[i - 1])) ctx.report(headerCell(table), { order: order.map((q) => periodName(kind, q)), period: kind });
  },
};
export default check;
