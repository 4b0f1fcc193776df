// The in-memory Excel host is as strict as Excel where Cermat can lose data: each test here fails on the host
// as it was before issue 14 (kinder than Excel), so the adapter's tests can see what real Excel would do.
import { ExcelContext } from '../../src/excel/api';
import { MemoryHost } from '../../src/excel/memory/host';
import { MemoryWorkbook, NO_FILL, solidFill } from '../../src/excel/memory/model';
import { MemoryContext, MemoryError } from '../../src/excel/memory/context';
import { LOCALES, typeInput } from '../../src/excel/memory/typing';
import { methodBytes, pathBytes, queryBytes, setBytes } from '../../src/excel/wire';
import { Grid, Scalar } from '../../src/core/grid';

function book(rows: (string | number | null)[][], name = 'S'): MemoryWorkbook {
  const grid: Grid = { sheets: [{ name, cells: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))), merges: [] }] };
  return MemoryWorkbook.fromGrid(grid);
}

const run = <T>(host: MemoryHost, f: (c: ExcelContext) => Promise<T>) => host.run({}, f);
const lastContext = (host: MemoryHost): MemoryContext => host.contexts[host.contexts.length - 1];

describe('payloads are sized from the request and response shapes Office.js sends', () => {
  it('sizes each piece as the JSON of its RichApi shape', () => {
    const ID = 12345;
    const json = (v: unknown) => JSON.stringify(v).length;
    const instantiate = json({ Id: ID, ActionType: 1, Name: '', ObjectPathId: ID, ArgumentInfo: {} }) + 1;
    expect(pathBytes('method', 'GetRange', ['J7:J10006'])).toBe(json({ [ID]: { Id: ID, ObjectPathType: 3, Name: 'GetRange', ParentObjectPathId: ID, ArgumentInfo: { Arguments: ['J7:J10006'] } } }) + 1 + instantiate);
    expect(pathBytes('property', 'Fill')).toBe(json({ [ID]: { Id: ID, ObjectPathType: 4, Name: 'Fill', ParentObjectPathId: ID, ArgumentInfo: {} } }) + 1 + instantiate);
    expect(queryBytes(['values', 'formulas'])).toBe(json({ Id: ID, ActionType: 2, Name: '', ObjectPathId: ID, QueryInfo: { Select: ['values', 'formulas'], Expand: [] } }) + 1);
    expect(setBytes('values', [[0.5143], ['Rp 1.000']])).toBe(json({ Id: ID, ActionType: 4, Name: 'values', ObjectPathId: ID, ArgumentInfo: { Arguments: [[[0.5143], ['Rp 1.000']]] } }) + 1);
    expect(methodBytes('Add', ['S!A1', 'Cermat: é'])).toBe(json({ Id: ID, ActionType: 3, Name: 'Add', ObjectPathId: ID, ArgumentInfo: { Arguments: ['S!A1', 'Cermat: é'] } }) + 2);
  });

  it('one cell written through getItem and getRange costs a path per object and the value, not a flat few bytes', async () => {
    const host = new MemoryHost(book([[1]]));
    await run(host, async (c) => {
      c.workbook.worksheets.getItem('S').getRange('B2').values = [[0.5143]];
      await c.sync();
    });
    const { request } = lastContext(host).payloads[0];
    // Three object paths with their Instantiate actions (the worksheets, the sheet, the range: ~180 bytes each)
    // and a SetProperty (~90): the old host said 80.
    expect(request).toBeGreaterThan(500);
    expect(request).toBeLessThan(800);
  });

  it('a long text costs its length in the request and, loaded as values and formulas, twice in the response', async () => {
    const text = 'x'.repeat(2000);
    const host = new MemoryHost(book([[null]]));
    await run(host, async (c) => {
      c.workbook.worksheets.getItem('S').getRange('A1').values = [[text]];
      await c.sync();
      c.workbook.worksheets.getItem('S').getRange('A1').load('values,formulas');
      await c.sync();
    });
    const [write, read] = lastContext(host).payloads;
    expect(write.request).toBeGreaterThan(2000);
    expect(read.response).toBeGreaterThan(4000);
  });

  it('refuses a request over the limit whole, and a response over the limit without delivering the loaded values', async () => {
    const host = new MemoryHost(book([[1]]), { payloadLimit: 3000 });
    const tooBig = await run(host, async (c) => {
      c.workbook.worksheets.getItem('S').getRange('A1:A2').values = [['a'.repeat(2000)], ['b'.repeat(2000)]];
      return c.sync().catch((e) => e);
    });
    expect(tooBig).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(host.book.sheet('S')!.cell(0, 0)?.value).toBe(1);
    host.book.sheet('S')!.edit(1, 0).value = 'c'.repeat(2000);
    await run(host, async (c) => {
      const r = c.workbook.worksheets.getItem('S').getRange('B2');
      r.values = [[7]];
      const big = c.workbook.worksheets.getItem('S').getRange('A2');
      big.load('values,formulas');
      await expect(c.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => big.values).toThrow(/not available/);
    });
    expect(host.book.sheet('S')!.cell(1, 1)?.value).toBe(7);
  });

  it('a sync that fails part-way applies the actions before the failure and none after', async () => {
    const host = new MemoryHost(book([[null]]));
    host.failSync(1, 0.5);
    await run(host, async (c) => {
      const ws = c.workbook.worksheets.getItem('S');
      ws.getRange('A1').values = [[1]];
      ws.getRange('A2').values = [[2]];
      ws.getRange('A3').values = [[3]];
      ws.getRange('A4').values = [[4]];
      await expect(c.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    });
    const s = host.book.sheet('S')!;
    const written = [0, 1, 2, 3].map((r) => s.cell(r, 0)?.value ?? null);
    expect(written.filter((v) => v !== null).length).toBeGreaterThan(0);
    expect(written[3]).toBeNull();
    expect(written).toEqual([...written.filter((v) => v !== null), ...written.filter((v) => v === null)]);
  });
});

describe('typed input is coerced as Excel does it in the user locale', () => {
  const id = LOCALES.id;
  const en = LOCALES.en;
  const cases: [string, unknown, typeof id, Scalar, string | undefined][] = [
    ['+SUM(1) becomes a formula', '+SUM(1)', id, { error: '#NAME?' }, '+SUM(1)'],
    ['-lihat lampiran becomes a formula', '-lihat lampiran', id, { error: '#NAME?' }, '-lihat lampiran'],
    ['@x becomes a formula', '@x', id, { error: '#NAME?' }, '@x'],
    ['=A1 becomes a formula', '=A1', id, { error: '#NAME?' }, 'A1'],
    ['#N/A becomes the error', '#N/A', id, { error: '#N/A' }, undefined],
    ['Rp 1.000 becomes a number (id-ID)', 'Rp 1.000', id, 1000, undefined],
    ['1.234,5 becomes a number (id-ID)', '1.234,5', id, 1234.5, undefined],
    ['1,234.5 becomes a number (en-US)', '1,234.5', en, 1234.5, undefined],
    ['36% becomes a fraction', '36%', id, 0.36, undefined],
    ['(5) becomes -5', '(5)', en, -5, undefined],
    ['-5 stays a number', '-5', id, -5, undefined],
    ['BENAR becomes true (id-ID)', 'BENAR', id, true, undefined],
    ['TRUE becomes true', 'true', en, true, undefined],
    ["'36% stays text without its quote", "'36%", id, '36%', undefined],
    ['lihat lampiran stays text', 'lihat lampiran', id, 'lihat lampiran', undefined],
  ];
  it.each(cases)('%s', (_, input, loc, value, formula) => {
    const t = typeInput(input, loc, 'General', 2025);
    expect(t.value).toEqual(value);
    expect(t.formula).toBe(formula);
  });

  it('dates: 1/2 is 1 February in id-ID and 2 January in en-US; Jan 5 and 5 Mei are dates', () => {
    expect(typeInput('1/2', LOCALES.id, 'General', 2025)).toMatchObject({ value: 45689 });
    expect(typeInput('1/2', LOCALES.en, 'General', 2025)).toMatchObject({ value: 45659 });
    expect(typeInput('Jan 5', LOCALES.en, 'General', 2025)).toMatchObject({ value: 45662 });
    expect(typeInput('5 Mei', LOCALES.id, 'General', 2025)).toMatchObject({ value: 45782 });
    expect(typeInput('13/13', LOCALES.id, 'General', 2025)).toEqual({ value: '13/13' });
  });

  it('a cell formatted as Text keeps what is typed; writing through the host applies the coercion and its format', async () => {
    const host = new MemoryHost(book([[null]]), { language: 'id-ID' });
    host.book.sheet('S')!.edit(0, 3).numberFormat = '@';
    await run(host, async (c) => {
      c.workbook.worksheets.getItem('S').getRange('A1:D1').values = [['36%', '+SUM(1)', "'1/2", '1/2']];
      await c.sync();
    });
    const s = host.book.sheet('S')!;
    expect(s.cell(0, 0)).toMatchObject({ value: 0.36, numberFormat: '0%' });
    expect(s.cell(0, 1)).toMatchObject({ formula: '+SUM(1)' });
    expect(s.cell(0, 2)).toMatchObject({ value: '1/2' });
    expect(s.cell(0, 3)).toMatchObject({ value: '1/2', numberFormat: '@' });
  });
});

describe('merged areas', () => {
  const merged = (n: number) => {
    const b = book(Array.from({ length: 2 * n }, (_, i) => [i, 'x']));
    b.sheet('S')!.merges = Array.from({ length: n }, (_, i) => ({ top: 2 * i, left: 0, bottom: 2 * i + 1, right: 0 }));
    return b;
  };

  it('getMergedAreasOrNullObject refuses a range holding more than 512 merged areas', async () => {
    const host = new MemoryHost(merged(600));
    await run(host, async (c) => {
      c.workbook.worksheets.getItem('S').getRange('A1:B1200').getMergedAreasOrNullObject().load('areas/items/address');
      await expect(c.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
  });

  it('returns the areas whose top-left cell is in the range (as Excel does), at most 512 of them', async () => {
    const host = new MemoryHost(merged(600));
    await run(host, async (c) => {
      const a = c.workbook.worksheets.getItem('S').getRange('A2:B1024').getMergedAreasOrNullObject();
      a.load('areas/items/address');
      await c.sync();
      expect(a.areas.items.length).toBe(511);
      expect(a.areas.items[0].address).toBe('S!A3:A4');
    });
  });
});

describe('protection refuses every write path', () => {
  const paths: [string, (c: ExcelContext) => void][] = [
    ['values', (c) => void (c.workbook.worksheets.getItem('S').getRange('A1').values = [[2]])],
    ['formulas', (c) => void (c.workbook.worksheets.getItem('S').getRange('A1').formulas = [['=1']])],
    ['numberFormat', (c) => void (c.workbook.worksheets.getItem('S').getRange('A1').numberFormat = [['0%']])],
    ['fill.color', (c) => void (c.workbook.worksheets.getItem('S').getRange('A1').format.fill.color = '#FF0000')],
    ['fill.tintAndShade', (c) => void (c.workbook.worksheets.getItem('S').getRange('A1').format.fill.tintAndShade = 0.4)],
    ['fill.clear', (c) => c.workbook.worksheets.getItem('S').getRange('A1').format.fill.clear()],
    ['notes.add', (c) => void c.workbook.notes.add('S!A1', 'x')],
    ['note.delete', (c) => c.workbook.notes.getItemOrNullObject('S!B1').delete()],
  ];
  it.each(paths)('%s on a protected sheet fails with AccessDenied and changes nothing', async (_, write) => {
    const host = new MemoryHost(book([[1]]), { sets: { ExcelApi: '1.18' } });
    host.book.notes.set('S!B1', 'catatan');
    host.book.sheet('S')!.edit(0, 0).fill = solidFill('#00FF00');
    host.book.sheet('S')!.protected = true;
    const before = host.book.snapshot();
    await run(host, async (c) => {
      write(c);
      await expect(c.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    expect(host.book.snapshot()).toBe(before);
  });
});

describe('threaded comments, spills, hidden sheets, fills', () => {
  it('a cell with a threaded comment takes no note; the comments are listed with their cells', async () => {
    const host = new MemoryHost(book([[1]]), { sets: { ExcelApi: '1.18' } });
    host.book.comments.set('S!A1', 'tolong cek');
    await run(host, async (c) => {
      c.workbook.notes.add('S!A1', 'Cermat: x');
      await expect(c.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      c.workbook.comments.load('items');
      await c.sync();
      const at = c.workbook.comments.items.map((i) => {
        const location = i.getLocation();
        location.load('address');
        return location;
      });
      await c.sync();
      expect(at.map((a) => a.address)).toEqual(['S!A1']);
    });
    expect(host.book.notes.size).toBe(0);
  });

  it('a value written into a spill range breaks the spill: its formula shows #SPILL!', async () => {
    const host = new MemoryHost(book([[null]]));
    const s = host.book.sheet('S')!;
    s.addSpill(0, 0, 'SEQUENCE(3)', [[1], [2], [3]]);
    await run(host, async (c) => {
      const ws = c.workbook.worksheets.getItem('S');
      const all = ws.getRange('A1:A3');
      const mixed = ws.getRange('A3:A4');
      const none = ws.getRange('B1');
      const parent = ws.getRange('A2').getSpillParentOrNullObject();
      const ofTwo = ws.getRange('A2:A3').getSpillParentOrNullObject();
      for (const r of [all, mixed, none]) r.load('hasSpill');
      parent.load('address');
      await c.sync();
      expect([all.hasSpill, mixed.hasSpill, none.hasSpill]).toEqual([true, null, false]);
      expect(parent.address).toBe('S!A1');
      expect(ofTwo.isNullObject).toBe(true);
      ws.getRange('A2').values = [[0.5]];
      await c.sync();
    });
    expect(s.cell(0, 0)?.value).toEqual({ error: '#SPILL!' });
    expect(s.spills).toEqual([]);
  });

  it('hidden sheets report their visibility and cannot be activated or selected', async () => {
    const host = new MemoryHost(book([[1]]));
    host.book.sheet('S')!.visibility = 'Hidden';
    await run(host, async (c) => {
      const ws = c.workbook.worksheets.getItem('S');
      ws.load('visibility');
      await c.sync();
      expect(ws.visibility).toBe('Hidden');
      ws.activate();
      await expect(c.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      ws.getRange('A1').select();
      await expect(c.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
  });

  it('fills have tint, pattern colour and pattern tint; clear resets them all; mixed ranges read null', async () => {
    const host = new MemoryHost(book([[1, 2]]));
    await run(host, async (c) => {
      const f = c.workbook.worksheets.getItem('S').getRange('A1').format.fill;
      f.color = '#4472c4';
      f.tintAndShade = 0.6;
      f.pattern = 'Gray25';
      f.patternColor = '#ff0000';
      f.patternTintAndShade = -0.25;
      await c.sync();
      const both = c.workbook.worksheets.getItem('S').getRange('A1:B1').format.fill;
      both.load('color,tintAndShade,pattern');
      await c.sync();
      expect([both.color, both.tintAndShade, both.pattern]).toEqual([null, null, null]);
    });
    expect(host.book.sheet('S')!.cell(0, 0)?.fill).toEqual({ color: '#4472C4', pattern: 'Gray25', patternColor: '#FF0000', tintAndShade: 0.6, patternTintAndShade: -0.25 });
    await run(host, async (c) => {
      c.workbook.worksheets.getItem('S').getRange('A1').format.fill.clear();
      await c.sync();
    });
    expect(host.book.sheet('S')!.cell(0, 0)?.fill).toEqual(NO_FILL());
  });
});

describe('requirement sets', () => {
  it('an API from a later set than the host has fails with ApiNotFound', async () => {
    const host = new MemoryHost(book([[1]]), { sets: { ExcelApi: '1.8' } });
    const attempts: [string, (c: ExcelContext) => void][] = [
      ['notes (1.18)', (c) => void c.workbook.notes.add('S!A1', 'x')],
      ['fill tint (1.9)', (c) => void (c.workbook.worksheets.getItem('S').getRange('A1').format.fill.tintAndShade = 0.5)],
      ['hasSpill (1.12)', (c) => void c.workbook.worksheets.getItem('S').getRange('A1').load('hasSpill')],
      ['merged areas (1.13)', (c) => void c.workbook.worksheets.getItem('S').getRange('A1').getMergedAreasOrNullObject()],
    ];
    for (const [what, f] of attempts) {
      await run(host, async (c) => {
        f(c);
        await expect(c.sync().then(() => what)).rejects.toMatchObject({ code: 'ApiNotFound' });
      });
    }
  });
});

describe('document settings', () => {
  it('refuse to save more than their limit (2 MB by default, lower when asked)', async () => {
    const host = new MemoryHost(book([[1]]), { settingsLimit: 1000 });
    host.settings.set('k', 'x'.repeat(2000));
    await expect(host.settings.save()).rejects.toMatchObject({ code: 'SettingsTooLarge' });
    const big = new MemoryHost(book([[1]]));
    expect(big.settingsLimit).toBe(2 * 1024 * 1024);
    big.settings.set('k', 'x'.repeat(2000));
    await expect(big.settings.save()).resolves.toBeUndefined();
    void MemoryError;
  });
});
