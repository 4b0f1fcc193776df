// The `cermat` command (SPEC §7): exit codes, JSON shape, --out, and bad inputs that must not crash it.
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { run } from '../../src/cli/run';
import { LARGE_HEAP_FLAGS, RUN_ONCE_FLAGS, SMALL_HEAP_FLAGS } from '../../src/cli/v8-flags';
import { buildFailure, cliBuild } from '../helpers/builds';
import { FIXTURES } from '../helpers/xlsx';

const EXAMPLE = join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cermat-cli-'));
});

async function cermat(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

async function writeBook(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function cellOf(file: string, sheet: string, address: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const c = wb.getWorksheet(sheet)!.getCell(address);
  // A note reads back as plain text or as rich text (runs of { text }), depending on how its part was written.
  const note = typeof c.note === 'object' && c.note !== null && 'texts' in c.note ? (c.note.texts ?? []).map((t) => t.text).join('') : c.note;
  return { value: c.value, numFmt: c.numFmt, fill: c.fill, note };
}

describe('cermat on the worked example', () => {
  it('exits 1 (errors found) and prints the tables and findings as text, in Indonesian by default', async () => {
    const r = await cermat(EXAMPLE);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toContain('Tabel II.1 A5:I19');
    expect(r.out).toContain('51,43 %');
    expect(r.out).toMatch(/Kesalahan \(\d+\):/);
    expect(r.out).toMatch(/Tabel II\.15!I7\s+capaian-mismatch\s+Capaian "Layanan Penanganan Permasalahan dari jumlah pengaduan masuk yang difasilitasi oleh BP3MI" tahun 2025 tertulis 36 %, hasil hitung 51,43 %/);
  });

  it('speaks English with --lang en', async () => {
    const r = await cermat(EXAMPLE, '--lang', 'en');
    expect(r.out).toContain('Stated capaian of "Layanan Penanganan Permasalahan dari jumlah pengaduan masuk yang difasilitasi oleh BP3MI" for 2025 36 %, computed 51.43 %');
  });

  it('prints one JSON document of the SPEC §7 shape with --json', async () => {
    const r = await cermat(EXAMPLE, '--json');
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(['file', 'tables', 'findings', 'summary']);
    expect(doc.summary).toEqual({ tables: 3, indicators: 39, errors: 5, warnings: 8, infos: expect.any(Number) });
    const t = doc.tables.find((x: { sheet: string }) => x.sheet === 'Tabel II.1');
    expect(t).toMatchObject({ kind: 'capaian', range: 'A5:I19', capaian: 188.52 });
    expect(t.indicators[0]).toMatchObject({ row: 7, unit: '%', target: 70, quarters: [50, 50, 35.17, 50], annual: 36, capaian: 51.43, statedCapaian: null });
    expect(t.indicators[12]).toMatchObject({ target: { category: 'Baik', score: null }, capaian: null });
    const g = doc.tables.find((x: { sheet: string }) => x.sheet === 'Tabel II.15').groups[0];
    expect(g).toMatchObject({ rows: [7, 8, 9, 10, 13, 14, 15, 16, 17, 20, 21], pagu: 7022542000, spent: 6738712639, absorption: 95.96, average: 188.52, statedAverage: 184.47 });
    for (const f of doc.findings) expect(Object.keys(f).sort()).toEqual(['cell', 'code', 'data', 'message', 'severity', 'sheet']);
  });

  it('indents --json for a terminal and prints it as one line for a file or a pipe', async () => {
    const piped = await cermat(EXAMPLE, '--json');
    expect(piped.out.endsWith('\n')).toBe(true);
    expect(piped.out.trimEnd()).not.toContain('\n');
    let shown = '';
    await run([EXAMPLE, '--json'], { stdout: (t) => (shown += t), stderr: () => undefined, columns: 100 });
    expect(shown).toMatch(/^\{\n {2}"file": /);
    expect(JSON.parse(shown)).toEqual(JSON.parse(piped.out));
  });

  it('shows what it is doing on a terminal status line, removed before any line of the report', async () => {
    const events: string[] = [];
    let shown: string | null = null;
    const writes: { text: string; statusShown: boolean }[] = [];
    const io = {
      stdout: (t: string) => void writes.push({ text: t, statusShown: shown !== null }),
      stderr: (t: string) => void writes.push({ text: t, statusShown: shown !== null }),
      status: (line: string | null) => {
        shown = line;
        events.push(line ?? '<clear>');
      },
    };
    const code = await run([EXAMPLE, EXAMPLE, '--lang', 'en'], io);
    expect(code).toBe(1);
    expect(events.some((e) => e.startsWith(`cermat [1/2] ${EXAMPLE}: checking`))).toBe(true);
    expect(events.some((e) => e.startsWith(`cermat [2/2] ${EXAMPLE}: analysing`))).toBe(true);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.filter((w) => w.statusShown)).toEqual([]);
    expect(shown).toBeNull();
    // In Indonesian, and for one file without a counter.
    events.length = 0;
    await run([EXAMPLE, '--json'], io);
    expect(events[0]).toBe(`cermat ${EXAMPLE}: memeriksa…`);
    expect(events.at(-1)).toBe('<clear>');
  });

  it('wraps several files in { files: [...] }', async () => {
    const r = await cermat(EXAMPLE, EXAMPLE, '--json');
    expect(JSON.parse(r.out).files).toHaveLength(2);
  });

  it('--out writes a recalculated copy; the input is untouched; a second run is clean and changes nothing', async () => {
    const input = join(dir, 'in.xlsx');
    copyFileSync(EXAMPLE, input);
    const before = sha(input);
    const out1 = join(dir, 'out', 'checked.xlsx');
    const r = await cermat(input, '--out', out1);
    expect(r.code).toBe(1);
    expect(sha(input)).toBe(before);
    expect(await cellOf(out1, 'Tabel II.1', 'J7')).toMatchObject({ value: 0.5143, numFmt: '0.00%' });
    expect((await cellOf(out1, 'Tabel II.1', 'J5')).value).toBe('Capaian (%)');
    expect(await cellOf(out1, 'Tabel II.15', 'I9')).toMatchObject({ value: 1.25, numFmt: '0.00%' });
    expect(await cellOf(out1, 'Tabel II.15', 'J13')).toMatchObject({ value: 1.8852, numFmt: '0.00%' });
    expect((await cellOf(out1, 'Tabel II.1', 'I7')).value).toBe('75 Kasus 36%');
    const flagged = await cellOf(out1, 'Tabel II.15', 'G15');
    expect(flagged.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFEB9C' } });
    expect(flagged.note).toEqual(expect.stringContaining('Oran'));

    const again = JSON.parse((await cermat(out1, '--json')).out);
    expect(again.findings.filter((f: { code: string }) => /-mismatch$/.test(f.code) && f.code !== 'cross-table-mismatch')).toEqual([]);
    const out2 = join(dir, 'out', 'checked-twice.xlsx');
    await cermat(out1, '--out', out2);
    const values = async (f: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f);
      return wb.worksheets.map((ws) => ws.getSheetValues());
    };
    expect(JSON.stringify(await values(out2))).toBe(JSON.stringify(await values(out1)));
  });

  it('refuses --out equal to the input', async () => {
    const input = join(dir, 'same.xlsx');
    copyFileSync(EXAMPLE, input);
    const before = sha(input);
    const r = await cermat(input, '--out', input);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/input file/);
    expect(sha(input)).toBe(before);
  });
});

describe('bad input gets one clear line and exit 2', () => {
  it.each([
    ['not a zip', 'notzip.xlsx', 'this is plain text, not a workbook', /not a readable \.xlsx/],
    ['a zip that is not a workbook', 'zip.xlsx', Buffer.from('504b0506000000000000000000000000000000000000', 'hex'), /holds no Excel workbook/],
  ])('%s', async (_name, file, content, message) => {
    const f = join(dir, file);
    writeFileSync(f, content);
    const r = await cermat(f);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });

  it('a missing file', async () => {
    const r = await cermat(join(dir, 'nope.xlsx'));
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toMatch(/not found/);
  });

  it.each([[[]], [['--lang', 'fr', EXAMPLE]], [['--bogus', EXAMPLE]], [['--cap']], [[EXAMPLE, EXAMPLE, '--out', 'x.xlsx']], [['--tolerance', 'abc', EXAMPLE]]])('usage %j', async (argv) => {
    const r = await cermat(...argv);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('the real binary, built from the current source, prints no stack trace', async () => {
    const build = await cliBuild();
    if (!build.ok) throw buildFailure(build);
    const f = join(dir, 'bin-bad.xlsx');
    writeFileSync(f, 'garbage');
    const r = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [join(build.dir, 'cli', 'bin.js'), f], (_e, _out, stderr) => resolve({ status: child.exitCode, stderr }));
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a readable \.xlsx/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('the real binary says nothing on stderr about its V8 settings (an unknown flag is printed by V8 itself)', async () => {
    const build = await cliBuild();
    if (!build.ok) throw buildFailure(build);
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [join(build.dir, 'cli', 'bin.js'), '--json', EXAMPLE], (_e, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }));
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).summary.tables).toBe(3);
  });
});

