// Every check, one per finding code, sorted by code: table checks and workbook checks alike.
import { AnyCheck } from './check';
import absorptionMismatch from './absorption-mismatch';
import annualMissing from './annual-missing';
import annualSumMismatch from './annual-sum-mismatch';
import annualUnderivable from './annual-underivable';
import averageMismatch from './average-mismatch';
import capaianImplausible from './capaian-implausible';
import capaianMismatch from './capaian-mismatch';
import capaianUnverifiable from './capaian-unverifiable';
import categoryUnscored from './category-unscored';
import columnAmbiguous from './column-ambiguous';
import columnMissing from './column-missing';
import crossTableMismatch from './cross-table-mismatch';
import cumulativeDecreasing from './cumulative-decreasing';
import formFormulaMismatch from './form-formula-mismatch';
import formulaConstant from './formula-constant';
import formulaInconsistent from './formula-inconsistent';
import indicatorNameDiffers from './indicator-name-differs';
import indicatorUnmatched from './indicator-unmatched';
import noRoomForCapaian from './no-room-for-capaian';
import numberAmbiguous from './number-ambiguous';
import numberNotationMixed from './number-notation-mixed';
import paguMissing from './pagu-missing';
import paguZero from './pagu-zero';
import percentScaleMixed from './percent-scale-mixed';
import percentSummed from './percent-summed';
import polarityInferred from './polarity-inferred';
import predicateMismatch from './predicate-mismatch';
import quarterDuplicate from './quarter-duplicate';
import quarterMissing from './quarter-missing';
import quarterOrder from './quarter-order';
import realisationMissing from './realisation-missing';
import remainingMismatch from './remaining-mismatch';
import rollupMismatch from './rollup-mismatch';
import spentOverPagu from './spent-over-pagu';
import tableNotFound from './table-not-found';
import targetMissing from './target-missing';
import targetZero from './target-zero';
import totalMismatch from './total-mismatch';
import unitMismatch from './unit-mismatch';
import unitUnknown from './unit-unknown';
import valueError from './value-error';
import valueMultiple from './value-multiple';
import valueNegative from './value-negative';
import valueUnreadable from './value-unreadable';

export const CHECKS: AnyCheck[] = [
  absorptionMismatch, annualMissing, annualSumMismatch, annualUnderivable, averageMismatch, capaianImplausible,
  capaianMismatch, capaianUnverifiable, categoryUnscored, columnAmbiguous, columnMissing, crossTableMismatch,
  cumulativeDecreasing, formFormulaMismatch, formulaConstant, formulaInconsistent, indicatorNameDiffers, indicatorUnmatched,
  noRoomForCapaian, numberAmbiguous, numberNotationMixed, paguMissing, paguZero, percentScaleMixed, percentSummed,
  polarityInferred, predicateMismatch, quarterDuplicate, quarterMissing,
  quarterOrder, realisationMissing, remainingMismatch, rollupMismatch, spentOverPagu, tableNotFound, targetMissing,
  targetZero, totalMismatch, unitMismatch, unitUnknown, valueError, valueMultiple, valueNegative, valueUnreadable,
];
