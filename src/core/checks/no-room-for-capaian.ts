// No capaian column and the column to the right of the table is not empty: nothing is written there.
import { columnName } from '../grid';
import { TableCheck, headerCell } from './check';

const check: TableCheck<'no-room-for-capaian'> = {
  code: 'no-room-for-capaian',
  severity: 'warning',
  kinds: ['capaian'],
  check(table, ctx) {
    if (table.noRoomForCapaian) ctx.report(headerCell(table), { column: columnName(table.layout.right + 1) });
  },
};
export default check;
