// How the preview grid shows a stored value: close to Excel for the formats LKj tables use.
import { Scalar, isErrorValue } from '../core/grid';
import { formatNumeral } from '../core/read/number';
import { Language } from '../core/settings';

export function displayValue(value: Scalar, format: string, lang: Language): string {
  if (value === null) return '';
  if (isErrorValue(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const f = format.replace(/"[^"]*"/g, '');
  if (f.includes('%')) {
    const decimals = (/\.(0+)%/.exec(f)?.[1].length) ?? 0;
    return `${formatNumeral(value * 100, lang, decimals)}%`;
  }
  if (/#,##0/.test(f)) {
    const decimals = (/#,##0\.(0+)/.exec(f)?.[1].length) ?? 0;
    return formatNumeral(value, lang, decimals);
  }
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}
