// Property over every workbook in test/fixtures (golden, layouts, real-world, evaluation forms): the recalculated
// copy changes no cell value or formula outside what SPEC §6 and §10.5 allow. The oracle is the test's own: ExcelJS
// reads input and output, and a changed cell must (1) not hold a formula in the input, (2) sit below a header that
// names a percentage Cermat computes (capaian, %, rata-rata, tingkat, serapan, persen, sisa %) — for a cell that
// was empty, in the output (a new `Capaian (%)` column) — and (3) hold a number with a percent format, or be a new
// column's header written into an empty cell; (4) not be in a column whose header names an earlier year than the
// latest the sheet's headers name with a realisation written under it (history and other year groups are never
// written; a year whose Realisasi columns are all empty is not yet reported). The evaluation form's predicate
// (a rating word in its `Predikat` row) is the one text besides a new column's header that may be written. A number
// without a percent format may be written only over a number on the 0–100 scale that a formula of the workbook reads
// (its format kept: the formulas over it keep reading a percentage).
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseWorkbook } from '../../src/core/workbook';
import { buildWritePlan } from '../../src/core/plan';
import { nodeCodec } from '../../src/xlsx/codec-node';
import { editsOf } from '../../src/xlsx/edits';
import { patchXlsx } from '../../src/xlsx/patch';
import { readXlsx } from '../../src/xlsx/read';
import { FIXTURES } from '../helpers/xlsx';

function workbooks(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? workbooks(join(dir, e.name)) : e.name.endsWith('.xlsx') ? [join(dir, e.name)] : [],
  );
}

type Cells = Map<string, { value: unknown; formula?: string; fmt: string; inMerge: boolean }>;

function cellsOf(ws: ExcelJS.Worksheet): Cells {
  const out: Cells = new Map();
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => {
    // A merged area's other cells show its top-left cell's value: read as header text, never compared.
    const inMerge = c.isMerged && c.master.address !== c.address;
    const v = c.value as unknown;
    const f = v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v) ? (v as { formula?: string; sharedFormula?: string }).formula ?? 'shared' : undefined;
    const value = f !== undefined ? undefined : v && typeof v === 'object' && 'richText' in v ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('') : v;
    out.set(c.address, { value, formula: f, fmt: c.numFmt ?? '', inMerge });
  }));
  return out;
}

/**
 * The years a text names; none for a date (`Wanagiri, 15 Januari 2026`, a sign-off under the table: the day the
 * report was signed, not a year it reports on).
 */
const yearsIn = (text: string) => (DATE.test(text) ? [] : [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])));
const DATE = /\b\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+(?:19|20)\d{2}\b/i;

const PREDICATE = /^(sangat tinggi|tinggi|sedang|rendah|sangat rendah)$/i;

/** Whether any text of a row matches (the evaluation form's `Predikat kinerja` footer row). */
/** Every cell some formula of the workbook reads, as `Sheet!A1` (ranges expanded; read off the formula text here). */
function cellsReadByFormulas(wb: ExcelJS.Workbook): Set<string> {
  const out = new Set<string>();
  const ref = /(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))?!?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
  const colNo = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const colName = (n: number): string => (n > 26 ? colName(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => row.eachCell((c) => {
      const f = (c.value as { formula?: string } | null)?.formula;
      if (!f) return;
      for (const m of f.matchAll(ref)) {
        const prefix = m[0].includes('!') ? (m[1]?.replace(/''/g, "'") ?? m[2]) : ws.name;
        const [c1, r1, c2, r2] = [colNo(m[3]), Number(m[4]), colNo(m[5] ?? m[3]), Number(m[6] ?? m[4])];
        for (let r = r1; r <= r2; r++) for (let k = c1; k <= c2; k++) out.add(`${prefix}!${colName(k)}${r}`);
      }
    }));
  }
  return out;
}

function rowMentions(cells: Cells, row: number, re: RegExp): boolean {
  for (const [address, c] of cells) if (Number(address.replace(/^[A-Z]+/, '')) === row && typeof c.value === 'string' && re.test(c.value)) return true;
  return false;
}

const PERCENT_HEADER = /capaian|%|rata|tingkat|serapan|persen/i;

