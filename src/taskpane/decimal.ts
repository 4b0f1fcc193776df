// Reading a number a planner typed into a settings field, in Indonesian (0,05) or English (0.05) notation.
import { Language } from '../core/settings';

export type TypedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

/**
 * One `,` or `.` is the decimal separator in either notation; thousands grouping is not accepted
 * (settings are small numbers: 0,01, 120, 150), so `1.000` reads as 1, never as a thousand.
 */
export function readTypedNumber(text: string): TypedNumber {
  const t = text.replace(/[\s\u00a0]/g, '');
  if (t === '') return { kind: 'empty' };
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(t)) return { kind: 'invalid' };
  const value = Number(t.replace(',', '.'));
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/** A setting's number as the pane shows it: `0,01` in Indonesian, `0.01` in English. */
export function showTypedNumber(n: number, lang: Language): string {
  const s = String(n);
  return lang === 'id' ? s.replace('.', ',') : s;
}
