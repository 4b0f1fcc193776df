// `cermat FILE… [--json] [--out OUT.xlsx [--findings-sheet]] [--lang id|en]`: returns the exit code (SPEC §7); never throws.
import { mkdir, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { analyseWorkbook } from '../core/workbook';
import { buildWritePlan } from '../core/plan';
import { Grid } from '../core/grid';
import { FileReport, fileReport } from '../core/report';
import { parseArgs, HELP } from './args';
import { nodeCodec } from '../xlsx/codec-node';
import { editsOf } from '../xlsx/edits';
import { patchXlsx } from '../xlsx/patch';
import { findingsSheet, ownFindingsSheet } from '../core/findings-sheet';
import { findingsSheetPart } from '../xlsx/new-sheet';
import { MAX_INFLATED } from '../xlsx/zip';
import { Progress, XlsxError, XlsxPackage, readXlsx } from '../xlsx/read';
import { beforeRun, Terminal, textReport } from './text';
import { JsonBytes } from './json-out';

export interface Io extends Terminal {
  stdout(text: string): void;
  /** The `--json` document as UTF-8 bytes, when the host can write bytes (the binary); otherwise it goes to stdout as text. */
  stdoutBytes?(bytes: Uint8Array): void;
  stderr(text: string): void;
  /**
   * A transient line on a terminal (what is being done, on stderr), replaced by the next one and removed with null;
   * absent when stderr is no terminal (a file, a pipe, CI), where nothing of it is written.
   */
  status?(line: string | null): void;
  /**
   * Called between a run's steps (read, analysis, report) and during a read, every few thousand rows: the `cermat`
   * binary hands V8's young generation back to its defaults there once the heap is large (./v8-tuning).
   */
  checkpoint?(): void;
}

const STATUS_WORDS = {
  id: { checking: 'memeriksa', sheet: 'lembar', analysing: 'menganalisis', writing: 'menulis' },
  en: { checking: 'checking', sheet: 'sheet', analysing: 'analysing', writing: 'writing' },
};

/**
 * The run's output with its status line: every line of the report or of an error first removes the status, so the
 * two never mix on a terminal. `often`: a progress update within a step (sheet 3/7), shown at most ten times a second.
 */
function withStatus(io: Io): Io & { status(line: string | null, often?: boolean): void } {
  let shown = false;
  let last = 0;
  const clear = () => {
    if (shown) io.status?.(null);
    shown = false;
  };
  return {
    columns: io.columns,
    stdout: (t) => (clear(), io.stdout(t)),
    stdoutBytes: io.stdoutBytes && ((b) => (clear(), io.stdoutBytes?.(b))),
    stderr: (t) => (clear(), io.stderr(t)),
    status(line, often = false) {
      if (!io.status) return;
      if (line === null) return clear();
      const now = Date.now();
      if (often && shown && now - last < 100) return;
      last = now;
      shown = true;
      io.status(line);
    },
  };
}

export class InputError extends Error {}

export interface LoadedWorkbook {
  grid: Grid;
  pkg: XlsxPackage;
}

/** Reads an .xlsx package into a grid, turning every failure into one plain sentence. */
export async function loadWorkbook(file: string, forPatch = false, progress?: Progress): Promise<LoadedWorkbook> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new InputError(`${file}: file not found / file tidak ditemukan`);
  }
  if (!info.isFile()) throw new InputError(`${file}: not a file / bukan file`);
  // A package holds at most 256 MiB unpacked; a larger file cannot be within the bound either.
  if (info.size > MAX_INFLATED) throw new InputError(`${file}: ${new XlsxError('too-large').message}`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new InputError(`${file}: cannot be read / tidak dapat dibaca (${(e as { code?: string }).code ?? 'error'})`);
  }
  try {
    return readXlsx(bytes, nodeCodec, { keepSheetXml: forPatch, progress });
  } catch (e) {
    throw new InputError(`${file}: ${e instanceof XlsxError ? e.message : new XlsxError('corrupt').message}`);
  }
}

