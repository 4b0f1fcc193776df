// SPEC §5.1: structure findings.
import { runCheckTests } from '../helpers/check-tester';
import { capaianSheet, grid, sheet } from '../helpers/grid';
import { analyseWorkbook } from '../../src/core/workbook';

const row = (target: string, q: string[], annual: string) => [1, 'Sasaran', 'Indikator A', target, ...q, annual];

runCheckTests('table-not-found', {
  valid: [{ name: 'a capaian table', grid: grid(capaianSheet([row('10 orang', ['1', '2', '3', '4'], '10 orang')])) }],
  invalid: [
    {
      name: 'a sheet of other data',
      grid: grid(sheet('Data', [['Nama', 'Jumlah'], ['a', 1]])),
      findings: [{ cell: 'A1', sheet: 'Data', severity: 'warning', data: { sheets: ['Data'] } }],
    },
    { name: 'an empty workbook', grid: grid(), findings: [{ cell: 'A1', sheet: '' }] },
  ],
});

runCheckTests('column-missing', {
  valid: [{ name: 'indicator and target present', grid: grid(capaianSheet([row('10', ['1', '2', '3', '4'], '10')])) }],
  invalid: [
    {
      name: 'no target column',
      grid: grid(sheet('S', [['No', 'Indikator Kinerja', 'Realisasi', 'Capaian (%)'], [1, 'A', '5', '50%']])),
      findings: [{ cell: 'A1', data: { column: 'target' } }],
    },
    {
      name: 'a budget table without spent',
      grid: grid(sheet('S', [['IKU', 'Pagu', 'Target', 'Realisasi Kinerja'], ['A', 100, '10', '10']])),
      findings: [{ cell: 'A1', data: { column: 'spent' } }],
    },
  ],
});

runCheckTests('quarter-missing', {
  valid: [{ name: 'all four quarters', grid: grid(capaianSheet([row('10', ['1', '2', '3', '4'], '10')])) }],
  invalid: [
    {
      name: 'TW III absent with an annual column: error',
      grid: grid(sheet('S', [['IKU', 'Target', 'TW I', 'TW II', 'TW IV', 'Tahunan'], ['A', '10 orang', '1', '2', '3', '6 orang']])),
      findings: [{ cell: 'A1', severity: 'error', data: { missing: ['III'] } }],
    },
    {
      name: 'without an annual column: warning',
      grid: grid(sheet('S', [['IKU', 'Target', 'TW I', 'TW II'], ['A', '10 orang', '1', '2']])),
      findings: [{ cell: 'A1', severity: 'warning', data: { missing: ['III', 'IV'] } }],
    },
  ],
});

runCheckTests('quarter-order', {
  valid: [{ name: 'I, II, III, IV', grid: grid(capaianSheet([row('10', ['1', '2', '3', '4'], '10')])) }],
  invalid: [
    {
      name: 'II before I',
      grid: grid(sheet('S', [['IKU', 'Target', 'TW II', 'TW I', 'TW III', 'TW IV', 'Tahunan'], ['A', '10 orang', '2', '1', '3', '4', '10 orang']])),
      findings: [{ cell: 'A1', data: { order: ['II', 'I', 'III', 'IV'] } }],
    },
  ],
});

runCheckTests('quarter-duplicate', {
  valid: [{ name: 'each once', grid: grid(capaianSheet([row('10', ['1', '2', '3', '4'], '10')])) }],
  invalid: [
    {
      name: 'TW II twice',
      grid: grid(sheet('S', [['IKU', 'Target', 'TW I', 'TW II', 'TW II', 'TW III', 'TW IV', 'Tahunan'], ['A', '10', '1', '2', '2', '3', '4', '10']])),
      findings: [{ cell: 'A1', data: { quarter: 'II', columns: ['D', 'E'] } }],
    },
  ],
});

runCheckTests('no-room-for-capaian', {
  valid: [
    { name: 'empty column to the right', grid: grid(capaianSheet([row('10', ['1', '2', '3', '4'], '10')])) },
    { name: 'a capaian column', grid: grid(capaianSheet([[...row('10', ['1', '2', '3', '4'], '10'), '100%']], ['Capaian (%)'])) },
    {
      // A note beside a body row, one column off: no table, the new column joins nothing.
      name: 'a note beside a body row, one empty column between',
      grid: grid(sheet('S', [['IKU', 'Target', 'Realisasi', '', ''], ['A', '10', '10', '', 'catatan']])),
    },
  ],
  invalid: [
    {
      name: 'a note right of the body',
      grid: grid(sheet('S', [
        ['IKU', 'Target', 'Tahunan', '', ''],
        ['A', '10', '10', 'catatan', ''],
      ])),
      findings: [{ cell: 'A1', data: { column: 'D' } }],
    },
    {
      // A new Capaian (%) column in D would leave no gap: the next reading saw one table A1:G2 with two of each
      // column (column-ambiguous, every capaian lost).
      name: 'a second table beside it, one empty column between',
      grid: grid(sheet('S', [
        ['IKU', 'Target', 'Realisasi', '', 'Indikator', 'Target 2025', 'Realisasi 2025', 'Capaian (%)'],
        ['A', '10', '10', '', 'B', '90%', '85,5%', '95%'],
      ])),
      findings: [{ cell: 'A1', data: { column: 'D', next: 'E' } }],
    },
  ],
});

