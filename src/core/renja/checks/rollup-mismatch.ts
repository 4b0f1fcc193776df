// SPEC §11 / §10.8: a parent row's Rp ≠ the sum of its direct children's (stated values), per Rp column.
import { FormCheck } from './check';
import { amountScaleOf, normaliseLabel } from '../../detect/labels';

const check: FormCheck<'rollup-mismatch'> = {
  code: 'rollup-mismatch',
  severity: 'error',
  check(form, report) {
    for (const r of form.rollups) {
      const node = form.rows[r.node];
      const group = form.layout.groups.find((g) => g.rp === r.col);
      const header = [group?.label ?? '', group?.quarter ? `Triwulan ${['I', 'II', 'III', 'IV'][group.quarter - 1]}` : '', group?.rpLabel ?? 'Rp'].filter((x) => x !== '').join(' › ');
      const scale = rpScale(group?.label, group?.rpLabel);
      report({ row: node.row, col: r.col }, { expected: r.expected, actual: r.actual, column: 'amount', header, rows: r.childRows, ...(scale !== null && { scale }) });
    }
  },
};
export default check;

/** The scale an Rp column's header states (`Rp (000)` under `Realisasi`, `Keuangan (Rp Juta)`), else null. */
export function rpScale(label: string | undefined, rpLabel: string | undefined): number | null {
  return amountScaleOf([label ?? '', rpLabel ?? ''].map(normaliseLabel));
}