export async function run(argv: string[], terminal: Io): Promise<number> {
  const io = withStatus(terminal);
  const opts = parseArgs(argv);
  const early = beforeRun(opts, io); // --explain CODE, and the terminal's width for the text report (./text.ts)
  if (early !== null) return early;
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
  // The JSON document (SPEC §7) is written as each file is done, so that no file's analysis outlives its turn: one
  // report, or `{"files": […]}` for several, laid out as JSON.stringify(…, null, 2) on a terminal, compact otherwise.
  const json = opts.json ? new JsonBytes(io.columns !== undefined ? 2 : undefined) : null;
  const several = opts.files.length > 1;
  const emit = (entry: FileReport | { file: string; error: string }, index: number) => {
    if (!json) return;
    if (!several) return json.value(entry);
    const line = io.columns !== undefined ? '\n' : '';
    json.raw(index === 0 ? (line ? '{\n  "files": [\n    ' : '{"files":[') : (line ? ',\n    ' : ','));
    json.value(entry, 2, String(index));
    if (index === opts.files.length - 1) json.raw(line ? '\n  ]\n}' : ']}');
  };
  let code = 0;
  const fail = (file: string, e: unknown): string => {
    const msg = e instanceof InputError ? e.message : `${file}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    io.stderr(`cermat: ${msg}\n`);
    code = 2;
    return msg;
  };
  const words = STATUS_WORDS[lang];
  for (let i = 0; i < opts.files.length; i++) {
    const file = opts.files[i];
    const doing = (what: string, often = false) => io.status(`cermat${opts.files.length > 1 ? ` [${i + 1}/${opts.files.length}]` : ''} ${file}: ${what}…`, often);
    let report: FileReport & { error?: string };
    let loaded: LoadedWorkbook;
    let analysis;
    try {
      if (opts.out && (await sameFile(file, opts.out))) {
        throw new InputError(`--out ${opts.out}: is the input file; choose another name / adalah file masukan; pilih nama lain`);
      }
      doing(words.checking);
      loaded = await loadWorkbook(file, opts.out !== null, (step, done, total) => {
        terminal.checkpoint?.();
        if (step === 'sheet' && done < total) doing(`${words.sheet} ${Math.floor(done) + 1}/${total}`, true);
      });
      terminal.checkpoint?.();
      doing(words.analysing);
      analysis = analyseWorkbook(loaded.grid, opts.settings);
      terminal.checkpoint?.();
      report = fileReport(file, analysis, lang, opts.json);
      terminal.checkpoint?.();
      const n = loaded.pkg.uncalculated;
      if (n > 0) {
        // Formulas whose results were never saved (a generated file, or one that asks Excel to recalculate it): their
        // cells read as empty, so what depends on them is not checked. Said once, not as a finding per cell.
        report = { ...report, uncalculatedFormulas: n };
        io.stderr(`cermat: ${file}: ${n} ${lang === 'id'
          ? 'sel rumus tanpa hasil tersimpan (berkas belum dihitung oleh Excel): nilainya dibaca kosong. Buka dan simpan berkas ini di Excel, lalu periksa lagi.'
          : `formula cell${n === 1 ? '' : 's'} without a saved result (the file was never calculated by Excel): read as empty. Open and save the file in Excel, then check again.`}\n`);
      }
    } catch (e) {
      emit({ file, error: fail(file, e) }, i);
      continue;
    }
    if (report.summary.errors > 0) code = Math.max(code, 1);
    if (!opts.json) io.stdout(textReport(report, lang));
    if (!opts.out) {
      emit(report, i);
      continue;
    }
    try {
      doing(`${words.writing} ${opts.out}`);
      const { edits, columns } = editsOf(loaded.grid, analysis, buildWritePlan(loaded.grid, analysis, lang));
      const sheets = loaded.pkg.sheetNames;
      const own = opts.findingsSheet ? ownFindingsSheet(loaded.grid) : null;
      const extra = opts.findingsSheet ? [{ ...findingsSheetPart(findingsSheet(report, lang, sheets, own), sheets), replaces: own !== null }] : [];
      let copy: Uint8Array;
      try {
        copy = patchXlsx(loaded.pkg, edits, columns, extra);
      } catch (e) {
        // A part the copy rewrites (styles, content types, a sheet, its notes) that the check did not need is
        // damaged: the input's fault, said as such (it had read "--out …: cannot be written"). A slip of ours (a
        // TypeError) is not quoted in JavaScript's words.
        const detail = e instanceof Error && !(e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError) ? ` (${e.message.split('\n')[0]})` : '';
        throw new InputError(`${file}: the recalculated copy cannot be made, a part of the workbook is damaged${detail}; nothing written / ` +
          `salinan hitung ulang tidak dapat dibuat, ada bagian buku kerja yang rusak${detail}; tidak ada yang ditulis`);
      }
      await writeAtomically(opts.out, copy);
      if (!opts.json) io.stdout(`\n${lang === 'id' ? 'Salinan yang dihitung ulang ditulis ke' : 'Recalculated copy written to'} ${opts.out}\n`);
      if (!opts.json && extra.length > 0) {
        io.stdout(lang === 'id' ? `Lembar "${extra[0].name}" berisi ${extra[0].rows.length} temuan\n` : `Sheet "${extra[0].name}" lists ${extra[0].rows.length} finding${extra[0].rows.length === 1 ? '' : 's'}\n`);
      }
    } catch (e) {
      const reason = e instanceof InputError ? e.message : `--out ${opts.out}: cannot be written / tidak dapat ditulis (${errorText(e)})`;
      // The report stays one document for this file: the failure goes inside it.
      report = { ...report, error: fail(file, new InputError(reason)) };
    }
    emit(report, i);
  }
  io.status(null);
  // Indented for a person at a terminal; one compact line for a file, a pipe or a program (about half the size).
  if (json) {
    json.raw('\n');
    const bytes = json.bytes();
    if (io.stdoutBytes) for (const b of bytes) io.stdoutBytes(b);
    else io.stdout(Buffer.concat(bytes).toString('utf8'));
  }
  return code;
}

function errorText(e: unknown): string {
  const c = (e as { code?: string }).code;
  if (c) return c;
  return e instanceof Error ? e.message.split('\n')[0] : String(e);
}

/** Writes to a temporary file beside the target, then renames it over: an existing target is never half-written. */
async function writeAtomically(target: string, data: Uint8Array): Promise<void> {
  const dir = dirname(resolve(target));
  await mkdir(dir, { recursive: true });
  // Unique enough with the pid, and `wx` refuses an existing name rather than write through it. (Not node:crypto:
  // loading it cost every run ≈15 ms of start-up.)
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** The same file by any path: the same real path, or the same device and inode (hard links). */
async function sameFile(a: string, b: string): Promise<boolean> {
  const norm = async (p: string) => {
    try {
      return await realpath(p);
    } catch {
      return resolve(p);
    }
  };
  if ((await norm(a)) === (await norm(b))) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
