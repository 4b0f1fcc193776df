// `1.905` with nothing to decide it: read in Indonesian notation (dot = thousands), flagged.
import { TableCheck } from './check';
import { measureAt, measureCount } from '../compute/cells';

const check: TableCheck<'number-ambiguous'> = {
  code: 'number-ambiguous',
  severity: 'warning',
  check(table, ctx) {
    const cells = table.cells;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c.resolution !== 'fallback') continue;
      const v = measureCount(c.reading) > 0 ? measureAt(c.reading, 0).value : null;
      ctx.report(c.address, { read: v });
    }
  },
};
export default check;
