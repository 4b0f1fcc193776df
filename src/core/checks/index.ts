// Every table check, sorted by code. Workbook-level codes (table-not-found, cross-table-*) live in ../workbook.ts.
import absorptionMismatch from './absorption-mismatch';
import annualMissing from './annual-missing';
import annualSumMismatch from './annual-sum-mismatch';
import annualUnderivable from './annual-underivable';
import averageMismatch from './average-mismatch';
import capaianImplausible from './capaian-implausible';
import capaianMismatch from './capaian-mismatch';
import capaianUnverifiable from './capaian-unverifiable';
import categoryUnscored from './category-unscored';
import { Check } from './check';
import columnMissing from './column-missing';
import cumulativeDecreasing from './cumulative-decreasing';
import noRoomForCapaian from './no-room-for-capaian';
import numberAmbiguous from './number-ambiguous';
import numberNotationMixed from './number-notation-mixed';
import paguMissing from './pagu-missing';
import paguZero from './pagu-zero';
import percentScaleMixed from './percent-scale-mixed';
import quarterDuplicate from './quarter-duplicate';
import quarterMissing from './quarter-missing';
import quarterOrder from './quarter-order';
import realisationMissing from './realisation-missing';
import spentOverPagu from './spent-over-pagu';
import targetMissing from './target-missing';
import targetZero from './target-zero';
import totalMismatch from './total-mismatch';
import unitMismatch from './unit-mismatch';
import unitUnknown from './unit-unknown';
import valueError from './value-error';
import valueMultiple from './value-multiple';
import valueNegative from './value-negative';
import valueUnreadable from './value-unreadable';

export const TABLE_CHECKS: Check[] = [
  absorptionMismatch, annualMissing, annualSumMismatch, annualUnderivable, averageMismatch, capaianImplausible,
  capaianMismatch, capaianUnverifiable, categoryUnscored, columnMissing, cumulativeDecreasing, noRoomForCapaian,
  numberAmbiguous, numberNotationMixed, paguMissing, paguZero, percentScaleMixed, quarterDuplicate, quarterMissing,
  quarterOrder, realisationMissing, spentOverPagu, targetMissing, targetZero, totalMismatch, unitMismatch, unitUnknown,
  valueError, valueMultiple, valueNegative, valueUnreadable,
];
