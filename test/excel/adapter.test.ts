// The Office.js adapter against the in-memory Excel host: syncs, writes, undo, highlights, limits.
import { join } from 'node:path';
import { clear, runCermat, undo, selectCell, canUndo, documentState } from '../../src/excel/cermat';
import { MemoryHost } from '../../src/excel/memory/host';
import { MemoryWorkbook, solidFill } from '../../src/excel/memory/model';
import { MemoryContext, MemoryError } from '../../src/excel/memory/context';
import { CORRECTED_FILL } from '../../src/excel/apply';
import { describeError } from '../../src/excel/errors';
import { syncWithTimeout, SyncTimeoutError } from '../../src/excel/sync';
import { addressSheet, splitAddress } from '../../src/excel/convert';
import { withDefaults } from '../../src/core/settings';
import { buildWritePlan } from '../../src/core/plan';
import { analyseWorkbook } from '../../src/core/workbook';
import { Grid } from '../../src/core/grid';
import { FIXTURES, loadGrid } from '../helpers/xlsx';
import { grid, sheet } from '../helpers/grid';

const settings = withDefaults();
let example: Grid;
beforeAll(async () => {
  example = await loadGrid(join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx'));
});

/** The first difference between two snapshots, short enough to read in a failure. */
function diff(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

function hostFor(grid: Grid, sets: Record<string, string> = { ExcelApi: '1.17' }) {
  const book = MemoryWorkbook.fromGrid(grid);
  book.activeSheet = grid.sheets.findIndex((s) => s.name === 'Tabel II.1');
  return new MemoryHost(book, { sets });
}

describe('recalculating the worked example', () => {
  it('takes at most 4 syncs and writes the SPEC §9 figures', async () => {
    const host = hostFor(example);
    const run = await runCermat(host, 'recalculate', settings);
    // Size the sheets; load the data; look at the cells to mark (their fills, spills) so that the undo record
    // can be saved before writing; write.
    expect(host.syncs).toBeLessThanOrEqual(4);
    const ii1 = host.book.sheet('Tabel II.1')!;
    expect(ii1.cell(6, 9)).toMatchObject({ value: 0.5143, numberFormat: '0.00%' });
    expect(ii1.cell(4, 9)?.value).toBe('Capaian (%)');
    expect(host.book.sheet('Tabel II.15')!.cell(12, 9)).toMatchObject({ value: 1.8852, numberFormat: '0.00%' });
    expect(run.report.tables.find((t) => t.sheet === 'Tabel II.1')?.capaian).toBe(188.52);
    expect(run.applied).toMatchObject({ written: 24, protectedSheets: [] });
  });

  it('writes nothing outside the plan: every other cell keeps its value, formula and format', async () => {
    const host = hostFor(example);
    const before = MemoryWorkbook.fromGrid(example);
    await runCermat(host, 'recalculate', settings);
    const plan = buildWritePlan(example, analyseWorkbook(example), 'id');
    const planned = new Set(plan.writes.map((w) => `${w.sheet}!${w.row}:${w.col}`));
    for (const s of host.book.sheets) {
      for (const [k, c] of s.cells) {
        const [row, col] = [Math.floor(k / 20000), k % 20000];
        if (planned.has(`${s.name}!${row}:${col}`)) continue;
        const orig = before.sheet(s.name)!.cell(row, col);
        expect([s.name, row, col, c.value, c.formula, c.numberFormat]).toEqual([s.name, row, col, orig?.value ?? null, orig?.formula, orig?.numberFormat ?? 'General']);
      }
    }
  });

  it('a check without writing changes nothing at all', async () => {
    const host = hostFor(example);
    const before = host.book.snapshot();
    const run = await runCermat(host, 'check', settings);
    expect(diff(host.book.snapshot(), before)).toBe('');
    expect(run.report.summary.errors).toBe(5);
    expect(host.syncs).toBeLessThanOrEqual(2);
  });

  it('Batalkan and Hapus tanda restore the original cells exactly, text percentages included', async () => {
    const host = hostFor(example);
    const original = host.book.snapshot();
    await runCermat(host, 'recalculate', settings);
    expect(host.book.sheet('Tabel II.15')!.cell(6, 8)?.value).toBe(0.5143);
    expect(canUndo(host)).toBe(true);
    // The pane's one read of the document's state: three corrections on the example (I7, I9, J13), marks, no sheet.
    expect(documentState(host, 'id')).toMatchObject({ canUndo: true, hasHighlights: true, findingsSheet: null });
    expect(documentState(host, 'id').corrections.map((c) => c.address)).toEqual(['I7', 'I9', 'J13']);
    const u = await undo(host);
    expect(u).toMatchObject({ restored: 24, changedSince: [], protectedSheets: [] });
    expect(host.book.sheet('Tabel II.15')!.cell(6, 8)?.value).toBe('36%');
    expect(documentState(host, 'id')).toMatchObject({ canUndo: false, corrections: [] });
    expect((await clear(host)).cleared).toBeGreaterThan(0);
    expect(documentState(host, 'id').hasHighlights).toBe(false);
    expect(diff(host.book.snapshot(), original)).toBe('');
  });

  it('clears highlights exactly after the workbook is saved and reopened, keeping a cell\'s own fill', async () => {
    const host = hostFor(example);
    host.book.sheet('Tabel II.15')!.edit(14, 6).fill = solidFill('#00FF00');
    const original = host.book.snapshot();
    await runCermat(host, 'recalculate', settings);
    expect(host.book.sheet('Tabel II.15')!.cell(14, 6)?.fill.color).toBe('#FFEB9C');
    await host.settings.save();
    host.reopen();
    await undo(host);
    await clear(host);
    expect(diff(host.book.snapshot(), original)).toBe('');
  });

  it('a second recalculation writes nothing new, and Batalkan + Hapus tanda still restore the original, tinted fill included', async () => {
    const host = hostFor(example);
    host.book.sheet('Tabel II.15')!.edit(14, 6).fill = { ...solidFill('#4472C4'), tintAndShade: 0.6 };
    const original = host.book.snapshot();
    await runCermat(host, 'recalculate', settings);
    const second = await runCermat(host, 'recalculate', settings);
    expect(second.applied?.written).toBe(0);
    expect(second.report.findings.filter((f) => /^(capaian|absorption|average)-mismatch$/.test(f.code))).toEqual([]);
    // The mismatch of the first run is corrected, not forgotten: its cell keeps a mark (the colour of a correction)
    // until the planner accepts or undoes it; the rest are marked again.
    expect(host.book.sheet('Tabel II.15')!.cell(6, 8)?.fill).toMatchObject({ color: CORRECTED_FILL, pattern: 'Solid' });
    expect(host.book.sheet('Tabel II.15')!.cell(14, 6)?.fill.color).toBe('#FFEB9C');
    await clear(host);
    await undo(host);
    expect(diff(host.book.snapshot(), original)).toBe('');
  });

  it('leaves a cell alone on undo when the user changed it since', async () => {
    const host = hostFor(example);
    await runCermat(host, 'recalculate', settings);
    host.book.sheet('Tabel II.1')!.edit(6, 9).value = 0.6;
    const u = await undo(host);
    expect(u?.changedSince).toEqual(['Tabel II.1!J7']);
    expect(host.book.sheet('Tabel II.1')!.cell(6, 9)?.value).toBe(0.6);
  });
});

describe('host capabilities', () => {
  it('groups the recalculation into one Excel undo step where ExcelApi 1.20 exists, and waits for cell edits', async () => {
    const host = hostFor(example, { ExcelApi: '1.20' });
    await runCermat(host, 'recalculate', settings);
    expect(host.runOptions[0]).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
    const old = hostFor(example, { ExcelApi: '1.13' });
    await runCermat(old, 'recalculate', settings);
    expect(old.runOptions[0].mergeUndoGroup).toBe(false);
  });

  it('adds notes where ExcelApi 1.18 exists, never over a user note, and removes only its own', async () => {
    const host = hostFor(example, { ExcelApi: '1.18' });
    host.book.notes.set('Tabel II.15!G15', 'catatan pengguna');
    await runCermat(host, 'recalculate', settings);
    expect(host.book.notes.get('Tabel II.15!G15')).toBe('catatan pengguna');
    expect(host.book.notes.get('Tabel II.15!I7')).toMatch(/^Cermat: Capaian .* tertulis 36 %/);
    await clear(host);
    expect([...host.book.notes.keys()]).toEqual(['Tabel II.15!G15']);
  });

  it('writes nothing on a protected sheet and says which', async () => {
    const host = hostFor(example);
    host.book.sheet('Tabel II.15')!.protected = true;
    const before = JSON.stringify([...host.book.sheet('Tabel II.15')!.cells]);
    const run = await runCermat(host, 'recalculate', settings);
    expect(run.applied?.protectedSheets).toEqual(['Tabel II.15']);
    expect(JSON.stringify([...host.book.sheet('Tabel II.15')!.cells])).toBe(before);
    expect(host.book.sheet('Tabel II.1')!.cell(6, 9)?.value).toBe(0.5143);
  });

  it('reports table-not-found for the active sheet when it holds no table', async () => {
    const host = hostFor(example);
    host.book.activeSheet = host.book.sheets.findIndex((s) => s.name === 'Tabel I.1 Anggaran');
    const run = await runCermat(host, 'check', settings);
    expect(run.report.findings.filter((f) => f.code === 'table-not-found').map((f) => f.sheet)).toEqual(['Tabel I.1 Anggaran']);
  });

  it('names a hidden sheet instead of selecting a cell there (Excel cannot activate it)', async () => {
    const host = hostFor(example);
    host.book.sheet('Tabel II.15')!.visibility = 'Hidden';
    const err = await selectCell(host, 'Tabel II.15', 'J13').catch((e) => e);
    expect(err).toMatchObject({ code: 'SheetHidden' });
    expect(describeError(err, 'id')).toMatch(/lembar tersembunyi/);
    expect(host.book.selection).toBeNull();
  });

  it('undoes a recalculation recorded by the earlier version of the add-in (state version 1)', async () => {
    const host = hostFor(example);
    const cell = host.book.sheet('Tabel II.1')!.edit(6, 9);
    cell.value = 0.5143;
    cell.numberFormat = '0.00%';
    host.settings.set('cermat.state', {
      version: 1,
      undo: [[{ sheet: 'Tabel II.1', address: 'J7', formula: '36%', numberFormat: 'General', written: 0.5143 }]],
      highlights: [{ sheet: 'Tabel II.1', address: 'J7', color: '#FFC7CE', pattern: 'Solid', note: false }],
    });
    cell.fill = solidFill('#FFC7CE');
    expect(await undo(host)).toMatchObject({ restored: 1 });
    expect((await clear(host)).cleared).toBe(1);
    expect(host.book.sheet('Tabel II.1')!.cell(6, 9)).toMatchObject({ value: '36%', numberFormat: 'General', fill: solidFill('#FFC7CE') });
  });

  it('selects a finding\'s cell on its sheet', async () => {
    const host = hostFor(example);
    await selectCell(host, 'Tabel II.15', 'J13');
    expect(host.book.selection).toEqual({ sheet: 'Tabel II.15', address: 'J13' });
    expect(host.book.sheets[host.book.activeSheet].name).toBe('Tabel II.15');
  });
});

describe('the in-memory host is strict like Excel', () => {
  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const host = hostFor(example);
    await host.run({}, async (context) => {
      const ws = context.workbook.worksheets.getItem('Tabel II.1');
      expect(() => ws.name).toThrow(/not available/);
      ws.load('name');
      expect(() => ws.name).toThrow(/not available/);
      await context.sync();
      expect(ws.name).toBe('Tabel II.1');
      const r = ws.getRange('A1');
      await context.sync();
      expect(() => r.values).toThrow(MemoryError);
    });
  });

  it('a hung sync becomes a timeout message', async () => {
    const never = { sync: () => new Promise<void>(() => undefined) };
    const err = await syncWithTimeout(never, 10).catch((e) => e);
    expect(err).toBeInstanceOf(SyncTimeoutError);
    expect(describeError(err, 'id')).toMatch(/tidak menjawab/);
    expect(describeError(new MemoryError('AccessDenied', 'x'), 'en')).toMatch(/protected/);
    void MemoryContext;
  });
});

