// A quarter label appears on two columns; the leftmost is used.
import { columnName } from '../grid';
import { TableCheck, headerCell } from './check';
import { periodIndices, periodName } from './quarters';

const check: TableCheck<'quarter-duplicate'> = {
  code: 'quarter-duplicate',
  severity: 'error',
  check(table, ctx) {
    const kind = table.layout.columns.periodKind;
    for (const q of periodIndices(kind)) {
      const cols = table.layout.columns.quarters.filter((x) => x.quarter === q).map((x) => columnName(x.col));
      if (cols.length > 1) ctx.report(headerCell(table), { quarter: periodName(kind, q), columns: cols, period: kind });
    }
  },
};
export default check;
