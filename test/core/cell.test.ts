import { rupiah } from '../../src/core/messages/format';
import fc from 'fast-check';
import { readCell, readText, readTextFully, Reading } from '../../src/core/read/cell';

const num = (r: Reading) => (r.kind === 'number' ? [r.measure.value, r.measure.unit?.name ?? null] : r.kind);

describe('readCell (SPEC §3)', () => {
  it.each([
    ['42.010 orang', [42010, 'orang']],
    ['35,17%', [35.17, '%']],
    ['1905 data', [1905, 'data']],
    ['Rp14.107.139.000,-', [14107139000, 'rupiah']],
    ['Rp. 9.365.037.000', [9365037000, 'rupiah']],
    ['7,022,542,000', [7022542000, null]],
    ['0', [0, null]],
    ['75', [75, null]],
    ['239.91 %', [239.91, '%']],
    ['20 Orang', [20, 'orang']],
    ['5 Dok', [5, 'dokumen']],
    ['12 jiwa', [12, 'orang']],
    ['80 persen', [80, '%']],
  ])('%s → %j', (text, expected) => {
    expect(num(readCell({ value: text }))).toEqual(expected);
  });

  it('reads a numeric cell with a percent format as a fraction', () => {
    expect(num(readCell({ value: 0.7, format: '0%' }))).toEqual([70, '%']);
    expect(num(readCell({ value: 0.5143, format: '0.00%' }))).toEqual([51.43, '%']);
    expect(num(readCell({ value: 100 }))).toEqual([100, null]);
    expect(num(readCell({ value: 41555, format: '#,##0' }))).toEqual([41555, null]);
  });

  it.each([
    ['1,5 juta', 1500000, null], ['Rp 2,5 triliun', 2500000000000, 'rupiah'], ['750 ribu orang', 750000, 'orang'],
    ['2 juta jiwa', 2000000, 'orang'], ['12 jt', 12000000, null], ['Rp 1,2 miliar', 1200000000, 'rupiah'], ['3 milyar', 3000000000, null],
    // After a rupiah amount only: `M` miliar, `T` triliun (`Rp 1,5 M` had been 1.5: 90,000,000,000 % written).
    ['Rp 1,5 M', 1500000000, 'rupiah'], ['Rp1,5M', 1500000000, 'rupiah'], ['Rp 2 T', 2000000000000, 'rupiah'], ['Rp 1,5 Mlyr', 1500000000, 'rupiah'],
  ])('a magnitude word scales the number: %j → %d', (text, value, unit) => {
    // Read as a unit word, `juta` had made 1.5 of 1,5 million (`unit-unknown`, a capaian of 108,030,000 %).
    const r = readText(text, false);
    expect(r.kind === 'number' ? [r.measure.value, r.measure.unit?.name ?? null, r.measure.unknownUnit ?? null] : r).toEqual([value, unit, null]);
  });

  it.each(['', '-', '–', '—', 'n/a', 'N/A', '   ', 'Rp -', 'Rp. -', 'Rp -,-', ' Rp   - ', 'IDR –'])('%j is absent', (text) => {
    expect(readText(text, false).kind).toBe('absent');
  });

  it.each([
    ['Baik', 'Baik', null],
    ['Sangat Baik', 'Sangat Baik', null],
    ['WTP', 'WTP', null],
    ['BB', 'BB', null],
    ['Baik (88)', 'Baik', 88],
    ['A (85,5)', 'A', 85.5],
  ])('%s is a category', (text, category, score) => {
    expect(readText(text, false)).toEqual({ kind: 'category', category, score });
  });

  it('reads ranges in target cells only', () => {
    for (const t of ['80–90%', '80-90 %', '80 s.d. 90']) {
      const r = readText(t, true);
      expect(r.kind).toBe('range');
      if (r.kind === 'range') expect([r.low.value, r.high.value]).toEqual([80, 90]);
      expect(readText(t, false).kind).not.toBe('range');
    }
  });

  it.each([['2,5±1%', 1.5, 3.5, '%'], ['2,5 ± 1 %', 1.5, 3.5, '%'], ['3 +/- 1', 2, 4, undefined], ['2,4±0,3%', 2.1, 2.7, '%']])(
    'reads %s (a centre and how far either way, as an inflation target) as the range around it, in a target only', (t, low, high, unit) => {
      // It had been value-unreadable: no capaian for the inflation every Pemda reports.
      const r = readText(t, true);
      expect(r.kind === 'range' ? [r.low.value, r.high.value, r.low.unit?.name, r.high.unit?.name] : r).toEqual([low, high, unit, unit]);
      expect(readText(t, false)).toEqual({ kind: 'unreadable', text: t });
    });

  it('quotes a boolean cell as Excel shows it (TRUE, FALSE), not as JavaScript prints it', () => {
    expect([readCell({ value: true }), readCell({ value: false })]).toEqual([{ kind: 'unreadable', text: 'TRUE' }, { kind: 'unreadable', text: 'FALSE' }]);
  });

  it('reads `dari` between two numbers as joining them, not as the first one\'s unit', () => {
    const r = readText('36 dari 40 desa', false);
    expect(r.kind === 'multiple' ? r.measures.map((m) => [m.value, m.unit?.name ?? null, m.unknownUnit ?? null]) : r).toEqual([[36, null, null], [40, 'desa', null]]);
    // Without a currency, `M` is no magnitude (metres?): an unknown word as before.
    expect(readText('1,5 M', false)).toMatchObject({ kind: 'number', measure: { value: 1.5, unknownUnit: 'M' } });
  });

  it.each([
    ['85*)', 85, null], ['12*', 12, null], ['85\n(sementara)', 85, null], ['85 (angka sementara)', 85, null], ['3 (tiga) dokumen', 3, 'dokumen'],
    ['25 (dua puluh lima) orang', 25, 'orang'], ['Nihil', 0, null], ['0 (nihil)', 0, null], ['Rp 1.500.000,--', 1500000, 'rupiah'],
    ['85\u200b', 85, null], ['\u200b85', 85, null], ["'85", 85, null],
  ])('reads %j: the value without its footnote mark, aside, or invisible characters (had been unreadable)', (text, value, unit) => {
    expect(readText(text, false)).toMatchObject({ kind: 'number', measure: { value, unit: unit === null ? null : { name: unit } } });
  });

  it('keeps a bracketed category after a number (≥ 70 (BB)), and reads `80 sampai 90` as a range', () => {
    expect(readText('≥ 70 (BB)', true).kind).toBe('category');
    expect(readText('80 sampai 90', true)).toMatchObject({ kind: 'range', low: { value: 80 }, high: { value: 90 } });
  });

  it.each([
    ['Predikat BB', 'BB', null], ['Opini WTP', 'WTP', null], ['Nilai BB', 'BB', null], ['Zona Hijau', 'Hijau', null], ['Predikat BB (72,5)', 'BB', 72.5],
    ['Wajar Tanpa Pengecualian', 'WTP', null], ['Wajar Dengan Pengecualian', 'WDP', null], ['Wilayah Bebas dari Korupsi', 'WBK', null],
  ])('reads %j as a category named by what it is, or spelled out (had been value-unreadable)', (text, category, score) => {
    expect(readText(text, true)).toEqual({ kind: 'category', category, score });
  });

  it('reads `Level 3` as 3 and `Nilai 85` as the score 85 (each had been value-unreadable)', () => {
    expect(readText('Level 3', false)).toMatchObject({ kind: 'number', measure: { value: 3, unit: null } });
    expect(readText('Nilai 85', false)).toMatchObject({ kind: 'number', measure: { value: 85, unit: { name: 'nilai' } } });
  });

  it.each([
    ['0_%', 60, 60], ['#,##0.00;[Red]-#,##0.00;0%', 60, 60], ['#,##0.00;[Red]-#,##0.00;0%', 0, 0], ['0%;[Red]-0%', -0.5, -50], ['[$-421]0.00%', 0.5, 50],
  ])('reads %s on %d by the section that shows it, without spacers: %d', (format, value, read) => {
    // `0_%` shows "60 " (the spacer only takes a % sign's width): 6000 % had been read, capaian-implausible.
    expect(readCell({ value, format })).toMatchObject({ kind: 'number', measure: { value: read } });
  });

  it('reads a number under a literal-% format (`0.00"%"`, `0.0\\%`) as the percentage it shows, not a fraction to scale', () => {
    for (const format of ['0.00"%"', '0.0\\%', '#,##0.00" %"']) {
      expect(readCell({ value: 0.85, format })).toMatchObject({ kind: 'number', measure: { value: 0.85, unit: { name: '%' }, percentFormat: true } });
    }
    expect(readCell({ value: 0.85, format: '0.00%' })).toMatchObject({ kind: 'number', measure: { value: 85, unit: { name: '%' } } });
  });

  it('applies a rupiah scale typed with the amount, and keeps a bare magnitude in brackets (no aside to drop)', () => {
    // `1.350.000 ribuan rupiah` had stayed 1,350,000 beside a bare target scaled by its Satuan: 0.09 % written.
    expect(readText('1.350.000 ribuan rupiah', false)).toMatchObject({ kind: 'number', measure: { value: 1350000000, unit: { name: 'rupiah' } } });
    // `(juta)` is no note: dropped, Rp 1.350 had given a capaian of 0 %.
    expect(readText('Rp 1.350 (juta)', false).kind).toBe('unreadable');
  });

  it('reads two measurements in one cell', () => {
    const r = readText('75 Kasus 36%', false);
    expect(r.kind).toBe('multiple');
    if (r.kind === 'multiple') expect(r.measures.map((m) => [m.value, m.unit?.name])).toEqual([[75, 'kasus'], [36, '%']]);
  });

  it.each(['80-90', '80 - 90', '80–90%', '80 s.d. 90', '80 s/d 90 orang'])('%s outside a target is one unreadable range, not two values', (text) => {
    expect(readText(text, false)).toEqual({ kind: 'unreadable', text });
    expect(readText(text, true).kind).toBe('range');
  });

  // A target stated as a bound: its number is the target; the words say which side (SPEC silent, README decision).
  it.each<[string, number, string | null, 'min' | 'max', string]>([
    ['≥ 80%', 80, '%', 'min', '≥'],
    ['>=80%', 80, '%', 'min', '>='],
    ['> 90 %', 90, '%', 'min', '>'],
    ['Min. 80%', 80, '%', 'min', 'Min.'],
    ['minimal 75 orang', 75, 'orang', 'min', 'minimal'],
    ['paling sedikit 3 dokumen', 3, 'dokumen', 'min', 'paling sedikit'],
    ['≤ 5%', 5, '%', 'max', '≤'],
    ['< 5,5%', 5.5, '%', 'max', '<'],
    ['Maks. 5 hari', 5, 'hari', 'max', 'Maks.'],
    ['maksimal 7 hari', 7, 'hari', 'max', 'maksimal'],
    ['Max 3', 3, null, 'max', 'Max'],
    ['tidak lebih dari 10%', 10, '%', 'max', 'tidak lebih dari'],
    ['≧ 80%', 80, '%', 'min', '≧'],
    ['⩽ 2 hari', 2, 'hari', 'max', '⩽'],
  ])('target %s reads as %d %s, bound %s (%s)', (text, value, unit, side, words) => {
    const r = readText(text, true);
    expect(r.kind).toBe('number');
    if (r.kind === 'number') expect([r.measure.value, r.measure.unit?.name ?? null, r.measure.bound]).toEqual([value, unit, { side, words }]);
  });

  it.each<[string, string, number | null]>([
    ['Minimal BB', 'BB', null], ['Min. WTP', 'WTP', null], ['Minimal Baik (88)', 'Baik', 88],
    // The least score in brackets is the category's score; a band spelled out leaves the score to the scale.
    ['BB (≥ 70)', 'BB', 70], ['Baik (min. 80)', 'Baik', 80], ['BB (>70)', 'BB', 70], ['≥ 70 (BB)', 'BB', 70], ['Minimal BB (≥ 70)', 'BB', 70],
    ['BB (70-80)', 'BB', null], ['BB (70 s.d. 80)', 'BB', null],
  ])('target %s is the category %s, score %s', (text, category, score) => {
    expect(readText(text, true)).toEqual({ kind: 'category', category, score });
  });

  it.each(['BB (≥ 70)', 'BB (70-80)', 'Minimal BB (≥ 70)'])('%s outside a target is unreadable (a realisation states what was reached)', (text) => {
    expect(readText(text, false)).toEqual({ kind: 'unreadable', text });
  });

  // Accounting prints a negative amount in brackets (a Sisa over spent, exported as text).
  it.each<[string, number, string | null]>([
    ['(1.250.000)', -1250000, null], ['(Rp 1.250.000)', -1250000, 'rupiah'], ['(1,250,000.50)', -1250000.5, null], ['(Rp1.250.000,-)', -1250000, 'rupiah'],
  ])('%s is the amount, negative', (text, value, unit) => {
    const r = readText(text, false);
    expect(r.kind === 'number' ? [r.measure.value, r.measure.unit?.name ?? null] : r).toEqual([value, unit]);
  });

  it.each(['(88)', '(80%)', '(1.2.3)', '(lihat lampiran)'])('%s in brackets is no accounting amount', (text) => {
    const r = readText(text, false);
    expect(r.kind === 'number' && r.measure.value < 0).toBe(false);
  });

  it('an ambiguous bracketed numeral keeps both readings negative', () => {
    const r = readText('(1.000)', false);
    expect(r.kind === 'number' && [r.measure.value, r.measure.ambiguous?.thousands, r.measure.ambiguous?.decimal]).toEqual([-1000, -1000, -1]);
  });

  it.each(['BB (≤ 70)', 'BB (≥ lihat)', 'Bagus (≥ 70)', 'BB (70-80-90)'])('target %s is no category', (text) => {
    expect(readText(text, true).kind).not.toBe('category');
  });

  it.each(['≥ 80%', 'Min. 80%', 'Maks. 5 hari', '< 5%'])('%s outside a target is unreadable', (text) => {
    expect(readText(text, false)).toEqual({ kind: 'unreadable', text });
  });

  it.each(['≥ lihat lampiran', 'Min. 80% dan 90%', 'Minggu ke-3', 'maksud 5'])('%s as a target is no bound', (text) => {
    const r = readText(text, true);
    expect(r.kind === 'number' && r.measure.bound !== undefined).toBe(false);
  });

  it('reads Excel errors as errors, typed or computed', () => {
    expect(readCell({ value: { error: '#DIV/0!' } }).kind).toBe('error');
    expect(readText('#REF!', false).kind).toBe('error');
    expect(readText('#N/A', false).kind).toBe('error');
  });

  it.each(['sekitar 50', 'lihat lampiran', '1.90.5', 'true', '50 tidak dapat diukur sama sekali', '4 ; 5', '4 / 5', '4 ,5', '5 /'])('%s is unreadable', (text) => {
    expect(readText(text, false).kind).toBe('unreadable');
  });

  it('suggests a catalogue unit for a near miss and keeps the word', () => {
    const r = readText('42.010 Oran', false);
    expect(r.kind).toBe('number');
    if (r.kind === 'number') {
      expect(r.measure.unit?.name).toBe('orang');
      expect(r.measure.unknownUnit).toBe('Oran');
    }
  });

  it('never throws, whatever the cell holds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), fc.option(fc.string()), (v, fmt) => {
        expect(() => readCell({ value: v, format: fmt ?? undefined }, { allowRange: true })).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  // readText reads the common cells (`85%`, `60,5%`, `1004 orang`) on a path without regexes; the full reading is its oracle.
  const PIECES = ['0', '1', '12', '80', '1004', '1.905', '60,5', '2.5', '0,500', '.', ',', '%', ' ', '  ', 'orang', 'Dokumen', 'Oran', 'rp', 'persen', 'kasus 36', '-', 'Baik', '(88)', '\u00a0', 'level', 'Level', 'juta', 'Rb'];
  const cellText = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((xs) => xs.join(''));
  const categories = new Set(['level 3', '12 level']);

  it.each(['85%', '60,5%', '95.96%', '1004 orang', '12 Dokumen', '5 dok', '42 Oran', '7 rp', '12', '0,5', '1,2345 data', '12 level', '12 Level'])(
    'reads %j as the full reading does',
    (text) => {
      expect(readText(text, false)).toEqual(readTextFully(text, false));
      expect(readText(text, true, categories)).toEqual(readTextFully(text, true, categories));
    },
  );

  it('property: equals the full reading on cell-like and arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(cellText, fc.string({ maxLength: 12 }), fc.stringMatching(/^\d{1,4}([.,]\d{0,4})?( ?[a-zA-Z%]{0,6})?$/)), fc.boolean(), (text, allowRange) => {
      expect(readText(text, allowRange)).toEqual(readTextFully(text, allowRange));
      expect(readText(text, allowRange, categories)).toEqual(readTextFully(text, allowRange, categories));
    }), { numRuns: 5000 });
  });
});

