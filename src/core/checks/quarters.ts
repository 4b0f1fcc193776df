// Period names as printed in LKj tables: quarters I–IV, semesters I–II, months 1–12.
import { PeriodKind } from '../detect/labels';
import { PERIOD_COUNT } from '../detect/layout';

export const QUARTER_NAMES = ['I', 'II', 'III', 'IV'];

/** A period's printed name: `I` for Triwulan I or Semester I, `1` for January. */
export function periodName(kind: PeriodKind, index: number): string {
  return kind === 'month' ? String(index + 1) : QUARTER_NAMES[index];
}

/** The period indices a table of this kind has: 0–3, 0–1 or 0–11. */
export function periodIndices(kind: PeriodKind): number[] {
  return Array.from({ length: PERIOD_COUNT[kind] }, (_, i) => i);
}
