// SPEC §6: the write plan writes computed percentages only, where they belong, and nothing twice.
import fc from 'fast-check';
import { join } from 'node:path';
import { buildWritePlan, writableColumns } from '../../src/core/plan';
import { analyseWorkbook } from '../../src/core/workbook';
import { Grid } from '../../src/core/grid';
import { budgetSheet, capaianSheet, grid, sheet, TestCell } from '../helpers/grid';
import { FIXTURES, loadGrid } from '../helpers/xlsx';

function apply(g: Grid, plan: ReturnType<typeof buildWritePlan>): Grid {
  const copy: Grid = JSON.parse(JSON.stringify(g));
  for (const w of plan.writes) {
    const s = copy.sheets.find((x) => x.name === w.sheet)!;
    (s.cells[w.row] ??= [])[w.col] = { value: w.value, format: w.format };
  }
  return copy;
}

describe('write plan on the worked example', () => {
  let g: Grid;
  beforeAll(async () => {
    g = await loadGrid(join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx'));
  });

  it('writes capaian into a new column J of Tabel II.1, and capaian, absorption and averages in Tabel II.15', () => {
    const plan = buildWritePlan(g, analyseWorkbook(g), 'id');
    const at = (sheet: string) => plan.writes.filter((w) => w.sheet === sheet).map((w) => [w.address, w.value]);
    expect(at('Tabel II.1')).toEqual([
      ['J5', 'Capaian (%)'], ['J7', 0.5143], ['J8', 1], ['J9', 1.25], ['J10', 5.05], ['J11', 1], ['J12', 2.3991], ['J13', 0.9892], ['J14', 1], ['J15', 1.905], ['J16', 3.744],
    ]);
    expect(at('Tabel II.15')).toEqual([
      ['I7', 0.5143], ['I8', 1], ['I9', 1.25], ['I10', 5.05], ['I13', 1], ['I14', 2.3991], ['I15', 0.9892], ['I16', 1], ['I17', 1.905], ['I20', 3.744],
      ['F7', 0.9596], ['J13', 1.8852], ['F22', 0.972],
    ]);
    expect(plan.writes.every((w) => w.kind === 'header' || w.format === '0.00%')).toBe(true);
    expect(plan.writes.some((w) => w.sheet === 'Tabel I.1' || w.sheet === 'Tabel I.1 Anggaran')).toBe(false);
  });

  it('is idempotent: after applying it, a second plan writes nothing and no *-mismatch remains', () => {
    const first = buildWritePlan(g, analyseWorkbook(g), 'id');
    const after = apply(g, first);
    const a2 = analyseWorkbook(after);
    expect(buildWritePlan(after, a2, 'id').writes).toEqual([]);
    expect(a2.findings.filter((f) => ['capaian-mismatch', 'absorption-mismatch', 'average-mismatch'].includes(f.code))).toEqual([]);
  });

  it('marks every finding cell by severity, one highlight per cell', () => {
    const a = analyseWorkbook(g);
    const plan = buildWritePlan(g, a, 'en');
    const i7 = plan.highlights.find((h) => h.sheet === 'Tabel II.1' && h.address === 'I7')!;
    expect(i7.severity).toBe('error');
    expect(i7.codes.sort()).toEqual(['annual-underivable', 'value-multiple']);
    expect(new Set(plan.highlights.map((h) => `${h.sheet}!${h.address}`)).size).toBe(plan.highlights.length);
  });
});

describe('write safety', () => {
  it('never writes over a formula, but still checks its cached value', () => {
    const g = grid(capaianSheet([[1, 'S', 'A', '80%', '', '', '', '', '100%', { v: 1, fmt: '0%', f: 'I2/D2' }]], ['Capaian (%)']));
    const a = analyseWorkbook(g);
    expect(a.findings.map((f) => f.code)).toContain('capaian-mismatch');
    expect(buildWritePlan(g, a, 'id').writes).toEqual([]);
  });

  it('writes nothing when the column right of the table is not free', () => {
    const g = grid(sheet('S', [['IKU', 'Target', 'Tahunan'], ['A', '10', '5', 'catatan']]));
    expect(buildWritePlan(g, analyseWorkbook(g), 'id').writes).toEqual([]);
  });

  const value = fc.oneof(
    fc.constantFrom<TestCell>('', '-', '0', 'Baik', 'Baik (88)', '#REF!', 'sekitar 5', '75 Kasus 36%', '1.905', '1.905 data'),
    fc.integer({ min: -5, max: 2000 }).map((n) => `${n} orang`),
    fc.integer({ min: 0, max: 200 }).map((n) => `${n}%`),
    fc.double({ min: 0, max: 2, noNaN: true }).map((v): TestCell => ({ v, fmt: '0%' })),
    fc.integer({ min: 0, max: 1e9 }),
  );

  it('property: a recalculation writes only computed percentages into capaian, absorption and average cells of recognised tables', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 10, maxLength: 10 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(value, { minLength: 10, maxLength: 10 }), { minLength: 1, maxLength: 6 }),
        (capRows, budRows) => {
          const cap = capaianSheet(capRows.map((r, i) => [i + 1, 'S', `Indikator ${i}`, ...r.slice(3, 10)]), ['Capaian (%)']);
          const bud = budgetSheet(budRows.map((r, i) => [i === 0 ? 1 : '', i === 0 ? 'K' : '', `IKU ${i}`, ...r.slice(3, 10)]));
          const g = grid(cap, bud);
          const a = analyseWorkbook(g);
          const plan = buildWritePlan(g, a, 'id');
          for (const w of plan.writes) {
            const t = a.tables.find((x) => x.layout.sheet === w.sheet)!;
            expect(t).toBeDefined();
            expect(writableColumns(t).has(w.col)).toBe(true);
            if (w.kind === 'header') continue;
            expect(t.layout.bodyRows).toContain(w.row);
            expect(typeof w.value).toBe('number');
            expect(g.sheets.find((s) => s.name === w.sheet)!.cells[w.row]?.[w.col]?.formula).toBeUndefined();
            const protectedCols = [t.layout.columns.single.target, t.layout.columns.single.annual, t.layout.columns.single.pagu, t.layout.columns.single.spent, ...t.layout.columns.quarters.map((q) => q.col)];
            expect(protectedCols).not.toContain(w.col);
          }
          const after = apply(g, plan);
          expect(buildWritePlan(after, analyseWorkbook(after), 'id').writes).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
