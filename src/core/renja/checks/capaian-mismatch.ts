// SPEC §5.4 on the form: a stated tingkat capaian K (this year's, or the cumulative one against the Renstra target)
// that differs from the computed one — §10.6 precision. A sum of percentages (percent-summed) shows here as the
// percentage computed from it.
import { FormCheck, agreesAsPrinted } from './check';

const check: FormCheck<'capaian-mismatch'> = {
  code: 'capaian-mismatch',
  severity: 'error',
  check(form, report) {
    const seen = new Set<string>();
    for (const ind of form.indicators) {
      for (const [stated, computed] of [[ind.statedCapaian, ind.capaian], [ind.statedCumulativeCapaian, ind.cumulativeCapaian]] as const) {
        if (!stated || stated.value === null || computed === null) continue;
        const key = `${stated.cell.row}:${stated.cell.col}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (agreesAsPrinted(stated, computed, form.settings.tolerance)) continue;
        report(stated.cell, { stated: stated.value, computed, indicator: ind.name });
      }
    }
  },
};
export default check;
