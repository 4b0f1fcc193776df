// Tulis lembar temuan (issue 15): the findings as a new sheet with a link to each cell, on the strict in-memory host
// with the worked example; Hapus lembar temuan puts the workbook back exactly.
import { join } from 'node:path';
import { runCermat } from '../../src/excel/cermat';
import { FINDINGS_COLUMN_WIDTHS, findingsSheetRecord, removeFindingsSheet, WorkbookProtectedError, writeFindingsSheet } from '../../src/excel/findings-sheet';
import { MemoryContext, MemoryError } from '../../src/excel/memory/context';
import { sheetNameProblem } from '../../src/core/sheet-name';
import { MemoryHost } from '../../src/excel/memory/host';
import { MemorySheet, MemoryWorkbook } from '../../src/excel/memory/model';
import { describeError } from '../../src/excel/errors';
import { FileReport } from '../../src/core/report';
import { withDefaults } from '../../src/core/settings';
import { Grid } from '../../src/core/grid';
import { FIXTURES, loadGrid } from '../helpers/xlsx';

const settings = withDefaults();
let example: Grid;
beforeAll(async () => {
  example = await loadGrid(join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx'));
});

async function checked(book = MemoryWorkbook.fromGrid(example)) {
  const host = new MemoryHost(book, { sets: { ExcelApi: '1.18' } });
  const run = await runCermat(host, 'check', settings);
  return { host, book, report: run.report };
}

/** The snapshot of every sheet but `name`. */
const others = (book: MemoryWorkbook, name: string) => {
  const snap = JSON.parse(book.snapshot());
  snap.sheets = snap.sheets.filter((s: { name: string }) => s.name !== name);
  return JSON.stringify(snap);
};

const valueAt = (book: MemoryWorkbook, sheet: string, row: number, col: number) => book.sheet(sheet)!.cell(row, col)?.value ?? null;

describe('Tulis lembar temuan', () => {
  it('adds "Temuan Cermat" at the end with a header and one row per finding, a link on each Sel cell, and touches nothing else', async () => {
    const { host, book, report } = await checked();
    expect(report.findings.length).toBeGreaterThan(5);
    const before = book.snapshot();
    const sheetsBefore = book.sheets.map((s) => s.name);
    book.activeSheet = 2;
    const syncsBefore = host.syncs;

    const result = await writeFindingsSheet(host, report, 'id');

    expect(result).toMatchObject({ name: 'Temuan Cermat', rows: report.findings.length, linked: true });
    expect(book.sheets.map((s) => s.name)).toEqual([...sheetsBefore, 'Temuan Cermat']);
    // The planner stays where they are.
    expect(book.activeSheet).toBe(2);
    expect(others(book, 'Temuan Cermat')).toBe(before);
    // Few syncs: look, add, write.
    expect(host.syncs - syncsBefore).toBe(3);
    expect(result.syncs).toBe(3);

    const s = book.sheet('Temuan Cermat')!;
    expect(s.usedRange(true)).toEqual({ top: 0, left: 0, bottom: report.findings.length, right: 5 });
    expect([0, 1, 2, 3, 4, 5].map((c) => valueAt(book, 'Temuan Cermat', 0, c))).toEqual(['No', 'Lembar', 'Sel', 'Tingkat', 'Kode', 'Pesan']);
    expect([0, 1, 2, 3, 4, 5].every((c) => s.cell(0, c)?.look?.font.bold === true)).toBe(true);
    expect(s.cell(1, 0)?.look?.font.bold ?? false).toBe(false);
    expect(FINDINGS_COLUMN_WIDTHS.map((_, c) => s.columnWidths.get(c))).toEqual(FINDINGS_COLUMN_WIDTHS);
    expect(s.cell(report.findings.length, 5)?.look?.wrapText).toBe(true);
    expect(s.cell(1, 4)?.look?.wrapText ?? false).toBe(false);

    // Every row: its finding, in order, the Sel cell a link to the finding's cell.
    report.findings.forEach((f, i) => {
      expect(valueAt(book, 'Temuan Cermat', i + 1, 0)).toBe(i + 1);
      expect(valueAt(book, 'Temuan Cermat', i + 1, 1)).toBe(f.sheet);
      expect(valueAt(book, 'Temuan Cermat', i + 1, 2)).toBe(f.cell);
      expect(valueAt(book, 'Temuan Cermat', i + 1, 4)).toBe(f.code);
      expect(valueAt(book, 'Temuan Cermat', i + 1, 5)).toBe(f.message);
      expect(s.cell(i + 1, 2)?.hyperlink?.textToDisplay).toBe(f.cell);
    });
    const i = report.findings.findIndex((f) => f.code === 'capaian-mismatch' && f.sheet === 'Tabel II.15' && f.cell === 'I7');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(s.cell(i + 1, 2)?.hyperlink).toEqual({ documentReference: "'Tabel II.15'!I7", textToDisplay: 'I7' });
    expect(valueAt(book, 'Temuan Cermat', i + 1, 3)).toBe('Kesalahan');
    // Only the Sel column carries links.
    expect(s.cell(i + 1, 1)?.hyperlink).toBeUndefined();

    // Recorded by id, for Hapus lembar temuan (and saved with the document).
    expect(findingsSheetRecord(host)).toEqual({ id: s.id, name: 'Temuan Cermat' });
    host.reopen();
    expect(findingsSheetRecord(host)?.name).toBe('Temuan Cermat');
  });

  it('keeps texts Excel would turn into formulas, numbers or dates as text, in English too', async () => {
    const { host, book, report } = await checked();
    const tricky: FileReport = {
      ...report,
      findings: [
        { ...report.findings[0], message: '+SUM(1)' },
        { ...report.findings[0], message: '=1+1' },
        { ...report.findings[0], message: '1/2' },
        { ...report.findings[0], message: '45%' },
      ],
    };
    const result = await writeFindingsSheet(host, tricky, 'en');
    expect(result.name).toBe('Cermat findings');
    const s = book.sheet('Cermat findings')!;
    expect([0, 1, 2, 3, 4, 5].map((c) => valueAt(book, 'Cermat findings', 0, c))).toEqual(['No', 'Sheet', 'Cell', 'Severity', 'Code', 'Message']);
    expect([1, 2, 3, 4].map((r) => valueAt(book, 'Cermat findings', r, 5))).toEqual(['+SUM(1)', '=1+1', '1/2', '45%']);
    expect([1, 2, 3, 4].map((r) => s.cell(r, 5)?.formula ?? null)).toEqual([null, null, null, null]);
    expect([1, 2, 3, 4].map((r) => s.cell(r, 5)?.numberFormat)).toEqual(['General', 'General', 'General', 'General']);
  });

  it('takes a name the workbook does not use, in any letter case; the host refuses duplicate and invalid names as Excel does', async () => {
    const book = MemoryWorkbook.fromGrid(example);
    const { host, report } = await checked(book);
    // A sheet the planner named like Cermat's, in other letters.
    host.book.sheets.push(new MemorySheet('temuan cermat'));
    const result = await writeFindingsSheet(host, report, 'id');
    expect(result.name).toBe('Temuan Cermat (2)');
    expect(book.sheets.filter((s) => s.name.toLowerCase().startsWith('temuan cermat')).map((s) => s.name)).toEqual(['temuan cermat', 'Temuan Cermat (2)']);

    // worksheets.add straight on the host: each refused name fails its sync and adds nothing.
    for (const [name, code] of [['TEMUAN CERMAT', 'ItemAlreadyExists'], ['Tabel II.15', 'ItemAlreadyExists'], ['a/b', 'InvalidArgument'], ['x'.repeat(32), 'InvalidArgument'], ['   ', 'InvalidArgument'], ['Q1?', 'InvalidArgument'], ['[x]', 'InvalidArgument'], ["'quoted'", 'InvalidArgument']]) {
      const count = book.sheets.length;
      const ctx = new MemoryContext(book);
      ctx.workbook.worksheets.add(name);
      await expect(ctx.sync()).rejects.toMatchObject({ code });
      expect(book.sheets.length).toBe(count);
    }
    expect(sheetNameProblem('x'.repeat(31), [])).toBeNull();
    expect(sheetNameProblem('Tabel II.15 (2)', ['Tabel II.15'])).toBeNull();
  });

  it('counts the new calls\' request bytes like the rest', async () => {
    const book = MemoryWorkbook.fromGrid(example);
    const small = new MemoryContext(book);
    small.workbook.worksheets.add('A');
    await small.sync();
    const big = new MemoryContext(book);
    big.workbook.worksheets.add('B'.repeat(31));
    await big.sync();
    expect(big.payloads[0].request - small.payloads[0].request).toBe(30);
    const link = new MemoryContext(book);
    link.workbook.worksheets.getItem('A').getRange('A1').hyperlink = { documentReference: "'Tabel II.15'!I7", textToDisplay: 'I7' };
    await link.sync();
    const longer = new MemoryContext(book);
    longer.workbook.worksheets.getItem('A').getRange('A1').hyperlink = { documentReference: "'Tabel II.15'!I17", textToDisplay: 'I17' };
    await longer.sync();
    expect(longer.payloads[0].request - link.payloads[0].request).toBe(2);
  });

  it('Hapus lembar temuan removes it again, and the workbook is exactly as before', async () => {
    const { host, book, report } = await checked();
    book.activeSheet = 1;
    const before = book.snapshot();
    const names = book.sheets.map((s) => s.name);
    await writeFindingsSheet(host, report, 'id');
    expect(book.snapshot()).not.toBe(before);
    // Renamed by the reviewer: still the sheet Cermat wrote.
    book.sheet('Temuan Cermat')!.name = 'Catatan reviu';
    await expect(removeFindingsSheet(host)).resolves.toEqual({ name: 'Catatan reviu', removed: true });
    expect(book.snapshot()).toBe(before);
    expect(book.sheets.map((s) => s.name)).toEqual(names);
    expect(book.activeSheet).toBe(1);
    expect(findingsSheetRecord(host)).toBeNull();
    await expect(removeFindingsSheet(host)).resolves.toBeNull();
  });

  it('never removes a sheet the planner made: one deleted by hand only drops the record', async () => {
    const { host, book, report } = await checked();
    await writeFindingsSheet(host, report, 'id');
    const mine = book.sheet('Temuan Cermat')!;
    book.sheets.splice(book.sheets.indexOf(mine), 1);
    const theirs = new MemorySheet('Temuan Cermat');
    theirs.edit(0, 0).value = 'catatan saya';
    book.sheets.push(theirs);
    await expect(removeFindingsSheet(host)).resolves.toEqual({ name: 'Temuan Cermat', removed: false });
    expect(book.sheet('Temuan Cermat')).toBe(theirs);
    expect(findingsSheetRecord(host)).toBeNull();
  });

  it('a protected workbook structure: a clear message, nothing added', async () => {
    const { host, book, report } = await checked();
    book.structureProtected = true;
    const before = book.snapshot();
    const count = book.sheets.length;
    const e = await writeFindingsSheet(host, report, 'id').catch((x) => x);
    expect(e).toBeInstanceOf(WorkbookProtectedError);
    expect(describeError(e, 'id')).toMatch(/Struktur buku kerja diproteksi/);
    expect(describeError(e, 'en')).toMatch(/workbook structure is protected/);
    expect(book.sheets.length).toBe(count);
    expect(book.snapshot()).toBe(before);
    expect(findingsSheetRecord(host)).toBeNull();

    // Protected after the sheet was written: Hapus lembar temuan says so and keeps its record.
    book.structureProtected = false;
    await writeFindingsSheet(host, report, 'id');
    book.structureProtected = true;
    await expect(removeFindingsSheet(host)).rejects.toBeInstanceOf(WorkbookProtectedError);
    expect(book.sheet('Temuan Cermat')).toBeDefined();
    expect(findingsSheetRecord(host)?.name).toBe('Temuan Cermat');
  });

  it('the host itself refuses add and delete under a protected structure, and deleting the last visible sheet', async () => {
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'Satu', cells: [[{ value: 1 }]], merges: [] }] });
    book.structureProtected = true;
    const add = new MemoryContext(book);
    add.workbook.worksheets.add('Dua');
    await expect(add.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    book.structureProtected = false;
    const last = new MemoryContext(book);
    last.workbook.worksheets.getItem('Satu').delete();
    await expect(last.sync()).rejects.toBeInstanceOf(MemoryError);
    expect(book.sheets.map((s) => s.name)).toEqual(['Satu']);
  });

  it('a failure while writing leaves nothing half-written: the new sheet is deleted again', async () => {
    const { host, book, report } = await checked();
    const before = book.snapshot();
    const count = book.sheets.length;
    // Syncs: 1 look, 2 add, 3 write (fails half-way).
    host.failSync(3, 0.5);
    await expect(writeFindingsSheet(host, report, 'id')).rejects.toMatchObject({ code: 'GeneralException' });
    expect(book.sheets.length).toBe(count);
    expect(book.snapshot()).toBe(before);
    expect(findingsSheetRecord(host)).toBeNull();
  });

  it('splits the rows over several syncs when the payload limit is low, and still writes every one', async () => {
    const { report } = await checked();
    const many: FileReport = { ...report, findings: Array.from({ length: 600 }, (_, i) => ({ ...report.findings[i % report.findings.length], message: `pesan ${i} `.padEnd(200, 'x') })) };
    const book = MemoryWorkbook.fromGrid(example);
    const host = new MemoryHost(book, { sets: { ExcelApi: '1.18' }, payloadLimit: 64 * 1024 });
    const result = await writeFindingsSheet(host, many, 'id');
    expect(result.syncs).toBeGreaterThan(3);
    expect(host.contexts[0].payloads.every((p) => p.request <= 64 * 1024)).toBe(true);
    expect(book.sheet('Temuan Cermat')!.usedRange(true)).toEqual({ top: 0, left: 0, bottom: 600, right: 5 });
    expect(valueAt(book, 'Temuan Cermat', 600, 5)).toBe(many.findings[599].message);
  });
});
