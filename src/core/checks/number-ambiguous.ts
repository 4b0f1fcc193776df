// `1.905` with nothing to decide it: read in Indonesian notation (dot = thousands), flagged.
import { TableCheck } from './check';
import { measuresOf } from '../compute/cells';

const check: TableCheck<'number-ambiguous'> = {
  code: 'number-ambiguous',
  severity: 'warning',
  check(table, ctx) {
    for (const c of table.cells) {
      if (c.resolution !== 'fallback') continue;
      const v = measuresOf(c.reading)[0]?.value ?? null;
      ctx.report(c.address, { read: v });
    }
  },
};
export default check;
