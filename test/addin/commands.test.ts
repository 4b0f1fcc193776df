// The ribbon's Hitung Ulang: the pane's recalculation, and a sentence with the counts instead of a pane.
import { join } from 'node:path';
import { recalculateFromRibbon } from '../../src/commands/commands';
import { MemoryHost } from '../../src/excel/memory/host';
import { MemoryWorkbook } from '../../src/excel/memory/model';
import { FIXTURES, loadGrid } from '../helpers/xlsx';

describe('ribbon command Hitung Ulang', () => {
  it('recalculates every table and reports the counts in the document language', async () => {
    const host = new MemoryHost(MemoryWorkbook.fromGrid(await loadGrid(join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx'))));
    const text = await recalculateFromRibbon(host);
    expect(text).toMatch(/^Cermat: 3 tabel, 5 kesalahan, 8 peringatan\. 24 sel dihitung ulang\./);
    expect(host.book.sheet('Tabel II.15')!.cell(6, 8)?.value).toBe(0.5143);
    host.settings.set('cermat.state', { version: 1, undo: [], highlights: [], settings: { language: 'en' } });
    // The second run finds the three mismatches fixed; the two cells holding two measurements remain.
    expect(await recalculateFromRibbon(host)).toMatch(/^Cermat: 3 tables, 2 errors, 8 warnings\. 0 cells recalculated\./);
  });

  it('turns a protected sheet into a sentence, not a failure', async () => {
    const book = MemoryWorkbook.fromGrid(await loadGrid(join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx')));
    book.sheet('Tabel II.1')!.protected = true;
    expect(await recalculateFromRibbon(new MemoryHost(book))).toMatch(/Diproteksi, tidak diubah: Tabel II\.1\./);
  });
});