describe('a sheet renamed after a recalculation', () => {
  it('does not stop undo, clearing or the next recalculation; the cells of the missing sheet are named', async () => {
    const host = hostFor(example);
    await runCermat(host, 'recalculate', settings);
    host.book.sheet('Tabel II.15')!.name = 'II.15 lama';
    const u = await undo(host);
    expect(u?.changedSince).toContain('Tabel II.15!I7');
    expect(host.book.sheet('Tabel II.1')!.cell(6, 9)?.value ?? null).toBeNull();
    expect((await clear(host)).cleared).toBeGreaterThan(0);
    expect([...host.book.sheet('Tabel II.1')!.cells.values()].filter((c) => c.fill.pattern !== 'None')).toEqual([]);
    await expect(runCermat(host, 'recalculate', settings)).resolves.toBeTruthy();
  });
});

describe('sheet names in addresses', () => {
  // As Excel prints Range.address: bare for a plain word, quoted when the name has a space or apostrophe, starts with a
  // digit, or could be read as a cell (A1 or R1C1 style); quoted names round-trip through splitAddress.
  it.each([
    ['Kinerja', 'Kinerja!A1'],
    ['Tabel_II.1', 'Tabel_II.1!A1'],
    ['Tabel II.1', "'Tabel II.1'!A1"],
    ["Kinerja 'B'", "'Kinerja ''B'''!A1"],
    ['2025', "'2025'!A1"],
    ['A1', "'A1'!A1"],
    ['XFD1', "'XFD1'!A1"],
    ['R1C1', "'R1C1'!A1"],
    ['R', "'R'!A1"],
    ['RC', "'RC'!A1"],
    ['Rekap', 'Rekap!A1'],
  ])('%s → %s', (name, address) => {
    expect(`${addressSheet(name)}!A1`).toBe(address);
    expect(splitAddress(address)).toEqual([name, 'A1']);
  });
});

