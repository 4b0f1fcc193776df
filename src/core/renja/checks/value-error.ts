// SPEC §5.2 on the form: an Excel error value (#DIV/0!, #REF!, …) in a value cell.
import { isErrorValue } from '../../grid';
import { FormCheck } from './check';
import { formCells } from './cells';

const check: FormCheck<'value-error'> = {
  code: 'value-error',
  severity: 'error',
  check(form, report) {
    for (const { row, col } of formCells(form)) {
      const raw = form.view.raw(row, col);
      if (raw && isErrorValue(raw.value)) report({ row, col }, { error: raw.value.error, formula: !!raw.formula });
      else if (raw && typeof raw.value === 'string' && /^#(DIV\/0!|REF!|VALUE!|N\/A|NAME\?|NUM!|NULL!)$/i.test(raw.value.trim())) {
        report({ row, col }, { error: raw.value.trim().toUpperCase(), formula: !!raw.formula });
      }
    }
  },
};
export default check;
