// The history of corrections (issue 15): a cell Cermat overwrote keeps, in the pane's list and in its note, what it
// stated and what Cermat computed, across recalculations, until Terima koreksi or Batalkan — on the strict host.
import { join } from 'node:path';
import { clear, documentState, runCermat, undo } from '../../src/excel/cermat';
import { isCorrection } from '../../src/excel/correction-rule';
import { CORRECTED_FILL } from '../../src/excel/apply';
import { loadState, saveState, stateBytes, WriteRecord } from '../../src/excel/state';
import { MemoryHost } from '../../src/excel/memory/host';
import { MemoryWorkbook, solidFill } from '../../src/excel/memory/model';
import { withDefaults } from '../../src/core/settings';
import { Grid } from '../../src/core/grid';
import { FIXTURES, loadGrid } from '../helpers/xlsx';
import { recalculateFromRibbon } from '../../src/commands/commands';

const id = withDefaults({ language: 'id' });
const en = withDefaults({ language: 'en' });
let example: Grid;
beforeAll(async () => {
  example = await loadGrid(join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx'));
});

const hostFor = () => new MemoryHost(MemoryWorkbook.fromGrid(example), { sets: { ExcelApi: '1.18' } });
const II15 = 'Tabel II.15';
// I7 (row 6, col 8): stated 36 %, computed 51,43 %.
const I7 = (h: MemoryHost) => h.book.sheet(II15)!.cell(6, 8)!;
const listed = (h: MemoryHost, lang: 'id' | 'en' = 'id') => documentState(h, lang).corrections.map((c) => `${c.sheet}!${c.address}: ${c.before} → ${c.after}`);
const THREE = ['Tabel II.15!I7: 36 % → 51,43 %', 'Tabel II.15!I9: 100 % → 125 %', 'Tabel II.15!J13: 184,47 % → 188,52 %'];

describe('the history of corrections on the worked example', () => {
  it('keeps every correction, its mark and its note through a second recalculation; the counts add up', async () => {
    const h = hostFor();
    const first = await runCermat(h, 'recalculate', id);
    expect(first.report.summary.errors).toBe(5);
    expect(listed(h)).toEqual(THREE);
    expect(first.applied?.corrections).toBe(3);
    expect(h.book.notes.get('Tabel II.15!I7')).toMatch(/^Cermat: Capaian .* tertulis 36 %, hasil hitung 51,43 %\.\nDikoreksi: tertulis 36 % → hasil hitung 51,43 %\.$/);

    const second = await runCermat(h, 'recalculate', id);
    expect(second.applied?.written).toBe(0);
    // The three mismatches are corrected, not forgotten: 2 errors left, 3 corrections listed.
    expect(second.report.summary.errors).toBe(2);
    expect(second.applied?.corrections).toBe(3);
    expect(listed(h)).toEqual(THREE);
    expect(h.book.notes.get('Tabel II.15!I7')).toBe('Cermat: Dikoreksi: tertulis 36 % → hasil hitung 51,43 %.');
    expect(h.book.notes.get('Tabel II.15!J13')).toBe('Cermat: Dikoreksi: tertulis 184,47 % → hasil hitung 188,52 %.');
    expect(I7(h)).toMatchObject({ value: 0.5143, fill: { color: CORRECTED_FILL, pattern: 'Solid' } });

    // Saved with the workbook: the list comes back after reopening.
    await h.settings.save();
    h.reopen();
    expect(listed(h)).toEqual(THREE);
    expect(listed(h, 'en')[0]).toBe('Tabel II.15!I7: 36 % → 51.43 %');
  });

  it('adds to the history when a corrected cell is overwritten again, never erasing the first line', async () => {
    const h = hostFor();
    await runCermat(h, 'recalculate', id);
    const cell = h.book.sheet(II15)!.edit(6, 8);
    cell.value = '40%';
    cell.numberFormat = 'General';
    await runCermat(h, 'recalculate', en);
    expect(listed(h)).toEqual([...THREE, 'Tabel II.15!I7: 40 % → 51,43 %']);
    expect(h.book.notes.get('Tabel II.15!I7')).toMatch(/\nCorrected: stated 36 % → computed 51.43 %\.\nCorrected: stated 40 % → computed 51.43 %\.$/);
  });

  it('Terima koreksi clears the history and the corrections\' marks, keeps the values; Batalkan and Hapus tanda still restore all', async () => {
    const h = hostFor();
    h.book.sheet(II15)!.edit(6, 8).fill = solidFill('#00B0F0');
    const original = h.book.snapshot();
    await runCermat(h, 'recalculate', id);
    await runCermat(h, 'recalculate', id);
    const accepted = await runCermat(h, 'accept', id);
    expect(accepted.applied).toMatchObject({ written: 0, accepted: 3, corrections: 0 });
    expect(listed(h)).toEqual([]);
    expect(I7(h)).toMatchObject({ value: 0.5143, numberFormat: '0.00%', fill: solidFill('#00B0F0') });
    expect(h.book.notes.has('Tabel II.15!I7')).toBe(false);
    expect(h.book.notes.has('Tabel II.15!J13')).toBe(false);
    // Findings still marked: G15's unknown unit.
    expect(h.book.sheet(II15)!.cell(14, 6)?.fill.color).toBe('#FFEB9C');
    // A third recalculation does not bring accepted corrections back.
    await runCermat(h, 'recalculate', id);
    expect(listed(h)).toEqual([]);
    expect((await undo(h))?.restored).toBe(24);
    expect(I7(h).value).toBe('36%');
    await clear(h);
    expect(h.book.snapshot()).toBe(original);
  });

  it('Batalkan takes the undone corrections off the list and gives their cells their own look back', async () => {
    const h = hostFor();
    h.book.sheet(II15)!.edit(6, 8).fill = { ...solidFill('#4472C4'), tintAndShade: 0.6 };
    const original = h.book.snapshot();
    await runCermat(h, 'recalculate', id);
    await runCermat(h, 'recalculate', id);
    expect((await undo(h))?.restored).toBe(24);
    expect(listed(h)).toEqual([]);
    expect(I7(h)).toMatchObject({ value: '36%', fill: { ...solidFill('#4472C4'), tintAndShade: 0.6 } });
    expect(h.book.notes.has('Tabel II.15!I7')).toBe(false);
    await clear(h);
    expect(h.book.snapshot()).toBe(original);
  });
});

describe('the ribbon\'s Hitung Ulang', () => {
  it('counts the corrections beside the errors, on the second run too', async () => {
    const h = hostFor();
    expect(await recalculateFromRibbon(h)).toMatch(/^Cermat: 3 tabel, 5 kesalahan, 8 peringatan\. 24 sel dihitung ulang\. 3 sel dikoreksi \(tertulis → hasil hitung, di catatannya\)\./);
    expect(await recalculateFromRibbon(h)).toMatch(/^Cermat: 3 tabel, 2 kesalahan, 8 peringatan\. 0 sel dihitung ulang\. 3 sel dikoreksi /);
  });
});

describe('which writes are corrections, and what they cost in the document', () => {
  const w = (type: string, value: unknown, numberFormat: string, written: unknown): WriteRecord => ({ sheet: 'S', address: 'A1', previous: { type, value, numberFormat }, written });

  it('a different value is a correction; the same value written as a number, an empty cell filled, are not', () => {
    expect(isCorrection(w('String', '36%', 'General', 0.5143))).toBe(true);
    expect(isCorrection(w('Double', 0.36, '0%', 0.5143))).toBe(true);
    expect(isCorrection(w('String', 'lihat lampiran', 'General', 0.5143))).toBe(true);
    expect(isCorrection(w('String', '98.92%', 'General', 0.9892))).toBe(false);
    expect(isCorrection(w('String', '190,5 %', 'General', 1.905))).toBe(false);
    expect(isCorrection(w('Double', 0.5143, 'General', 0.5143))).toBe(false);
    expect(isCorrection(w('Double', 51.43, 'General', 0.5143))).toBe(false);
    expect(isCorrection(w('Empty', '', 'General', 0.5143))).toBe(false);
  });

  it('stores the corrections of an undo level as one flag, and the older ones in full once their level is gone', async () => {
    const h = new MemoryHost(MemoryWorkbook.fromGrid({ sheets: [{ name: 'S', cells: [], merges: [] }] }));
    const level = Array.from({ length: 50 }, (_, i) => w('String', `${i}%`, 'General', 0.99));
    const older = w('String', '1%', 'General', 0.5);
    const state = { undo: [level], highlights: [], corrections: [older, ...level] };
    const without = stateBytes({ ...state, corrections: [older] });
    expect(stateBytes(state) - without).toBeLessThan(10);
    await saveState(h, state);
    const back = loadState(h);
    expect(back.corrections).toEqual([older, ...level]);
    expect(back.corrections[1]).toBe(back.undo[0][0]); // the same record as the undo level's
    // Only some of a level's corrections (the rest accepted): their indexes.
    await saveState(h, { ...state, corrections: [level[3], level[7]] });
    expect(loadState(h).corrections).toEqual([level[3], level[7]]);
  });
});
