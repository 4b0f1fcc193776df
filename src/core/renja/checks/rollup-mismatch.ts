// SPEC §11 / §10.8: a parent row's Rp ≠ the sum of its direct children's (stated values), per Rp column.
import { columnName } from '../../grid';
import { FormCheck } from './check';

const check: FormCheck<'rollup-mismatch'> = {
  code: 'rollup-mismatch',
  severity: 'error',
  check(form, report) {
    for (const r of form.rollups) {
      const node = form.rows[r.node];
      report({ row: node.row, col: r.col }, { expected: r.expected, actual: r.actual, childRows: r.childRows, column: columnName(r.col) });
    }
  },
};
export default check;
