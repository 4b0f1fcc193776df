// Every form check (SPEC §11 and the §5 codes that apply to the form), run in one place.
import { FormAnalysis } from '../analyse';
import { FormCheck, FormFinding, runFormCheck } from './check';
import absorptionMismatch from './absorption-mismatch';
import averageMismatch from './average-mismatch';
import capaianMismatch from './capaian-mismatch';
import formFormulaMismatch from './form-formula-mismatch';
import formulaConstant from './formula-constant';
import formulaInconsistent from './formula-inconsistent';
import percentSummed from './percent-summed';
import predicateMismatch from './predicate-mismatch';
import rollupMismatch from './rollup-mismatch';
import targetZero from './target-zero';
import unitUnknown from './unit-unknown';
import valueError from './value-error';
import valueMultiple from './value-multiple';

export const FORM_CHECKS: FormCheck[] = [
  formFormulaMismatch, percentSummed, rollupMismatch, formulaInconsistent, formulaConstant, predicateMismatch,
  valueError, valueMultiple, unitUnknown, targetZero, capaianMismatch, absorptionMismatch, averageMismatch,
] as FormCheck[];

/** Runs every form check; a cell that breaks its declared formula is not also reported as a stated-percentage mismatch. */
export function checkForm(form: FormAnalysis, checks: FormCheck[] = FORM_CHECKS): FormFinding[] {
  const out: FormFinding[] = [];
  for (const c of checks) runFormCheck(c, form, out);
  const broken = new Set(out.filter((f) => f.code === 'form-formula-mismatch' || f.code === 'value-error').map((f) => f.cell));
  // A percentage computed from a sum of percentages is told with that sum (percent-summed names it), not again.
  for (const f of out) if (f.code === 'percent-summed' && (f as FormFinding<'percent-summed'>).data.percentCell) broken.add((f as FormFinding<'percent-summed'>).data.percentCell!);
  return out.filter((f) => !((f.code === 'capaian-mismatch' || f.code === 'absorption-mismatch') && broken.has(f.cell)));
}

export type { FormFinding };
