// SPEC §6: the write plan writes computed percentages only, where they belong, and nothing twice. The properties
// judge the plan by the test's own reading of the sheets it generates (header texts, body rows, annual ÷ target),
// never by the plan's own column filter.
import fc from 'fast-check';
import { join } from 'node:path';
import { buildWritePlan, CellWrite } from '../../src/core/plan';
import { analyseWorkbook } from '../../src/core/workbook';
import { Grid, Sheet, parseRangeA1 } from '../../src/core/grid';
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
    fc.double({ min: 0, max: 2, noNaN: true }).map((v): TestCell => ({ v, fmt: '0%', f: 'I2/D2' })),
    fc.integer({ min: 0, max: 1e9 }),
  );

  /**
   * The test's own reading of the sheets it generated, not the product's: for each column, the write it may take,
   * from the header text in the test's hands (the last header row, and the row above for a bare %).
   */
  function oracle(s: Sheet, headerRows: number): { kinds: Map<number, CellWrite['kind']>; firstBody: number; lastBody: number } {
    const text = (row: number, col: number) => String(s.cells[row]?.[col]?.value ?? '');
    const kinds = new Map<number, CellWrite['kind']>();
    const width = Math.max(...s.cells.slice(0, headerRows).map((r) => r.length));
    for (let col = 0; col < width; col++) {
      const label = text(headerRows - 1, col).trim();
      const above = headerRows > 1 ? text(headerRows - 2, col) : '';
      if (/^rata-rata capaian/i.test(label)) kinds.set(col, 'average');
      else if (/^capaian/i.test(label)) kinds.set(col, 'capaian');
      else if (label === '%' && /^anggaran/i.test(above)) kinds.set(col, 'absorption');
      else if (label === '%' && /^kinerja/i.test(above)) kinds.set(col, 'capaian');
    }
    return { kinds, firstBody: headerRows, lastBody: s.cells.length - 1 };
  }

  it('property: a recalculation writes only computed percentages into capaian, absorption and average cells of recognised tables', () => {
    let writes = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 10, maxLength: 10 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(value, { minLength: 10, maxLength: 10 }), { minLength: 1, maxLength: 6 }),
        (capRows, budRows) => {
          const cap = capaianSheet(capRows.map((r, i) => [i + 1, 'S', `Indikator ${i}`, ...r.slice(3, 10)]), ['Capaian (%)']);
          const bud = budgetSheet(budRows.map((r, i) => [i === 0 ? 1 : '', i === 0 ? 'K' : '', `IKU ${i}`, ...r.slice(3, 10)]));
          const expected = new Map([[cap.name, oracle(cap, 1)], [bud.name, oracle(bud, 2)]]);
          // The oracle itself: J of Tabel II.1; F, I and J of Tabel II.15.
          expect([...expected.get(cap.name)!.kinds]).toEqual([[9, 'capaian']]);
          expect([...expected.get(bud.name)!.kinds]).toEqual([[5, 'absorption'], [8, 'capaian'], [9, 'average']]);
          const g = grid(cap, bud);
          const plan = buildWritePlan(g, analyseWorkbook(g), 'id');
          expect(new Set(plan.writes.map((w) => `${w.sheet}!${w.address}`)).size).toBe(plan.writes.length);
          for (const w of plan.writes) {
            writes++;
            const o = expected.get(w.sheet)!;
            expect(o).toBeDefined();
            // Both sheets have their percentage columns: no new column, so no header.
            expect(w.kind).not.toBe('header');
            expect(o.kinds.get(w.col)).toBe(w.kind);
            expect(w.row).toBeGreaterThanOrEqual(o.firstBody);
            expect(w.row).toBeLessThanOrEqual(o.lastBody);
            expect(typeof w.value === 'number' && Number.isFinite(w.value)).toBe(true);
            expect(w.format).toBe('0.00%');
            expect(g.sheets.find((s) => s.name === w.sheet)!.cells[w.row]?.[w.col]?.formula).toBeUndefined();
          }
          const after = apply(g, plan);
          expect(buildWritePlan(after, analyseWorkbook(after), 'id').writes).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
    // The generator must give the oracle writes to judge (about four per run).
    expect(writes).toBeGreaterThan(200);
  });

  it('property: an indicator with a target and an annual realisation in one unit gets annual ÷ target written, unless its cell holds a formula', () => {
    const row = fc.record({
      target: fc.integer({ min: 1, max: 1000 }),
      annual: fc.integer({ min: 1, max: 2000 }),
      quarters: fc.array(fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 600 }).map((n) => `${n} orang`)), { minLength: 4, maxLength: 4 }),
      stated: fc.oneof(fc.constant<TestCell>(''), fc.integer({ min: 0, max: 300 }).map((n): TestCell => `${n}%`), fc.constant<TestCell>({ v: 0.5, fmt: '0%', f: 'I2/D2' })),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const g = grid(capaianSheet(rows.map((r, i) => [i + 1, 'S', `Indikator ${i}`, `${r.target} orang`, ...r.quarters, `${r.annual} orang`, r.stated]), ['Capaian (%)']));
        const plan = buildWritePlan(g, analyseWorkbook(g), 'id');
        rows.forEach((r, i) => {
          const at = plan.writes.filter((w) => w.row === i + 1 && w.col === 9);
          if (typeof r.stated === 'object' && r.stated !== null && 'f' in r.stated) return void expect(at).toEqual([]);
          expect(at).toHaveLength(1);
          // The fraction rounded to 4 decimals (2 of the percentage): within half a unit of the last decimal.
          expect(Math.abs((at[0].value as number) - r.annual / r.target)).toBeLessThanOrEqual(0.00005 + 1e-12);
        });
        expect(plan.writes.every((w) => w.col === 9)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a typed percentage another sheet\'s formula reads', () => {
  it('is written on its own scale (a recap sheet\'s =\'Tabel II.1\'!E2 keeps reading a percentage)', () => {
    const g = grid(
      sheet('Tabel II.1', [['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'], [1, 'Indeks kepuasan', 80, 88, 90], [2, 'Persentase dokumen', 90, 81, 90]]),
      sheet('Rekap', [['Capaian IKM'], [{ v: 90, f: "'Tabel II.1'!E2" }]]),
    );
    const writes = buildWritePlan(g, analyseWorkbook(g), 'id').writes;
    // E2 is wrong (88/80 = 110) and read by the recap: 110 on its scale; E3 is right and read by nothing: the fraction.
    expect(writes.map((w) => [w.address, w.value, w.format ?? null])).toEqual([['E2', 110, null], ['E3', 0.9, '0.00%']]);
  });
});

describe('a typed percentage a conditional format reads', () => {
  it('is written on its column\'s scale, an empty cell among them too (as fractions, a `< 100` rule had marked 120 %)', () => {
    const g = grid(sheet('Tabel II.1', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Indeks kepuasan', 80, 60, 50], [2, 'Persentase dokumen', 90, 108, ''], [3, 'Jumlah layanan', 100, 90, 90],
    ]));
    g.sheets[0].conditionalRanges = [parseRangeA1('E2:E4')!];
    const writes = buildWritePlan(g, analyseWorkbook(g), 'id').writes;
    expect(writes.map((w) => [w.address, w.value, w.format ?? null])).toEqual([['E2', 75, null], ['E3', 120, null]]);
    // An empty cell formatted as a percentage takes the fraction (75 under `0.00%` would show 7500.00 %).
    g.sheets[0].cells[2][4] = { value: null, format: '0.00%' };
    expect(buildWritePlan(g, analyseWorkbook(g), 'id').writes.map((w) => [w.address, w.value, w.format ?? null])).toEqual([['E2', 75, null], ['E3', 1.2, '0.00%']]);
    g.sheets[0].cells[2][4] = { value: '' };
    // Without the conditional format: fractions, as SPEC §6 says.
    delete g.sheets[0].conditionalRanges;
    expect(buildWritePlan(g, analyseWorkbook(g), 'id').writes.map((w) => [w.address, w.value])).toEqual([['E2', 0.75], ['E3', 1.2], ['E4', 0.9]]);
  });
});

