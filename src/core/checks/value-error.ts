// An Excel error value (`#DIV/0!`, `#REF!`) where a number belongs.
import { TableCheck } from './check';

const check: TableCheck<'value-error'> = {
  code: 'value-error',
  severity: 'error',
  check(table, ctx) {
    const cells = table.cells;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c.reading.kind === 'error') ctx.report(c.address, { error: c.reading.error, formula: c.formula });
    }
  },
};
export default check;
