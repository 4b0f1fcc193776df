// Category values (predicates, audit opinions, NKA words), optionally with a score: `Baik (88)`.
import { parseNumeral } from './number';

const CATEGORIES = [
  'sangat baik', 'baik', 'cukup', 'cukup baik', 'kurang', 'sangat kurang', 'buruk', 'sangat buruk',
  'sangat memuaskan', 'memuaskan', 'tidak memuaskan', 'sangat tinggi', 'tinggi', 'sedang', 'rendah', 'sangat rendah',
  'wtp', 'wdp', 'tw', 'tmp', 'aa', 'a', 'bb', 'b', 'cc', 'c', 'd',
  // Zona Integritas predicates: Wilayah Bebas dari Korupsi, Wilayah Birokrasi Bersih dan Melayani.
  'wbk', 'wbbm',
  // The Ombudsman's compliance zones.
  'hijau', 'kuning', 'merah',
  'tercapai', 'tidak tercapai', 'sesuai', 'tidak sesuai', 'ya', 'tidak', 'ada', 'tidak ada', 'lengkap', 'tepat waktu',
];
const KNOWN = new Set(CATEGORIES);
const WITH_SCORE = /^(.+?)\s*(?:\(\s*([-\d.,]+)\s*\)|[:=]\s*([-\d.,]+))$/;
const SCORE_FIRST = /^([-\d.,]+)\s*\(\s*([^()]+?)\s*\)$/;
/** A target's category with the least score it stands for (`BB (≥ 70)`, `Baik (min. 80)`). */
const WITH_LEAST_SCORE = /^(.+?)\s*\(\s*(?:≥|≧|⩾|>=|=>|>|min(?:imal|imum)?\.?)\s*(\d[\d.,]*)\s*\)$/i;
/** A target's category with its band spelled out (`BB (70-80)`, `BB (70 s.d. 80)`): the category, no score of its own. */
const WITH_BAND = /^(.+?)\s*\(\s*\d[\d.,]*\s*(?:-|\u2013|\u2014|s\.\s?d\.?|s\/d|sd|sampai dengan|hingga)\s*\d[\d.,]*\s*\)$/i;

const NAMED = /^(?:predikat|opini(?: bpk)?|nilai|zona|kategori|peringkat)\s*:?\s+/i;
const SPELLED_OUT = new Map([
  ['wajar tanpa pengecualian', 'WTP'], ['wajar dengan pengecualian', 'WDP'], ['tidak wajar', 'TW'], ['tidak menyatakan pendapat', 'TMP'],
  ['wilayah bebas dari korupsi', 'WBK'], ['wilayah birokrasi bersih dan melayani', 'WBBM'],
]);

export function normaliseCategory(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isCategoryWord(text: string, extra?: ReadonlySet<string>): boolean {
  const n = normaliseCategory(text);
  return KNOWN.has(n) || (extra !== undefined && extra.has(n));
}

/**
 * `Baik`, `WTP`, `Baik (88)`, `88 (Baik)` → category and score; null for anything else. A target (`inTarget`) may
 * also state the least score (`BB (≥ 70)`: BB scored 70) or the band (`BB (70-80)`: BB, its score left to the scale).
 */
export function parseCategory(text: string, extra?: ReadonlySet<string>, inTarget = false): { category: string; score: number | null } | null {
  let t = text.trim();
  // The category named by what it is (`Predikat BB`, `Opini WTP`, `Nilai BB`, `Zona Hijau`), or spelled out (`Wajar
  // Tanpa Pengecualian`): each had been value-unreadable.
  const named = NAMED.exec(t);
  if (named && named[0].length < t.length) {
    const rest = parseCategory(t.slice(named[0].length), extra, inTarget);
    if (rest) return rest;
  }
  const alias = SPELLED_OUT.get(normaliseCategory(t));
  if (alias) t = alias;
  if (isCategoryWord(t, extra)) return { category: t, score: null };
  if (!/[(:=]/.test(t)) return null;
  if (inTarget) {
    const least = WITH_LEAST_SCORE.exec(t);
    if (least && isCategoryWord(least[1], extra)) {
      const n = parseNumeral(least[2]);
      return n ? { category: least[1].trim(), score: n.value } : null;
    }
    const band = WITH_BAND.exec(t);
    if (band && isCategoryWord(band[1], extra)) return { category: band[1].trim(), score: null };
  }
  const m = WITH_SCORE.exec(t);
  if (m && isCategoryWord(m[1], extra)) {
    const n = parseNumeral(m[2] ?? m[3]);
    return n ? { category: m[1].trim(), score: n.value } : null;
  }
  const f = SCORE_FIRST.exec(t);
  if (f && isCategoryWord(f[2], extra)) {
    const n = parseNumeral(f[1]);
    return n ? { category: f[2].trim(), score: n.value } : null;
  }
  return null;
}
