// `npm run bench` (`BENCH_SIZES=10000` for one size): per size, the CPU time a bare node + ExcelJS process needs to
// read the bench workbook, beside the real `cermat --json` and `cermat --out` processes (build/cli/bin.js) and their
// peak memory, each its own process so start-up is counted alike and peaks do not mix; and the wall time of Cermat's
// package reader (read), the analysis (grid → findings and write plan) and the patch of --out (write) in one process.
// ExcelJS is a dev dependency: here only the yardstick and the generator.
import type ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeCodec } from '../xlsx/codec-node';
import { readXlsx } from '../xlsx/read';
import { editsOf } from '../xlsx/edits';
import { patchXlsx } from '../xlsx/patch';
import { analyseWorkbook } from '../core/workbook';
import { buildWritePlan } from '../core/plan';
import { benchRows } from './rows';

const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [1000, 10000, 50000];
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

/** The stages of one `cermat --out`, timed apart (wall time, in one process). */
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

interface Whole {
  cpuMs: number;
  peakMiB: number;
}

/**
 * Loaded with `node -r` into a measured process: at exit it reports the process's CPU time (user + system, every
 * thread: start-up, module loading, the work and V8's helper threads alike) and peak memory on stderr.
 */
const USAGE_HOOK = `process.on('exit', () => { const u = process.cpuUsage();
  process.stderr.write('\\n@usage ' + JSON.stringify({ cpuMs: (u.user + u.system) / 1000, peakMiB: process.resourceUsage().maxRSS / 1024 }) + '\\n'); });`;

/** One measured process; its stdout goes to /dev/null, as `cermat … > /dev/null` would. */
function measured(args: string[]): Whole {
  const hook = join(DIR, 'usage-hook.cjs');
  writeFileSync(hook, USAGE_HOOK); // written each time: a hook left by an older bench never measures
  const r = spawnSync(process.execPath, ['-r', hook, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const line = /@usage (\{.*\})\s*$/.exec(r.stderr ?? '');
  if (!line || r.status === 2 || r.status === null) throw new Error(`${args.join(' ')} failed (exit ${r.status ?? r.signal}):\n${(r.stderr ?? '').slice(-2000)}`);
  return JSON.parse(line[1]) as Whole;
}

/** The yardstick: a process of node + ExcelJS reading the file, nothing else. */
const excelJsRead = (file: string): Whole =>
  measured(['-e', `new (require('exceljs').Workbook)().xlsx.readFile(${JSON.stringify(file)}).then((wb) => { if (wb.worksheets.length === 0) process.exit(2); })`]);

/** The command as a user runs it: the bin `npm run build:cli` made, in its own process. */
function cermat(file: string, out: boolean): Whole {
  const bin = join(__dirname, '..', 'cli', 'bin.js');
  return measured(out ? [bin, file, '--json', '--out', file.replace(/\.xlsx$/, '.out.xlsx')] : [bin, file, '--json']);
}

function child<T>(mode: string, n: number): T {
  return JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=8192', __filename, mode, String(n)], { encoding: 'utf8' })) as T;
}

/** Rounds of the three processes (`BENCH_ROUNDS`, default 5): a machine's load drifts, so they take turns. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS) || 5);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The ExcelJS read, `cermat --json` and `cermat --out` in turn, ROUNDS times: each one's median CPU time and peak
 * memory, and the median and range of the two ratios taken within a round (the three ran under the same load).
 */
function processes(file: string): { ex: Whole; js: Whole; out: Whole; json: number[]; outRatio: number[] } {
  const rounds: [Whole, Whole, Whole][] = [];
  for (let r = 0; r < ROUNDS; r++) rounds.push([excelJsRead(file), cermat(file, false), cermat(file, true)]);
  const whole = (i: number): Whole => ({ cpuMs: median(rounds.map((x) => x[i].cpuMs)), peakMiB: median(rounds.map((x) => x[i].peakMiB)) });
  return { ex: whole(0), js: whole(1), out: whole(2), json: rounds.map((x) => x[1].cpuMs / x[0].cpuMs), outRatio: rounds.map((x) => x[2].cpuMs / x[0].cpuMs) };
}

/** The wall time of ExcelJS's read alone (module loaded before the clock starts): the stages' yardstick. */
async function excelJsReadMs(n: number): Promise<number> {
  const wb = new (await loadExcelJs()).Workbook();
  const t0 = performance.now();
  await wb.xlsx.readFile(join(DIR, `bench-${n}.xlsx`));
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const [mode, size] = process.argv.slice(2);
  const n = Number(size);
  if (mode === 'stages') return void process.stdout.write(JSON.stringify(measureStages(n)));
  if (mode === 'exceljs') return void process.stdout.write(JSON.stringify(await excelJsReadMs(n)));
  mkdirSync(DIR, { recursive: true });
  for (const k of SIZES) {
    const file = join(DIR, `bench-${k}.xlsx`);
    if (!existsSync(file)) await generate(k, file);
  }
  console.log(['size', 'indicators', 'ExcelJS read ms', 'read ms', 'analyse ms', 'write ms', 'read/ExcelJS', 'analyse/ExcelJS', 'write/ExcelJS',
    'node + ExcelJS read: CPU ms', 'cermat --json: CPU ms', '--json/ExcelJS', 'cermat --out: CPU ms', '--out/ExcelJS', 'peak RSS MiB: ExcelJS read', 'peak RSS MiB: --out'].join('\t'));
  for (const k of SIZES) {
    const file = join(DIR, `bench-${k}.xlsx`);
    const st = child<Stage>('stages', k);
    const readMs = child<number>('exceljs', k);
    const { ex, js, out, json, outRatio } = processes(file);
    // Stages against the ExcelJS read's wall time; whole processes against its process's CPU time.
    const stage = (x: number) => (x / readMs).toFixed(2) + '\u00d7';
    const ratio = (xs: number[]) => `${median(xs).toFixed(2)}\u00d7 (${Math.min(...xs).toFixed(2)}\u2013${Math.max(...xs).toFixed(2)})`;
    console.log([k, st.indicators, readMs.toFixed(0), st.readMs.toFixed(0), st.analyseMs.toFixed(0), st.writeMs.toFixed(0),
      stage(st.readMs), stage(st.analyseMs), stage(st.writeMs),
      ex.cpuMs.toFixed(0), js.cpuMs.toFixed(0), ratio(json), out.cpuMs.toFixed(0), ratio(outRatio), ex.peakMiB.toFixed(0), out.peakMiB.toFixed(0)].join('\t'));
  }
  console.log(`Whole processes as users run them (stdout to /dev/null), CPU time of every thread: medians of ${ROUNDS} rounds, each`);
  console.log('running the three in turn; a ratio is the median of the rounds\' own ratios (its range in brackets).');
  console.log('Targets (issue 13): at 10,000 indicators cermat --json \u2264 0.5\u00d7 and --out \u2264 1.0\u00d7 the CPU time of node + ExcelJS reading the file;');
  console.log('peak memory at 50,000 indicators at most half of the ExcelJS-based CLI (1468 MiB before issue 13).');
  await (await import('./syncs')).printSyncs(); // the add-in's syncs per operation (issue 14)
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
