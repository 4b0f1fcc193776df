// SPEC §5.2 on the form: a typed value cell that cannot be read as a number (`tiga dokumen`, `80%%`).
import { readCell } from '../../read/cell';
import { numberedParts } from '../analyse';
import { FormCheck } from './check';
import { inputCells } from './value-cells';

const check: FormCheck<'value-unreadable'> = {
  code: 'value-unreadable',
  severity: 'error',
  check(form, report) {
    for (const c of inputCells(form)) {
      const raw = form.view.raw(c.row, c.col)!;
      // (A target may be a range: `80–90%`.)
      const reading = readCell(raw, { allowRange: c.column === 'target' });
      if (reading.kind !== 'unreadable') continue;
      if (typeof raw.value === 'string' && numberedParts(raw.value)) continue;
      report(c, { text: reading.text, column: c.column });
    }
  },
};
export default check;
