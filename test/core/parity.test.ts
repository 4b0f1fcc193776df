// Every finding code has exactly one check in the registry, a file named after it, a table-driven test, an
// Indonesian and an English message, and a README row; the registry is sorted and has no strays.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_CODES } from '../../src/core/findings';
import { CHECKS } from '../../src/core/checks';
import { CATALOGUES } from '../../src/core/messages';

const root = join(__dirname, '..', '..');

function testSources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? testSources(join(dir, e.name)) : /\.test\.tsx?$/.test(e.name) ? readFileSync(join(dir, e.name), 'utf8') : ''))
    .join('\n');
}

describe('finding code parity', () => {
  const tests = testSources(join(root, 'test'));
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const checkFiles = readdirSync(join(root, 'src/core/checks'));

  it.each(FINDING_CODES.map((c) => [c]))('%s has one registered check in its own file, a test, messages and a README row', (code) => {
    const registered = CHECKS.filter((c) => c.code === code);
    expect(registered).toHaveLength(1);
    expect(checkFiles).toContain(`${code}.ts`);
    // The file of that name is the one registered.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(require(join(root, 'src/core/checks', code)).default).toBe(registered[0]);
    expect(tests).toMatch(new RegExp(`runCheckTests\\('${code}'`));
    for (const lang of ['id', 'en'] as const) expect(CATALOGUES[lang][code]).toBeInstanceOf(Function);
    expect(readme).toContain(`| \`${code}\` |`);
  });

  it('the registry is sorted by code and names only known codes', () => {
    const codes = CHECKS.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...FINDING_CODES].sort());
  });
});