describe('the V8 settings of the cermat command', () => {
  it('every flag it may set is one this Node knows (V8 prints an unknown one on stderr), checked in a child process', async () => {
    const flags = [...RUN_ONCE_FLAGS, ...SMALL_HEAP_FLAGS, ...LARGE_HEAP_FLAGS];
    expect(flags.length).toBeGreaterThanOrEqual(5);
    const script = `const v8 = require('node:v8'); for (const f of ${JSON.stringify(flags)}) v8.setFlagsFromString(f); console.log('ok')`;
    const r = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['-e', script], (_e, stdout, stderr) => resolve({ stdout, stderr }));
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ok\n');
  });

  it('run() hands the host a checkpoint during the read and after each step, for every file of a batch', async () => {
    let calls = 0;
    const code = await run([EXAMPLE, EXAMPLE, '--json'], { stdout: () => undefined, stderr: () => undefined, checkpoint: () => void calls++ });
    expect(code).toBe(1);
    // Per file: at least one progress tick of the read, then after the read, the analysis and the report.
    expect(calls).toBeGreaterThanOrEqual(2 * 4);
  });
});

describe('workbooks without a usable table', () => {
  it('an empty workbook: table-not-found, exit 0', async () => {
    const f = await writeBook('empty.xlsx', (wb) => wb.addWorksheet('Sheet1'));
    const doc = JSON.parse((await cermat(f, '--json')).out);
    expect(doc.findings.map((x: { code: string }) => x.code)).toEqual(['table-not-found']);
  });

  it('a sheet of other data: table-not-found naming the labels looked for', async () => {
    const f = await writeBook('other.xlsx', (wb) => wb.addWorksheet('Data').addRows([['Nama', 'Nilai'], ['a', 1]]));
    const r = await cermat(f);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Indikator Kinerja');
  });

  it('Excel error values and formulas are read (cached values), checked, and formulas never written', async () => {
    const f = await writeBook('formulas.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRows([['IKU', 'Target', 'Tahunan', 'Capaian (%)'], ['A', 10, 5, null], ['B', 10, 10, null], ['C', 0, 3, null]]);
      ws.getCell('D2').value = { formula: 'C2/B2', result: 0.4 };
      ws.getCell('D2').numFmt = '0%';
      ws.getCell('D3').value = { formula: 'C3/B3', result: 1 };
      ws.getCell('D3').numFmt = '0%';
      ws.getCell('D4').value = { formula: 'C4/B4', result: { error: '#DIV/0!' } };
    });
    const doc = JSON.parse((await cermat(f, '--json')).out);
    const codes = doc.findings.map((x: { code: string; cell: string }) => `${x.code}@${x.cell}`);
    expect(codes).toEqual(expect.arrayContaining(['capaian-mismatch@D2', 'value-error@D4', 'target-zero@B4']));
    const out = join(dir, 'formulas.out.xlsx');
    await cermat(f, '--out', out);
    expect(await cellOf(out, 'S', 'D2')).toMatchObject({ value: { formula: 'C2/B2' } });
  });

  // Behaviour only: how time and memory grow with size is measured by `npm run bench` (1,000 to 50,000 rows).
  it('a sheet of many rows is checked, every row an indicator', async () => {
    const f = await writeBook('big.xlsx', (wb) => {
      const ws = wb.addWorksheet('Tabel II.1');
      ws.addRow(['No', 'Indikator Kinerja', 'Target', 'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', 'Tahunan']);
      for (let i = 1; i <= 300; i++) ws.addRow([i, `Indikator ${i}`, `${i} orang`, '1', '1', '1', `${i - 3}`, `${i} orang`]);
    });
    const doc = JSON.parse((await cermat(f, '--json')).out);
    expect(doc.summary.indicators).toBe(300);
    expect(doc.findings.filter((x: { code: string }) => x.code === 'annual-sum-mismatch')).toEqual([]);
    expect(doc.tables[0].capaian).toBe(100);
  });

  it('a realisation near the largest number Excel holds: the same capaian in the text and the JSON, never Infinity', async () => {
    const f = await writeBook('huge.xlsx', (wb) => {
      const ws = wb.addWorksheet('Tabel II.1');
      ws.addRow(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']);
      ws.addRow([1, 'Jumlah layanan', 'orang', 100, 1.7e308, null]);
      ws.addRow([2, 'Persentase layanan', '%', 80, 90, null]);
    });
    const text = await cermat(f, '--lang', 'en');
    expect(text.out).not.toMatch(/Infinity|NaN/);
    expect(text.out).toContain('→ 1.7e+308 %');
    const doc = JSON.parse((await cermat(f, '--json')).out);
    expect(doc.tables[0].indicators.map((i: { capaian: number | null }) => i.capaian)).toEqual([1.7e308, 112.5]);
    expect(doc.findings.find((x: { code: string }) => x.code === 'capaian-implausible')).toMatchObject({ cell: 'F2', data: { capaian: 1.7e308 } });
  });
});

