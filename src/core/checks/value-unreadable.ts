// A value cell Cermat cannot read (`sekitar 50`, `lihat lampiran`).
import { TableCheck } from './check';

const check: TableCheck<'value-unreadable'> = {
  code: 'value-unreadable',
  severity: 'error',
  check(table, ctx) {
    for (const c of table.cells) {
      if (c.column !== 'unit' && c.reading.kind === 'unreadable') ctx.report(c.address, { text: c.reading.text, column: c.column });
    }
  },
};
export default check;
