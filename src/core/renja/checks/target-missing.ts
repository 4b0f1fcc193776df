// SPEC §4/§5.4 on the form: a row with a realisation this year but no target (empty or `-`) — its tingkat capaian
// cannot be computed, and §6 says the finding must explain the cell left as it is. An unreadable target is
// value-unreadable's; a row with nothing this year is not acted on.
import { groupOf } from '../model';
import { FormCheck } from './check';

const check: FormCheck<'target-missing'> = {
  code: 'target-missing',
  severity: 'error',
  check(form, report) {
    if (groupOf(form.layout, 'capaian') === undefined) return;
    const seen = new Set<number>();
    for (const ind of form.indicators) {
      if (seen.has(ind.row)) continue;
      seen.add(ind.row);
      if (ind.realisation !== null && ind.target !== null && ind.target.reading.kind === 'absent') report(ind.target.cell, { indicator: ind.name });
    }
  },
};
export default check;
