// SPEC §11 footer: the stated `Rata-rata capaian kinerja` ≠ the mean of the computed tingkat capaian K (§4's rules).
import { FormCheck, agreesAsPrinted } from './check';

const check: FormCheck<'average-mismatch'> = {
  code: 'average-mismatch',
  severity: 'error',
  check(form, report) {
    const stated = form.statedAverage;
    if (!stated || stated.value === null || form.average === null) return;
    if (agreesAsPrinted(stated, form.average, form.settings.tolerance)) return;
    report(stated.cell, { stated: stated.value, computed: form.average, group: null });
  },
};
export default check;
