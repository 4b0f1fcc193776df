// Header labels: the fast paths of normaliseLabel give what the full normalisation gives.
import fc from 'fast-check';
import { normaliseLabel } from '../../src/core/detect/labels';

/** SPEC §2.1 normalisation, step by step, without shortcuts. */
function reference(text: string): string {
  return text
    .toLowerCase()
    .replace(/%/g, ' % ')
    .replace(/\btahun\s+(?:19|20)\d{2}\b/g, ' ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

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
      expect(normaliseLabel(text)).toBe(reference(text));
    }), { numRuns: 5000 });
  });
});
