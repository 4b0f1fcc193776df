// A negative target, realisation, pagu or spent.
import { TableCheck } from './check';
import { measureAt, measureCount } from '../compute/cells';

const COLUMNS = new Set(['target', 'quarter', 'annual', 'pagu', 'spent']);

const check: TableCheck<'value-negative'> = {
  code: 'value-negative',
  severity: 'error',
  check(table, ctx) {
    const cells = table.cells;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (!COLUMNS.has(c.column)) continue;
      const count = measureCount(c.reading);
      for (let j = 0; j < count; j++) {
        const m = measureAt(c.reading, j);
        if (m.value < 0) {
          ctx.report(c.address, { value: m.value, column: c.column });
          break;
        }
      }
    }
  },
};
export default check;
