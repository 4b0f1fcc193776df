// Help per finding code, in Indonesian and English: each entry sits beside its check as `<code>.help.ts`.
import { FindingCode } from '../findings';
import absorptionMismatch from './absorption-mismatch.help';
import annualMissing from './annual-missing.help';
import annualSumMismatch from './annual-sum-mismatch.help';
import annualUnderivable from './annual-underivable.help';
import averageMismatch from './average-mismatch.help';
import capaianImplausible from './capaian-implausible.help';
import capaianMismatch from './capaian-mismatch.help';
import capaianUnverifiable from './capaian-unverifiable.help';
import categoryUnscored from './category-unscored.help';
import columnAmbiguous from './column-ambiguous.help';
import columnMissing from './column-missing.help';
import crossTableMismatch from './cross-table-mismatch.help';
import cumulativeDecreasing from './cumulative-decreasing.help';
import formFormulaMismatch from './form-formula-mismatch.help';
import formulaConstant from './formula-constant.help';
import formulaInconsistent from './formula-inconsistent.help';
import indicatorNameDiffers from './indicator-name-differs.help';
import indicatorUnmatched from './indicator-unmatched.help';
import noRoomForCapaian from './no-room-for-capaian.help';
import numberAmbiguous from './number-ambiguous.help';
import numberNotationMixed from './number-notation-mixed.help';
import paguMissing from './pagu-missing.help';
import paguZero from './pagu-zero.help';
import percentScaleMixed from './percent-scale-mixed.help';
import percentSummed from './percent-summed.help';
import polarityInferred from './polarity-inferred.help';
import predicateMismatch from './predicate-mismatch.help';
import quarterDuplicate from './quarter-duplicate.help';
import quarterMissing from './quarter-missing.help';
import quarterOrder from './quarter-order.help';
import realisationMissing from './realisation-missing.help';
import remainingMismatch from './remaining-mismatch.help';
import rollupMismatch from './rollup-mismatch.help';
import spentOverPagu from './spent-over-pagu.help';
import tableNotFound from './table-not-found.help';
import targetMissing from './target-missing.help';
import targetZero from './target-zero.help';
import totalMismatch from './total-mismatch.help';
import unitMismatch from './unit-mismatch.help';
import unitUnknown from './unit-unknown.help';
import valueError from './value-error.help';
import valueMultiple from './value-multiple.help';
import valueNegative from './value-negative.help';
import valueUnreadable from './value-unreadable.help';

export interface HelpEntry {
  /** A short name for the finding, as a heading. */
  title: string;
  /** What the finding says about the table. */
  meaning: string;
  /** Why a reviewer (APIP, Inspektorat, Bappeda) cares. */
  why: string;
  /** What the planner does about it. */
  fix: string;
  /** A concrete case, from the worked example where there is one. */
  example: string;
}

export type HelpPair = { id: HelpEntry; en: HelpEntry };

/**
 * Every code of FINDING_CODES, and the codes of SPEC §10.8 and §11 before their checks exist (the index signature
 * lets those in; drop it once FindingCode lists them).
 */
export const HELP: Record<FindingCode, HelpPair> & Partial<Record<string, HelpPair>> = {
  'absorption-mismatch': absorptionMismatch,
  'annual-missing': annualMissing,
  'annual-sum-mismatch': annualSumMismatch,
  'annual-underivable': annualUnderivable,
  'average-mismatch': averageMismatch,
  'capaian-implausible': capaianImplausible,
  'capaian-mismatch': capaianMismatch,
  'capaian-unverifiable': capaianUnverifiable,
  'category-unscored': categoryUnscored,
  'column-ambiguous': columnAmbiguous,
  'column-missing': columnMissing,
  'cross-table-mismatch': crossTableMismatch,
  'cumulative-decreasing': cumulativeDecreasing,
  'form-formula-mismatch': formFormulaMismatch,
  'formula-constant': formulaConstant,
  'formula-inconsistent': formulaInconsistent,
  'indicator-name-differs': indicatorNameDiffers,
  'indicator-unmatched': indicatorUnmatched,
  'no-room-for-capaian': noRoomForCapaian,
  'number-ambiguous': numberAmbiguous,
  'number-notation-mixed': numberNotationMixed,
  'pagu-missing': paguMissing,
  'pagu-zero': paguZero,
  'percent-scale-mixed': percentScaleMixed,
  'percent-summed': percentSummed,
  'polarity-inferred': polarityInferred,
  'predicate-mismatch': predicateMismatch,
  'quarter-duplicate': quarterDuplicate,
  'quarter-missing': quarterMissing,
  'quarter-order': quarterOrder,
  'realisation-missing': realisationMissing,
  'remaining-mismatch': remainingMismatch,
  'rollup-mismatch': rollupMismatch,
  'spent-over-pagu': spentOverPagu,
  'table-not-found': tableNotFound,
  'target-missing': targetMissing,
  'target-zero': targetZero,
  'total-mismatch': totalMismatch,
  'unit-mismatch': unitMismatch,
  'unit-unknown': unitUnknown,
  'value-error': valueError,
  'value-multiple': valueMultiple,
  'value-negative': valueNegative,
  'value-unreadable': valueUnreadable,
};

/** The help of a code typed by a person (`--explain`), or null when there is no such code. */
export function helpFor(code: string): HelpPair | null {
  return Object.prototype.hasOwnProperty.call(HELP, code) ? HELP[code] ?? null : null;
}
