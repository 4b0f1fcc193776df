// Which writes are corrections (issue 15): a stated value replaced by a different computed one. A cell filled where
// it was empty is not one, nor a formula (never written), nor a stated value Cermat only rewrote as a number with
// the percent format (`98.92%` as text → 98,92 %): that is the same value, at the precision it was printed with.
import { readCell } from '../core/read/cell';
import { Scalar } from '../core/grid';
import { PreviousCell } from './convert';

export interface Written {
  previous: PreviousCell;
  written: unknown;
}

/** A number free of binary noise (0.51430000000000001 → 0.5143). */
export const clean = (n: number) => Math.round(n * 1e9) / 1e9;

function scalar(p: PreviousCell): Scalar {
  if (p.type === 'Error') return { error: String(p.value) };
  if (typeof p.value === 'number' || typeof p.value === 'boolean' || typeof p.value === 'string') return p.value;
  return String(p.value ?? '');
}

/** The stated value in percentage points, when the cell states one number (`36%`, 0.36 as 0%, 51.43). */
export function statedPercent(p: PreviousCell): { value: number; percent: boolean } | null {
  if (p.type === 'Empty' || p.type === 'Formula') return null;
  const r = readCell({ value: scalar(p), format: p.numberFormat === 'General' ? undefined : p.numberFormat });
  if (r.kind !== 'number') return null;
  return { value: r.measure.value, percent: r.measure.unit?.kind === 'percent' };
}

const decimals = (n: number) => {
  const s = String(clean(n));
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
};

/** The same value as the one written, at the stated value's printed precision (a bare number as points or a fraction). */
function sameValue(stated: { value: number; percent: boolean }, computed: number): boolean {
  const candidates = stated.percent ? [stated.value] : [stated.value, clean(stated.value * 100)];
  return candidates.some((v) => {
    const d = decimals(v);
    return Math.abs(v - computed) < 1e-6 || clean(Math.round(computed * 10 ** d) / 10 ** d) === v;
  });
}

export function isCorrection(w: Written): boolean {
  if (w.previous.type === 'Empty' || w.previous.type === 'Formula') return false;
  if (typeof w.written !== 'number') return String(w.previous.value) !== String(w.written);
  const stated = statedPercent(w.previous);
  return stated === null || !sameValue(stated, clean(w.written * 100));
}
