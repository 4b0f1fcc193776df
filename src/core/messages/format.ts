// Numbers and lists in a message, as each language prints them.

/** Any field of a finding's data. */
export type DataValue = string | number | boolean | null | readonly (string | number | null)[];
import { Language } from '../settings';
import { formatNumeral } from '../read/number';

export function num(v: DataValue | undefined, lang: Language): string {
  if (typeof v !== 'number') return v === null || v === undefined ? '–' : String(v);
  const decimals = Number.isInteger(v) ? 0 : 2;
  return formatNumeral(v, lang, decimals).replace(lang === 'id' ? /,00$/ : /\.00$/, '');
}

const SCALE_WORDS: Record<Language, Record<number, string>> = {
  id: { 1e3: 'ribu', 1e6: 'juta', 1e9: 'miliar' },
  en: { 1e3: 'thousand', 1e6: 'million', 1e9: 'billion' },
};

/**
 * A rupiah amount, its sign before the currency: `-Rp20.500.000` (was `Rp-20.500.000`). In a column whose header
 * scales its amounts (`Pagu (Rp 000)`), the number as the cell shows it and the scale's word after it:
 * `Rp7.022.542 ribu` (id), `Rp7,022,542 thousand` (en), never `Rp7.022.542` for seven billion.
 */
export function rupiah(v: DataValue | undefined, lang: Language, scale?: number | null): string {
  const word = typeof scale === 'number' ? SCALE_WORDS[lang][scale] : undefined;
  const amount = typeof v === 'number' && v < 0 ? `-Rp${num(-v, lang)}` : `Rp${num(v, lang)}`;
  return word ? `${amount} ${word}` : amount;
}

export function pct(v: DataValue | undefined, lang: Language): string {
  return typeof v === 'number' ? `${num(v, lang)} %` : '–';
}

export function list(v: DataValue | undefined, lang: Language): string {
  if (!Array.isArray(v)) return v === null || v === undefined ? '' : String(v);
  const sep = lang === 'id' ? ' dan ' : ' and ';
  const items = v.map((x) => (typeof x === 'number' ? num(x, lang) : String(x)));
  return items.length <= 1 ? items.join('') : items.slice(0, -1).join(', ') + sep + items[items.length - 1];
}

export function str(v: DataValue | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

/** A percentage with two decimals (`51,43 %` / `51.43 %`), or the given word when there is none. */
export function percent(n: number | null, lang: Language, none: string): string {
  return n === null ? none : `${formatNumeral(n, lang, 2)} %`;
}

/** At most 120 characters of a cell's text in a message (SPEC §12), cut with an ellipsis. */
export function quote(v: DataValue | undefined): string {
  const t = str(v);
  return t.length <= 120 ? t : t.slice(0, 119) + '…';
}