describe('a notation proved only by stated percentages (texts a recalculation would turn into numbers)', () => {
  // `1,500` may be 1.5 or 1,500; only the stated `93.33%` and `88.00%` prove English notation (a point for decimals),
  // so 1,500. Written as numbers, they would prove nothing: read again, `1,500` became 1.5 and the written capaian a
  // 93,333 % mismatch. Hand-worked: 1400 / 1500 = 93.33 %; 880 / 1000 = 88 %; 45 / 50 = 90 %.
  const table = () => grid(sheet('Tabel 3.1', [
    ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Indeks kualitas layanan', 'Indeks', '1,500', 1400, '93.33%'],
    [2, 'Jumlah peserta pelatihan', 'Orang', 1000, 880, '88.00%'],
    [3, 'Jumlah desa binaan', 'Desa', 50, 45, '95%'],
  ]));

  it('reads 1,500 by that notation, and keeps the agreeing statements that prove it as typed', () => {
    const g = table();
    const a = analyseWorkbook(g);
    expect(a.tables[0].indicators.map((i) => i.capaian)).toEqual([93.33, 88, 90]);
    expect(a.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['capaian-mismatch@F4']);
    // Row 2's capaian rests on that notation: not written; row 3's proof agrees: kept; row 4's 95 % is wrong: written.
    expect(buildWritePlan(g, a, 'id').writes.map((w) => [w.address, w.value])).toEqual([['F4', 0.9]]);
  });

  it('reads the copy as it read the original (the write left the proof)', () => {
    const g = table();
    for (const w of buildWritePlan(g, analyseWorkbook(g), 'id').writes) g.sheets[0].cells[w.row][w.col] = { value: w.value, format: w.format };
    const again = analyseWorkbook(g);
    expect(again.tables[0].indicators.map((i) => i.capaian)).toEqual([93.33, 88, 90]);
    expect(again.findings).toEqual([]);
  });
});

