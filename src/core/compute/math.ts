// The arithmetic of SPEC §4: rounding half away from zero to 2 decimals, capaian formulas, averages.
import { Settings } from '../settings';

/** Rounds half away from zero to 2 decimals, as a reviewer's calculator does (1.005 → 1.01). */
export function round2(x: number): number {
  const p = Math.abs(x) * 100;
  // From 2^52 on a double has no fraction left to round (and past 1.8e306 the product is no finite number at all).
  if (!(p < 2 ** 52)) return x;
  // A nudge of a few ulps makes 1.005 × 100 = 100.49999999999999 round as the decimal it was typed as; capped, as
  // on large values a few ulps are a whole cent (ten trillion had been rounded to 10,000,000,000,000.01).
  const r = Math.round(p + Math.min(4 * Number.EPSILON * p, NUDGE)) / 100;
  return x < 0 ? -r : r;
}

/** The largest nudge round2 gives: far above the few ulps of a percentage, far below a cent. */
const NUDGE = 1e-7;

/**
 * A number to a step of 1/scale for a message (half toward +∞, as Math.round), free of binary noise: one too large
 * for that step (past 1.8e306 its product by 100 is no finite number) is shown as it is, never as Infinity.
 */
export function roundedTo(n: number, scale: number): number {
  const r = Math.round(n * scale) / scale;
  return Number.isFinite(r) ? r : n;
}

/** A number to the cent for a message (see roundedTo). */
export const cents = (n: number): number => roundedTo(n, 100);

/** Below this a divisor counts as zero: a target of 1e-300 is a typing slip, not a target. */
const ZERO = 1e-9;

export function isZero(x: number): boolean {
  return Math.abs(x) < ZERO;
}

/** Capaian of a numeric target T and realisation R, or null when the formula cannot be applied. */
export function capaianOf(t: number, r: number, polarity: 'positive' | 'negative', settings: Settings): number | null {
  if (polarity === 'negative') {
    if (settings.negativeFormula === 't-over-r') return isZero(r) ? null : finite((t / r) * 100);
    if (isZero(t)) return null;
    return finite(Math.max(0, ((2 * t - r) / t) * 100));
  }
  if (isZero(t)) return null;
  return finite((r / t) * 100);
}

/** x to 2 decimals, or null when it is no finite number (a ratio past what a double holds). */
export function finite(x: number): number | null {
  return Number.isFinite(x) ? round2(x) : null;
}

/**
 * Capaian against a range target [L, U] (SPEC §4): 100 inside, R/U above, R/L below — except above the range of a
 * lower-is-better indicator, short of it by the negative formula against U (`Laju inflasi` 4,0 against 1,5–3,5:
 * 2 − 4/3.5 = 85.71 %; R/U had written 114.29 %, an over-achievement for a worse result). Below the range stays R/L
 * as the SPEC says (too low an inflation misses the band too).
 */
export function rangeCapaian(low: number, high: number, r: number, polarity: 'positive' | 'negative', settings: Settings): number | null {
  if (r >= low && r <= high) return 100;
  if (r > high) return capaianOf(high, r, polarity, settings);
  return capaianOf(low, r, 'positive', settings);
}

/** Mean of rounded per-indicator capaian (null = not computed), with the average settings applied. */
export function averageOf(values: (number | null)[], settings: Settings): number | null {
  const used: number[] = [];
  for (const v of values) {
    if (v === null) {
      if (settings.absentInAverage === 'zero') used.push(0);
      continue;
    }
    used.push(settings.averageCap !== null ? Math.min(v, settings.averageCap) : v);
  }
  // A group where nothing is computable has no average, even when absent ones count as 0.
  if (used.length === 0 || values.every((v) => v === null)) return null;
  return round2(sum(used) / used.length);
}

/** Budget absorption, spent ÷ pagu in percent (rounded as displayed); null without a pagu above 0. */
export function absorptionOf(pagu: number, spent: number): number | null {
  return pagu > 0 && !isZero(pagu) ? finite((spent / pagu) * 100) : null;
}

export function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/**
 * Two amounts (counts, rupiah) are the same but for floating-point noise. Rupiah run to billions, so the slack
 * is relative and tiny: Rp1 on Rp10 billion is a difference, 1e-6 of a unit on a sum of decimals is not.
 */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 + 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/** Two stated/computed percentages agree within the tolerance (with room for binary noise). */
export function agrees(stated: number, computed: number, tolerance: number): boolean {
  return Math.abs(stated - computed) <= tolerance + 1e-9;
}

/** Rounds half away from zero to the given decimals. */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(x) * f * (1 + 4 * Number.EPSILON)) / f;
  return x < 0 ? -r : r;
}

/**
 * SPEC §10.6: a stated percentage agrees with the computed one within the tolerance, or when the computed value
 * rounded to the stated value's printed decimals equals it (`61%` against 61.19 agrees; `36%` against 51.43 does not).
 */
export function agreesAsPrinted(stated: number, computed: number, tolerance: number, decimals: number | null | undefined): boolean {
  if (agrees(stated, computed, tolerance)) return true;
  if (decimals === null || decimals === undefined || decimals >= 2) return false;
  // Both as printed: a numeric cell may hold more digits than its format shows (75.4 under `0` shows 75). The computed
  // value is known to 2 decimals only — 61.50 may be 61.496, which prints as 61 — so the stated one agrees when it lies
  // within half a printed unit of some value that rounds to the computed one (`61%` against 61.50 had been a
  // mismatch, "61 % stated, 61.50 % computed", where a calculator gives 61).
  return Math.abs(roundTo(stated, decimals) - computed) <= 0.5 * 10 ** -decimals + 0.005 + 1e-9;
}
