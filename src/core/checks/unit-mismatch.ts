// A target's or realisation's unit differs from the indicator's unit.
import { TableCheck } from './check';
import { unitMismatchOf } from '../compute/indicator';
import { ValueCell } from '../compute/model';
import { Unit } from '../read/units';

const check: TableCheck<'unit-mismatch'> = {
  code: 'unit-mismatch',
  severity: 'error',
  check(table, ctx) {
    const report = (c: ValueCell | null, unit: Unit | null) => {
      const m = unitMismatchOf(c, unit);
      if (m && c) ctx.report(c.address, m);
    };
    for (const ind of table.indicators) {
      report(ind.target, ind.unit);
      for (let q = 0; q < ind.quarters.length; q++) report(ind.quarters[q], ind.unit);
      report(ind.annual, ind.unit);
    }
  },
};
export default check;
