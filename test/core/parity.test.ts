// Every finding code has a check, a test, an Indonesian and an English message, and a README row.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_CODES } from '../../src/core/findings';
import { CATALOGUES } from '../../src/core/messages';
import { TABLE_CHECKS } from '../../src/core/checks';

const root = join(__dirname, '..', '..');
const WORKBOOK_LEVEL = ['table-not-found', 'cross-table-mismatch', 'indicator-name-differs', 'indicator-unmatched'];

function testSources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? testSources(join(dir, e.name)) : /\.test\.tsx?$/.test(e.name) ? readFileSync(join(dir, e.name), 'utf8') : ''))
    .join('\n');
}

describe('finding code parity', () => {
  const tests = testSources(join(root, 'test'));
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const checkFiles = readdirSync(join(root, 'src/core/checks')).map((f) => f.replace(/\.ts$/, ''));

  it.each(FINDING_CODES.map((c) => [c]))('%s has a check, a test, messages and a README row', (code) => {
    if (WORKBOOK_LEVEL.includes(code)) expect(checkFiles.some((f) => f === code || (code !== 'table-not-found' && f === 'cross-table'))).toBe(true);
    else expect(TABLE_CHECKS.filter((c) => c.code === code)).toHaveLength(1);
    if (!WORKBOOK_LEVEL.includes(code)) expect(checkFiles).toContain(code);
    expect(tests).toMatch(new RegExp(`runCheckTests\\('${code}'`));
    for (const lang of ['id', 'en'] as const) expect(typeof CATALOGUES[lang][code]).toBe('function');
    expect(readme).toContain(`\`${code}\``);
  });

  it('the check registry is sorted and has no strays', () => {
    const codes = TABLE_CHECKS.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    for (const c of codes) expect(FINDING_CODES).toContain(c);
  });

  it('messages render with empty data without throwing, in both languages', () => {
    for (const lang of ['id', 'en'] as const) for (const code of FINDING_CODES) expect(() => CATALOGUES[lang][code]({})).not.toThrow();
  });
});
