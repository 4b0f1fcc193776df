// Category values (predicates, audit opinions, NKA words), optionally with a score: `Baik (88)`.
import { parseNumeral } from './number';

const CATEGORIES = [
  'sangat baik', 'baik', 'cukup', 'cukup baik', 'kurang', 'sangat kurang', 'buruk', 'sangat buruk',
  'sangat memuaskan', 'memuaskan', 'tidak memuaskan', 'sangat tinggi', 'tinggi', 'sedang', 'rendah', 'sangat rendah',
  'wtp', 'wdp', 'tw', 'tmp', 'aa', 'a', 'bb', 'b', 'cc', 'c', 'd',
  'tercapai', 'tidak tercapai', 'sesuai', 'tidak sesuai', 'ya', 'tidak', 'ada', 'tidak ada', 'lengkap', 'tepat waktu',
];
const KNOWN = new Set(CATEGORIES);
const WITH_SCORE = /^(.+?)\s*(?:\(\s*([-\d.,]+)\s*\)|[:=]\s*([-\d.,]+))$/;
const SCORE_FIRST = /^([-\d.,]+)\s*\(\s*([^()]+?)\s*\)$/;

export function normaliseCategory(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isCategoryWord(text: string, extra?: ReadonlySet<string>): boolean {
  const n = normaliseCategory(text);
  return KNOWN.has(n) || (extra !== undefined && extra.has(n));
}

/** `Baik`, `WTP`, `Baik (88)`, `88 (Baik)` → category and score; null for anything else. */
export function parseCategory(text: string, extra?: ReadonlySet<string>): { category: string; score: number | null } | null {
  const t = text.trim();
  if (isCategoryWord(t, extra)) return { category: t, score: null };
  if (!/[(:=]/.test(t)) return null;
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
