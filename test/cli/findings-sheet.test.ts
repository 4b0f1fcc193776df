// `cermat FILE --out OUT.xlsx --findings-sheet` (issue 15): the copy gets a "Temuan Cermat" sheet ("Cermat findings"
// with --lang en) listing every finding of the report; without --out the flag is a usage error. run() in-process.
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { HELP } from '../../src/cli/args';
import { nodeCodec } from '../../src/xlsx/codec-node';
import { readXlsx } from '../../src/xlsx/read';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'test/fixtures/lkj-dki-jakarta-2025.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'cermat-cli-findings-'));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

async function sheetOf(file: string, name: string): Promise<ExcelJS.Worksheet | undefined> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(name);
}

describe('cermat --findings-sheet', () => {
  it('adds Temuan Cermat to the copy, a row per finding of the JSON report, and exits as without it', async () => {
    const out = join(dir, 'id.xlsx');
    const r = await cli([EXAMPLE, '--json', '--out', out, '--findings-sheet']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1); // the example has error-severity findings
    const report = JSON.parse(r.out) as { findings: { code: string; sheet: string; cell: string; message: string }[] };
    const ws = (await sheetOf(out, 'Temuan Cermat'))!;
    expect(ws).toBeDefined();
    expect(ws.actualRowCount).toBe(report.findings.length + 1);
    expect(ws.getRow(1).getCell(2).value).toBe('Lembar');
    report.findings.forEach((f, i) => {
      const row = ws.getRow(i + 2);
      expect([row.getCell(2).value, row.getCell(3).value, row.getCell(5).value, row.getCell(6).value]).toEqual([f.sheet, f.cell, f.code, f.message]);
    });
    // The same run without the flag: the same exit status, no such sheet.
    const plain = join(dir, 'plain.xlsx');
    expect((await cli([EXAMPLE, '--json', '--out', plain])).code).toBe(1);
    expect(await sheetOf(plain, 'Temuan Cermat')).toBeUndefined();
    expect(readXlsx(readFileSync(out), nodeCodec).grid.sheets).toHaveLength(readXlsx(readFileSync(plain), nodeCodec).grid.sheets.length + 1);
  });

  it('checked again, a copy keeps one findings sheet, rewritten; a third run changes no byte (found by fuzzing)', async () => {
    // Every run on the copy had added `Temuan Cermat (2)`, `(3)`, … and four more cell formats to the styles.
    const first = join(dir, 'again-1.xlsx');
    const second = join(dir, 'again-2.xlsx');
    const third = join(dir, 'again-3.xlsx');
    await cli([EXAMPLE, '--json', '--out', first, '--findings-sheet']);
    const r = await cli([first, '--json', '--out', second, '--findings-sheet']);
    expect(r.err).toBe('');
    const names = (f: string) => readXlsx(readFileSync(f), nodeCodec).grid.sheets.map((s) => s.name);
    expect(names(second)).toEqual(names(first));
    expect(names(second).filter((n) => n.startsWith('Temuan Cermat'))).toEqual(['Temuan Cermat']);
    // The rewritten sheet lists the second run's findings (fewer: the capaian written by the first are right now).
    const report = JSON.parse(r.out) as { findings: { cell: string }[] };
    const ws = (await sheetOf(second, 'Temuan Cermat'))!;
    expect(ws.actualRowCount).toBe(report.findings.length + 1);
    await cli([second, '--json', '--out', third, '--findings-sheet']);
    expect(Buffer.compare(readFileSync(third), readFileSync(second))).toBe(0);
  });

  it('leaves a planner\'s own sheet named Temuan Cermat alone (not Cermat\'s header): the new one is Temuan Cermat (2)', async () => {
    const first = join(dir, 'own-1.xlsx');
    await cli([EXAMPLE, '--json', '--out', first, '--lang', 'en', '--findings-sheet']);
    // An English findings sheet is Cermat's too: an Indonesian run rewrites it under its English name.
    const second = join(dir, 'own-2.xlsx');
    await cli([first, '--json', '--out', second, '--findings-sheet']);
    const names = readXlsx(readFileSync(second), nodeCodec).grid.sheets.map((s) => s.name);
    expect(names.filter((n) => /Cermat/.test(n))).toEqual(['Cermat findings']);
    expect((((await sheetOf(second, 'Cermat findings'))!.getRow(1).values) as unknown[]).slice(1)).toEqual(['No', 'Lembar', 'Sel', 'Tingkat', 'Kode', 'Pesan']);
    // …and an English run after it still knows that sheet (named in English, headed in Indonesian) as Cermat's.
    const third = join(dir, 'own-3.xlsx');
    await cli([second, '--json', '--out', third, '--lang', 'en', '--findings-sheet']);
    expect(readXlsx(readFileSync(third), nodeCodec).grid.sheets.map((s) => s.name).filter((n) => /Cermat/.test(n))).toEqual(['Cermat findings']);
    // A sheet of that name with other contents is the planner's.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    wb.addWorksheet('Temuan Cermat').addRow(['Catatan', 'Tindak lanjut']);
    const planner = join(dir, 'planner.xlsx');
    await wb.xlsx.writeFile(planner);
    const out = join(dir, 'planner-out.xlsx');
    await cli([planner, '--json', '--out', out, '--findings-sheet']);
    expect(readXlsx(readFileSync(out), nodeCodec).grid.sheets.map((s) => s.name).filter((n) => /Temuan/.test(n))).toEqual(['Temuan Cermat', 'Temuan Cermat (2)']);
    expect(((await sheetOf(out, 'Temuan Cermat'))!.getRow(1).values as unknown[]).slice(1)).toEqual(['Catatan', 'Tindak lanjut']);
  });

  it('says in the text report where the sheet went, in the chosen language', async () => {
    const id = await cli([EXAMPLE, '--out', join(dir, 'text-id.xlsx'), '--findings-sheet']);
    expect(id.out).toMatch(/^Lembar "Temuan Cermat" berisi \d+ temuan$/m);
    const en = await cli([EXAMPLE, '--lang', 'en', '--out', join(dir, 'text-en.xlsx'), '--findings-sheet']);
    expect(en.out).toMatch(/^Sheet "Cermat findings" lists \d+ findings$/m);
    expect(en.out).not.toContain('Temuan Cermat');
  });

  it('names and heads the sheet in English with --lang en', async () => {
    const out = join(dir, 'en.xlsx');
    expect((await cli([EXAMPLE, '--json', '--lang', 'en', '--out', out, '--findings-sheet'])).code).toBe(1);
    expect(await sheetOf(out, 'Temuan Cermat')).toBeUndefined();
    const ws = (await sheetOf(out, 'Cermat findings'))!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['No', 'Sheet', 'Cell', 'Severity', 'Code', 'Message']);
  });

  it('without --out is a usage error: exit 2, one line in Indonesian and English, nothing written', async () => {
    const r = await cli([EXAMPLE, '--findings-sheet']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.endsWith('\n')).toBe(true);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toContain('--findings-sheet hanya bersama --out');
    expect(r.err).toContain('--findings-sheet needs --out');
    expect(r.err.indexOf('hanya bersama')).toBeLessThan(r.err.indexOf('needs --out'));
  });

  it('is in the help, in both languages, and a typo of it is caught', async () => {
    expect(HELP).toMatch(/--findings-sheet +dengan --out: .*Temuan Cermat/);
    expect(HELP).toMatch(/with --out: add a sheet listing every finding/);
    const r = await cli([EXAMPLE, '--out', join(dir, 'typo.xlsx'), '--findings-shet']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('maksudnya --findings-sheet?');
    expect(existsSync(join(dir, 'typo.xlsx'))).toBe(false);
  });
});
