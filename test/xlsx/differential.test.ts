// The package reader against ExcelJS, cell by cell: every fixture and real-world file, the LibreOffice-made
// workbooks, and workbooks fuzzed through ExcelJS's writer. Legitimate differences, normalised before comparing:
// - number format codes: ExcelJS drops the backslash escapes (`\-* #,##0`); the reader keeps the file's code;
// - dates: ExcelJS turns a date-formatted number into a Date; the oracle turns it back into the stored serial
//   (the reader keeps the number and its format: SPEC §12 "Dates are dates" is the core's rule); the round trip
//   through a Date is exact to the millisecond only, so date serials are compared to 1e-7 of a day;
// - a formula's cached result 0: ExcelJS reports no result (null); the reader keeps the 0 the file stores.
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Grid, GridCell, a1 } from '../../src/core/grid';
import { nodeCodec } from '../../src/xlsx/codec-node';
import { fflateCodec } from '../../src/xlsx/codec';
import { readXlsx } from '../../src/xlsx/read';
import { isDateFormat } from '../../src/core/read/cell';
import { excelJsGrid } from './oracle';

const ROOT = join(__dirname, '..', '..');
/** Every .xlsx under test/fixtures (real-world, LibreOffice-made and layout workbooks included) and examples/. */
function workbooks(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? workbooks(join(dir, e.name)) : e.name.endsWith('.xlsx') ? [join(dir, e.name)] : []);
}
const FILES = [...workbooks('test/fixtures'), ...workbooks('examples')];

function normalise(c: GridCell | undefined, other?: GridCell): unknown {
  if (!c) return null;
  let value = c.value;
  if (typeof value === 'number') value = isDateFormat(c.format) ? Math.round(value * 1e7) / 1e7 : Number(value.toPrecision(15));
  if (value === 0 && c.formula !== undefined && other?.formula !== undefined && other.value === null) value = null;
  const out: Record<string, unknown> = { value };
  if (c.format !== undefined) out.format = c.format.replace(/\\/g, '');
  if (c.formula !== undefined) out.formula = c.formula;
  return out;
}

/** Every difference between two grids, as readable lines (empty when they agree). */
export function gridDifferences(actual: Grid, expected: Grid): string[] {
  const diffs: string[] = [];
  if (actual.sheets.map((s) => s.name).join('|') !== expected.sheets.map((s) => s.name).join('|')) {
    diffs.push(`sheets: ${actual.sheets.map((s) => s.name).join(', ')} vs ${expected.sheets.map((s) => s.name).join(', ')}`);
    return diffs;
  }
  actual.sheets.forEach((a, i) => {
    const b = expected.sheets[i];
    const rows = Math.max(a.cells.length, b.cells.length);
    for (let r = 0; r < rows; r++) {
      const ra = a.cells[r] ?? [];
      const rb = b.cells[r] ?? [];
      const cols = Math.max(ra.length, rb.length);
      for (let c = 0; c < cols; c++) {
        const x = JSON.stringify(normalise(ra[c], rb[c]));
        const y = JSON.stringify(normalise(rb[c]));
        if (x !== y) diffs.push(`${a.name}!${a1(r, c)}: ${x} vs ${y}`);
      }
    }
    const ma = a.merges.map((m) => JSON.stringify(m)).sort().join();
    const mb = b.merges.map((m) => JSON.stringify(m)).sort().join();
    if (ma !== mb) diffs.push(`${a.name} merges: ${ma} vs ${mb}`);
  });
  return diffs;
}

