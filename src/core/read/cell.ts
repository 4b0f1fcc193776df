// Reads one value cell into a Reading (SPEC §3). Never throws: a bad cell is a reading of kind unreadable.
import { GridCell, isErrorValue } from '../grid';
import { Notation, parseNumeral } from './number';
import { lookupUnit, MAGNITUDES, PERCENT, RUPIAH, suggestUnit, Unit } from './units';
import { parseCategory } from './category';

export interface Measure {
  value: number;
  /** The catalogue unit written in the cell (or suggested for an unknown word); null for a bare number. */
  unit: Unit | null;
  /** The unit word as written when it is not in the catalogue. */
  unknownUnit?: string;
  /** The notation the numeral proves, if any. */
  notation: Notation | null;
  ambiguous?: { thousands: number; decimal: number; separator: '.' | ',' };
  /** A numeric cell with a percent number format (read as a fraction). */
  percentFormat?: boolean;
  /** A numeric cell (not text). */
  numeric?: boolean;
  /**
   * A target stated as a bound (`≥ 80%`, `Min. 80%`: at least; `≤ 5 hari`, `Maks. 5 hari`: at most), with the words
   * that say so: the number is the target, the bound its direction.
   */
  bound?: { side: 'min' | 'max'; words: string };
}

export type Reading =
  | { kind: 'number'; measure: Measure }
  | { kind: 'absent' }
  | { kind: 'category'; category: string; score: number | null }
  | { kind: 'range'; low: Measure; high: Measure }
  | { kind: 'multiple'; measures: Measure[] }
  | { kind: 'error'; error: string }
  | { kind: 'unreadable'; text: string };

/** Readings are not changed once made (but for an ambiguous numeral's decision): the empty one is shared. */
const NOTHING: Reading = Object.freeze({ kind: 'absent' });
const ABSENT = new Set(['', '-', '--', '---', '\u2013', '\u2014', 'n/a', 'na', '#n/a!']);

/** A text that stands for no value (`-`, `–`, `n/a`, blank): SPEC §3's absent. */
export function isAbsentText(text: string): boolean {
  return ABSENT.has(text.trim().toLowerCase());
}
/** Magnitude words after a numeral (their factors in MAGNITUDES). */
const MAGNITUDE = /^(ribu|rb|juta|jt|miliar|milyar|triliun)\b\.?/i;
const RUPIAH_MAGNITUDE = /^(m|mlyr|mlr|t)(?![a-z])\.?/i;

/** Accounting's nil amount: a currency mark and a dash (`Rp -`, `Rp. -`, `Rp -,-`, `IDR –`). */
const CURRENCY_DASH = /^(?:rp\.?|idr)\s*[-\u2013\u2014]+(?:\s*[,.]\s*-+)?$/;
const ERROR_TEXT = /^#(DIV\/0!|REF!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;
const NUMERAL = /[-\u2212+]?\d(?:[\d.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))*/y;
const CURRENCY = /(?:rp\.?|idr)\s*/iy;
/** A bound before a target's number: at least (`≥`, `>`, `min.`, `minimal`, `paling sedikit`) or at most. */
const COMPARATOR = /^(≥|≧|⩾|>=|=>|>|≤|≦|⩽|<=|=<|<|min(?:imal|imum)?\.?(?=[\s\d])|maks(?:imal|imum)?\.?(?=[\s\d])|max(?:imal|imum)?\.?(?=[\s\d])|paling sedikit|sekurang-kurangnya|tidak kurang dari|paling banyak|setinggi-tingginya|sebanyak-banyaknya|tidak lebih dari|tidak melebihi)\s*/i;
const AT_MOST = /^(≤|≦|⩽|<=|=<|<|maks|max|paling banyak|setinggi|sebanyak|tidak lebih|tidak melebihi)/i;
/** Grouped thousands in brackets, a currency allowed: accounting's negative amount. */
const ACCOUNTING_NEGATIVE = /^\(\s*((?:rp\.?\s*|idr\s*)?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?(?:\s*[,.]-)?)\s*\)$/i;
const RANGE_SEP = /^(.*?\d%?)\s*(?:-|\u2013|\u2014|s\.\s?d\.?|s\/d|sd|sampai dengan|sampai|hingga)\s*([-\u2212+]?\d.*)$/i;

