// Percentages as each language prints them (51,43 % / 51.43 %).
import { formatNumeral } from '../core/read/number';
import { Language } from '../core/settings';

export function percent(n: number | null, lang: Language, none: string): string {
  return n === null ? none : `${formatNumeral(n, lang, 2)} %`;
}
