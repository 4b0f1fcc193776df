// `cermat FILE… [--json] [--out OUT.xlsx] [--lang id|en]`: returns the exit code (SPEC §7); never throws.
import ExcelJS from 'exceljs';
import { mkdir, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { analyseWorkbook } from '../core/workbook';
import { buildWritePlan } from '../core/plan';
import { FileReport, fileReport } from '../core/report';
import { parseArgs, HELP } from './args';
import { gridOf } from '../xlsx/grid';
import { applyPlan } from '../xlsx/write';
import { textReport } from './text';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

export class InputError extends Error {}

/** Loads an .xlsx with ExcelJS, turning every failure into one plain sentence. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new InputError(`${file}: file not found / file tidak ditemukan`);
  }
  if (!info.isFile()) throw new InputError(`${file}: not a file / bukan file`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    throw new InputError(`${file}: not a readable .xlsx workbook / bukan buku kerja .xlsx yang dapat dibaca`);
  }
  // Excel never saves a workbook without a sheet: this is a zip of something else.
  if (wb.worksheets.length === 0) throw new InputError(`${file}: not a readable .xlsx workbook (no worksheet) / bukan buku kerja .xlsx`);
  return wb;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const opts = parseArgs(argv);
  if ('problem' in opts) {
    io.stderr(`cermat: ${opts.problem} (cermat --help)\n`);
    return 2;
  }
  if (opts.help) {
    io.stdout(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout('cermat 0.1.0\n');
    return 0;
  }
  const lang = opts.settings.language;
  const reports: (FileReport | { file: string; error: string })[] = [];
  let code = 0;
  for (const file of opts.files) {
    try {
      if (opts.out && (await samePath(file, opts.out))) throw new InputError(`--out ${opts.out} is the input file; choose another name / pilih nama lain`);
      const wb = await loadWorkbook(file);
      const grid = gridOf(wb);
      const analysis = analyseWorkbook(grid, opts.settings);
      const report = fileReport(file, analysis, lang);
      reports.push(report);
      if (report.summary.errors > 0) code = Math.max(code, 1);
      if (opts.out) {
        applyPlan(wb, buildWritePlan(grid, analysis, lang));
        await mkdir(dirname(resolve(opts.out)), { recursive: true });
        await wb.xlsx.writeFile(opts.out);
      }
      if (!opts.json) io.stdout(textReport(report, lang));
      if (opts.out && !opts.json) io.stdout(`\n${lang === 'id' ? 'Salinan yang dihitung ulang ditulis ke' : 'Recalculated copy written to'} ${opts.out}\n`);
    } catch (e) {
      const msg = e instanceof InputError ? e.message : `${file}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
      io.stderr(`cermat: ${msg}\n`);
      reports.push({ file, error: msg });
      code = 2;
    }
  }
  if (opts.json) io.stdout(JSON.stringify(reports.length === 1 ? reports[0] : { files: reports }, null, 2) + '\n');
  return code;
}

async function samePath(a: string, b: string): Promise<boolean> {
  const norm = async (p: string) => {
    try {
      return await realpath(p);
    } catch {
      return resolve(p);
    }
  };
  return (await norm(a)) === (await norm(b));
}
