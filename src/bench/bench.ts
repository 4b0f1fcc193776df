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

const SIZES = [1000, 10000, 50000];
const DIR = join(process.cwd(), '.bench');

/**
 * n indicators: half in a Tabel II.1-like sheet (a typical mix of units and notations), the same half in a II.15-like
 * one, styled like the published tables.
 */
async function generate(n: number, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tabel II.1');
  ws.addRow(['No', 'Sasaran Strategis', 'Indikator Kinerja Utama', 'Target Tahun 2025', 'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', 'Tahunan 2025', 'Capaian (%)']);
  const b = wb.addWorksheet('Tabel II.15');
  b.addRow(['No', 'Sasaran Strategis', 'IKU', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Kinerja', 'Kinerja', 'Kinerja', 'Kinerja']);
  b.addRow(['No', 'Sasaran Strategis', 'IKU', 'Pagu', 'Realisasi', '%', 'Target', 'Realisasi', '%', 'Rata-rata Capaian (%)']);
  for (let i = 1; i <= n / 2; i++) {
    const kind = i % 4;
    const first = i % 5 === 1;
    const row: (string | number | null)[] =
      kind === 0 ? [i, `Sasaran ${Math.ceil(i / 3)}`, `Jumlah layanan ${i}`, `${1000 + i} orang`, '1.250 orang', '2.000 orang', '500 orang', `${i % 700} orang`, `${3750 + (i % 700)} orang`, null]
        : kind === 1 ? [i, null, `Persentase ${i}`, '80%', '50%', '60,5%', '70%', '85%', '85%', '106,25%']
          : kind === 2 ? [i, null, `Nilai ${i}`, '75', '-', '-', '-', '78', '78', 1.04]
            : [i, null, `Dokumen ${i}`, '12 dokumen', 3, 3, 3, 3, '12 dokumen', '100%'];
    ws.addRow(row);
    b.addRow([first ? Math.ceil(i / 5) : null, first ? `Kegiatan ${Math.ceil(i / 5)}` : null, row[2], first ? 7022542000 : null, first ? 6738712639 : null, first ? '95.96%' : null, row[3], row[8], row[9], i % 5 === 3 ? '150,5%' : null]);
  }
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

async function measureOne(n: number): Promise<void> {
  const file = join(DIR, `bench-${n}.xlsx`);
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const grid = gridOf(wb);
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
  const warmMs = warm.sort((a, b) => a - b)[2];
  const t3 = performance.now();
  applyPlan(wb, plan);
  await wb.xlsx.writeFile(join(DIR, `bench-${n}.out.xlsx`));
  const t4 = performance.now();
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const indicators = analysis.tables.reduce((s, t) => s + t.indicators.length, 0);
  const readMs = t1 - t0;
  const firstMs = t2 - t1;
  const percent = (x: number) => ((x / readMs) * 100).toFixed(0) + ' %';
  const row = [n, indicators, readMs.toFixed(0), firstMs.toFixed(0), warmMs.toFixed(0), (t4 - t3).toFixed(0), percent(firstMs), percent(warmMs), (peak / 2 ** 20).toFixed(0)];
  process.stdout.write(row.join('\t') + '\n');
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only) return measureOne(Number(only));
  mkdirSync(DIR, { recursive: true });
  for (const n of SIZES) {
    const file = join(DIR, `bench-${n}.xlsx`);
    if (!existsSync(file)) await generate(n, file);
  }
  console.log('size\tindicators\tread ms (ExcelJS)\tanalyse ms: first run (CLI)\tanalyse ms: warm, median of 5 (pane again)\twrite --out ms\tfirst/read\twarm/read\tpeak RSS MiB');
  for (const n of SIZES) process.stdout.write(execFileSync(process.execPath, ['--max-old-space-size=8192', __filename, String(n)], { encoding: 'utf8' }));
  console.log('Targets (issue #2): analysis of 10,000 indicators under 200 ms and under a tenth of the ExcelJS read; memory linear in size.');
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
