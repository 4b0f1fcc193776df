// `npm run bench`: per size, the CPU time node + ExcelJS need just to read the bench workbook, beside Cermat's own
// package reader (read), the analysis (grid → findings and write plan), the patch of --out (write), and the CPU time
// and peak memory of whole `cermat --json` and `cermat --out` runs; each measurement in its own process, so start-up
// is counted alike and peaks do not mix. ExcelJS is a dev dependency: here only the yardstick and the generator.
import type ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeCodec } from '../xlsx/codec-node';
import { readXlsx } from '../xlsx/read';
import { editsOf } from '../xlsx/edits';
import { patchXlsx } from '../xlsx/patch';
import { analyseWorkbook } from '../core/workbook';
import { buildWritePlan } from '../core/plan';
import { run } from '../cli/run';
import { benchRows } from './rows';

const SIZES = [1000, 10000, 50000];
const DIR = join(process.cwd(), '.bench');

/** The bench workbook of n indicators, styled like the published tables. */
async function generate(n: number, file: string): Promise<void> {
  const wb = new (await loadExcelJs()).Workbook();
  const { capaian, budget } = benchRows(n);
  const ws = wb.addWorksheet('Tabel II.1');
  for (const row of capaian) ws.addRow(row);
  const b = wb.addWorksheet('Tabel II.15');
  for (const row of budget) b.addRow(row);
  // Styled as published LKj tables are: borders on every cell, wrapped text, a font, filled header rows.
  const border = { style: 'thin' as const };
  const style: Partial<ExcelJS.Style> = {
    font: { name: 'Arial', size: 10 },
    alignment: { vertical: 'top', wrapText: true },
    border: { top: border, left: border, bottom: border, right: border },
  };
  const header: Partial<ExcelJS.Style> = { ...style, font: { name: 'Arial', size: 10, bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } };
  for (const sheet of [ws, b]) {
    const headerRows = sheet === ws ? 1 : 2;
    sheet.eachRow((row, r) => row.eachCell({ includeEmpty: true }, (c) => (c.style = r <= headerRows ? header : style)));
    sheet.columns.forEach((col, i) => (col.width = i === 2 ? 48 : 14));
  }
  b.mergeCells('D1:F1');
  b.mergeCells('G1:J1');
  await wb.xlsx.writeFile(file);
}

/** ExcelJS only where it is measured or generates: a cermat run must not pay for loading it. */
async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

interface Stage {
  indicators: number;
  readMs: number;
  analyseMs: number;
  writeMs: number;
}

interface Whole {
  cpuMs: number;
  peakMiB: number;
  /** Wall time of the read alone (ExcelJS child only). */
  readMs?: number;
}

/** CPU time (user + system) of this whole process so far, start-up and module loading included. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function peakMiB(): number {
  return (process.resourceUsage().maxRSS * 1024) / 2 ** 20;
}

/** The stages of one `cermat --out`, timed apart. */
function measureStages(n: number): Stage {
  const file = join(DIR, `bench-${n}.xlsx`);
  const t0 = performance.now();
  const { grid, pkg } = readXlsx(readFileSync(file), nodeCodec, { keepSheetXml: true });
  const t1 = performance.now();
  const analysis = analyseWorkbook(grid);
  const plan = buildWritePlan(grid, analysis, 'id');
  const t2 = performance.now();
  const { edits, columns } = editsOf(grid, analysis, plan);
  writeFileSync(join(DIR, `bench-${n}.stages.xlsx`), patchXlsx(pkg, edits, columns));
  const t3 = performance.now();
  return { indicators: analysis.tables.reduce((s, t) => s + t.indicators.length, 0), readMs: t1 - t0, analyseMs: t2 - t1, writeMs: t3 - t2 };
}