/**
 * A number format that shows a percentage: a `%` outside quoted text, escapes and spacers (`0_%` shows no percent
 * sign, only its width), in the section that shows the value (positive; negative; zero — `#,##0;-#,##0;0%` shows
 * 60 as 60, not 6000 %). Without a value, the first section.
 */
export function isPercentFormat(format: string | undefined, value?: number): boolean {
  if (!format || !format.includes('%')) return false;
  const sections = format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/[_*]./g, '').replace(/\[[^\]]*\]/g, '').split(';');
  const section = value === undefined || value > 0 || sections.length === 1 ? sections[0] : value < 0 ? sections[1] : sections[2] ?? sections[0];
  return section.includes('%');
}

const DATE_FORMATS = new Map<string, boolean>();

/** A date or time number format (`dd/mm/yyyy`, `mm-dd-yy`, `h:mm`, `[$-421]d mmmm yyyy`); not `0%`, `#,##0 "hari"`. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let known = DATE_FORMATS.get(format);
  if (known === undefined) {
    // Only the first section decides (positive numbers); quoted text, escapes, fills, spacers and [..] tags out,
    // but elapsed time ([h], [mm], [ss]) counts.
    const section = format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/[_*]./g, '').split(';')[0];
    const tagless = section.replace(/\[(h+|m+|s+)\]/gi, 'h').replace(/\[[^\]]*\]/g, '');
    known = /[dmyhs]/i.test(tagless.replace(/General/gi, ''));
    DATE_FORMATS.set(format, known);
  }
  return known;
}

/** An Excel serial (1900 date system) as the date it shows, for messages: 45662 → 2025-01-05. */
function serialDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  return Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString().slice(0, 10) : String(serial);
}

export interface ReadOptions {
  /** Target cells may hold a range (`80–90%`). */
  allowRange?: boolean;
  /** Category words of custom scales, normalised (lower case). */
  categories?: ReadonlySet<string>;
}

export function readCell(cell: GridCell | undefined, options: ReadOptions = {}): Reading {
  const v = cell?.value;
  if (v === null || v === undefined) return NOTHING;
  if (isErrorValue(v)) return { kind: 'error', error: v.error };
  // As Excel shows it (`TRUE`), not as JavaScript prints it.
  if (typeof v === 'boolean') return { kind: 'unreadable', text: v ? 'TRUE' : 'FALSE' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'unreadable', text: String(v) };
    // SPEC §12 "Dates are dates": a date is not a measure, whatever serial number it is stored as.
    if (isDateFormat(cell?.format)) return { kind: 'unreadable', text: serialDate(v) };
    if (isPercentFormat(cell?.format, v)) {
      // Past 1.8e306 the percentage Excel would show is no finite number: nothing to read it as.
      if (!Number.isFinite(v * 100)) return { kind: 'unreadable', text: String(v) };
      return { kind: 'number', measure: { value: clean(v * 100), unit: PERCENT, notation: null, numeric: true, percentFormat: true } };
    }
    // A literal `%` in the format (`0.00"%"`, `0.0\%`) shows the number as written, a percentage: 0.85 shows 0.85%,
    // no fraction (it had been percent-scale-mixed beside 1.50%, and no capaian computed).
    if (cell?.format !== undefined && LITERAL_PERCENT.test(cell.format)) {
      return { kind: 'number', measure: { value: v, unit: PERCENT, notation: null, numeric: true, percentFormat: true } };
    }
    return { kind: 'number', measure: { value: v, unit: null, notation: null, numeric: true } };
  }
  return readText(v, options.allowRange ?? false, options.categories);
}

export function readText(input: string, allowRange: boolean, categories?: ReadonlySet<string>): Reading {
  return readPlainText(input, categories) ?? readTextFully(input, allowRange, categories);
}

