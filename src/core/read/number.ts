// Number notation of SPEC §3.1: Indonesian (1.234,5) and English (1,234.5), with the ambiguity rules.

export type Notation = 'id' | 'en';

export interface Numeral {
  value: number;
  /** The notation this numeral proves, when it proves one. */
  notation: Notation | null;
  /**
   * Set when one separator is followed by exactly three digits (`1.905`): the reading as thousands and
   * as a decimal, and the notation each would mean. `value` holds the Indonesian reading until resolved.
   */
  ambiguous?: { thousands: number; decimal: number; separator: '.' | ',' };
}

const DIGITS = /^\d+$/;

/**
 * Reads a numeral such as `14.107.139.000`, `35,17`, `7,022,542,000` or `1.905` (signs allowed, no units).
 * Returns null when it is not a well-formed numeral (`1.90.5`).
 */
export function parseNumeral(input: string): Numeral | null {
  let s = input.replace(/[\s\u00a0\u202f]+/g, '');
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  if (s === '' || !/^[\d.,]+$/.test(s) || !/^\d/.test(s) || !/\d$/.test(s)) return null;
  const dots = count(s, '.');
  const commas = count(s, ',');
  const signed = (n: Numeral | null): Numeral | null => {
    // A numeral past what a double holds (400 nines) is no number to compute with.
    if (!n || !Number.isFinite(n.value) || (n.ambiguous && !Number.isFinite(n.ambiguous.thousands))) return null;
    const out: Numeral = { value: sign * n.value, notation: n.notation };
    if (n.ambiguous) {
      out.ambiguous = { ...n.ambiguous, thousands: sign * n.ambiguous.thousands, decimal: sign * n.ambiguous.decimal };
    }
    return out;
  };

  if (dots === 0 && commas === 0) return signed({ value: Number(s), notation: null });

  if (dots > 0 && commas > 0) {
    const decimalSep = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    const i = s.lastIndexOf(decimalSep);
    const intPart = s.slice(0, i);
    const frac = s.slice(i + 1);
    if (intPart.includes(decimalSep) || !DIGITS.test(frac)) return null;
    const whole = grouped(intPart, groupSep);
    if (whole === null) return null;
    return signed({ value: Number(`${whole}.${frac}`), notation: decimalSep === ',' ? 'id' : 'en' });
  }

  const sep = dots > 0 ? '.' : ',';
  const n = dots + commas;
  if (n > 1) {
    const whole = grouped(s, sep);
    if (whole === null) return null;
    return signed({ value: Number(whole), notation: sep === '.' ? 'id' : 'en' });
  }

  const [head, tail] = s.split(sep);
  const asDecimal = Number(`${head}.${tail}`);
  // A leading zero cannot open a thousands group: 0,500 is a decimal in any notation.
  if (tail.length !== 3 || /^0+$/.test(head) || head.length > 3) {
    return signed({ value: asDecimal, notation: sep === ',' ? 'id' : 'en' });
  }
  const thousands = Number(head + tail);
  return signed({
    value: sep === '.' ? thousands : asDecimal,
    notation: null,
    ambiguous: { thousands, decimal: asDecimal, separator: sep },
  });
}

/** The notation a reading as thousands (or as decimal) of an ambiguous numeral would mean. */
export function notationOfChoice(separator: '.' | ',', asThousands: boolean): Notation {
  return (separator === '.') === asThousands ? 'id' : 'en';
}

/** `14.107.139` with `.` → `14107139`; null when the groups after the first are not threes. */
function grouped(s: string, sep: string): string | null {
  const parts = s.split(sep);
  if (!DIGITS.test(parts[0]) || (parts.length > 1 && parts[0].length > 3)) return null;
  for (let i = 1; i < parts.length; i++) if (parts[i].length !== 3 || !DIGITS.test(parts[i])) return null;
  return parts.join('');
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ch) n++;
  return n;
}

/** Writes a number in the given notation with thousands grouping (used by tests and messages). */
export function formatNumeral(value: number, notation: Notation, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const groupSep = notation === 'id' ? '.' : ',';
  const decSep = notation === 'id' ? ',' : '.';
  const groupedInt = int.replace(/\B(?=(\d{3})+(?!\d))/g, groupSep);
  return (value < 0 ? '-' : '') + groupedInt + (frac ? decSep + frac : '');
}