describe('a conditional format over a capaian column (as the CLI reads it from the file)', () => {
  // Home → Conditional Formatting → `< 100` in red over E2:E4, typed on the 0–100 scale: written as fractions, every
  // row turned red. The add-in reads where conditional formats apply and keeps the column's scale, as `--out` does.
  const table = () => grid(sheet('Tabel II.1', [
    ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Indeks kepuasan', 80, 60, 50], [2, 'Persentase dokumen', 90, 108, ''], [3, 'Jumlah layanan', 100, 90, 90],
  ]));

  it('writes on the column\'s scale, an empty cell among them too (hand-worked: 60/80 = 75, 108/90 = 120)', async () => {
    const host = hostFor(table());
    host.book.sheet('Tabel II.1')!.conditionalFormats = [[{ top: 1, left: 4, bottom: 3, right: 4 }]];
    await runCermat(host, 'recalculate', settings);
    const ii1 = host.book.sheet('Tabel II.1')!;
    expect([ii1.cell(1, 4)?.value, ii1.cell(1, 4)?.numberFormat, ii1.cell(2, 4)?.value, ii1.cell(2, 4)?.numberFormat, ii1.cell(3, 4)?.value]).toEqual([75, 'General', 120, 'General', 90]);
    // The CLI's plan for the same workbook, its ranges read from the file's <conditionalFormatting sqref="E2:E4">.
    const g = table();
    g.sheets[0].conditionalRanges = [{ top: 1, left: 4, bottom: 3, right: 4 }];
    expect(buildWritePlan(g, analyseWorkbook(g), 'id').writes.map((w) => [w.address, w.value])).toEqual([['E2', 75], ['E3', 120]]);
  });

  it('finds a format applied to several areas and to a whole column, on a sheet whose name needs quotes', async () => {
    const g = table();
    g.sheets[0].name = 'Tabel II.1 (2025)';
    const host = hostFor(g);
    host.book.activeSheet = 0;
    host.book.sheet('Tabel II.1 (2025)')!.conditionalFormats = [[{ top: 0, left: 0, bottom: 0, right: 0 }, { top: 0, left: 4, bottom: 1048575, right: 4 }]];
    await runCermat(host, 'recalculate', settings);
    expect(host.book.sheet('Tabel II.1 (2025)')!.cell(1, 4)?.value).toBe(75);
  });

  it('writes fractions where no format applies (SPEC §6), and a check asks Excel nothing about conditional formats', async () => {
    const host = hostFor(table());
    host.book.sheet('Tabel II.1')!.conditionalFormats = [[{ top: 1, left: 2, bottom: 3, right: 2 }]];
    await runCermat(host, 'recalculate', settings);
    expect(host.book.sheet('Tabel II.1')!.cell(1, 4)).toMatchObject({ value: 0.75, numberFormat: '0.00%' });
    const plain = hostFor(table());
    const formatted = hostFor(table());
    formatted.book.sheet('Tabel II.1')!.conditionalFormats = [[{ top: 1, left: 4, bottom: 3, right: 4 }]];
    await runCermat(plain, 'check', settings);
    await runCermat(formatted, 'check', settings);
    expect(formatted.syncs).toBe(plain.syncs);
  });
});