describe('the package reader reads what ExcelJS reads', () => {
  it('finds the fixtures', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(FILES)('%s', async (file) => {
    const bytes = readFileSync(join(ROOT, file));
    const { grid } = readXlsx(bytes, nodeCodec);
    expect(gridDifferences(grid, await excelJsGrid(join(ROOT, file)))).toEqual([]);
    // The browser's inflate gives the same grid as Node's.
    expect(readXlsx(bytes, fflateCodec).grid).toEqual(grid);
  });
});

/** A small deterministic PRNG (mulberry32), so a failing fuzz case can be replayed by its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = ['80%', '1.905 orang', 'Rp14.107.139.000,-', 'Baik (88)', 'a & b < c > "d" \'e\'', '  spasi  ', 'baris\nbaru', 'Σ ünïcödé 漢字 😀',
  'x_x0041_y', '-', 'n/a', '=not a formula', '#N/A'];
const FORMATS = ['General', '0%', '0.00%', '#,##0', '#,##0.00', '0.0', 'dd/mm/yyyy', 'd-mmm-yy', '[$-421]d mmmm yyyy', '#,##0 "orang"', '@', '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)'];

async function fuzzWorkbook(seed: number): Promise<Buffer> {
  const rnd = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const wb = new ExcelJS.Workbook();
  if (rnd() < 0.3) (wb.properties as { date1904?: boolean }).date1904 = true;
  const sheets = 1 + Math.floor(rnd() * 3);
  for (let s = 0; s < sheets; s++) {
    const ws = wb.addWorksheet(`Lembar ${s + 1}${rnd() < 0.3 ? ' & <x>' : ''}`, { state: rnd() < 0.2 ? 'hidden' : 'visible' });
    const rows = 1 + Math.floor(rnd() * 30);
    const cols = 1 + Math.floor(rnd() * 12);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const roll = rnd();
        if (roll < 0.25) continue;
        const cell = ws.getCell(r, c);
        if (roll < 0.45) cell.value = Math.round((rnd() - 0.3) * 1e6) / (rnd() < 0.5 ? 1 : 1000);
        else if (roll < 0.7) cell.value = pick(TEXTS);
        else if (roll < 0.75) cell.value = { richText: [{ text: 'Capaian ' }, { font: { bold: true }, text: pick(TEXTS) }] };
        else if (roll < 0.8) cell.value = rnd() < 0.5;
        else if (roll < 0.85) cell.value = { error: pick(['#DIV/0!', '#REF!', '#VALUE!', '#N/A', '#NAME?']) } as ExcelJS.CellErrorValue;
        else if (roll < 0.92) cell.value = { formula: `SUM(A1:A${r})*${c}`, result: Math.round(rnd() * 100) } as ExcelJS.CellFormulaValue;
        else cell.value = new Date(Date.UTC(2020 + Math.floor(rnd() * 6), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)));
        if (rnd() < 0.5) cell.numFmt = pick(FORMATS);
        if (cell.value instanceof Date && rnd() < 0.8) cell.numFmt = pick(['dd/mm/yyyy', 'yyyy-mm-dd', 'd-mmm-yy']);
      }
    }
    // Shared formulas down a column: the anchor's formula moved to each cell.
    if (rnd() < 0.5 && rows > 2) {
      const col = cols + 1;
      ws.getCell(1, col).value = { formula: 'A1*2+$B$1+B1', result: 1, shareType: 'shared', ref: `${ws.getColumn(col).letter}1:${ws.getColumn(col).letter}${rows}` } as ExcelJS.CellFormulaValue;
      for (let r = 2; r <= rows; r++) ws.getCell(r, col).value = { sharedFormula: `${ws.getColumn(col).letter}1`, result: r } as ExcelJS.CellSharedFormulaValue;
    }
    if (rows > 3 && cols > 2 && rnd() < 0.7) ws.mergeCells(1, 1, 1 + Math.floor(rnd() * 2), 2 + Math.floor(rnd() * (cols - 2)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('fuzzed workbooks (ExcelJS-written) read the same by both', () => {
  const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
  it.each(seeds)('seed %i', async (seed) => {
    const bytes = await fuzzWorkbook(seed);
    const { grid } = readXlsx(bytes, nodeCodec);
    expect(gridDifferences(grid, await excelJsGrid(bytes))).toEqual([]);
  });
});
