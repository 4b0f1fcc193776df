// Header labels: the fast paths of normaliseLabel give what the step-by-step normalisation gives.
import fc from 'fast-check';
import { normaliseLabel, normaliseLabelFully } from '../../src/core/detect/labels';

const PIECES = ['target', 'Target', 'tahun', '2025', '1999', '2101', '12019', 'tw', 'I', 'iv', '%', '(%)', ' ', '  ', '-', '.', 's.d.', 'Rp', '\u00a0', '\t', 'Realisasi', '1', '42', 'indikator'];
const label = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((xs) => xs.join(''));

describe('normaliseLabel', () => {
  it.each([
    ['Target Tahun 2025', 'target'],
    ['Capaian (%)', 'capaian %'],
    ['s.d. TW II', 's d tw ii'],
    ['1999', ''],
    ['no', 'no'],
    ['jumlah layanan 12', 'jumlah layanan 12'],
    ['Jumlah Layanan', 'jumlah layanan'],
  ])('%j → %j', (text, expected) => expect(normaliseLabel(text)).toBe(expected));

  it('property: equals the step-by-step normalisation on label-like and arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(label, fc.string({ maxLength: 20 }), fc.stringMatching(/^[a-z0-9 ]{0,16}$/)), (text) => {
      expect(normaliseLabel(text)).toBe(normaliseLabelFully(text));
    }), { numRuns: 5000 });
  });
});
