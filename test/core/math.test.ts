// The arithmetic every percentage goes through (src/core/compute/math.ts), against hand-written results.
import { absorptionOf, capaianOf, round2 } from '../../src/core/compute/math';
import { withDefaults } from '../../src/core/settings';

describe('round2', () => {
  it.each([
    [85.29, 85.29],
    [1.005, 1.01], // typed as 1.005: half up, although 1.005 × 100 is 100.49999999999999 in binary
    [2.675, 2.68],
    [0.125, 0.13],
    [-2.675, -2.68],
    [106.25, 106.25],
    [51.428571428571, 51.43],
    [0, 0],
  ])('%p → %p', (x, expected) => {
    expect(round2(x)).toBe(expected);
  });

  it.each([
    // Large amounts are kept as they are: the half-up nudge had added a cent to ten trillion.
    [1e13, 1e13],
    [123456789012345, 123456789012345],
    [7022542000, 7022542000],
    [1e17, 1e17],
    [-1e17, -1e17],
    // Past 1.8e306 the product by 100 is no finite number: the value stays itself, never Infinity.
    [1.7e308, 1.7e308],
    [-1.7e308, -1.7e308],
  ])('keeps %p as %p', (x, expected) => {
    expect(round2(x)).toBe(expected);
  });
});

describe('capaian and absorption of extreme values', () => {
  const settings = withDefaults({});
  it('a realisation near the largest double gives a finite capaian, never Infinity', () => {
    expect(capaianOf(100, 1.7e308, 'positive', settings)).toBe(1.7e308);
    expect(absorptionOf(100, 1.7e308)).toBe(1.7e308);
  });
  it('one past what a double holds gives none', () => {
    expect(capaianOf(1, 1.7e308, 'positive', settings)).toBeNull();
    expect(absorptionOf(1e-8, 1e300)).toBeNull();
  });
});
