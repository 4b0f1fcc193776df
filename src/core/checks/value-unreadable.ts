// A value cell Cermat cannot read (`sekitar 50`, `lihat lampiran`).
import { TableCheck } from './check';

const check: TableCheck<'value-unreadable'> = {
  code: 'value-unreadable',
  severity: 'error',
  check(table, ctx) {
    const cells = table.cells;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c.column !== 'unit' && c.reading.kind === 'unreadable') ctx.report(c.address, { text: c.reading.text, column: c.column });
    }
  },
};
export default check;
