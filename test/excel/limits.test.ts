// The adapter under Excel's real limits (SPEC §13), on the strict in-memory host. Size-dependent behaviour is
// forced with small inputs and lowered limits (payload, settings); the full 10,000-indicator run is in
// `npm run bench` (src/bench/syncs.ts) and in one test here.
import { clear, runCermat, undo } from '../../src/excel/cermat';
import { readWorkbook } from '../../src/excel/read';
import { MemoryHost, MemoryHostOptions } from '../../src/excel/memory/host';
import { MemoryWorkbook, MemoryFill, NO_FILL, solidFill } from '../../src/excel/memory/model';
import { withDefaults } from '../../src/core/settings';
import { Grid, Scalar } from '../../src/core/grid';

const settings = withDefaults();

/** Texts Excel would turn into something else if written back as typed (SPEC §13). */
const COERCIBLE = ['+SUM(1)', '-lihat lampiran', '@x', '#N/A', 'Rp 1.000', '1/2', 'Jan 5', 'BENAR', "'kutip", '=bukan rumus'];

const FILLS: MemoryFill[] = [
  { ...solidFill('#4472C4'), tintAndShade: 0.6 },
  { ...NO_FILL(), color: '#FFFF00', pattern: 'Gray25', patternColor: '#FF0000', patternTintAndShade: -0.25 },
];

/**
 * A capaian table of n indicators: target 100+i, annual 100+i (capaian 100 %), the stated capaian a wrong
 * percentage, a coercible text, an error or a right value (kept, so not every row is written).
 */
function lkj(n: number, sheet = 'Tabel II.1'): MemoryWorkbook {
  const rows: (Scalar | undefined)[][] = [['No', 'Indikator Kinerja', 'Target', 'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', 'Tahunan', 'Capaian (%)']];
  for (let i = 1; i <= n; i++) {
    const stated: Scalar = i % 7 === 0 ? 1 : i % 3 === 0 ? COERCIBLE[(i / 3) % COERCIBLE.length] : i % 11 === 0 ? { error: '#N/A' } : '90%';
    rows.push([i, `Indikator ${i} dengan nama yang cukup panjang seperti di laporan`, 100 + i, 10, 20, 30, 40 + i, 100 + i, stated]);
  }
  const grid: Grid = { sheets: [{ name: sheet, cells: rows.map((r) => r.map((v) => (v === undefined || v === null ? undefined : { value: v }))), merges: [] }] };
  const book = MemoryWorkbook.fromGrid(grid);
  const s = book.sheet(sheet)!;
  for (let i = 1; i <= n; i++) {
    if (i % 7 === 0) s.edit(i, 8).numberFormat = '0.00%';
    if (i % 5 === 0) s.edit(i, 8).fill = { ...FILLS[(i / 5) % 2] };
    if (i % 3 === 0 && COERCIBLE[(i / 3) % COERCIBLE.length] === '1/2') s.edit(i, 8).numberFormat = '@';
  }
  return book;
}

