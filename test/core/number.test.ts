import fc from 'fast-check';
import { formatNumeral, parseNumeral } from '../../src/core/read/number';

describe('parseNumeral (SPEC §3.1)', () => {
  it.each([
    ['14.107.139.000', 14107139000, 'id'],
    ['7,022,542,000', 7022542000, 'en'],
    ['35,17', 35.17, 'id'],
    ['239.91', 239.91, 'en'],
    ['190,5', 190.5, 'id'],
    ['1.234,5', 1234.5, 'id'],
    ['1,234.5', 1234.5, 'en'],
    ['0,500', 0.5, 'id'],
    ['1234.567', 1234.567, 'en'],
    ['75', 75, null],
    ['-12,5', -12.5, 'id'],
  ])('%s → %d (%s)', (text, value, notation) => {
    const n = parseNumeral(text);
    expect(n?.value).toBeCloseTo(value, 9);
    expect(n?.notation).toBe(notation);
    expect(n?.ambiguous).toBeUndefined();
  });

  it.each(['1.905', '1,905', '42.010'])('%s is ambiguous, Indonesian until decided', (text) => {
    const n = parseNumeral(text)!;
    expect(n.ambiguous).toBeDefined();
    expect(n.notation).toBeNull();
    expect(n.ambiguous!.thousands).toBe(Number(text.replace(/[.,]/, '')));
  });

  it.each(['1.90.5', '12,34,567', '1.2.3', '', '.5', '5.', 'abc', '1.234.5678'])('%s is not a numeral', (text) => {
    expect(parseNumeral(text)).toBeNull();
  });
});

describe('number reading properties', () => {
  const amounts = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true });

  it('a number written in Indonesian or English notation with 2 decimals reads back equal', () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom('id' as const, 'en' as const), (x, notation) => {
        const text = formatNumeral(x, notation, 2);
        const n = parseNumeral(text);
        expect(n).not.toBeNull();
        expect(n!.value).toBeCloseTo(Number(x.toFixed(2)), 6);
        if (!n!.ambiguous && n!.notation !== null) expect(n!.notation).toBe(notation);
      }),
    );
  });

  it('a whole number grouped in thousands reads back equal once decided as thousands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom('id' as const, 'en' as const), (x, notation) => {
        const n = parseNumeral(formatNumeral(x, notation, 0))!;
        expect(n.ambiguous ? n.ambiguous.thousands : n.value).toBe(x);
      }),
    );
  });

  it('no input makes the reader throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '2', '.', ',', '-', ' ', '9', '0', 'a', '%') }), (s) => {
        expect(() => parseNumeral(s)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
