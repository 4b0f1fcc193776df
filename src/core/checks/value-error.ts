// An Excel error value (`#DIV/0!`, `#REF!`) where a number belongs.
import { TableCheck } from './check';

const check: TableCheck<'value-error'> = {
  code: 'value-error',
  severity: 'error',
  check(table, ctx) {
    for (const c of table.cells) if (c.reading.kind === 'error') ctx.report(c.address, { error: c.reading.error, formula: c.formula });
  },
};
export default check;
