// A target's or realisation's unit differs from the indicator's unit.
import { TableCheck } from './check';
import { unitMismatchOf } from '../compute/indicator';

const check: TableCheck<'unit-mismatch'> = {
  code: 'unit-mismatch',
  severity: 'error',
  check(table, ctx) {
    for (const ind of table.indicators) {
      for (const c of [ind.target, ...ind.quarters, ind.annual]) {
        const m = unitMismatchOf(c, ind.unit);
        if (m && c) ctx.report(c.address, m);
      }
    }
  },
};
export default check;