describe('a used range past 2 million cells (a value typed far from the table)', () => {
  it('leaves that sheet unread, names it with its used range, and checks the others', async () => {
    const g: Grid = { sheets: example.sheets.map((s) => ({ ...s, cells: s.cells.map((r) => (r ? [...r] : r)) })) };
    // A stray `x` in XFD1048576 of Tabel II.15: its used range becomes A1:XFD1048576.
    const far = g.sheets.find((s) => s.name === 'Tabel II.15')!;
    far.cells[1048575] = [];
    far.cells[1048575][16383] = { value: 'x' };
    const host = hostFor(g);
    const run = await runCermat(host, 'check', settings);
    expect(run.oversizedSheets).toEqual([{ name: 'Tabel II.15', address: 'A1:XFD1048576', cells: 1048576 * 16384 }]);
    expect(run.report.tables.map((t) => t.sheet)).toEqual(['Tabel I.1', 'Tabel II.1']);
    // The sizing sync and one read of the other sheets: nothing asked of the large one.
    expect(host.syncs).toBeLessThanOrEqual(3);
    const clean = await runCermat(hostFor(example), 'check', settings);
    expect(clean.oversizedSheets).toEqual([]);
  });
});

describe('Excel calculating manually', () => {
  it('is known after a recalculation that wrote cells, without a sync of its own', async () => {
    const manual = hostFor(example);
    manual.book.calculationMode = 'Manual';
    const run = await runCermat(manual, 'recalculate', settings);
    expect(run.manualCalculation).toBe(true);
    expect(manual.syncs).toBeLessThanOrEqual(4);
    const automatic = await runCermat(hostFor(example), 'recalculate', settings);
    expect(automatic.manualCalculation).toBe(false);
    const check = hostFor(example);
    check.book.calculationMode = 'Manual';
    expect((await runCermat(check, 'check', settings)).manualCalculation).toBe(false);
  });
});
