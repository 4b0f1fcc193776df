// The CLI on both forms (copied into test/fixtures/renja): --json gives the form, the text shows it by hierarchy,
// --rating-scale is read, and --out changes only the cells SPEC §11 lets a recalculation write — every other cell's
// value and formula is compared.
import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run';

const DIR = join(__dirname, '..', 'fixtures', 'renja');

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

function copy(file: string): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'renja-'));
  const path = join(dir, file);
  copyFileSync(join(DIR, file), path);
  return { dir, path };
}

/** Every cell as `value|formula`, by sheet!address (merged followers skipped). */
async function cellsOf(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value as unknown;
        let text: string;
        if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
          const f = v as { formula?: string; sharedFormula?: string };
          text = `=${f.formula ?? `(shared ${f.sharedFormula})`}`;
        } else if (v && typeof v === 'object' && 'richText' in v) text = (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
        else text = JSON.stringify(v);
        out.set(`${ws.name}!${cell.address}`, text);
      });
    });
  }
  return out;
}

async function changedCells(file: string): Promise<{ changed: string[]; after: Map<string, string>; outPath: string }> {
  const { dir, path } = copy(file);
  const outPath = join(dir, 'out.xlsx');
  const r = await cli([path, '--out', outPath]);
  expect(r.err).toBe('');
  const before = await cellsOf(path);
  const after = await cellsOf(outPath);
  const keys = new Set([...before.keys(), ...after.keys()]);
  return { changed: [...keys].filter((k) => before.get(k) !== after.get(k)).sort(), after, outPath };
}