/** The texts above a cell in its column, as the test reads a header. */
function headerAbove(cells: Cells, col: string, row: number): string {
  const texts: string[] = [];
  for (let r = row - 1; r >= 1; r--) {
    const c = cells.get(`${col}${r}`);
    if (typeof c?.value === 'string') texts.push(c.value);
  }
  return texts.join(' | ');
}

describe('the recalculated copy changes only the cells SPEC §6 and §10.5 allow', () => {
  it.each(workbooks(FIXTURES).map((f) => [f.slice(FIXTURES.length + 1), f]))('%s', async (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const loaded = readXlsx(bytes, nodeCodec);
    const analysis = analyseWorkbook(loaded.grid);
    const { edits, columns } = editsOf(loaded.grid, analysis, buildWritePlan(loaded.grid, analysis, 'id'));
    // Nothing planned: nothing to compare (that untouched parts are copied byte for byte is test/xlsx's business).
    if (edits.length === 0 && columns.length === 0) return;
    const out = patchXlsx(loaded.pkg, edits, columns);
    const before = new ExcelJS.Workbook();
    await before.xlsx.load(bytes.slice().buffer);
    const after = new ExcelJS.Workbook();
    await after.xlsx.load(out.slice().buffer);
    const problems: string[] = [];
    const read = cellsReadByFormulas(before);
    for (const ws of before.worksheets) {
      const a = cellsOf(ws);
      // The latest year any header-like text of the sheet names (`Tahun 2025`) with a value of its own under one of
      // its realisation headers — or, where no year has one, the latest named: a column of an earlier year is history.
      const named = [...new Set([...a.values()].flatMap((c) => (typeof c.value === 'string' && c.value.length < 60 ? yearsIn(c.value) : [])))];
      const realised = named.filter((year) => [...a].some(([address, c]) => {
        if (c.inMerge || c.value === null || c.value === undefined || c.value === '' || c.value === '-') return false;
        if (typeof c.value === 'string' && yearsIn(c.value).length > 0) return false;
        const col = address.replace(/\d+$/, '');
        const above = headerAbove(a, col, Number(address.slice(col.length)));
        return yearsIn(above).includes(year) && /realisasi|triwulan|\btw\b|semester/i.test(above);
      }));
      const latest = Math.max(0, ...(realised.length > 0 ? realised : named));
      const b = cellsOf(after.getWorksheet(ws.name)!);
      for (const address of new Set([...a.keys(), ...b.keys()])) {
        const x = a.get(address);
        const y = b.get(address);
        if (x?.inMerge || y?.inMerge) continue;
        const same = JSON.stringify(x?.value ?? null) === JSON.stringify(y?.value ?? null) && x?.formula === y?.formula;
        if (same) continue;
        const col = address.replace(/\d+$/, '');
        const row = Number(address.slice(col.length));
        const where = `${ws.name}!${address}`;
        if (x?.formula) problems.push(`${where}: a formula was overwritten`);
        else if (x === undefined && y?.value === 'Capaian (%)') continue; // a new column's header, in an empty cell
        else if (typeof y?.value === 'string' && PREDICATE.test(y.value) && rowMentions(a, row, /predikat/i)) continue; // SPEC §11's predicate
        else if (typeof y?.value === 'number' && typeof x?.value === 'number' && !x.fmt.includes('%') && x.value > 1.5 && y.fmt === x.fmt && read.has(where)) {
          // A percentage on the 0–100 scale a formula reads, written on its own scale: still under a percentage's header.
          if (!PERCENT_HEADER.test(headerAbove(a, col, row))) problems.push(`${where}: under "${headerAbove(a, col, row)}", not a computed percentage's column`);
        }
        else if (typeof y?.value !== 'number' || !y.fmt.includes('%')) problems.push(`${where}: written ${JSON.stringify(y?.value)} (${y?.fmt}), not a percentage`);
        else if (!PERCENT_HEADER.test(headerAbove(x === undefined ? b : a, col, row))) problems.push(`${where}: under "${headerAbove(a, col, row)}", not a computed percentage's column`);
        else if (yearsIn(headerAbove(a, col, row)).some((y) => y < latest)) problems.push(`${where}: in a column of an earlier year than ${latest}`);
      }
    }
    expect(problems).toEqual([]);
  }, 60000);
});
