// The settings of SPEC §8, shared by the add-in panel and the CLI flags.

export type Language = 'id' | 'en';
export type Polarity = 'positive' | 'negative';

export interface Settings {
  /** Indicators whose capaian is not computed: left out of averages, or counted as 0. */
  absentInAverage: 'omit' | 'zero';
  /** A cap applied to each capaian inside averages only (e.g. 120); null for none. */
  averageCap: number | null;
  /** Negative polarity: `(2T − R)/T` (not below 0) or `T/R`. */
  negativeFormula: 'two-t-minus-r' | 't-over-r';
  /** Computed capaian above this is `capaian-implausible`. */
  implausibleAbove: number;
  /** A stated percentage may differ from the computed one by this much. */
  tolerance: number;
  language: Language;
  /** Per-indicator polarity, keyed by the indicator's normalised name. */
  polarityOverrides: Record<string, Polarity>;
  /** Custom category scales, added to the built-in ones. */
  scales: CategoryScale[];
  /** SPEC §10.7: read an indicator as negative from its name (`angka kematian`, `prevalensi`…). */
  inferPolarity: boolean;
  /**
   * SPEC §11: the evaluation form's rating scale, the upper bounds (inclusive) of Sangat Rendah, Rendah, Sedang and
   * Tinggi; above the last is Sangat Tinggi.
   */
  ratingScale: [number, number, number, number];
}

/** Category → score band: a category without a score takes its band's midpoint where the scale is unambiguous. */
export interface CategoryScale {
  name: string;
  bands: { category: string; min: number; max: number }[];
}

export const DEFAULT_SETTINGS: Settings = {
  absentInAverage: 'omit',
  averageCap: null,
  negativeFormula: 'two-t-minus-r',
  implausibleAbove: 150,
  tolerance: 0.01,
  language: 'id',
  polarityOverrides: {},
  scales: [],
  inferPolarity: true,
  ratingScale: [50, 65, 75, 90],
};

export function withDefaults(partial: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...partial };
}

export interface SettingsProblem {
  setting: keyof Settings;
  value: unknown;
}

/** Checks user-supplied settings; returns the first problem, or null when they are usable. */
export function validateSettings(s: Settings): SettingsProblem | null {
  if (s.absentInAverage !== 'omit' && s.absentInAverage !== 'zero') return { setting: 'absentInAverage', value: s.absentInAverage };
  if (s.averageCap !== null && !(Number.isFinite(s.averageCap) && s.averageCap > 0)) return { setting: 'averageCap', value: s.averageCap };
  if (s.negativeFormula !== 'two-t-minus-r' && s.negativeFormula !== 't-over-r') return { setting: 'negativeFormula', value: s.negativeFormula };
  if (!(Number.isFinite(s.implausibleAbove) && s.implausibleAbove > 0)) return { setting: 'implausibleAbove', value: s.implausibleAbove };
  if (!(Number.isFinite(s.tolerance) && s.tolerance >= 0)) return { setting: 'tolerance', value: s.tolerance };
  if (s.language !== 'id' && s.language !== 'en') return { setting: 'language', value: s.language };
  if (typeof s.inferPolarity !== 'boolean') return { setting: 'inferPolarity', value: s.inferPolarity };
  const r = s.ratingScale;
  if (!Array.isArray(r) || r.length !== 4 || !r.every((x, i) => Number.isFinite(x) && (i === 0 || x > r[i - 1]))) return { setting: 'ratingScale', value: r };
  return null;
}
