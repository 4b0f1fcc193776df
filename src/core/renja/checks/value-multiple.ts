// SPEC §11: a cell holding two numbered indicators (`1. … 2. …`) whose values cannot be told apart (one number per
// value cell): both indicators share the row's values. Reported on the indicator cell.
import { FormCheck } from './check';

const check: FormCheck<'value-multiple'> = {
  code: 'value-multiple',
  severity: 'error',
  check(form, report) {
    const byRow = new Map<number, typeof form.indicators>();
    for (const ind of form.indicators) if (ind.shared) byRow.set(ind.row, [...(byRow.get(ind.row) ?? []), ind]);
    for (const inds of byRow.values()) {
      const first = inds[0];
      // Told apart when the target holds one measure per indicator (`1. 80 2. 90`).
      const single = !first.target || first.target.reading.kind !== 'multiple';
      if (!single) continue;
      report(first.nameCell, { values: inds.map((i) => i.name), used: first.target?.value ?? null, unit: first.unit?.name ?? null });
    }
  },
};
export default check;
