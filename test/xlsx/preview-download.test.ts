// The preview's download: what the pane changed in the in-memory workbook, patched into the original package by
// the same writer as `cermat --out`, in the worker's code (run here on the main thread, fflate inflating).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryWorkbook, solidFill } from '../../src/excel/memory/model';
import { WorkbookCore } from '../../src/preview/workbook/core';
import { bookEdits } from '../../src/preview/workbook/edits';
import { staleFormulaEdits } from '../../src/xlsx/edits';
import { FromWorker } from '../../src/preview/workbook/protocol';
import { nodeCodec } from '../../src/xlsx/codec-node';
import { readXlsx } from '../../src/xlsx/read';
import { InflateBudget, inflateEntry, readZip } from '../../src/xlsx/zip';

const GOLDEN = join(__dirname, '..', 'fixtures/xlsx/golden-libreoffice.xlsx');

function ask(core: WorkbookCore, msg: Parameters<WorkbookCore['handle']>[0]): FromWorker[] {
  const replies: FromWorker[] = [];
  core.handle(msg, (r) => replies.push(r));
  return replies;
}

function open(core: WorkbookCore) {
  const bytes = readFileSync(GOLDEN);
  const replies = ask(core, { type: 'open', data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  const opened = replies.find((r) => r.type === 'opened');
  if (opened?.type !== 'opened') throw new Error(JSON.stringify(replies));
  return { replies, grid: opened.grid, sheets: opened.sheets };
}

describe('preview download', () => {
  it('reports progress per sheet and the sheets\' visibility', () => {
    const { replies, sheets } = open(new WorkbookCore());
    const progress = replies.filter((r) => r.type === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(sheets.length);
    expect(sheets.map((s) => [s.name, s.state])).toEqual([['Tabel II.1', 'visible'], ['Tabel II.2', 'visible'], ['Bantu', 'hidden'], ['Grafik', 'visible']]);
  });

  it('an unchanged book makes no edit, and its copy has every zip entry as it was', () => {
    const core = new WorkbookCore();
    const { grid } = open(core);
    const { edits, columns } = bookEdits(grid, MemoryWorkbook.fromGrid(grid));
    expect(edits).toEqual([]);
    expect(columns).toEqual([]);
    const patched = ask(core, { type: 'patch', edits, columns }).find((r) => r.type === 'patched');
    if (patched?.type !== 'patched') throw new Error('no copy');
    const a = readZip(readFileSync(GOLDEN));
    const b = readZip(new Uint8Array(patched.data));
    expect(b.entries.map((e) => Buffer.from(b.bytes.subarray(e.offset, e.end)).toString('base64')))
      .toEqual(a.entries.map((e) => Buffer.from(a.bytes.subarray(e.offset, e.end)).toString('base64')));
  });

  it('writes the pane\'s values, formats, fills, notes and new capaian column', () => {
    const core = new WorkbookCore();
    const { grid } = open(core);
    const book = MemoryWorkbook.fromGrid(grid);
    const s1 = book.sheet('Tabel II.1')!;
    const h4 = s1.edit(3, 7);
    h4.value = 0.875;
    h4.numberFormat = '0.00%';
    h4.fill = solidFill('#FFC7CE');
    book.notes.set('Tabel II.1!H4', 'Cermat: tertulis 90 %, hasil hitung 87,50 %.');
    const s2 = book.sheet('Tabel II.2')!;
    s2.edit(2, 4).value = 'Capaian (%)';
    const e4 = s2.edit(3, 4);
    e4.value = 0.75;
    e4.numberFormat = '0.00%';
    const { edits, columns } = bookEdits(grid, book);
    expect(columns).toEqual([{ sheet: 'Tabel II.2', col: 4, headerTop: 2, headerMerge: undefined }]);
    const patched = ask(core, { type: 'patch', edits, columns }).find((r) => r.type === 'patched');
    if (patched?.type !== 'patched') throw new Error('no copy');
    const { grid: back, pkg } = readXlsx(new Uint8Array(patched.data), nodeCodec);
    expect(back.sheets[0].cells[3][7]).toEqual({ value: 0.875, format: '0.00%' });
    expect(back.sheets[1].cells[2][4]).toEqual({ value: 'Capaian (%)' });
    expect(back.sheets[1].cells[3][4]).toEqual({ value: 0.75, format: '0.00%' });
    const comments = new TextDecoder().decode(inflateEntry(pkg.zip, pkg.zip.byName.get('xl/comments1.xml')!, nodeCodec, new InflateBudget()));
    expect(comments).toContain('<t>Cermat: tertulis 90 %, hasil hitung 87,50 %.</t>');
    // The user's note on A1 is still there.
    expect(comments).toContain('Catatan pengguna: sumber data SIPD');
  });

  it('drops the saved results of formulas reading a changed cell, as `cermat --out` does', () => {
    const grid = { sheets: [{ name: 'S', merges: [], cells: [[{ value: 50 }], [{ value: 90 }], [{ value: 70, formula: 'AVERAGE(A1:A2)' }], [{ value: 2, formula: '1+1' }]] }] };
    const book = MemoryWorkbook.fromGrid(grid);
    book.sheet('S')!.edit(0, 0).value = 75;
    expect(bookEdits(grid, book).edits).toEqual([{ sheet: 'S', row: 0, col: 0, value: 75 }, { sheet: 'S', row: 2, col: 0, stale: true }]);
  });

  it('leaves a formula\'s saved result where the cell it reads is written again with the same value', () => {
    const grid = { sheets: [{ name: 'S', merges: [], cells: [[{ value: 0.9, format: '0.00%' }], [{ value: 0.9, formula: 'A1' }]] }] };
    expect(staleFormulaEdits(grid, [{ sheet: 'S', row: 0, col: 0, value: 0.9, format: '0.00%' }])).toEqual([]);
    expect(staleFormulaEdits(grid, [{ sheet: 'S', row: 0, col: 0, value: 0.75, format: '0.00%' }])).toEqual([{ sheet: 'S', row: 1, col: 0, stale: true }]);
  });
});
