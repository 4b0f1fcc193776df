// A fraction (0.7) beside whole percentages (70) in one % row.
import { TableCheck } from './check';
import { percentScaleFractions } from '../compute/indicator';

const check: TableCheck<'percent-scale-mixed'> = {
  code: 'percent-scale-mixed',
  severity: 'warning',
  check(table, ctx) {
    for (const ind of table.indicators) {
      for (const c of percentScaleFractions(ind)) if (c.reading.kind === 'number') ctx.report(c.address, { value: c.reading.measure.value });
    }
  },
};
export default check;
