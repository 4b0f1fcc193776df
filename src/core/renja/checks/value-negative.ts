// SPEC §5.2 on the form: a negative target, realisation or Rp typed into the form.
import { readCell } from '../../read/cell';
import { FormCheck } from './check';
import { inputCells } from './value-cells';

const check: FormCheck<'value-negative'> = {
  code: 'value-negative',
  severity: 'error',
  check(form, report) {
    for (const c of inputCells(form)) {
      if (c.column === 'capaian' || c.column === 'absorption') continue;
      const reading = readCell(form.view.raw(c.row, c.col));
      if (reading.kind === 'number' && reading.measure.value < 0) report(c, { value: reading.measure.value, column: c.column });
    }
  },
};
export default check;