describe('cermat on renja-evaluasi-2025.xlsx', () => {
  it('--json: the form as a table of kind renja, its indicators, rows by hierarchy and findings', async () => {
    const { path } = copy('renja-evaluasi-2025.xlsx');
    const r = await cli([path, '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    const t = doc.tables.find((x: { kind: string }) => x.kind === 'renja');
    expect(t.sheet).toBe('Evaluasi Renja TW IV');
    expect(t.capaian).toBe(83.9);
    expect(t.indicators.find((i: { row: number }) => i.row === 12).capaian).toBe(84.21);
    const row20 = t.form.rows.find((x: { row: number }) => x.row === 20);
    expect(row20).toMatchObject({ level: 'program', code: '1.02.02', parentRow: 10 });
    expect(row20.values.target).toEqual({ k: 18, rp: 6036000000 });
    expect(row20.values.q2).toEqual({ k: 4, rp: 1715575000 });
    expect(row20.capaianRp).toBe(89.56);
    expect(t.form.predicate).toBe('Tinggi');
    expect(t.form.statedPredicate).toBe('Sangat Tinggi');
    const codes = doc.findings.map((f: { code: string; cell: string }) => `${f.code}@${f.cell}`);
    expect(codes).toContain('predicate-mismatch@Z30');
    expect(codes).not.toContain('table-not-found@A1');
    const msg = doc.findings.find((f: { code: string; cell: string }) => f.code === 'formula-inconsistent' && f.cell === 'O20').message;
    expect(msg).toContain('O20 (Program) menjumlahkan baris yang bukan anak langsungnya (baris 28)');
  });

  it('--rating-scale moves the predicate bands', async () => {
    const { path } = copy('renja-evaluasi-2025.xlsx');
    // Tinggi up to 83 only: the average 83,90 is Sangat Tinggi, as stated.
    const doc = JSON.parse((await cli([path, '--json', '--rating-scale', '50,65,75,83'])).out);
    expect(doc.findings.filter((f: { code: string }) => f.code === 'predicate-mismatch')).toEqual([]);
    expect((await cli([path, '--rating-scale', '50,65,90,75'])).code).toBe(2);
  });

  it('the text shows the form by hierarchy', async () => {
    const { path } = copy('renja-evaluasi-2025.xlsx');
    const r = await cli([path]);
    expect(r.out).toContain('evaluasi hasil Renja Perangkat Daerah');
    expect(r.out).toContain('kolom: indikator H5, target N5, realisasi X5, capaian Z5');
    expect(r.out).toMatch(/\n {6} +20 {2}Program 1\.02\.02 {2}PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESE… — K 83,33 %, Rp 89,56 %, \[2 temuan\]/);
    expect(r.out).toMatch(/\n {10} +22 {2}Sub Kegiatan 1\.02\.02\.2\.01\.0004/);
    expect(r.out).toContain('Rata-rata capaian kinerja 83,90 %, predikat Tinggi (tertulis 83,90 %, Sangat Tinggi)');
  });

  it('--out writes only the average (as a percentage) and the predicate; every other value and formula is unchanged', async () => {
    const { changed, after } = await changedCells('renja-evaluasi-2025.xlsx');
    expect(changed).toEqual(['Evaluasi Renja TW IV!Z29', 'Evaluasi Renja TW IV!Z30']);
    expect(after.get('Evaluasi Renja TW IV!Z29')).toBe('0.839');
    expect(after.get('Evaluasi Renja TW IV!Z30')).toBe('"Tinggi"');
  });
});

describe('cermat on the real Deli Serdang form', () => {
  it('finds the form and reports the errors SPEC §11 names, with their cells', async () => {
    const { path } = copy('evaluasi-renja-deli-serdang-2025.xlsx');
    const r = await cli([path, '--json']);
    const doc = JSON.parse(r.out);
    expect(doc.tables.map((t: { kind: string }) => t.kind)).toEqual(['renja']);
    const at = (code: string) => doc.findings.filter((f: { code: string }) => f.code === code).map((f: { cell: string }) => f.cell);
    expect(at('table-not-found')).toEqual([]);
    expect(at('rollup-mismatch')).toEqual(expect.arrayContaining(['R12', 'U12', 'X12', 'AA12']));
    expect(at('formula-inconsistent')).toEqual(expect.arrayContaining(['M39', 'AA39', 'Y47', 'R12']));
    expect(at('formula-constant').every((c: string) => c.startsWith('U'))).toBe(true);
    expect(at('formula-constant')).toHaveLength(27);
    expect(at('percent-summed')).toEqual(expect.arrayContaining(['AD13', 'AD14']));
    expect(at('value-error')).toEqual(['AF82', 'AG82']);
    // Nothing in the title, header and numbered rows.
    expect(doc.findings.filter((f: { cell: string }) => Number(/\d+$/.exec(f.cell)![0]) <= 10)).toEqual([]);
  });

  it('--out changes nothing but typed cumulative percentages (AF, AG), never a formula', async () => {
    const { changed, after, outPath } = await changedCells('evaluasi-renja-deli-serdang-2025.xlsx');
    // Its typed percentages are the zeros of rows with nothing this year (AF40 = 0): rewritten as 0,00 %, same value.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(outPath);
    expect(wb.getWorksheet('Realisasi TW IV')!.getCell('AF40').numFmt).toBe('0.00%');
    for (const k of changed) {
      expect(k).toMatch(/^Realisasi TW IV!A[FG]\d+$/);
      expect(after.get(k)!.startsWith('=')).toBe(false);
    }
  });
});

describe('a second recalculation', () => {
  it.each(['renja-evaluasi-2025.xlsx', 'evaluasi-renja-deli-serdang-2025.xlsx'])('changes nothing on %s and leaves no stated-percentage mismatch', async (file) => {
    const { dir, path } = copy(file);
    const first = join(dir, 'first.xlsx');
    const second = join(dir, 'second.xlsx');
    await cli([path, '--out', first]);
    const again = JSON.parse((await cli([first, '--json'])).out);
    expect(again.findings.filter((f: { code: string }) => /^(capaian|absorption|average|predicate)-mismatch$/.test(f.code))).toEqual([]);
    await cli([first, '--out', second]);
    const a = await cellsOf(first);
    const b = await cellsOf(second);
    expect([...a.keys()].filter((k) => a.get(k) !== b.get(k))).toEqual([]);
  });
});
