// The recalculated copies still open in a real spreadsheet program: LibreOffice, when it is installed (`.ci/run`
// does not install it; the test says so when it skips). Both copies are converted by one LibreOffice start, which
// costs seconds of CPU each time:
// - the LibreOffice-made golden workbook through `--out` (SPEC §12: every untouched part byte for byte, see
//   patch.test.ts) keeps its values and shows the new capaian;
// - the worked example through `--out --findings-sheet` keeps its sheets, gains "Temuan Cermat" last, and every
//   finding's row links to its cell (see findings-sheet.test.ts for the sheet read by ExcelJS and our reader);
// - a footer's formulas over a written capaian, whose saved results the copy drops, show the new results (computed
//   by LibreOffice on opening; see patch.test.ts).
import { strFromU8, unzipSync } from 'fflate';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { FileReport } from '../../src/core/report';
import { staleFormulasWorkbook } from './build';

const ROOT = join(__dirname, '..', '..');
const GOLDEN = join(ROOT, 'test/fixtures/xlsx/golden-libreoffice.xlsx');
const EXAMPLE = join(ROOT, 'test/fixtures/lkj-dki-jakarta-2025.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'cermat-libreoffice-'));

function soffice(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** `cermat FILE --json --out OUT [more]`, its JSON report. */
async function recalculate(input: string, out: string, ...more: string[]): Promise<FileReport> {
  let json = '';
  let err = '';
  const code = await run([input, '--json', '--out', out, ...more], { stdout: (t) => (json += t), stderr: (t) => (err += t) });
  if (code === 2) throw new Error(err);
  return JSON.parse(json) as FileReport;
}

/** The content.xml of an .ods LibreOffice wrote. */
const content = (ods: string) => strFromU8(unzipSync(readFileSync(ods), { filter: (f) => f.name === 'content.xml' })['content.xml']);

/** The table:table element of one sheet, by name. */
function table(xml: string, name: string): string {
  const at = xml.indexOf(`<table:table table:name="${name}"`);
  if (at < 0) throw new Error(`no sheet ${name}`);
  return xml.slice(at, xml.indexOf('</table:table>', at));
}

const lo = soffice();
(lo ? describe : describe.skip)(`the recalculated copies in LibreOffice${lo ? '' : ' (skipped: soffice is not installed)'}`, () => {
  const golden = join(dir, 'golden.out.xlsx');
  const example = join(dir, 'example.findings.xlsx');
  let report: FileReport;
  const stale = join(dir, 'stale.out.xlsx');
  let goldenXml: string;
  let exampleXml: string;
  let staleXml: string;
  beforeAll(async () => {
    await recalculate(GOLDEN, golden);
    report = await recalculate(EXAMPLE, example, '--findings-sheet');
    const staleInput = join(dir, 'stale.xlsx');
    writeFileSync(staleInput, staleFormulasWorkbook());
    await recalculate(staleInput, stale);
    const outDir = join(dir, 'ods');
    execFileSync(lo!, ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'ods', '--outdir', outDir, golden, example, stale],
      { stdio: 'ignore', timeout: 120000 });
    goldenXml = content(join(outDir, 'golden.out.ods'));
    exampleXml = content(join(outDir, 'example.findings.ods'));
    staleXml = content(join(outDir, 'stale.out.ods'));
  }, 150000);

  it('opens the golden workbook\'s copy with the written capaian beside its indicator', () => {
    const rows = goldenXml.split('</table:table-row>');
    const row = rows.find((r) => r.includes('Persentase pengaduan yang difasilitasi'));
    expect(row).toBeDefined();
    expect(row).toMatch(/<text:p>87\.50%<\/text:p>/);
  });

  it('computes the formulas whose saved results the copy dropped: the footer\'s mean 95 and its grade, the recap\'s copy', () => {
    // (75 + 120 + 90) / 3 = 95 > 90: Sangat Tinggi (the file had saved 86.67 and Tinggi).
    const rows = table(staleXml, 'Tabel II.1').split('</table:table-row>');
    expect(rows.find((r) => r.includes('Rata-rata'))).toMatch(/office:value="95"/);
    expect(rows.find((r) => r.includes('Predikat'))).toContain('<text:p>Sangat Tinggi</text:p>');
    expect(table(staleXml, 'Rekap')).toMatch(/office:value="95"/);
  });

  it('opens the worked example\'s copy with its sheets, the findings sheet last, a link per finding', () => {
    const tables = [...exampleXml.matchAll(/<table:table table:name="([^"]*)"/g)].map((m) => m[1]);
    expect(tables).toEqual(['Tabel I.1', 'Tabel I.1 Anggaran', 'Tabel II.1', 'Tabel II.15', 'Temuan Cermat']);
    expect(exampleXml).toContain('xlink:href="#&apos;Tabel II.15&apos;.I7"');
    expect(table(exampleXml, 'Temuan Cermat').match(/<text:a /g)).toHaveLength(report.findings.length);
  });
});
