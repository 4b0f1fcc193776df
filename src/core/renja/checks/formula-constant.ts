// SPEC §11: a formula with a number of 4 or more digits typed into its arithmetic hides where the number came from.
import { typedConstants } from '../../formula/analyse';
import { FormCheck } from './check';
import { formCells } from './cells';

const check: FormCheck<'formula-constant'> = {
  code: 'formula-constant',
  severity: 'warning',
  check(form, report) {
    for (const { row, col } of formCells(form)) {
      const f = form.view.raw(row, col)?.formula;
      if (!f) continue;
      const found = typedConstants(f);
      if (found.length) report({ row, col }, { formula: '=' + f, constants: found.map((c) => c.value) });
    }
  },
};
export default check;