/** ExcelJS reading the same file, nothing else: the yardstick. */
async function measureExcelJs(n: number): Promise<Whole> {
  const wb = new (await loadExcelJs()).Workbook();
  const t0 = performance.now();
  await wb.xlsx.readFile(join(DIR, `bench-${n}.xlsx`));
  const readMs = performance.now() - t0;
  if (wb.worksheets.length === 0) throw new Error('ExcelJS read no sheet');
  return { cpuMs: cpuMs(), peakMiB: peakMiB(), readMs };
}

/** The whole CLI, as a user runs it. */
async function measureCli(n: number, out: boolean): Promise<Whole> {
  const file = join(DIR, `bench-${n}.xlsx`);
  const args = out ? [file, '--json', '--out', join(DIR, `bench-${n}.out.xlsx`)] : [file, '--json'];
  const code = await run(args, { stdout: () => undefined, stderr: (t) => process.stderr.write(t) });
  if (code === 2) throw new Error(`cermat failed on bench-${n}.xlsx`);
  return { cpuMs: cpuMs(), peakMiB: peakMiB() };
}

function child<T>(mode: string, n: number): T {
  return JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=8192', __filename, mode, String(n)], { encoding: 'utf8' })) as T;
}

/** The median of three runs of a child measurement (by CPU time). */
function median3(mode: string, n: number): Whole {
  const runs = [child<Whole>(mode, n), child<Whole>(mode, n), child<Whole>(mode, n)].sort((a, b) => a.cpuMs - b.cpuMs);
  return runs[1];
}

async function main(): Promise<void> {
  const [mode, size] = process.argv.slice(2);
  const n = Number(size);
  if (mode === 'stages') return void process.stdout.write(JSON.stringify(measureStages(n)));
  if (mode === 'exceljs') return void process.stdout.write(JSON.stringify(await measureExcelJs(n)));
  if (mode === 'json') return void process.stdout.write(JSON.stringify(await measureCli(n, false)));
  if (mode === 'out') return void process.stdout.write(JSON.stringify(await measureCli(n, true)));
  mkdirSync(DIR, { recursive: true });
  for (const k of SIZES) {
    const file = join(DIR, `bench-${k}.xlsx`);
    if (!existsSync(file)) await generate(k, file);
  }
  console.log(['size', 'indicators', 'ExcelJS read ms', 'read ms', 'analyse ms', 'write ms', 'read/ExcelJS', 'analyse/ExcelJS', 'write/ExcelJS',
    'ExcelJS process: CPU ms', 'cermat --json: CPU ms', '--json/ExcelJS', 'cermat --out: CPU ms', '--out/ExcelJS', 'peak RSS MiB: ExcelJS read', 'peak RSS MiB: --out'].join('\t'));
  for (const k of SIZES) {
    const st = child<Stage>('stages', k);
    const ex = median3('exceljs', k);
    const js = median3('json', k);
    const out = median3('out', k);
    // Stages against the ExcelJS read's wall time; whole processes against its process's CPU time.
    const stage = (x: number) => (x / ex.readMs!).toFixed(2) + '\u00d7';
    const ratio = (x: number) => (x / ex.cpuMs).toFixed(2) + '\u00d7';
    console.log([k, st.indicators, ex.readMs!.toFixed(0), st.readMs.toFixed(0), st.analyseMs.toFixed(0), st.writeMs.toFixed(0),
      stage(st.readMs), stage(st.analyseMs), stage(st.writeMs),
      ex.cpuMs.toFixed(0), js.cpuMs.toFixed(0), ratio(js.cpuMs), out.cpuMs.toFixed(0), ratio(out.cpuMs), ex.peakMiB.toFixed(0), out.peakMiB.toFixed(0)].join('\t'));
  }
  console.log('Targets (issue 13): at 10,000 indicators cermat --json \u2264 0.5\u00d7 and --out \u2264 1.0\u00d7 the CPU time of the ExcelJS read;');
  console.log('peak memory at 50,000 indicators at most half of the ExcelJS-based CLI (1468 MiB before issue 13).');
  await (await import('./syncs')).printSyncs(); // the add-in's syncs per operation (issue 14)
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
