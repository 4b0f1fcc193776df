// Some quarters present, others absent: an error when the annual depends on them, else a warning.
import { TableCheck, headerCell } from './check';
import { QUARTER_NAMES } from './quarters';

const check: TableCheck<'quarter-missing'> = {
  code: 'quarter-missing',
  severity: 'error',
  check(table, ctx) {
    const present = new Set(table.layout.columns.quarters.map((q) => q.quarter));
    if (present.size === 0 || present.size === 4) return;
    const missing = [0, 1, 2, 3].filter((q) => !present.has(q)).map((q) => QUARTER_NAMES[q]);
    const severity = table.layout.columns.single.annual !== undefined ? 'error' : 'warning';
    ctx.report(headerCell(table), { missing }, severity);
  },
};
export default check;
