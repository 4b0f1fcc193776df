// What Excel stores when a value is written through Range.values or Range.formulas: the text is parsed as if the
// user had typed it in the user's locale. A leading `=` (and `+`, `-`, `@` before something that is not a number)
// makes a formula; numbers, percentages, currency amounts, dates, times and booleans become typed values; an error
// literal becomes that error; a leading apostrophe keeps the rest as text; a cell formatted as Text (`@`) keeps the
// text. (Excel help, "Enter data manually in worksheet cells" and "Stop automatically changing numbers to dates";
// Range.values reference: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
// interprets this value as a formula.")
import { Scalar } from '../../core/grid';

export interface Locale {
  decimal: string;
  thousands: string;
  /** Day before month in a typed date (`1/2` is 1 February). */
  dayFirst: boolean;
  booleans: [string, string];
  currency: string[];
  months: string[][];
}

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS_ID = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu|agt|agustus', 'sep', 'okt', 'nov', 'des'];

export const LOCALES: Record<'en' | 'id', Locale> = {
  en: { decimal: '.', thousands: ',', dayFirst: false, booleans: ['TRUE', 'FALSE'], currency: ['$'], months: MONTHS_EN.map((m) => m.split('|')) },
  id: { decimal: ',', thousands: '.', dayFirst: true, booleans: ['BENAR', 'SALAH'], currency: ['Rp'], months: MONTHS_ID.map((m) => m.split('|')) },
};

/** `id-ID` → Indonesian conventions; anything English → en-US. */
export function localeOf(language: string): Locale {
  return language.toLowerCase().startsWith('id') ? LOCALES.id : LOCALES.en;
}

export interface Typed {
  value: Scalar;
  /** Set when the input became a formula (without its `=`). */
  formula?: string;
  /** The number format Excel gives a General cell for this input (a percentage, a date, a currency). */
  format?: string;
}

const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BUSY!', '#BLOCKED!', '#CONNECT!', '#UNKNOWN!'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A number as typed in the locale (`1.234,5` in id-ID, `1,234.5` in en-US), or null. */
export function parseLocaleNumber(text: string, loc: Locale): number | null {
  const t = escape(loc.thousands);
  const d = escape(loc.decimal);
  const re = new RegExp(`^([-+]?)(\\d{1,3}(?:${t}\\d{3})+|\\d+)?(?:${d}(\\d+))?(?:[eE]([-+]?\\d+))?$`);
  const m = re.exec(text);
  if (!m || (!m[2] && !m[3])) return null;
  const digits = (m[2] ?? '0').split(loc.thousands).join('') + (m[3] ? '.' + m[3] : '') + (m[4] ? 'e' + m[4] : '');
  const n = Number(m[1] + digits);
  return Number.isFinite(n) ? n : null;
}

/** Excel's serial date (days since 1899-12-30). */
function serial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = Date.UTC(year, month - 1, day);
  if (new Date(date).getUTCDate() !== day) return null;
  return Math.round((date - Date.UTC(1899, 11, 30)) / 86400000);
}

function monthIndex(name: string, loc: Locale): number {
  const n = name.toLowerCase();
  for (const l of [loc, LOCALES.en]) {
    const i = l.months.findIndex((forms) => forms.some((f) => f === n || (n.length >= 3 && f.startsWith(n)) || (n.length > 3 && n.startsWith(f))));
    if (i >= 0) return i + 1;
  }
  return 0;
}

function parseDate(text: string, loc: Locale, thisYear: number): Typed | null {
  let m = /^(\d{1,4})[/-](\d{1,2})(?:[/-](\d{1,4}))?$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    let year = m[3] ? Number(m[3]) : thisYear;
    if (m[1].length === 4) {
      const s = m[3] ? serial(a, b, Number(m[3])) : null;
      return s === null ? null : { value: s, format: 'yyyy-mm-dd' };
    }
    if (year < 100) year += year < 30 ? 2000 : 1900;
    const [day, month] = loc.dayFirst ? [a, b] : [b, a];
    const s = serial(year, month, day);
    return s === null ? null : { value: s, format: m[3] ? (loc.dayFirst ? 'dd/mm/yyyy' : 'm/d/yyyy') : 'd-mmm' };
  }
  m = /^(\d{1,2})[\s-]([A-Za-z]{3,9})(?:[\s-](\d{2,4}))?$/.exec(text) ?? null;
  const n = m ? null : /^([A-Za-z]{3,9})[\s-](\d{1,2})(?:,?[\s-](\d{2,4}))?$/.exec(text);
  if (m || n) {
    const [day, name, y] = m ? [Number(m[1]), m[2], m[3]] : [Number(n![2]), n![1], n![3]];
    const month = monthIndex(name, loc);
    if (!month) return null;
    let year = y ? Number(y) : thisYear;
    if (year < 100) year += year < 30 ? 2000 : 1900;
    const s = serial(year, month, day);
    return s === null ? null : { value: s, format: y ? 'd-mmm-yy' : 'd-mmm' };
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (m && Number(m[1]) < 24 && Number(m[2]) < 60 && Number(m[3] ?? 0) < 60) {
    return { value: (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86400, format: m[3] ? 'h:mm:ss' : 'h:mm' };
  }
  return null;
}

/**
 * What a cell holds after `input` is written into it.
 * @param cellFormat the cell's number format before the write (`@` keeps text as typed)
 */
export function typeInput(input: unknown, loc: Locale, cellFormat = 'General', thisYear = new Date().getFullYear()): Typed {
  if (input === null || input === undefined || input === '') return { value: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') return { value: String(input) };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (cellFormat === '@') return { value: input };
  if (input.startsWith('=') && input.length > 1) return { value: { error: '#NAME?' }, formula: input.slice(1) };
  const t = input.trim();
  const upper = t.toUpperCase();
  if (ERRORS.includes(upper)) return { value: { error: upper } };
  if (upper === loc.booleans[0] || upper === 'TRUE') return { value: true };
  if (upper === loc.booleans[1] || upper === 'FALSE') return { value: false };
  // Numbers, with a sign, in parentheses (negative), as a percentage or with the locale's currency.
  let body = t;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(body);
  if (paren) {
    body = paren[1].trim();
    negative = true;
  }
  let format: string | undefined;
  const cur = loc.currency.find((c) => body.toLowerCase().startsWith(c.toLowerCase()) || body.toLowerCase().startsWith('-' + c.toLowerCase()));
  if (cur) {
    const sign = body.startsWith('-') ? '-' : '';
    body = sign + body.slice(sign.length + cur.length).trim();
    format = `"${cur}"#,##0`;
  }
  let percent = false;
  if (!cur && body.endsWith('%')) {
    body = body.slice(0, -1).trim();
    percent = true;
  }
  const n = parseLocaleNumber(body, loc);
  if (n !== null) {
    const v = (negative ? -n : n) / (percent ? 100 : 1);
    if (percent) format = body.includes(loc.decimal) ? '0.00%' : '0%';
    return format ? { value: v, format } : { value: v };
  }
  if (!paren && !cur && !percent) {
    const date = parseDate(t, loc, thisYear);
    if (date) return date;
  }
  // `+`, `-` and `@` before anything else start a formula, as when typed.
  if (/^[+\-@]./.test(input)) return { value: { error: '#NAME?' }, formula: input };
  return { value: input };
}
