// SPEC §5.2 on the form: an Excel error value (#DIV/0!, #REF!, …) in a value cell.
import { readCell } from '../../read/cell';
import { FormCheck } from './check';
import { formCells } from './cells';

const check: FormCheck<'value-error'> = {
  code: 'value-error',
  severity: 'error',
  check(form, report) {
    // The footer's stated average too (`=AVERAGE(AF13:AF105)` over a #DIV/0! is #DIV/0!): a recalculation writes the
    // computed average there, and this says why the cell changed.
    const avg = form.layout.footer.average;
    const cells = avg ? [...formCells(form), avg] : formCells(form);
    for (const { row, col } of cells) {
      // An error value, or its text typed in: the cell reader decides, as for LKj tables.
      const raw = form.view.raw(row, col);
      const reading = raw ? readCell(raw) : null;
      if (reading?.kind === 'error') report({ row, col }, { error: reading.error, formula: !!raw!.formula });
    }
  },
};
export default check;