describe('a JUMLAH row stating the table\'s mean twice (under Capaian and under Rata-rata Capaian)', () => {
  it('gets both written, as both are checked (the second had been reported again after every recalculation)', () => {
    const g = grid(sheet('II.15', [
      ['No', 'Sasaran', 'Indikator Kinerja', 'Pagu', 'Realisasi Anggaran', '% Anggaran', 'Target', 'Realisasi', 'Capaian (%)', 'Rata-rata Capaian'],
      [1, 'Sasaran A', 'Indikator A', 1000, 900, 90, 100, 101, 101, 101],
      [2, 'Sasaran B', 'Indikator B', 1000, 800, 80, 100, 95, 95, 95],
      ['', 'JUMLAH', '', 2000, 1700, 85, '', '', 99, 99],
    ]));
    const a = analyseWorkbook(g);
    // Hand-worked: (101 + 95) / 2 = 98 ≠ 99, stated in I4 and J4.
    expect(a.findings.filter((f) => f.code === 'average-mismatch').map((f) => f.cell)).toEqual(['I4', 'J4']);
    const writes = buildWritePlan(g, a, 'id').writes.filter((w) => w.row === 3);
    // The row's absorption 1700 / 2000 = 85 % is written as a fraction too (SPEC §6).
    expect(writes.map((w) => [w.address, w.value]).sort()).toEqual([['F4', 0.85], ['I4', 0.98], ['J4', 0.98]]);
  });
});

describe('a II.15\'s Rata-rata row', () => {
  it('gets the table\'s mean capaian; its absorption (the groups\' mean) is neither checked nor overwritten by the total', () => {
    const g = grid(sheet('S', [
      ['No', 'Sasaran', 'Indikator Kinerja', 'Kinerja', 'Kinerja', 'Kinerja', 'Anggaran', 'Anggaran', 'Anggaran'],
      ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', '%', 'Pagu', 'Realisasi', '%'],
      ['1', 'Meningkatnya kualitas jalan', 'Persentase jalan kondisi mantap', '75%', '72%', 96, 10000000000, 9500000000, 95],
      ['2', 'Meningkatnya layanan irigasi', 'Persentase irigasi kondisi baik', '60%', '66%', 110, 4000000000, 3000000000, 75],
      ['Rata-rata', 'Rata-rata', 'Rata-rata', 'Rata-rata', 'Rata-rata', 103, '', '', 85],
    ], ['D1:F1', 'G1:I1', 'A1:A2', 'B1:B2', 'C1:C2', 'A5:E5']));
    const a = analyseWorkbook(g);
    expect(a.findings).toEqual([]);
    // I5 had become 0.8929 (12.5 bn ÷ 14 bn) with no finding to say why.
    expect(buildWritePlan(g, a, 'id').writes.filter((w) => w.row === 4).map((w) => [w.address, w.value])).toEqual([['F5', 1.03]]);
  });
});

describe('a capaian resting on a guess', () => {
  it('is not written where a figure was read by the fallback of SPEC §3.1 (number-ambiguous); a sure one beside it is', () => {
    const g = grid(sheet('S', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
      // 2.750 and 2.500: thousands or decimals, nothing in the table says (110 % either way here, but not in general).
      [1, 'Indeks kepuasan', 'nilai', '2.500', '2.750', ''],
      [2, 'Jumlah dokumen', 'dokumen', 10, 12, ''],
    ]));
    const a = analyseWorkbook(g);
    expect(a.findings.filter((f) => f.code === 'number-ambiguous').map((f) => f.cell)).toEqual(['D2', 'E2']);
    expect(buildWritePlan(g, a, 'id').writes.map((w) => w.address)).toEqual(['F3']);
  });
});
