// `cermat` flags: every usage problem in Indonesian and English, saying which flag and what it expects.
import { flagNumber, Options, parseArgs } from '../../src/cli/args';

function problemOf(argv: string[]): string {
  const r = parseArgs(argv);
  if (!('problem' in r)) throw new Error(`expected a problem for ${argv.join(' ')}`);
  return r.problem;
}

function options(argv: string[]): Options {
  const r = parseArgs(argv);
  if ('problem' in r) throw new Error(r.problem);
  return r;
}

describe('parseArgs: numbers', () => {
  it('--cap abc names the flag, the value and what is expected, in both languages; never NaN or the setting\'s name', () => {
    const p = problemOf(['lkj.xlsx', '--cap', 'abc']);
    expect(p).toContain('--cap "abc" bukan angka');
    expect(p).toContain('--cap "abc" is not a number');
    expect(p).toContain('angka lebih dari 0, mis. 120');
    expect(p).toContain('a number above 0, e.g. 120, or none');
    expect(p).not.toMatch(/NaN|averageCap|undefined/);
    // Indonesian first, English second, one line.
    expect(p.indexOf('bukan angka')).toBeLessThan(p.indexOf('is not a number'));
    expect(p).not.toContain('\n');
  });

  it.each([
    [['--tolerance', '0,05'], 0.05],
    [['--tolerance', '0.05'], 0.05],
    [['--tolerance=0,5'], 0.5],
    [['--tolerance', '0'], 0],
  ])('%j reads the tolerance in either notation', (flags, value) => {
    expect(options(['lkj.xlsx', ...flags]).settings.tolerance).toBe(value);
  });

  it('--cap takes a number in either notation, or none', () => {
    expect(options(['lkj.xlsx', '--cap', '120,5']).settings.averageCap).toBe(120.5);
    expect(options(['lkj.xlsx', '--cap', 'none']).settings.averageCap).toBeNull();
    expect(options(['lkj.xlsx', '--implausible-above', '200']).settings.implausibleAbove).toBe(200);
  });

  it.each([
    [['--tolerance', '-1'], '--tolerance -1 di luar batas', 'expected a number of at least 0'],
    [['--tolerance', ''], '--tolerance "" bukan angka', 'e.g. 0.05'],
    [['--implausible-above', '0'], '--implausible-above 0 di luar batas', 'expected a number above 0, e.g. 150'],
    [['--implausible-above', '1e3'], 'bukan angka', 'is not a number'],
    [['--cap', '12abc'], '--cap "12abc" bukan angka', 'is not a number'],
  ])('%j is refused with what is expected', (flags, id, en) => {
    const p = problemOf(['lkj.xlsx', ...flags]);
    expect(p).toContain(id);
    expect(p).toContain(en);
    expect(p).not.toMatch(/NaN/);
  });

  it('the tolerance example shows both notations in Indonesian', () => {
    expect(problemOf(['lkj.xlsx', '--tolerance', 'x'])).toContain('mis. 0,05 atau 0.05');
  });

  it('flagNumber reads one decimal separator and nothing else', () => {
    expect(flagNumber('0,05')).toBe(0.05);
    expect(flagNumber('0.05')).toBe(0.05);
    expect(flagNumber(' 7 ')).toBe(7);
    for (const bad of ['abc', '', '1.000,5', 'NaN', 'Infinity', '1e3', '0x10']) expect(flagNumber(bad)).toBeNull();
  });
});

describe('parseArgs: usage problems in Indonesian / English', () => {
  it.each([
    [[], 'tidak ada file masukan', 'no input file'],
    [['lkj.xlsx', '--frobnicate'], 'opsi tidak dikenal --frobnicate', 'unknown option --frobnicate'],
    [['lkj.xlsx', '--jsn'], 'maksudnya --json?', 'did you mean --json?'],
    [['lkj.xlsx', '--out'], '--out perlu nilai', '--out needs a value'],
    [['a.xlsx', 'b.xlsx', '--out', 'c.xlsx'], '--out hanya untuk satu file masukan', '--out takes exactly one input file'],
    [['lkj.xlsx', '--lang', 'fr'], '--lang tidak mengenal "fr"; pilih id|en', '--lang does not take "fr"; choose id|en'],
    [['lkj.xlsx', '--absent-in-average', 'drop'], 'pilih omit|zero', 'choose omit|zero'],
    [['lkj.xlsx', '--negative-formula', 'x'], 'pilih two-t-minus-r|t-over-r', 'choose two-t-minus-r|t-over-r'],
    [['lkj.xlsx', '--polarity-from-name', 'maybe'], 'pilih on|off', 'choose on|off'],
    [['lkj.xlsx', '--polarity', 'IKU'], '--polarity perlu "NAMA INDIKATOR=negatif"', '--polarity takes "INDICATOR NAME=negatif"'],
    [['lkj.xlsx', '--scale', 'x'], '--scale perlu', '--scale takes'],
  ])('%j', (argv, id, en) => {
    const p = problemOf(argv);
    expect(p).toContain(id);
    expect(p).toContain(en);
    expect(p.indexOf(id)).toBeLessThan(p.indexOf(en));
  });

  it('--polarity-from-name off turns the inference off; on by default (SPEC §10.7)', () => {
    expect(options(['lkj.xlsx']).settings.inferPolarity).toBe(true);
    expect(options(['lkj.xlsx', '--polarity-from-name', 'off']).settings.inferPolarity).toBe(false);
  });

  it('--explain needs no input file', () => {
    expect(options(['--explain', 'capaian-mismatch']).explain).toBe('capaian-mismatch');
    expect(options(['--explain=list']).explain).toBe('list');
    expect(options(['lkj.xlsx']).explain).toBeNull();
  });
});
