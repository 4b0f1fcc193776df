// A fraction (0.7) beside whole percentages (70) in one % row.
import { Check } from './check';

const check: Check = {
  code: 'percent-scale-mixed',
  severity: 'warning',
  check(table, ctx) {
    for (const c of table.unusualCells) {
      if (c.percentScaleMixed && c.reading.kind === 'number') ctx.report(c.address, { value: c.reading.measure.value });
    }
  },
};
export default check;
