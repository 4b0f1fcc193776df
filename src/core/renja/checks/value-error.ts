// SPEC §5.2 on the form: an Excel error value (#DIV/0!, #REF!, …) in a value cell.
import { readCell } from '../../read/cell';
import { FormCheck } from './check';
import { formCells } from './cells';

const check: FormCheck<'value-error'> = {
  code: 'value-error',
  severity: 'error',
  check(form, report) {
    for (const { row, col } of formCells(form)) {
      // An error value, or its text typed in: the cell reader decides, as for LKj tables.
      const raw = form.view.raw(row, col);
      const reading = raw ? readCell(raw) : null;
      if (reading?.kind === 'error') report({ row, col }, { error: reading.error, formula: !!raw!.formula });
    }
  },
};
export default check;