describe('rupiah in messages', () => {
  it('puts a negative amount\'s sign before the currency', () => {
    expect([rupiah(-20500000, 'id'), rupiah(20500000, 'en'), rupiah(-1250.5, 'en')]).toEqual(['-Rp20.500.000', 'Rp20,500,000', '-Rp1,250.50']);
  });
});

describe('numbers past what a double holds', () => {
  it.each([
    '9'.repeat(400),
    `${'9'.repeat(320)} orang`,
    `Rp ${'9'.repeat(300)} T`,
    `${'9'.repeat(300)} triliun`,
    `${'9'.repeat(309)},5%`,
  ].map((t) => [`${t.slice(0, 6)}…${t.slice(-8)} (${t.length} characters)`, t]))('the text %s is unreadable, never Infinity', (_shown, t) => {
    expect(readCell({ value: t })).toEqual({ kind: 'unreadable', text: t });
  });

  it('a percent-formatted cell whose percentage overflows is unreadable; one just inside is read', () => {
    expect(readCell({ value: -1.8e306, format: '0.00%' }).kind).toBe('unreadable');
    expect(num(readCell({ value: 1.7e306, format: '0.00%' }))).toEqual([1.7e308, '%']);
    expect(num(readCell({ value: `${'9'.repeat(300)} orang` }))).toEqual([Number('9'.repeat(300)), 'orang']);
  });
});
