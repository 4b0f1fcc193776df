// No input makes Cermat throw: random sheets built from header labels, values, errors and merges, anywhere.
import fc from 'fast-check';
import { buildWritePlan } from '../../src/core/plan';
import { fileReport } from '../../src/core/report';
import { analyseWorkbook } from '../../src/core/workbook';
import { Grid, GridCell, Range } from '../../src/core/grid';

const LABELS = ['No', 'Sasaran', 'Indikator Kinerja', 'IKU', 'Target', 'Target (%)', 'Satuan', 'Polaritas', 'TW I', 'TW II', 'Triwulan III', 'TW IV',
  's.d. TW II', 'Realisasi', 'Tahunan', 'Capaian (%)', 'Anggaran (Rp)', 'Kinerja', 'Pagu', '%', 'Rata-rata Capaian', 'Jumlah', 'Rata-rata', 'I', 'II'];
const VALUES = ['70%', '35,17%', '1.905', '42.010 Oran', '75 Kasus 36%', '-', 'Baik', 'Baik (88)', '80–90%', 'sekitar 5', 'Negatif', '0', '-3', '#REF!', 'BB', '1,234.5', 'Rp14.107.139.000,-'];

const cell: fc.Arbitrary<GridCell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...LABELS, ...VALUES).map((v): GridCell => ({ value: v })),
  fc.double({ min: -1e6, max: 1e10, noNaN: true }).map((v): GridCell => ({ value: v })),
  fc.double({ min: 0, max: 3, noNaN: true }).map((v): GridCell => ({ value: v, format: '0.00%' })),
  fc.constant<GridCell>({ value: { error: '#DIV/0!' }, formula: 'A1/0' }),
  fc.string({ maxLength: 12 }).map((v): GridCell => ({ value: v })),
);

const HEADERS = [
  ['No', 'Indikator Kinerja', 'Target', 'TW I', 'TW II', 'TW III', 'TW IV', 'Tahunan', 'Capaian (%)'],
  ['IKU', 'Satuan', 'Polaritas', 'Target', 's.d. TW I', 's.d. TW II', 'Realisasi'],
  ['Sasaran', 'IKU', 'Pagu', 'Realisasi', '%', 'Target', 'Realisasi', '%', 'Rata-rata Capaian'],
];
const header = fc.tuple(fc.constantFrom(...HEADERS), fc.nat(2)).map(([h, pad]): (GridCell | undefined)[] => [...Array(pad).fill(undefined), ...h.map((value) => ({ value }))]);
const rows = fc.tuple(fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 4 }), header, fc.array(fc.array(cell, { minLength: 3, maxLength: 10 }), { maxLength: 10 }))
  .map(([before, h, after]) => [...before, h, ...after]);

const sheet = fc.record({
  rows: fc.oneof(rows, fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 })),
  merges: fc.array(
    fc.tuple(fc.nat(12), fc.nat(8), fc.nat(2), fc.nat(2)).map(([top, left, h, w]): Range => ({ top, left, bottom: top + h, right: left + w })),
    { maxLength: 4 },
  ),
});

it('property: analysis, report and write plan never throw, whatever the sheets hold', () => {
  let withTables = 0;
  let runs = 0;
  fc.assert(
    fc.property(fc.array(sheet, { minLength: 1, maxLength: 3 }), fc.boolean(), (sheets, zero) => {
      const g: Grid = { sheets: sheets.map((s, i) => ({ name: `S${i}`, cells: s.rows, merges: s.merges })) };
      const a = analyseWorkbook(g, { absentInAverage: zero ? 'zero' : 'omit', averageCap: zero ? 120 : null });
      runs++;
      if (a.tables.length > 0) withTables++;
      const plan = buildWritePlan(g, a, 'en');
      fileReport('fuzz.xlsx', a, 'id');
      for (const w of plan.writes) expect(g.sheets.find((s) => s.name === w.sheet)?.cells[w.row]?.[w.col]?.formula).toBeUndefined();
    }),
    { numRuns: 1500 },
  );
  // The generator must exercise the checks, not only table-not-found.
  expect(withTables / runs).toBeGreaterThan(0.3);
});
