// `1.905` with nothing to decide it: read in Indonesian notation (dot = thousands), flagged.
import { Check } from './check';
import { firstMeasure } from '../compute/cells';

const check: Check = {
  code: 'number-ambiguous',
  severity: 'warning',
  check(table, ctx) {
    const cells = table.unusualCells;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c.resolution !== 'fallback') continue;
      const v = firstMeasure(c.reading)?.value ?? null;
      ctx.report(c.address, { read: v });
    }
  },
};
export default check;
