// A quarter label appears on two columns; the leftmost is used.
import { columnName } from '../grid';
import { TableCheck, headerCell } from './check';
import { QUARTER_NAMES } from './quarters';

const check: TableCheck<'quarter-duplicate'> = {
  code: 'quarter-duplicate',
  severity: 'error',
  check(table, ctx) {
    for (let q = 0; q < 4; q++) {
      const cols = table.layout.columns.quarters.filter((x) => x.quarter === q).map((x) => columnName(x.col));
      if (cols.length > 1) ctx.report(headerCell(table), { quarter: QUARTER_NAMES[q], columns: cols });
    }
  },
};
export default check;
