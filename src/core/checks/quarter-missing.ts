// Some quarters present, others absent: an error when the annual depends on them, else a warning.
import { TableCheck, headerCell } from './check';
import { periodIndices, periodName } from './quarters';

const check: TableCheck<'quarter-missing'> = {
  code: 'quarter-missing',
  severity: 'error',
  check(table, ctx) {
    const kind = table.layout.columns.periodKind;
    const present = new Set(table.layout.columns.quarters.map((q) => q.quarter));
    const all = periodIndices(kind);
    if (present.size === 0 || present.size === all.length) return;
    // Months reported so far (January to June of a mid-year report) miss nothing; a gap among them does. So do the
    // quarters after a table's cumulative `s.d. TW III` (reported to the third quarter).
    const lastPresent = Math.max(...present);
    const reportedTo = table.layout.columns.reportedTo;
    const upTo = kind === 'month' ? lastPresent : reportedTo !== undefined && reportedTo >= lastPresent ? reportedTo : all.length - 1;
    const missing = all.filter((q) => q <= upTo && !present.has(q)).map((q) => periodName(kind, q));
    if (missing.length === 0) return;
    const severity = table.layout.columns.single.annual !== undefined ? 'error' : 'warning';
    ctx.report(headerCell(table), { missing, period: kind }, severity);
  },
};
export default check;
