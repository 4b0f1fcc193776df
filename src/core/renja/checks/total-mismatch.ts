// SPEC §5.5 / §10.4 on the form: a `Jumlah`/`Total` row whose Rp differs from the sum of the form's top-level rows
// (Urusan, or the highest level present), per Rp column. K is never summed (SPEC §11), so never checked here.
import { FormCheck } from './check';

const check: FormCheck<'total-mismatch'> = {
  code: 'total-mismatch',
  severity: 'error',
  check(form, report) {
    const row = form.layout.totalRow;
    if (row === undefined) return;
    for (const t of form.totals) report({ row, col: t.col }, { expected: t.expected, actual: t.actual, column: 'amount' });
  },
};
export default check;
