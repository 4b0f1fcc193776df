// Golden workbooks: each test/fixtures/**/*.xlsx has the expected report beside it (<name>.expected.json).
// A <name>.settings.json beside a workbook gives the settings it is checked with.
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
    const settingsFile = file.replace(/\.xlsx$/, '.settings.json');
    const settings = existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, 'utf8')) : {};
    const report = fileReport(basename(file), analyseWorkbook(await loadGrid(file), settings), 'en');
    const actual = JSON.parse(JSON.stringify({ ...report, findings: report.findings.map(({ message: _m, ...f }) => f) }));
    const expectedFile = file.replace(/\.xlsx$/, '.expected.json');
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedFile, JSON.stringify(actual, null, 1) + '\n');
    if (!existsSync(expectedFile)) throw new Error(`${expectedFile} is missing: run UPDATE_GOLDEN=1 npx jest test/golden and review it`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  }, 60000);
});
