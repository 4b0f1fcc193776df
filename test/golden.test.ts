// Golden workbooks: each test/fixtures/**/*.xlsx has the expected report beside it (<name>.expected.json).
// After an intended change, UPDATE_GOLDEN=1 npx jest test/golden rewrites them; review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyseWorkbook } from '../src/core/workbook';
import { fileReport } from '../src/core/report';
import { FIXTURES, loadGrid } from './helpers/xlsx';

function workbooks(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? workbooks(join(dir, e.name)) : e.name.endsWith('.xlsx') ? [join(dir, e.name)] : [],
  );
}

describe('golden workbooks', () => {
  it.each(workbooks(FIXTURES).map((f) => [f.slice(FIXTURES.length + 1), f]))('%s', async (_name, file) => {
    const report = fileReport(basename(file), analyseWorkbook(await loadGrid(file)), 'en');
    const actual = JSON.parse(JSON.stringify({ ...report, findings: report.findings.map(({ message: _m, ...f }) => f) }));
    const expectedFile = file.replace(/\.xlsx$/, '.expected.json');
    if (process.env.UPDATE_GOLDEN || !existsSync(expectedFile)) writeFileSync(expectedFile, JSON.stringify(actual, null, 1) + '\n');
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  }, 60000);
});
