// SPEC §11: a body row breaks a formula its numbered row declares (`12 = 8+9+10+11`, `13 = 12/7 x 100`), for K or
// for Rp: Rp exactly, percentages at their printed precision (§10.6). The cell is the one that breaks it.
import { FormCheck } from './check';
import { declaredChecks } from './declared';
import { rpScaleAt } from './cells';

const check: FormCheck<'form-formula-mismatch'> = {
  code: 'form-formula-mismatch',
  severity: 'error',
  check(form, report) {
    for (const c of declaredChecks(form)) {
      if (c.verdict.kind !== 'mismatch') continue;
      const scale = c.part === 'rp' ? rpScaleAt(form, c.result.cell.col) : null;
      report(c.result.cell, {
        declaration: c.part === 'rp' ? c.declaration.rpText ?? c.declaration.text : c.declaration.text, part: c.part === 'k' ? 'K' : 'Rp', expected: c.verdict.expected, actual: c.verdict.actual,
        formula: c.result.formula ? '=' + c.result.formula : null, ...(scale !== null && { scale }),
      });
    }
  },
};
export default check;