/** The reading step by step, without shortcuts: what readText's fast path must give too. */
export function readTextFully(input: string, allowRange: boolean, categories?: ReadonlySet<string>): Reading {
  let text = /[\u00a0\u202f\t\n\r]| {2}/.test(input) ? input.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim() : input.trim();
  // What a value carries beside it as typed or pasted: zero-width spaces (from a PDF), a leading apostrophe, a
  // footnote mark (`85*)`, `12*`), a note or the number in words in brackets (`85 (sementara)`, `3 (tiga) dokumen`),
  // accounting's `,--`. Each had made the value unreadable.
  if (/[\u200b-\u200d\ufeff'*(]|,--/.test(text)) text = withoutMarks(text);
  const lower = text.toLowerCase();
  if (ABSENT.has(lower) || CURRENCY_DASH.test(lower)) return NOTHING;
  // `Nihil`: none, a count of 0 (`Jumlah temuan`: Nihil).
  if (lower === 'nihil') return { kind: 'number', measure: { value: 0, unit: null, notation: null } };
  // A maturity level (SPIP, MRI: `Level 3`) is its number; `Nilai 85`, `Skor 85` the score 85 (`85 nilai`).
  const level = /^(level|nilai|skor)\s+(\d+(?:[.,]\d+)?)$/.exec(lower);
  if (level) return readTextFully(level[1] === 'level' ? level[2] : `${level[2]} ${level[1]}`, allowRange, categories);
  if (ERROR_TEXT.test(text)) return { kind: 'error', error: text.toUpperCase() };
  // A target stated as a bound (target cells only, like ranges): its number, and which side it bounds; a category
  // bound (`Minimal BB`, `Min. WTP`) is that category.
  const comparator = allowRange ? COMPARATOR.exec(text) : null;
  if (comparator) {
    const rest = readTextFully(text.slice(comparator[0].length), false, categories);
    const words = comparator[0].trim();
    if (rest.kind === 'number') return { kind: 'number', measure: { ...rest.measure, bound: { side: AT_MOST.test(words) ? 'max' : 'min', words } } };
    if (rest.kind === 'category') return rest;
    // `Minimal BB (≥ 70)`: the bound said twice, the category's least score in brackets.
    const scored = parseCategory(text.slice(comparator[0].length), categories, true);
    return scored ? { kind: 'category', ...scored } : { kind: 'unreadable', text };
  }
  if (!/\d/.test(text)) {
    const cat = parseCategory(text, categories);
    return cat ? { kind: 'category', ...cat } : { kind: 'unreadable', text };
  }
  const cat = parseCategory(text, categories, allowRange);
  if (cat) return { kind: 'category', ...cat };
  // An amount in brackets, as accounting prints a negative one (`(1.250.000)`, `(Rp 1.250.000)`): that amount with its
  // minus sign before the digits, read as any signed numeral (an ambiguous one keeps both readings negative).
  const bracketed = ACCOUNTING_NEGATIVE.exec(text);
  if (bracketed) {
    const signed = readTextFully(bracketed[1].replace(/\d/, '-$&'), false, categories);
    if (signed.kind === 'number') return signed;
  }

  const measures = scanMeasures(text);
  if (measures && measures.length === 1) return { kind: 'number', measure: measures[0] };
  if (measures && measures.length > 1) {
    // `80-90`, `80 s.d. 90`: a range, not two values (nor 80 and −90); outside a target it is unreadable (SPEC §3).
    if (measures.length === 2) {
      const range = readRange(text);
      if (range) return allowRange ? range : { kind: 'unreadable', text };
    }
    return { kind: 'multiple', measures };
  }
  const range = readRange(text);
  if (range) return allowRange ? range : { kind: 'unreadable', text };
  return { kind: 'unreadable', text };
}

/** A bracketed aside after a value: the number in words (`(tiga)`, `(dua puluh lima)`) or a note (`(sementara)`). */
const ASIDE = new RegExp('^(?!(?:ribu|ribuan|juta|jutaan|miliar|milyar)$)(?:(?:nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|seratus|ratus|seribu|ribu|juta|koma)\\s*)+$' +
  '|^(?:angka )?(?:sementara|prognosa|proyeksi|estimasi|perkiraan|nihil|unaudited|belum final)$', 'i');

function withoutMarks(input: string): string {
  let text = input.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/^'/, '').replace(/,-{2,}$/, ',-').trim();
  if (/\d/.test(text)) {
    text = text.replace(/\s*\*+\)?$/, '').replace(/\s*\(([a-z][a-z .]*)\)/gi, (m, words: string, offset: number) => (offset > 0 && ASIDE.test(words.trim()) ? '' : m)).trim();
  }
  return text.replace(/\s+/g, ' ');
}

const LITERAL_PERCENT = /"[^"]*%[^"]*"|\\%/;

/** `2,5 ± 1%`, `3 +/- 1`: a centre and how far either way, as Bank Indonesia states an inflation target. */
const PLUS_MINUS = /^(.*?\d%?)\s*(?:\u00b1|\+\s?\/\s?-|\+-)\s*(\d.*)$/;

function readRange(text: string): Reading | null {
  const pm = PLUS_MINUS.exec(text);
  if (pm) {
    const c = scanMeasures(pm[1]);
    const d = scanMeasures(pm[2]);
    if (!c || !d || c.length !== 1 || d.length !== 1) return null;
    const unit = c[0].unit ?? d[0].unit;
    const at = (x: number) => Math.round(x * 1e9) / 1e9;
    return { kind: 'range', low: { ...c[0], unit, value: at(c[0].value - d[0].value) }, high: { ...c[0], unit, value: at(c[0].value + d[0].value) } };
  }
  const m = RANGE_SEP.exec(text);
  if (!m) return null;
  const a = scanMeasures(m[1]);
  const b = scanMeasures(m[2]);
  if (!a || !b || a.length !== 1 || b.length !== 1) return null;
  const low = { ...a[0], unit: a[0].unit ?? b[0].unit };
  const high = { ...b[0], unit: b[0].unit ?? a[0].unit };
  if (low.value > high.value) return null;
  return { kind: 'range', low, high };
}

/** `75 Kasus 36%` → two measures; null when the text is not a sequence of numbers with units. */
function scanMeasures(text: string): Measure[] | null {
  const s = text.replace(/\s*[,.]-$/, '');
  const out: Measure[] = [];
  let i = 0;
  while (i < s.length) {
    while (s[i] === ' ') i++;
    if (i >= s.length) break;
    let currency = false;
    CURRENCY.lastIndex = i;
    const cur = CURRENCY.exec(s);
    if (cur && /[-\u2212+\d]/.test(s[i + cur[0].length] ?? '')) {
      currency = true;
      i += cur[0].length;
    }
    NUMERAL.lastIndex = i;
    const num = NUMERAL.exec(s);
    if (!num) return null;
    let token = num[0];
    while (/[.,\s]$/.test(token)) token = token.slice(0, -1);
    i += num[0].length;
    const numeral = parseNumeral(token);
    if (!numeral) return null;
    // The unit phrase runs to the next number (or the currency prefix of the next number).
    let j = i;
    while (j < s.length && !isSignOrDigit(s.charCodeAt(j))) j++;
    if (j < s.length && !isDigit(s.charCodeAt(j)) && !isDigit(s.charCodeAt(j + 1))) return null;
    let phrase = s.slice(i, j);
    const nextCurrency = /\b(rp\.?|idr)\s*$/i.exec(phrase);
    if (nextCurrency && j < s.length) phrase = phrase.slice(0, nextCurrency.index);
    i += phrase.length;
    phrase = phrase.trim();
    // A magnitude word after the numeral (`1,5 juta`, `Rp 2,5 triliun`, `750 ribu orang`) scales it: read as a unit
    // word it had made 1.5 of 1,5 million (a capaian of 108,030,000 % written over a right 108.03 %).
    // After a rupiah amount, `M` and `T` are miliar and triliun too (`Rp 1,5 M`: 1.5 had been read, and a capaian of
    // 90,000,000,000 % written).
    const magnitude = MAGNITUDE.exec(phrase) ?? (currency ? RUPIAH_MAGNITUDE.exec(phrase) : null);
    const factor = magnitude ? MAGNITUDES[magnitude[1].toLowerCase()] : 1;
    if (magnitude) phrase = phrase.slice(magnitude[0].length).trim();
    const measure: Measure = { value: numeral.value, unit: currency ? RUPIAH : null, notation: numeral.notation };
    if (numeral.ambiguous) measure.ambiguous = numeral.ambiguous;
    scale(measure, factor);
    if (phrase !== '' && !setUnit(measure, phrase)) return null;
    // Scaled past what a double holds (`9…9 triliun`): no number to compute with, the text is read as unreadable.
    if (!Number.isFinite(measure.value) || (measure.ambiguous && !Number.isFinite(measure.ambiguous.thousands))) return null;
    out.push(measure);
  }
  return out.length > 0 ? out : null;
}

/** A measure (and both readings of its ambiguous numeral) times a magnitude. */
function scale(measure: Measure, factor: number): void {
  if (factor === 1) return;
  measure.value *= factor;
  const a = measure.ambiguous;
  if (a) measure.ambiguous = { ...a, thousands: a.thousands * factor, decimal: a.decimal * factor };
}

/** The unit phrase after a numeral: `%…`, a catalogue word, or one or two words suggested from; false for anything else. */
function setUnit(measure: Measure, phrase: string): boolean {
  // `2 gedung, 3 kandang`: the separator before the next value is not part of the unit word. A phrase of separators
  // alone (`4 ; 5`) stays as it is, and is refused below.
  const word = phrase.replace(/[\s,;/]+$/, '');
  if (word !== '') phrase = word;
  // `36 dari 40 desa`: the word between two numbers joins them, and names no unit of the first.
  if (/^(dari|of|dr\.?)$/i.test(phrase)) return true;
  const unit = phrase.startsWith('%') ? PERCENT : lookupUnit(phrase);
  if (unit) {
    // A scale typed with the amount (`1.350.000 ribuan rupiah`) is applied here: the measure is whole rupiah.
    if (unit.scale !== undefined) {
      scale(measure, unit.scale);
      measure.unit = RUPIAH;
      return true;
    }
    measure.unit = unit;
    return true;
  }
  if (phrase.split(' ').length > 2 || /^[^a-z]/i.test(phrase)) return false;
  measure.unknownUnit = phrase;
  measure.unit = suggestUnit(phrase);
  return true;
}

/**
 * The common cells without a regex: `12`, `85%`, `60,5%`, `1004 orang` — digits, at most one separator not followed
 * by exactly three digits (that one is ambiguous), then nothing, `%` or one space and letters. Null for anything
 * else, which readTextFully reads; the two agree on every text this accepts (a property test holds them to it).
 */
function readPlainText(text: string, categories?: ReadonlySet<string>): Reading | null {
  const n = text.length;
  let i = 0;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  if (i === 0 || i > 15) return null;
  const intEnd = i;
  let sep = 0;
  if (i < n && (text.charCodeAt(i) === 0x2e || text.charCodeAt(i) === 0x2c)) {
    sep = text.charCodeAt(i);
    i++;
    const fracStart = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    const fracLength = i - fracStart;
    if (fracLength === 0 || fracLength === 3 || fracLength > 15) return null;
  }
  const numeralEnd = i;
  let phrase = '';
  if (i < n) {
    if (text.charCodeAt(i) === 0x25) {
      if (i + 1 !== n) return null;
      phrase = '%';
    } else {
      if (text.charCodeAt(i) !== 0x20 || i + 1 === n) return null;
      for (let j = i + 1; j < n; j++) if (!isAsciiLetter(text.charCodeAt(j))) return null;
      phrase = text.slice(i + 1);
      if (MAGNITUDE.test(phrase)) return null; // `1,5 juta`: readTextFully scales it
    }
  }
  if (categories !== undefined && categories.has(text.toLowerCase())) return null;
  const value = sep === 0 ? Number(text.slice(0, intEnd)) : Number(text.slice(0, intEnd) + '.' + text.slice(intEnd + 1, numeralEnd));
  const notation: Notation | null = sep === 0 ? null : sep === 0x2c ? 'id' : 'en';
  const measure: Measure = { value, unit: null, notation };
  if (phrase !== '') setUnit(measure, phrase);
  return { kind: 'number', measure };
}

function isAsciiLetter(ch: number): boolean {
  return (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
}

function isDigit(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}

/** A digit or a sign that may open a number: `-`, `−`, `+`. */
function isSignOrDigit(ch: number): boolean {
  return isDigit(ch) || ch === 0x2d || ch === 0x2212 || ch === 0x2b;
}

/** Removes binary noise from a scaled fraction (0.5143 × 100 = 51.43, not 51.430000000000001). */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}
