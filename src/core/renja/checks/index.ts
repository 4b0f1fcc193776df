// Every form check (SPEC §11 and the §5 codes that apply to the form), run in one place.
import { a1, parseA1 } from '../../grid';
import { referencesOf } from '../../formula/analyse';
import { FormAnalysis } from '../analyse';
import { unsurePercentages } from './declared';
import { FormCheck, FormFinding, runFormCheck } from './check';
import absorptionMismatch from './absorption-mismatch';
import averageMismatch from './average-mismatch';
import capaianMismatch from './capaian-mismatch';
import formFormulaMismatch from './form-formula-mismatch';
import formulaConstant from './formula-constant';
import formulaInconsistent from './formula-inconsistent';
import percentScaleMixed from './percent-scale-mixed';
import percentSummed from './percent-summed';
import polarityInferred from './polarity-inferred';
import predicateMismatch from './predicate-mismatch';
import rollupMismatch from './rollup-mismatch';
import targetMissing from './target-missing';
import targetZero from './target-zero';
import totalMismatch from './total-mismatch';
import unitMismatch from './unit-mismatch';
import unitUnknown from './unit-unknown';
import valueError from './value-error';
import valueMultiple from './value-multiple';
import valueNegative from './value-negative';
import valueUnreadable from './value-unreadable';

export const FORM_CHECKS: FormCheck[] = [
  formFormulaMismatch, percentSummed, rollupMismatch, formulaInconsistent, formulaConstant, predicateMismatch,
  valueError, valueMultiple, valueNegative, valueUnreadable, unitMismatch, unitUnknown, targetMissing, targetZero, totalMismatch, capaianMismatch, absorptionMismatch, averageMismatch, polarityInferred, percentScaleMixed,
] as FormCheck[];

const FOLLOWED = new Set(['rollup-mismatch', 'form-formula-mismatch', 'formula-inconsistent', 'percent-summed', 'value-error']);

/** Runs every form check; a cell that breaks its declared formula is not also reported as a stated-percentage mismatch. */
export function checkForm(form: FormAnalysis, checks: FormCheck[] = FORM_CHECKS): FormFinding[] {
  const out: FormFinding[] = [];
  for (const c of checks) runFormCheck(c, form, out);
  const broken = new Set(out.filter((f) => f.code === 'form-formula-mismatch' || f.code === 'value-error').map((f) => f.cell));
  // A percentage computed from a sum of percentages is told with that sum (percent-summed names it), not again.
  for (const f of out) if (f.code === 'percent-summed' && (f as FormFinding<'percent-summed'>).data.percentCell) broken.add((f as FormFinding<'percent-summed'>).data.percentCell!);
  // A stated percentage computed from a cell already reported (AG64 = AE64/K64*100 beside a wrong AE64) follows that
  // cell: the finding on the cell it reads is the one to fix.
  const flagged = new Set(out.filter((f) => FOLLOWED.has(f.code)).map((f) => f.cell));
  const readsFlagged = (cell: string) => {
    const at = parseA1(cell);
    const formula = at ? form.view.raw(at.row, at.col)?.formula : undefined;
    return !!formula && referencesOf(formula).some((r) => r.sheet === null && r.range.top === r.range.bottom && r.range.left === r.range.right && flagged.has(a1(r.range.top, r.range.left)));
  };
  // A percentage from a value that breaks its declared sum or its roll-up is not sure, nor the footer's average over it:
  // that value's own finding is the one to fix.
  const unsure = unsurePercentages(form);
  return out.filter((f) =>
    !((f.code === 'capaian-mismatch' || f.code === 'absorption-mismatch') && (broken.has(f.cell) || readsFlagged(f.cell) || unsure.cells.has(f.cell))) &&
    !(unsure.average && (f.code === 'average-mismatch' || f.code === 'predicate-mismatch')));
}

export type { FormFinding };
