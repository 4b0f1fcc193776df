// `npm run bench`: per size, ms to read the .xlsx (ExcelJS), to analyse (grid → findings and write plan) and
// to write --out, and the peak memory; each size runs in its own process so peaks do not mix.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gridOf } from '../xlsx/grid';
import { applyPlan } from '../xlsx/write';
import { analyseWorkbook } from '../core/workbook';
import { buildWritePlan } from '../core/plan';
import { benchRows } from './rows';

const SIZES = [1000, 10000, 50000];
const DIR = join(process.cwd(), '.bench');

/** The bench workbook of n indicators, styled like the published tables. */
async function generate(n: number, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
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

interface Measured {
  indicators: number;
  readMs: number;
  firstMs: number;
  warmMs: number;
  writeMs: number;
  peakMiB: number;
}

async function readGrid(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { wb, grid: gridOf(wb) };
}

async function measureOne(n: number): Promise<Measured> {
  const file = join(DIR, `bench-${n}.xlsx`);
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  const { wb, grid } = await readGrid(file);
  const t1 = performance.now();
  // The first analysis in a fresh process, as the CLI runs it (and a pane on its first click): nothing warmed up.
  const analysis = analyseWorkbook(grid);
  const plan = buildWritePlan(grid, analysis, 'id');
  const t2 = performance.now();
  // The same again, as a pane clicked again in the same session runs it.
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const w0 = performance.now();
    buildWritePlan(grid, analyseWorkbook(grid), 'id');
    warm.push(performance.now() - w0);
  }
  const t3 = performance.now();
  applyPlan(wb, plan);
  await wb.xlsx.writeFile(join(DIR, `bench-${n}.out.xlsx`));
  const t4 = performance.now();
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  return {
    indicators: analysis.tables.reduce((s, t) => s + t.indicators.length, 0),
    readMs: t1 - t0,
    firstMs: t2 - t1,
    warmMs: warm.sort((a, b) => a - b)[2],
    writeMs: t4 - t3,
    peakMiB: peak / 2 ** 20,
  };
}

function child(mode: 'measure', n: number): string {
  return execFileSync(process.execPath, ['--max-old-space-size=8192', __filename, mode, String(n)], { encoding: 'utf8' });
}

async function main(): Promise<void> {
  const [mode, size] = process.argv.slice(2);
  if (mode === 'measure') return void process.stdout.write(JSON.stringify(await measureOne(Number(size))));
  mkdirSync(DIR, { recursive: true });
  for (const n of SIZES) {
    const file = join(DIR, `bench-${n}.xlsx`);
    if (!existsSync(file)) await generate(n, file);
  }
  console.log(['size', 'indicators', 'read ms (ExcelJS)', 'analyse ms: first run (CLI)', 'analyse ms: warm, median of 5 (pane again)',
    'write --out ms', 'first/read', 'warm/read', 'peak RSS MiB'].join('\t'));
  for (const n of SIZES) {
    const m = JSON.parse(child('measure', n)) as Measured;
    const percent = (x: number) => ((x / m.readMs) * 100).toFixed(0) + ' %';
    const row = [n, m.indicators, m.readMs.toFixed(0), m.firstMs.toFixed(0), m.warmMs.toFixed(0), m.writeMs.toFixed(0),
      percent(m.firstMs), percent(m.warmMs), m.peakMiB.toFixed(0)];
    console.log(row.join('\t'));
  }
  console.log('Targets (issue #2): analysis of 10,000 indicators under 200 ms and under a tenth of the ExcelJS read; memory linear in size.');
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
