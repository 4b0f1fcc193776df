// No capaian column and the column to the right of the table is not empty, or is the only empty column before a
// header beside the table's (a table beside it, which a new column would join to this one): nothing is written there.
import { columnName } from '../grid';
import { TableCheck, headerCell } from './check';

const check: TableCheck<'no-room-for-capaian'> = {
  code: 'no-room-for-capaian',
  severity: 'warning',
  kinds: ['capaian'],
  check(table, ctx) {
    const col = table.layout.right + 1;
    if (table.noRoomForCapaian === 'occupied') ctx.report(headerCell(table), { column: columnName(col) });
    else if (table.noRoomForCapaian === 'joins') ctx.report(headerCell(table), { column: columnName(col), next: columnName(col + 1) });
  },
};
export default check;