describe('--out changes only what the plan says', () => {
  it('marks a flagged cell without recolouring cells that shared its style', async () => {
    const out = join(dir, 'styles.xlsx');
    await cermat(EXAMPLE, '--out', out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Tabel II.15')!;
    const orig = new ExcelJS.Workbook();
    await orig.xlsx.readFile(EXAMPLE);
    const before = orig.getWorksheet('Tabel II.15')!;
    for (const address of ['G16', 'G8', 'H16', 'C9']) expect(ws.getCell(address).style).toEqual(before.getCell(address).style);
    expect(ws.getCell('D22').numFmt).toBe('#,##0');
  });
});

describe('settings as flags (SPEC §8)', () => {
  const book = () => writeBook('settings.xlsx', (wb) => wb.addWorksheet('S').addRows([
    ['IKU', 'Target', 'Tahunan', 'Rata-rata Capaian (%)'],
    ['Jumlah kasus pelanggaran', '40 kasus', '30 kasus', null],
    ['Jumlah layanan', '10 orang', '30 orang', null],
    ['Predikat unit', 'Istimewa', 'Istimewa (97)', null],
    ['Indikator kosong', '10 orang', '-', null],
  ]));
  const capaian = async (...flags: string[]) => JSON.parse((await cermat(await book(), '--json', ...flags)).out).tables[0];

  it('defaults: positive polarity, averages leave out what is not computed, no cap', async () => {
    const t = await capaian();
    expect(t.indicators.map((i: { capaian: number | null }) => i.capaian)).toEqual([75, 300, null, null]);
    expect(t.capaian).toBe(187.5);
  });

  it('--polarity, --negative-formula, --cap, --absent-in-average, --scale and --implausible-above change the figures', async () => {
    const t = await capaian('--polarity', 'Jumlah kasus pelanggaran=negatif', '--scale', 'Predikat:Istimewa=95-100,Baik=80-95', '--cap', '120', '--absent-in-average', 'zero');
    expect(t.indicators.map((i: { capaian: number | null }) => i.capaian)).toEqual([125, 300, 100, null]);
    expect(t.capaian).toBe(85);
    const r = await capaian('--polarity', 'jumlah kasus pelanggaran=negatif', '--negative-formula', 't-over-r');
    expect(r.indicators[0].capaian).toBe(133.33);
    const doc = JSON.parse((await cermat(await book(), '--json', '--implausible-above', '400')).out);
    expect(doc.findings.filter((f: { code: string }) => f.code === 'capaian-implausible')).toEqual([]);
  });

  it('prints the settings in --help', async () => {
    const r = await cermat('--help');
    for (const flag of ['--absent-in-average', '--cap', '--negative-formula', '--implausible-above', '--tolerance', '--polarity', '--scale']) expect(r.out).toContain(flag);
  });

  it.each([['--polarity', 'no-equals-sign'], ['--scale', 'Bad:Baik=90-80']])('rejects %s %s', async (flag, value) => {
    expect((await cermat(EXAMPLE, flag, value)).code).toBe(2);
  });
});
