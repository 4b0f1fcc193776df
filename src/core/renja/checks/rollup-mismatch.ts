// SPEC §11 / §10.8: a parent row's Rp ≠ the sum of its direct children's (stated values), per Rp column.
import { FormCheck } from './check';
import { rpGroupAt, rpScaleAt } from './cells';

const check: FormCheck<'rollup-mismatch'> = {
  code: 'rollup-mismatch',
  severity: 'error',
  check(form, report) {
    for (const r of form.rollups) {
      const node = form.rows[r.node];
      const group = rpGroupAt(form, r.col);
      const header = [group?.label ?? '', group?.quarter ? `Triwulan ${['I', 'II', 'III', 'IV'][group.quarter - 1]}` : '', group?.rpLabel ?? 'Rp'].filter((x) => x !== '').join(' › ');
      const scale = rpScaleAt(form, r.col);
      report({ row: node.row, col: r.col }, { expected: r.expected, actual: r.actual, column: 'amount', header, rows: r.childRows, ...(scale !== null && { scale }) });
    }
  },
};
export default check;
