// The rating scale of the form's footer (SPEC §11): ≥ 91 Sangat Tinggi, 76–90 Tinggi, 66–75 Sedang, 51–65 Rendah,
// ≤ 50 Sangat Rendah, with the boundaries closed as ≤50, ≤65, ≤75, ≤90 and above 90 Sangat Tinggi. A setting.

export type Predicate = 'Sangat Rendah' | 'Rendah' | 'Sedang' | 'Tinggi' | 'Sangat Tinggi';
export const PREDICATES: Predicate[] = ['Sangat Rendah', 'Rendah', 'Sedang', 'Tinggi', 'Sangat Tinggi'];

/** The upper bounds (inclusive) of Sangat Rendah, Rendah, Sedang and Tinggi; above the last is Sangat Tinggi. */
export type RatingScale = [number, number, number, number];
export const DEFAULT_RATING_SCALE: RatingScale = [50, 65, 75, 90];

export function predicateOf(average: number, scale: RatingScale = DEFAULT_RATING_SCALE): Predicate {
  for (let i = 0; i < scale.length; i++) if (average <= scale[i]) return PREDICATES[i];
  return 'Sangat Tinggi';
}

/** The scale's abbreviations, as forms print a predicate alone: `ST`, `T`, `S`, `R`, `SR`. */
const ABBREVIATIONS = new Map<string, Predicate>([['st', 'Sangat Tinggi'], ['t', 'Tinggi'], ['s', 'Sedang'], ['r', 'Rendah'], ['sr', 'Sangat Rendah']]);

/** A stated predicate as one of the five; null for other text. */
export function parsePredicate(text: string): Predicate | null {
  // Its abbreviation after it is no other predicate: `Sangat Tinggi (ST)`, `Tinggi (T)`.
  // (`Kategori Tinggi`, `Predikat: Tinggi` name the same band.)
  const t = text.toLowerCase().replace(/\(\s*[a-z]{1,2}\s*\)\s*$/, '').replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^(?:kategori|predikat) /, '');
  for (const p of [...PREDICATES].reverse()) if (t === p.toLowerCase()) return p;
  // The abbreviation alone, in any case, dotted or in brackets (`T`, `(T)`, `S.T.`, `s t`): the band it names (was
  // a predicate-mismatch telling `T` is Tinggi, and `Tinggi` written over it).
  return /^[a-z\s.()[\]]+$/i.test(text) ? ABBREVIATIONS.get(text.toLowerCase().replace(/[^a-z]/g, '')) ?? null : null;
}

/** `50,65,75,90` → a scale; null when it is not four increasing numbers. */
export function parseRatingScale(text: string): RatingScale | null {
  const parts = text.split(/[,;/ ]+/).filter((x) => x !== '').map(Number);
  if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x))) return null;
  for (let i = 1; i < 4; i++) if (!(parts[i] > parts[i - 1])) return null;
  return parts as RatingScale;
}
