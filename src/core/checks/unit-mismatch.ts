// A target's or realisation's unit differs from the indicator's unit.
import { Check } from './check';

const check: Check = {
  code: 'unit-mismatch',
  severity: 'error',
  check(table, ctx) {
    for (const c of table.unusualCells) if (c.unitMismatch) ctx.report(c.address, { ...c.unitMismatch });
  },
};
export default check;
