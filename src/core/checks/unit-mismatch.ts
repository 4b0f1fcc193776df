// A target's or realisation's unit differs from the indicator's unit.
import { Check } from './check';

const check: Check = {
  code: 'unit-mismatch',
  severity: 'error',
  check(table, ctx) {
    const cells = table.unusualCells;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c.unitMismatch) ctx.report(c.address, { ...c.unitMismatch });
    }
  },
};
export default check;
