// SheetView: merges resolved to their top-left cell, small ones and huge ones alike; each row read only as far as it
// has cells (one stray value in column XFD does not make every row 16,384 cells long).
import { Range, Sheet, SheetView } from '../../src/core/grid';

const sheet = (cells: Sheet['cells'], merges: Range[] = []): Sheet => ({ name: 'S', cells, merges });
const v = (value: string | number) => ({ value });

describe('SheetView', () => {
  it('answers a small merge cell by cell and a large one by block, with the same result', () => {
    const small: Range = { top: 0, left: 0, bottom: 1, right: 2 };
    // 200 × 30 = 6,000 cells: past the cell-by-cell limit.
    const large: Range = { top: 10, left: 1, bottom: 209, right: 30 };
    const view = new SheetView(sheet([[v('Judul')], [], [], [], [], [], [], [], [], [], [undefined, v('Besar')]], [small, large]));
    expect(view.mergeAt(1, 2)).toBe(small);
    expect(view.mergeAt(0, 3)).toBeUndefined();
    expect(view.mergeAt(10, 1)).toBe(large);
    expect(view.mergeAt(209, 30)).toBe(large);
    expect(view.mergeAt(150, 15)).toBe(large);
    expect(view.mergeAt(210, 15)).toBeUndefined();
    expect(view.mergeAt(150, 31)).toBeUndefined();
    expect(view.mergeAt(150, 0)).toBeUndefined();
    expect(view.text(200, 20)).toBe('Besar');
    expect(view.text(1, 1)).toBe('Judul');
  });

  it('cuts a merge over the whole sheet to the cells it could matter for', () => {
    const whole: Range = { top: 0, left: 0, bottom: 1048575, right: 16383 };
    const view = new SheetView(sheet([[v('a'), v('b')], [v(1), v(2)]], [whole]));
    // Within the stored cells and a margin past them (1,024 rows, 64 columns): A1's value; beyond: nothing.
    expect(view.text(1, 1)).toBe('a');
    expect(view.text(1000, 60)).toBe('a');
    expect(view.mergeAt(5000, 0)).toBeUndefined();
    expect(view.colCount).toBe(2 + 64);
    // The merge as cut, not as stated.
    expect(view.mergeAt(0, 0)).toEqual({ top: 0, left: 0, bottom: 1025, right: 65 });
  });

  it('keeps a merge within the margin as the file states it (the same object)', () => {
    const m: Range = { top: 0, left: 0, bottom: 0, right: 9 };
    const view = new SheetView(sheet([[v('Tabel II.1')], [v('No'), v('Indikator')]], [m]));
    expect(view.mergeAt(0, 9)).toBe(m);
  });

  it('reads each row to its own last cell or merge (rowEnd), whatever the sheet\'s width', () => {
    const cells: Sheet['cells'] = [[v('No'), v('Indikator')], [v(1), v('A')]];
    cells[5] = [];
    cells[5][16383] = v('x');
    const view = new SheetView(sheet(cells, [{ top: 1, left: 3, bottom: 2, right: 6 }]));
    expect(view.colCount).toBe(16384);
    expect(view.rowEnd(0)).toBe(2);
    expect(view.rowEnd(1)).toBe(7);
    expect(view.rowEnd(2)).toBe(7);
    expect(view.rowEnd(3)).toBe(0);
    expect(view.rowEnd(5)).toBe(16384);
    expect(view.rowEnd(99)).toBe(0);
  });
});
