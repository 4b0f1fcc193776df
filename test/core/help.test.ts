// Every finding code has a help entry beside its check, in Indonesian and English, with every part filled in.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_CODES } from '../../src/core/findings';
import { HELP, HelpEntry, helpFor } from '../../src/core/checks/help';

const CHECKS_DIR = join(__dirname, '..', '..', 'src', 'core', 'checks');
const PARTS: (keyof HelpEntry)[] = ['title', 'meaning', 'why', 'fix', 'example'];
/** The codes SPEC §10.8 and §11 add; their help is written before their checks. */
const COMING = ['column-ambiguous', 'polarity-inferred', 'rollup-mismatch', 'remaining-mismatch', 'form-formula-mismatch', 'percent-summed', 'formula-inconsistent', 'formula-constant', 'predicate-mismatch'];
const ALL = [...new Set([...FINDING_CODES, ...COMING])];

describe('finding help', () => {
  it.each(ALL.map((c) => [c]))('%s has Indonesian and English help in src/core/checks/%s.help.ts', (code) => {
    expect(existsSync(join(CHECKS_DIR, `${code}.help.ts`))).toBe(true);
    const pair = helpFor(code);
    expect(pair).not.toBeNull();
    // The index holds the entry of the file of that name, not a neighbour's.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(require(join(CHECKS_DIR, `${code}.help`)).default).toBe(pair);
    for (const lang of ['id', 'en'] as const) {
      for (const part of PARTS) expect(pair![lang][part].trim().length).toBeGreaterThan(part === 'title' ? 5 : 20);
    }
    // Translated, not copied: each explaining part differs between the languages.
    for (const part of ['meaning', 'why', 'fix'] as const) expect(pair!.id[part]).not.toBe(pair!.en[part]);
  });

  it('has no entry for a code that does not exist, and no two codes share a title', () => {
    expect(Object.keys(HELP).sort()).toEqual([...ALL].sort());
    for (const lang of ['id', 'en'] as const) {
      const titles = Object.values(HELP).map((p) => p![lang].title);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it('helpFor refuses unknown and inherited names', () => {
    expect(helpFor('capaian-mismatch')?.id.title).toBe('Capaian tertulis salah');
    expect(helpFor('capaian-mismatc')).toBeNull();
    expect(helpFor('toString')).toBeNull();
    expect(helpFor('__proto__')).toBeNull();
  });
});
