// SPEC §5.5 on the form: a stated Rp percentage (spent ÷ this year's Rp, or cumulative Rp ÷ the Renstra Rp) that
// differs from the computed one — §10.6 precision.
import { groupOf } from '../model';
import { valueAt } from '../analyse';
import { FormCheck, agreesAsPrinted } from './check';

const check: FormCheck<'absorption-mismatch'> = {
  code: 'absorption-mismatch',
  severity: 'error',
  check(form, report) {
    const cap = groupOf(form.layout, 'capaian');
    const cum = groupOf(form.layout, 'cumulativeCapaian');
    for (const node of form.rows) {
      for (const [col, computed, toDate] of [[cap?.rp, node.capaianRp, false], [cum?.rp, node.cumulativeCapaianRp, true]] as const) {
        if (col === undefined || computed === null) continue;
        const stated = valueAt(form.view, node.row, col);
        if (stated.value === null) continue;
        if (agreesAsPrinted(stated, computed, form.settings.tolerance)) continue;
        // The cumulative one is no absorption of this year's pagu: its message says what it divides.
        report(stated.cell, toDate ? { stated: stated.value, computed, cumulative: true } : { stated: stated.value, computed });
      }
    }
  },
};
export default check;
