// SPEC §10.7 on the form: an indicator read as negative (lower is better) from its name, on the indicator's cell.
import { FormCheck } from './check';

const check: FormCheck<'polarity-inferred'> = {
  code: 'polarity-inferred',
  severity: 'info',
  check(form, report) {
    for (const ind of form.indicators) if (ind.polarityPhrase) report(ind.nameCell, { indicator: ind.name, phrase: ind.polarityPhrase });
  },
};
export default check;
