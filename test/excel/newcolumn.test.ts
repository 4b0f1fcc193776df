// SPEC §12 in Excel (issue 15): the `Capaian (%)` column Cermat adds looks like its left neighbour — borders, font,
// alignment per row, the header's fill, the header merged over the same rows, the same width — and Batalkan puts
// the column back exactly. On the worked example's Tabel II.1 (new column J, its neighbour I merged over I5:I6).
import { join } from 'node:path';
import { clear, runCermat, undo } from '../../src/excel/cermat';
import { MemoryHost } from '../../src/excel/memory/host';
import { DEFAULT_LOOK, MemoryLook, MemoryWorkbook, solidFill } from '../../src/excel/memory/model';
import { withDefaults } from '../../src/core/settings';
import { Grid } from '../../src/core/grid';
import { FIXTURES, loadGrid } from '../helpers/xlsx';

const settings = withDefaults();
let example: Grid;
beforeAll(async () => {
  example = await loadGrid(join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx'));
});

const thin = { style: 'Continuous', color: '#000000', weight: 'Thin' };
const boxed = (over: Partial<MemoryLook>): MemoryLook => ({ ...DEFAULT_LOOK(), borders: { top: thin, bottom: thin, left: thin, right: thin }, ...over });
const HEADER = boxed({ font: { name: 'Arial', size: 10, color: '#000000', bold: true, italic: false, underline: 'None' }, horizontalAlignment: 'Center', verticalAlignment: 'Center', wrapText: true });
const BODY = boxed({ font: { name: 'Arial', size: 10, color: '#000000', bold: false, italic: false, underline: 'None' }, horizontalAlignment: 'Right', verticalAlignment: 'Top' });
const II1 = 'Tabel II.1';

function diff(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 120), i + 80)}… vs …${b.slice(Math.max(0, i - 120), i + 80)}…`;
}

/** The worked example with Tabel II.1 styled as published: I (the last column) boxed, its header filled. */
function styled(sets = { ExcelApi: '1.18' }) {
  const book = MemoryWorkbook.fromGrid(example);
  const s = book.sheet(II1)!;
  for (let r = 4; r <= 18; r++) {
    const c = s.edit(r, 8);
    c.look = r <= 5 ? HEADER : BODY;
    if (r <= 5) c.fill = solidFill('#D9E1F2');
  }
  s.columnWidths.set(8, 70);
  // Column J had a look of its own: a width and an italic cell, both to come back on undo.
  s.columnWidths.set(9, 30);
  s.edit(11, 9).look = { ...DEFAULT_LOOK(), font: { ...DEFAULT_LOOK().font, italic: true } };
  return new MemoryHost(book, { sets });
}

describe('a new Capaian (%) column in Excel', () => {
  it('takes its left neighbour\'s look row by row, its header merge and width, in the same 4 syncs', async () => {
    const h = styled();
    const s = h.book.sheet(II1)!;
    const before = h.syncs;
    const run = await runCermat(h, 'recalculate', settings);
    expect(h.syncs - before).toBe(4);
    expect(s.cell(4, 9)).toMatchObject({ value: 'Capaian (%)', look: HEADER, fill: solidFill('#D9E1F2') });
    expect(s.cell(5, 9)).toMatchObject({ look: HEADER, fill: solidFill('#D9E1F2') });
    expect(s.merges).toContainEqual({ top: 4, left: 9, bottom: 5, right: 9 });
    expect(s.columnWidths.get(9)).toBe(70);
    // Every body row, written or not (J17–J19 are not computable), boxed like I; the body's fill is not copied.
    for (let r = 6; r <= 18; r++) expect([r, s.cell(r, 9)?.look]).toEqual([r, BODY]);
    expect(s.cell(6, 9)).toMatchObject({ value: 0.5143, numberFormat: '0.00%' });
    expect(s.cell(6, 9)?.fill.pattern).toBe('None');
    expect(run.applied?.written).toBe(24);
    // Nothing outside the table's rows.
    expect(s.cell(19, 9)?.look).toBeUndefined();
    expect(s.cell(3, 9)?.look).toBeUndefined();
  });

  it('Batalkan restores the column exactly: unmerged, its width, each cell\'s own look; a second run changes nothing', async () => {
    const h = styled();
    const original = h.book.snapshot();
    await runCermat(h, 'recalculate', settings);
    const second = await runCermat(h, 'recalculate', settings);
    expect(second.applied?.written).toBe(0);
    expect(h.book.sheet(II1)!.columnWidths.get(9)).toBe(70);
    expect((await undo(h))?.restored).toBe(24);
    const s = h.book.sheet(II1)!;
    expect(s.merges).not.toContainEqual(expect.objectContaining({ left: 9 }));
    expect(s.columnWidths.get(9)).toBe(30);
    expect(s.cell(11, 9)?.look?.font.italic).toBe(true);
    expect(s.cell(4, 9)?.fill.pattern).toBe('None');
    await clear(h);
    expect(diff(h.book.snapshot(), original)).toBe('');
  });

  it('survives saving and reopening before the undo, and leaves the look alone without ExcelApi 1.9', async () => {
    const h = styled();
    const original = h.book.snapshot();
    await runCermat(h, 'recalculate', settings);
    await h.settings.save();
    h.reopen();
    await undo(h);
    await clear(h);
    expect(diff(h.book.snapshot(), original)).toBe('');

    const old = styled({ ExcelApi: '1.8' });
    await runCermat(old, 'recalculate', settings);
    expect(old.book.sheet(II1)!.cell(4, 9)).toMatchObject({ value: 'Capaian (%)' });
    expect(old.book.sheet(II1)!.cell(4, 9)?.look).toBeUndefined();
    expect(old.book.sheet(II1)!.columnWidths.get(9)).toBe(30);
  });
});

describe('a long new column under a lowered payload limit', () => {
  it('reads and styles the column in row bands, every sync under the limit, and undoes it exactly', async () => {
    const n = 300;
    const rows = [['No', 'Indikator Kinerja', 'Target', 'Tahunan'], ...Array.from({ length: n }, (_, i) => [i + 1, `Indikator ${i + 1}`, 100, 90 + (i % 20)])];
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'Tabel', cells: rows.map((r) => r.map((v) => ({ value: v }))), merges: [] }] });
    const s = book.sheet('Tabel')!;
    for (let r = 0; r <= n; r++) {
      s.edit(r, 3).look = r === 0 ? HEADER : { ...BODY, font: { ...BODY.font, size: 9 + (r % 3) } };
      s.edit(r, 4).look = { ...DEFAULT_LOOK(), wrapText: r % 2 === 0 };
    }
    const h = new MemoryHost(book, { sets: { ExcelApi: '1.18' }, payloadLimit: 40 * 1024 });
    const original = h.book.snapshot();
    const run = await runCermat(h, 'recalculate', settings);
    expect(run.applied?.written).toBe(n + 1);
    for (let r = 1; r <= n; r++) expect([r, s.cell(r, 4)?.look?.font.size]).toEqual([r, 9 + (r % 3)]);
    expect(s.cell(0, 4)).toMatchObject({ value: 'Capaian (%)', look: HEADER });
    const setCalls = h.contexts[0].payloads.length;
    expect(setCalls).toBeGreaterThan(4); // the limit forced bands
    expect(h.contexts.every((c) => c.payloads.every((p) => p.request <= h.payloadLimit && p.response <= h.payloadLimit))).toBe(true);
    await undo(h);
    await clear(h);
    expect(h.contexts.every((c) => c.payloads.every((p) => p.request <= h.payloadLimit && p.response <= h.payloadLimit))).toBe(true);
    expect(diff(h.book.snapshot(), original)).toBe('');
  }, 30000);
});