describe('table detection', () => {
  it('finds two tables on one sheet, side by side and below, with titles and notes around', () => {
    const g = grid(sheet('S', [
      ['Tabel. II.1', '', '', '', '', ''],
      ['IKU', 'Target', 'Tahunan', '', 'IKU', 'Target', 'Realisasi'],
      ['A', '10 orang', '5 orang', '', 'B', '4 kasus', '2 kasus'],
      ['', '', '', '', '', '', ''],
      ['Catatan: angka sementara'],
      ['Indikator', 'Target', 'TW I', 'TW II', 'TW III', 'TW IV', 'Tahunan'],
      ['C', '100%', '20%', '40%', '60%', '80%', '80%'],
    ]));
    const a = analyseWorkbook(g);
    expect(a.tables.map((t) => [t.layout.headerTop, t.layout.left, t.indicators.map((i) => i.capaian)])).toEqual([
      [1, 0, [50]],
      [1, 4, [50]],
      [5, 0, [80]],
    ]);
  });

  it('reads a header over three rows with merged group headers and sub-labels I–IV', () => {
    const g = grid(sheet('S', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi Triwulan', '', '', '', 'Capaian'],
      ['', '', '', 'I', 'II', 'III', 'IV', ''],
      ['', '', '', '(orang)', '(orang)', '(orang)', '(orang)', ''],
      [1, 'A', '40 orang', '10', '10', '10', '10', ''],
    ], ['A1:A3', 'B1:B3', 'C1:C3', 'D1:G1', 'H1:H3']));
    const t = analyseWorkbook(g).tables[0];
    expect(t.layout.headerBottom).toBe(2);
    expect(t.layout.columns.quarters.map((q) => q.quarter)).toEqual([0, 1, 2, 3]);
    expect(t.indicators[0].realisation).toEqual({ kind: 'number', value: 40 });
    expect(t.indicators[0].capaian).toBe(100);
  });

  it('skips a repeated header block and ends the body after a Jumlah row', () => {
    const header = ['No', 'IKU', 'Target', 'Tahunan'];
    const g = grid(sheet('S', [header, [1, 'A', '10 orang', '5 orang'], header, [2, 'B', '10 orang', '10 orang'], ['Jumlah', '', '20 orang', '15 orang'], [3, 'C', '1', '1']]));
    const t = analyseWorkbook(g).tables[0];
    expect(t.layout.skippedRows).toEqual([2]);
    expect(t.indicators.map((i) => i.name)).toEqual(['A', 'B']);
    expect(t.layout.summaryRow).toBe(4);
  });

  it.each([
    ['1 2 3 4 5 6', [1, 2, 3, 4, 5, 6]],
    ['(1) … (6) = 5/4 x 100', ['(1)', '(2)', '(3)', '(4)', '(5)', '(6) = 5/4 x 100']],
  ])('skips a repeated header block with its numbering row (%s)', (_, numbering) => {
    const header = ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'];
    const g = grid(sheet('II.1', [
      header, numbering,
      [1, 'Jumlah PMI yang difasilitasi pemulangannya', 'orang', '1.200', '1.235', '102,92'],
      header, numbering,
      [2, 'Persentase pengaduan yang diselesaikan', '%', '90', '93', '103,33'],
    ]));
    const a = analyseWorkbook(g);
    // The repeated numbering row had been an indicator named "2": capaian 125 % written over its 6.
    expect([a.tables[0].layout.skippedRows, a.tables[0].indicators.map((i) => i.row + 1), a.findings]).toEqual([[3, 4], [3, 6], []]);
  });

  it.each([
    ['1 2 3 4 5 6', [1, 2, 3, 4, 5, 6]],
    ['(1) … (6)', ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']],
  ])('skips a numbering row repeated alone atop a printed page (%s)', (_, numbering) => {
    const g = grid(sheet('II.1', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Jumlah PMI yang difasilitasi pemulangannya', 'orang', '1.200', '1.235', '102,92'],
      numbering,
      [2, 'Persentase pengaduan yang diselesaikan', '%', '90', '93', '103,33'],
    ]));
    const a = analyseWorkbook(g);
    // It had been an indicator named "2" (or 3 unreadable values): 120 % written over its 6.
    expect([a.tables[0].indicators.map((i) => i.row + 1), a.findings]).toEqual([[2, 4], []]);
  });

  it('reads an agreement table but never checks it', () => {
    const g = grid(sheet('PK', [['Sasaran Kegiatan', 'Indikator Kinerja Kegiatan', 'Target'], ['S', 'A', 'sekitar 50'], ['S', 'B', '']]));
    const a = analyseWorkbook(g);
    expect(a.tables[0].layout.kind).toBe('agreement');
    expect(a.findings).toEqual([]);
  });
});