function diff(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 120), i + 80)}… vs …${b.slice(Math.max(0, i - 120), i + 80)}…`;
}

/** Every sync since `from` stayed under the host's payload limit. */
function allUnder(host: MemoryHost, from = 0): boolean {
  return host.contexts.slice(from).every((c) => c.payloads.every((p) => p.request <= host.payloadLimit && p.response <= host.payloadLimit));
}

const host = (book: MemoryWorkbook, options: MemoryHostOptions = {}) => new MemoryHost(book, { sets: { ExcelApi: '1.18' }, ...options });

describe('recalculating twice, undoing twice, clearing, under lowered limits', () => {
  it('stays under the limits at every step and brings every cell back exactly', async () => {
    const h = host(lkj(400), { payloadLimit: 40 * 1024 });
    const s = h.book.sheet('Tabel II.1')!;
    const original = h.book.snapshot();
    const first = await runCermat(h, 'recalculate', settings);
    expect(first.applied?.written).toBeGreaterThan(300);
    // Contiguous computed cells go out as one range each: far fewer ranges than cells.
    const valueWrites = h.contexts[0].writes.filter((w) => w.prop === 'values');
    expect(valueWrites.length).toBeLessThan(first.applied!.written / 4);
    expect(h.contexts[0].syncs).toBeGreaterThan(4); // the limit forced chunking
    // The user corrects some realisations; the second run computes new capaian there.
    const edited = [10, 20, 30];
    for (const r of edited) s.edit(r, 7).value = 50 + r;
    const second = await runCermat(h, 'recalculate', settings);
    expect(second.applied?.written).toBe(edited.length);
    const u1 = await undo(h);
    expect(u1).toMatchObject({ restored: edited.length, changedSince: [], protectedSheets: [] });
    const u2 = await undo(h);
    expect(u2).toMatchObject({ restored: first.applied!.written, changedSince: [] });
    expect((await clear(h)).cleared).toBeGreaterThan(0);
    expect(allUnder(h)).toBe(true);
    for (const r of edited) s.edit(r, 7).value = 100 + r;
    expect(diff(h.book.snapshot(), original)).toBe('');
  }, 30000);

  it('restores each coercible text as the same text (type String), an error as the error, a date-like text in a Text cell as text', async () => {
    const h = host(lkj(60));
    const s = h.book.sheet('Tabel II.1')!;
    const content = (r: number) => {
      const c = s.cell(r, 8)!;
      return { value: c.value, formula: c.formula, numberFormat: c.numberFormat };
    };
    const rowOf = (text: string) => 3 * (COERCIBLE.indexOf(text) || COERCIBLE.length);
    const rows = COERCIBLE.map(rowOf);
    const before = rows.map((r) => ({ r, cell: content(r) }));
    const original = h.book.snapshot();
    await runCermat(h, 'recalculate', settings);
    for (const r of rows) expect(s.cell(r, 8)).toMatchObject({ numberFormat: '0.00%' });
    await undo(h);
    for (const { r, cell } of before) expect([r, content(r)]).toEqual([r, cell]);
    expect(s.cell(rowOf('+SUM(1)'), 8)).toMatchObject({ value: '+SUM(1)' });
    expect(s.cell(rowOf('+SUM(1)'), 8)?.formula).toBeUndefined();
    expect(s.cell(rowOf('1/2'), 8)).toMatchObject({ value: '1/2', numberFormat: '@' });
    expect(s.cell(rowOf("'kutip"), 8)?.value).toBe("'kutip");
    expect(s.cell(11, 8)?.value).toEqual({ error: '#N/A' });
    await clear(h);
    expect(diff(h.book.snapshot(), original)).toBe('');
  });
});

describe('a 10,000-indicator workbook at Excel on the web\'s 5 MB', () => {
  it('recalculates twice, undoes twice and clears, every sync under 5 MB, every cell back', async () => {
    const h = host(lkj(10000), { sets: { ExcelApi: '1.20' } });
    const s = h.book.sheet('Tabel II.1')!;
    const original = h.book.snapshot();
    const first = await runCermat(h, 'recalculate', settings);
    expect(first.applied?.written).toBeGreaterThan(8000);
    s.edit(500, 7).value = 77;
    const second = await runCermat(h, 'recalculate', settings);
    expect(second.applied?.written).toBe(1);
    expect(await undo(h)).toMatchObject({ restored: 1, changedSince: [] });
    expect(await undo(h)).toMatchObject({ restored: first.applied!.written, changedSince: [] });
    await clear(h);
    expect(allUnder(h)).toBe(true);
    expect(h.settingsBytes()).toBeLessThanOrEqual(h.settingsLimit);
    s.edit(500, 7).value = 600;
    expect(diff(h.book.snapshot(), original)).toBe('');
  }, 30000);
});

describe('reading large sheets', () => {
  const readAll = (h: MemoryHost) => h.run({}, (c) => readWorkbook(c, { comments: true, payloadLimit: h.payloadLimit }));

  it('reads 2,000 rows with a 2,000-character column, retrying a band Excel refuses in smaller bands', async () => {
    const long = (i: number) => `${i} `.padEnd(2000, 'keterangan panjang ');
    const rows = [['No', 'Keterangan', 'Nilai'], ...Array.from({ length: 2000 }, (_, i) => [i + 1, long(i), i])];
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'Lampiran', cells: rows.map((r) => r.map((v) => ({ value: v }))), merges: [] }] });
    const h = host(book);
    const read = await readAll(h);
    const ctx = h.contexts[0];
    expect(ctx.payloads.some((p) => p.response > h.payloadLimit)).toBe(true); // Excel refused the first guess…
    expect(read.syncs).toBe(ctx.payloads.length); // …and the read went on in smaller bands to the end
    const cells = read.grid.sheets[0].cells;
    expect(cells.length).toBe(2001);
    expect(cells.slice(1).every((row, i) => row[1]?.value === long(i))).toBe(true);
    expect(cells[2000][2]?.value).toBe(1999);
  }, 30000);

  it('reads 600 merged areas in bands under the 512-area limit', async () => {
    const rows = [['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Tahunan', 'Capaian (%)'], ...Array.from({ length: 1200 }, (_, i) => [i % 2 ? null : i / 2 + 1, i % 2 ? null : `Sasaran ${i}`, `Indikator ${i}`, 100, 90, '90%'])];
    const merges = Array.from({ length: 600 }, (_, k) => ({ top: 1 + 2 * k, left: 0, bottom: 2 + 2 * k, right: 0 }));
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'Tabel', cells: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))), merges }] });
    const h = host(book);
    const read = await readAll(h);
    // Asked in one call, Excel refuses (see host.test.ts); read in bands, every area arrives once.
    expect(read.grid.sheets[0].merges).toEqual(merges);
    expect(allUnder(h)).toBe(true);
    await expect(runCermat(h, 'recalculate', settings)).resolves.toBeTruthy();
  });
});

describe('failures', () => {
  const edits = [4, 8];
  /** The syncs a recalculation of this workbook takes. */
  async function syncsOf(make: () => MemoryHost): Promise<number> {
    const h = make();
    await runCermat(h, 'recalculate', settings);
    return h.syncs;
  }

  it('a failure in any sync of a recalculation leaves a workbook that Batalkan and Hapus tanda restore exactly', async () => {
    const make = () => host(lkj(60), { payloadLimit: 12 * 1024 });
    const n = await syncsOf(make);
    expect(n).toBeGreaterThan(4);
    for (let k = 1; k <= n; k++) {
      const h = make();
      const original = h.book.snapshot();
      h.failSync(k, 0.5);
      await expect(runCermat(h, 'recalculate', settings)).rejects.toMatchObject({ code: 'GeneralException' });
      await undo(h);
      await clear(h);
      expect([k, diff(h.book.snapshot(), original)]).toEqual([k, '']);
    }
  }, 30000);

  it('a failure in any sync of a second recalculation: two Batalkan and Hapus tanda restore exactly', async () => {
    const make = () => host(lkj(60), { payloadLimit: 12 * 1024 });
    const base = make();
    await runCermat(base, 'recalculate', settings);
    const before = base.syncs;
    for (const r of edits) base.book.sheet('Tabel II.1')!.edit(r, 7).value = 50;
    await runCermat(base, 'recalculate', settings);
    const n = base.syncs - before;
    for (let k = 1; k <= n; k++) {
      const h = make();
      const s = h.book.sheet('Tabel II.1')!;
      const original = h.book.snapshot();
      await runCermat(h, 'recalculate', settings);
      for (const r of edits) s.edit(r, 7).value = 50;
      h.failSync(k, 0.5);
      await expect(runCermat(h, 'recalculate', settings)).rejects.toMatchObject({ code: 'GeneralException' });
      await undo(h);
      await undo(h);
      await clear(h);
      for (const r of edits) s.edit(r, 7).value = 100 + r;
      expect([k, diff(h.book.snapshot(), original)]).toEqual([k, '']);
    }
  }, 30000);

  it('the undo record is saved before the cells are written: when saving fails, nothing is written', async () => {
    const h = host(lkj(30));
    const original = h.book.snapshot();
    h.failSaves = 1;
    await expect(runCermat(h, 'recalculate', settings)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(diff(h.book.snapshot(), original)).toBe('');
  });
});

describe('runs too large for one request', () => {
  it('are written, and undone, in parts', async () => {
    const long = (i: number) => `${i}: lihat lampiran `.padEnd(400, 'uraian ');
    const book = lkj(120);
    const s = book.sheet('Tabel II.1')!;
    for (let i = 1; i <= 120; i++) s.edit(i, 8).value = long(i);
    const h = host(book, { payloadLimit: 16 * 1024, settingsLimit: 200 * 1024 });
    const original = h.book.snapshot();
    const run = await runCermat(h, 'recalculate', settings);
    expect(run.applied?.written).toBe(120);
    // Long texts: the read's first guess is refused and read again smaller; no request is ever refused.
    expect(h.contexts[0].payloads.every((p) => p.request <= h.payloadLimit)).toBe(true);
    const from = h.contexts.length;
    expect(await undo(h)).toMatchObject({ restored: 120, changedSince: [] });
    await clear(h);
    expect(allUnder(h, from)).toBe(true);
    expect(diff(h.book.snapshot(), original)).toBe('');
  });
});

describe('where the undo record is kept', () => {
  it('drops the oldest undo levels first to stay within the settings limit, and says how many', async () => {
    const h = host(lkj(100), { settingsLimit: 16 * 1024 });
    const s = h.book.sheet('Tabel II.1')!;
    const first = await runCermat(h, 'recalculate', settings);
    expect(first.applied?.droppedUndoLevels).toBe(0);
    let dropped = 0;
    for (let round = 0; round < 6; round++) {
      for (let r = 1; r <= 100; r++) s.edit(r, 7).value = 60 + round + r;
      const run = await runCermat(h, 'recalculate', settings);
      dropped += run.applied!.droppedUndoLevels;
      expect(h.settingsBytes()).toBeLessThanOrEqual(h.settingsLimit);
    }
    expect(dropped).toBeGreaterThan(0);
    // The newest level is whole: Batalkan restores the last recalculation.
    const u = await undo(h);
    expect(u?.restored).toBeGreaterThan(50);
  });

  it('refuses to write when even the newest undo level does not fit, and changes nothing', async () => {
    const h = host(lkj(100), { settingsLimit: 2000 });
    const original = h.book.snapshot();
    await expect(runCermat(h, 'recalculate', settings)).rejects.toMatchObject({ code: 'UndoTooLarge' });
    expect(diff(h.book.snapshot(), original)).toBe('');
  });
});

describe('comments, spills, protection, hidden sheets', () => {
  it('marks a finding cell with a threaded comment without a note, and lists it', async () => {
    const h = host(lkj(20));
    h.book.comments.set('Tabel II.1!I2', 'mohon dicek');
    const original = h.book.snapshot();
    const run = await runCermat(h, 'recalculate', settings);
    expect(run.applied?.commentCells).toEqual(['Tabel II.1!I2']);
    expect(h.book.notes.has('Tabel II.1!I2')).toBe(false);
    expect(h.book.notes.size).toBeGreaterThan(0);
    expect(h.book.sheet('Tabel II.1')!.cell(1, 8)?.fill.pattern).toBe('Solid');
    await undo(h);
    await clear(h);
    expect(diff(h.book.snapshot(), original)).toBe('');
  });

  it('never writes inside a dynamic-array spill range, and names the cells', async () => {
    const h = host(lkj(20));
    const s = h.book.sheet('Tabel II.1')!;
    s.addSpill(4, 8, 'H5:H9/C5:C9', [[0.9], [0.9], [0.9], [0.9], [0.9]]);
    const run = await runCermat(h, 'recalculate', settings);
    expect(run.applied?.spillCells).toEqual(['Tabel II.1!I6', 'Tabel II.1!I7', 'Tabel II.1!I8', 'Tabel II.1!I9']);
    expect(s.spills).toHaveLength(1);
    expect(s.cell(4, 8)?.value).toBe(0.9);
    expect(s.cell(9, 8)?.numberFormat).toBe('0.00%'); // the row after the spill is written
  });

  it('checks protection before Batalkan and Hapus tanda, names the sheet, and restores once it is unprotected', async () => {
    const h = host(lkj(20));
    const original = h.book.snapshot();
    await runCermat(h, 'recalculate', settings);
    const marked = h.book.snapshot();
    h.book.sheet('Tabel II.1')!.protected = true;
    expect(await undo(h)).toMatchObject({ restored: 0, protectedSheets: ['Tabel II.1'] });
    expect(await clear(h)).toEqual({ cleared: 0, protectedSheets: ['Tabel II.1'] });
    expect(diff(h.book.snapshot(), marked)).toBe('');
    h.book.sheet('Tabel II.1')!.protected = false;
    expect((await undo(h))?.restored).toBeGreaterThan(0);
    // Batalkan took the marks of the corrections it undid off; Hapus tanda takes the rest.
    expect(await clear(h)).toMatchObject({ protectedSheets: [] });
    expect(diff(h.book.snapshot(), original)).toBe('');
  });

  it('analyses tables on hidden sheets, names them, and writes and marks nothing there', async () => {
    const book = lkj(20, 'Tersembunyi');
    const shown = lkj(20);
    book.sheets.push(shown.sheets[0]);
    book.sheet('Tersembunyi')!.visibility = 'Hidden';
    book.activeSheet = 1;
    const h = host(book);
    const hidden = h.book.snapshot();
    const run = await runCermat(h, 'recalculate', settings);
    expect(run.hiddenSheets).toEqual(['Tersembunyi']);
    expect(run.applied?.hiddenSheets).toEqual(['Tersembunyi']);
    expect(run.analysis.tables.map((t) => t.layout.sheet)).toContain('Tersembunyi');
    expect(JSON.parse(h.book.snapshot()).sheets[0]).toEqual(JSON.parse(hidden).sheets[0]);
    expect([...h.book.notes.keys()].filter((k) => k.startsWith('Tersembunyi'))).toEqual([]);
  });
});

describe('an older Excel', () => {
  it('without ExcelApi 1.9 (fill tints), 1.12 (spills), 1.13 (merged areas) or 1.18 (notes): recalculates, undoes and clears exactly', async () => {
    const h = host(lkj(40), { sets: { ExcelApi: '1.8' } });
    for (const c of h.book.sheet('Tabel II.1')!.cells.values()) if (c.fill.pattern !== 'None') c.fill = solidFill('#92D050');
    const original = h.book.snapshot();
    const run = await runCermat(h, 'recalculate', settings);
    expect(run.applied?.written).toBeGreaterThan(20);
    expect(h.book.notes.size).toBe(0);
    await undo(h);
    await clear(h);
    expect(diff(h.book.snapshot(), original)).toBe('');
  });
});

describe('syncs per operation on a small workbook', () => {
  it('check 2, recalculate 4, clear 2, undo 3', async () => {
    const h = host(lkj(50));
    const count = async (f: () => Promise<unknown>) => {
      const before = h.syncs;
      await f();
      return h.syncs - before;
    };
    expect(await count(() => runCermat(h, 'check', settings))).toBe(2);
    expect(await count(() => runCermat(h, 'recalculate', settings))).toBe(4);
    expect(await count(() => clear(h))).toBe(2);
    expect(await count(() => undo(h))).toBe(3);
  });
});
