// Category score bands: the AKIP predicate scale, the NKA categories, and custom scales from settings.
import { normaliseCategory } from '../read/category';
import { CategoryScale, Settings } from '../settings';

/** Predikat AKIP (see test/fixtures/real-world/predikat-akip.xlsx): AA > 90–100 … D > 0–30. */
export const AKIP_SCALE: CategoryScale = {
  name: 'akip',
  bands: [
    { category: 'AA', min: 90, max: 100 },
    { category: 'A', min: 80, max: 90 },
    { category: 'BB', min: 70, max: 80 },
    { category: 'B', min: 60, max: 70 },
    { category: 'CC', min: 50, max: 60 },
    { category: 'C', min: 30, max: 50 },
    { category: 'D', min: 0, max: 30 },
  ],
};

/** Nilai Kinerja Anggaran: sangat baik > 90, baik > 80–90, cukup > 60–80, kurang > 50–60, sangat kurang ≤ 50. */
export const NKA_SCALE: CategoryScale = {
  name: 'nka',
  bands: [
    { category: 'Sangat Baik', min: 90, max: 100 },
    { category: 'Baik', min: 80, max: 90 },
    { category: 'Cukup', min: 60, max: 80 },
    { category: 'Kurang', min: 50, max: 60 },
    { category: 'Sangat Kurang', min: 0, max: 50 },
  ],
};

export const BUILT_IN_SCALES = [AKIP_SCALE, NKA_SCALE];

/** The category's band when exactly one scale knows it (built-in or custom); null otherwise. */
export function categoryBand(category: string, settings: Settings): { min: number; max: number } | null {
  const key = normaliseCategory(category);
  const found: { min: number; max: number }[] = [];
  for (const scale of [...settings.scales, ...BUILT_IN_SCALES]) {
    const band = scale.bands.find((b) => normaliseCategory(b.category) === key);
    if (band) found.push({ min: band.min, max: band.max });
  }
  const distinct = found.filter((b, i) => found.findIndex((x) => x.min === b.min && x.max === b.max) === i);
  return distinct.length === 1 ? distinct[0] : null;
}

/** A score for an unscored category only where its band is a single value (a custom scale's exact score). */
export function categoryScore(category: string, settings: Settings): number | null {
  const band = categoryBand(category, settings);
  return band && band.min === band.max ? band.min : null;
}
