// SPEC §5.5: budget, averages, totals.
import { runCheckTests } from '../helpers/check-tester';
import { analyseWorkbook } from '../../src/core/workbook';
import { buildWritePlan } from '../../src/core/plan';
import { budgetSheet, grid, sheet, TestCell } from '../helpers/grid';

/** Each group's code beside its parent's: the hierarchy as read. */
const nesting = (a: ReturnType<typeof analyseWorkbook>) => a.tables[0].groups.map((x) => [x.code, x.parent?.code ?? null]);

const g1 = (pagu: unknown, spent: unknown, pct: string, avg = '') => budgetSheet([
  [1, 'Kegiatan 1', 'A', pagu as string, spent as string, pct, '70%', '36%', '51,43%', avg],
  ['', '', 'B', '', '', '', '80%', '100%', '125%', ''],
]);

const programBudget = (second: string | number) => grid(sheet('S', [
  ['No', 'Program / Kegiatan', 'Indikator Kinerja', 'Kinerja', 'Kinerja', 'Kinerja', 'Anggaran', 'Anggaran', 'Anggaran'],
  ['No', 'Program / Kegiatan', 'Indikator Kinerja', 'Target', 'Realisasi', '%', 'Pagu', 'Realisasi', '%'],
  ['I', 'Program Penunjang Urusan Pemerintahan Daerah', '', '', '', '', 1500000000, 1400000000, 93.33],
  ['1', 'Perencanaan, Penganggaran dan Evaluasi', 'Jumlah dokumen perencanaan', '5 dokumen', '4 dokumen', 80, '', '', ''],
  ['2', 'Administrasi Keuangan Perangkat Daerah', 'Jumlah laporan keuangan', '12 laporan', '12 laporan', 100, second, '', ''],
], ['D1:F1', 'G1:I1', 'A1:A2', 'B1:B2', 'C1:C2']));

runCheckTests('pagu-missing', {
  valid: [
    { name: 'pagu stated in the first row', grid: grid(g1(7022542000, 6738712639, '95.96%')) },
    // The Program's budget covers its Kegiatan, none of which states one (each had been a pagu-missing error).
    { name: 'a Program\'s pagu over its Kegiatan', grid: programBudget('') },
  ],
  invalid: [
    { name: 'no pagu', grid: grid(g1('', 100, '')), findings: [{ cell: 'D3', data: { group: 'Kegiatan 1' } }] },
    { name: 'one Kegiatan with a pagu, its sibling without', grid: programBudget(700000000), findings: [{ cell: 'G4', data: { group: 'Perencanaan, Penganggaran dan Evaluasi' } }] },
  ],
});

runCheckTests('pagu-zero', {
  valid: [{ name: 'positive pagu', grid: grid(g1(100, 50, '50%')) }],
  invalid: [{ name: 'pagu 0', grid: grid(g1(0, 0, '')), findings: [{ cell: 'D3' }] }],
});

const lra = (rows: (string | number)[][]) => grid(sheet('LRA', [['Kode Rekening', 'Uraian', 'Anggaran', 'Realisasi', '%'], ...rows]));

describe('an LRA closed by JUMLAH BELANJA', () => {
  it('checks it as the table\'s Jumlah row (it had been passed over as a level\'s subtotal: a wrong total unreported)', () => {
    const a = analyseWorkbook(lra([
      ['5.1.01.01', 'Belanja Gaji dan Tunjangan ASN', 1500000000, 1480000000, 98.67],
      ['5.1.02.01', 'Belanja Barang', 600000000, 580000000, 96.67],
      ['', 'JUMLAH BELANJA', 2200000000, 2060000000, 90],
    ]));
    expect(a.findings.map((f) => [f.code, f.cell, f.data])).toEqual([
      ['total-mismatch', 'C4', expect.objectContaining({ actual: 2200000000, expected: 2100000000, column: 'pagu' })],
      ['absorption-mismatch', 'E4', { stated: 90, computed: 98.1 }],
    ]);
  });
  it('still passes over a `Jumlah Belanja Pegawai` after its rows, and a JUMLAH BELANJA with rows of the table below it', () => {
    const a = analyseWorkbook(lra([
      ['5.1.01.01', 'Belanja Gaji dan Tunjangan ASN', 1500000000, 1480000000, 98.67],
      ['', 'JUMLAH BELANJA PEGAWAI', 1500000000, 1480000000, 98.67],
      ['5.1.02.01', 'Belanja Barang', 600000000, 580000000, 96.67],
      ['', 'JUMLAH', 2100000000, 2060000000, 98.1],
    ]));
    expect(a.findings).toEqual([]);
  });
});

runCheckTests('spent-over-pagu', {
  valid: [
    { name: 'spent below pagu', grid: grid(g1(100, 99, '99%')) },
    // Revenue collected above its target is no overspending; the Surplus/(Defisit) line is no budget row.
    { name: 'an LRA\'s Pendapatan over its target, and its Surplus / (Defisit) line', grid: lra([
      ['4', 'PENDAPATAN DAERAH', '1.200.000.000,00', '1.320.000.000,00', '110,00'],
      ['4.1.02', 'Retribusi Daerah', '1.200.000.000,00', '1.320.000.000,00', '110,00'],
      ['5', 'BELANJA DAERAH', '3.000.000.000,00', '2.850.000.000,00', '95,00'],
      ['5.1.02', 'Belanja Barang dan Jasa', '3.000.000.000,00', '2.850.000.000,00', '95,00'],
      ['', 'SURPLUS / (DEFISIT)', '(1.800.000.000,00)', '(1.530.000.000,00)', '85,00'],
    ]) },
  ],
  invalid: [
    { name: 'spent above pagu', grid: grid(g1(100, 120, '120%')), findings: [{ cell: 'E3', data: { pagu: 100, spent: 120 } }] },
    // Urusan 4's programs spend (`4.01.01`), and a program about revenue is spending too.
    { name: 'a program coded 4.01.01, and one named Pengelolaan Pendapatan, over their pagu', grid: lra([
      ['4.01.01', 'Program Penunjang Urusan Pemerintahan Daerah', '1.000.000.000,00', '1.100.000.000,00', '110,00'],
      ['5.02.02', 'Program Pengelolaan Pendapatan Daerah', '500.000.000,00', '600.000.000,00', '120,00'],
    ]), findings: [{ cell: 'D2' }, { cell: 'D3' }] },
    { name: 'an LRA\'s Belanja over its budget', grid: lra([
      ['4', 'PENDAPATAN DAERAH', '1.200.000.000,00', '1.320.000.000,00', '110,00'],
      ['5', 'BELANJA DAERAH', '3.000.000.000,00', '3.150.000.000,00', '105,00'],
    ]), findings: [{ cell: 'D3', data: { pagu: 3000000000, spent: 3150000000 } }] },
  ],
});

runCheckTests('absorption-mismatch', {
  valid: [
    { name: '95.96 % stated right', grid: grid(g1(7022542000, 6738712639, '95.96%')) },
    { name: 'pagu merged over the group', grid: grid(budgetSheet([
      [1, 'K', 'A', 'Rp1.000.000', 'Rp500.000', '50%', '70%', '36%', '', ''],
      ['', '', 'B', '', '', '', '80%', '100%', '', ''],
    ], ['D3:D4', 'E3:E4', 'F3:F4'])) },
  ],
  invalid: [
    { name: 'stated 90 against 95.96', grid: grid(g1(7022542000, 6738712639, '90%')), findings: [{ cell: 'F3', data: { stated: 90, computed: 95.96 } }] },
    { name: 'on a Jumlah row', grid: grid(budgetSheet([
      [1, 'K', 'A', 100, 50, '50%', '70%', '36%', '', ''],
      [2, 'L', 'B', 100, 100, '100%', '80%', '100%', '', ''],
      ['Jumlah', '', '', 200, 150, '80%', '', '', '', ''],
    ])), findings: [{ cell: 'F5', data: { stated: 80, computed: 75 } }] },
  ],
});

const ii1Jumlah = (stated: string | number) => sheet('S', [['IKU', 'Target', 'Tahunan', 'Capaian'], ['A', '10', '5', '50%'], ['B', '10', '10', '100%'], ['Jumlah', '', '', stated]]);
const ii1Rata = (first: number, second: number) => sheet('S', [
  ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Rata-rata Capaian Sasaran (%)'],
  [1, 'Sasaran A', 'A', '120 orang', '120 orang', 100, first],
  [1, 'Sasaran A', 'B', '90%', '95%', 105.56, ''],
  [2, 'Sasaran B', 'C', '70 nilai', '63 nilai', 90, second],
], ['A2:A3', 'B2:B3', 'G2:G3']);

runCheckTests('average-mismatch', {
  valid: [
    { name: 'mean of computed capaian stated mid-group', grid: grid(g1(100, 50, '50%', '88,22%')) },
    { name: 'a Jumlah row under a capaian table stating the mean', grid: grid(ii1Jumlah('75%')) },
    { name: 'a Tabel II.1 Rata-rata Capaian Sasaran column stating each mean', grid: grid(ii1Rata(102.78, 90)) },
  ],
  invalid: [
    { name: 'mean of the stated, wrong values', grid: grid(g1(100, 50, '50%', '184,47%')), findings: [{ cell: 'J3', data: { stated: 184.47, computed: 88.22 } }] },
    { name: 'a cap of 120 in averages', settings: { averageCap: 120 }, grid: grid(g1(100, 50, '50%', '88,22%')), findings: [{ cell: 'J3', data: { computed: 85.72 } }] },
    { name: 'a Rata-rata row under a capaian table', grid: grid(sheet('S', [['IKU', 'Target', 'Tahunan', 'Capaian'], ['A', '10', '5', '50%'], ['B', '10', '10', '100%'], ['Rata-rata', '', '', '70%']])), findings: [{ cell: 'D4', data: { stated: 70, computed: 75 } }] },
    // A Jumlah row's capaian was overwritten by a recalculation without a finding (and never checked).
    { name: 'a Jumlah row under a capaian table', grid: grid(ii1Jumlah('80%')), findings: [{ cell: 'D4', data: { stated: 80, computed: 75, group: null } }] },
    // A Tabel II.1's Rata-rata column was overwritten the same way.
    {
      name: 'a Tabel II.1 Rata-rata Capaian Sasaran column, merged over its group',
      grid: grid(ii1Rata(99, 80)),
      findings: [{ cell: 'G2', data: { stated: 99, computed: 102.78, group: 'Sasaran A' } }, { cell: 'G4', data: { stated: 80, computed: 90, group: 'Sasaran B' } }],
    },
  ],
});

runCheckTests('total-mismatch', {
  valid: [{ name: 'totals add up', grid: grid(budgetSheet([
    [1, 'K', 'A', 100, 50, '50%', '70%', '36%', '', ''],
    [2, 'L', 'B', 100, 100, '100%', '80%', '100%', '', ''],
    ['Jumlah', '', '', 200, 150, '75%', '', '', '', ''],
  ])) }],
  invalid: [{ name: 'pagu total off', grid: grid(budgetSheet([
    [1, 'K', 'A', 100, 50, '50%', '70%', '36%', '', ''],
    [2, 'L', 'B', 100, 100, '100%', '80%', '100%', '', ''],
    ['Jumlah', '', '', 210, 150, '', '', '', '', ''],
  ])), findings: [{ cell: 'D5', data: { expected: 200, actual: 210, column: 'pagu' } }] }, {
    name: 'a pagu total Rp1.000 off on billions', grid: grid(budgetSheet([
      [1, 'K', 'A', 7022542000, 6738712639, '', '70%', '36%', '', ''],
      [2, 'L', 'B', 3796417000, 3690261342, '', '80%', '100%', '', ''],
      ['Jumlah', '', '', 10818960000, 10428973981, '', '', '', '', ''],
    ])), findings: [{ cell: 'D5', data: { expected: 10818959000, actual: 10818960000, column: 'pagu' } }],
  }],
});

describe('two pagu columns, one the revised of the other: the revised one is the pagu', () => {
  // 900 / 1000 = 90 %, 300 / 400 = 75 % against the revised pagu (against the first column: 75 %, 60 %, and a
  // recalculation wrote them over the office's right figures).
  it.each([['Pagu', 'Pagu Revisi'], ['Pagu DIPA', 'Pagu Revisi'], ['Anggaran', 'Anggaran Perubahan'], ['Pagu', 'Pagu Akhir'], ['Pagu Indikatif', 'Pagu DPA'], ['Pagu Indikatif', 'Pagu Definitif']])(
    '%s │ %s', (first, revised) => {
      const g = grid(sheet('S', [['No', 'Kegiatan', first, revised, 'Realisasi', '%'], [1, 'Kegiatan A', 1200, 1000, 900, '90%'], [2, 'Kegiatan B', 500, 400, 300, '75%']]));
      const a = analyseWorkbook(g);
      expect([a.tables[0].layout.columns.single.pagu, a.tables[0].layout.columns.single.initialPagu, a.findings.map((f) => f.code)]).toEqual([3, 2, []]);
      // The right figures written back as they are (typed text becomes the number it says).
      expect(buildWritePlan(g, a, 'id').writes.map((w) => [w.address, w.value])).toEqual([['F2', 0.9], ['F3', 0.75]]);
    });
});

describe('a heading row without amounts over rows with theirs', () => {
  // A budget-only recap: `Program …` heads its Kegiatan; the Jumlah is held against the Kegiatan (it was not checked).
  const recap = (jumlah: number) => grid(sheet('Rekap', [
    ['No', 'Kegiatan', 'Pagu', 'Realisasi', '%'],
    ['', 'Program Penunjang Urusan'],
    [1, 'Administrasi Keuangan', 600, 500, '83,33%'],
    [2, 'Administrasi Umum', 400, 400, '100%'],
    ['', 'Jumlah', jumlah, 900, '90%'],
  ]));
  it('a right Jumlah: no finding', () => expect(analyseWorkbook(recap(1000)).findings).toEqual([]));
  it('a wrong Jumlah: total-mismatch', () => {
    expect(analyseWorkbook(recap(1100)).findings.map((f) => [f.code, f.cell, f.data])).toContainEqual(['total-mismatch', 'C5', { expected: 1000, actual: 1100, column: 'pagu' }]);
  });

  // A II.15: `Program …` (no budget) over `Kegiatan …` rows with their pagu, each over its indicator. The first
  // Kegiatan's budget had been filed under the Program: a false total-mismatch and 83.33 % written over a right 90 %.
  const ii15 = (jumlahPagu: number) => grid(sheet('II.15', [
    ['No', 'Program / Kegiatan / Indikator', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Kinerja', 'Kinerja', 'Kinerja'],
    ['No', 'Program / Kegiatan / Indikator', 'Pagu', 'Realisasi', '%', 'Target', 'Realisasi', '%'],
    ['', 'Program Penunjang Urusan'],
    ['', 'Kegiatan Administrasi Keuangan', 600, 500, '83,33'],
    ['', 'Persentase A', '', '', '', '80%', '84%', '105'],
    ['', 'Kegiatan Administrasi Umum', 400, 400, '100'],
    ['', 'Persentase B', '', '', '', '90%', '90%', '100'],
    ['', 'Jumlah', jumlahPagu, 900, '90'],
  ], ['C1:E1', 'F1:H1', 'A1:A2', 'B1:B2']));
  it('II.15, right figures: no finding, and the Jumlah absorption is written as stated', () => {
    const g = ii15(1000);
    const a = analyseWorkbook(g);
    expect(a.findings).toEqual([]);
    expect(buildWritePlan(g, a, 'id').writes.filter((w) => w.address === 'E8').map((w) => w.value)).toEqual([0.9]);
  });
  it('II.15, a wrong Jumlah pagu: total-mismatch against the Kegiatan', () => {
    expect(analyseWorkbook(ii15(1100)).findings.map((f) => [f.code, f.cell])).toContainEqual(['total-mismatch', 'C8']);
  });

  // Roman-numbered Sasaran headings in a II.15 (no budget of their own): the Jumlah was not checked.
  it('II.15 with Roman-numbered Sasaran headings: a wrong Jumlah is found', () => {
    const g = grid(sheet('II.15', [
      ['No', 'Sasaran / Indikator', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Kinerja', 'Kinerja', 'Kinerja'],
      ['No', 'Sasaran / Indikator', 'Pagu', 'Realisasi', '%', 'Target', 'Realisasi', '%'],
      ['I', 'Sasaran 1: Meningkatnya pelindungan'],
      [1, 'Persentase A', 1000, 900, '90', '80%', '60%', '75'],
      ['II', 'Sasaran 2: Tata kelola'],
      [2, 'Nilai SAKIP', 2000, 1000, '50', '70', '70', '100'],
      ['', 'Jumlah', 3500, 1900, '54,29'],
    ], ['C1:E1', 'F1:H1', 'A1:A2', 'B1:B2']));
    expect(analyseWorkbook(g).findings.map((f) => [f.code, f.cell])).toContainEqual(['total-mismatch', 'C7']);
  });
});

describe('a subtotal row inside the table is no data row', () => {
  it.each(['Sub Total', 'Subtotal', 'Sub Jumlah', 'Jumlah Program Dukungan Manajemen', 'Total Kegiatan A', 'Jumlah Belanja Barang'])('%s between the rows: the Total is held against the rows only', (label) => {
    const g = grid(sheet('Rekap', [
      ['No', 'Uraian', 'Pagu', 'Realisasi', '%'],
      [1, 'Kegiatan A1', 600, 500, '83,33%'], [2, 'Kegiatan A2', 400, 400, '100%'],
      ['', label, 1000, 900, '90%'],
      [3, 'Kegiatan B1', 500, 450, '90%'],
      ['', 'Total', 1500, 1350, '90%'],
    ]));
    // Counted as a row it made the Total look 1,000 short (expected 2,500).
    const a = analyseWorkbook(g);
    expect([a.findings, a.tables[0].groups.map((x) => x.name)]).toEqual([[], ['Kegiatan A1', 'Kegiatan A2', 'Kegiatan B1']]);
  });
  it('an indicator named `Jumlah kegiatan …` with its own target is a data row', () => {
    const g = grid(sheet('II.1', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Persentase layanan tepat waktu', '90%', '90%', '100'],
      [2, 'Jumlah kegiatan sosialisasi', '12 kegiatan', '12 kegiatan', '100'],
    ]));
    expect(analyseWorkbook(g).tables[0].indicators.map((i) => i.name)).toEqual(['Persentase layanan tepat waktu', 'Jumlah kegiatan sosialisasi']);
  });
});

describe('a subtotal row is held against the rows above it (total-mismatch)', () => {
  const findings = (rows: TestCell[][]) => analyseWorkbook(grid(sheet('Rekap', rows))).findings.map((f) => [f.code, f.cell, f.data]);
  const head = ['No', 'Uraian', 'Pagu', 'Realisasi'];

  it('a Sub Total short of its rows: each wrong column, with the sum of the rows since the top', () => {
    expect(findings([head,
      [1, 'Kegiatan A1', 600, 500], [2, 'Kegiatan A2', 400, 400],
      ['', 'Sub Total', 1000, 800],
    ])).toEqual([['total-mismatch', 'D4', { expected: 900, actual: 800, column: 'spent' }]]);
  });

  it('each level total against the rows since the one before: a wrong second one is named, the first is right', () => {
    expect(findings([head,
      [1, 'Kegiatan A1', 600, 500], [2, 'Kegiatan A2', 400, 400],
      ['', 'Jumlah Program A', 1000, 900],
      [3, 'Kegiatan B1', 500, 450], [4, 'Kegiatan B2', 250, 200],
      ['', 'Jumlah Program B', 700, 650],
      ['', 'Total', 1700, 1550],
    ])).toEqual([
      ['total-mismatch', 'C7', { expected: 750, actual: 700, column: 'pagu' }],
      // The Total over the rows, not over the stated subtotals (1,000 + 700): 1,750.
      ['total-mismatch', 'C8', { expected: 1750, actual: 1700, column: 'pagu' }],
    ]);
  });

  it('a subtotal closing more than the last run (Programs A and B, only A closed by its own) is right', () => {
    expect(findings([head,
      [1, 'Kegiatan A1', 600, 500],
      ['', 'Jumlah Program A', 600, 500],
      [2, 'Kegiatan B1', 400, 300],
      ['', 'Sub Total Urusan', 1000, 800],
    ])).toEqual([]);
  });

  it('in a II.15: a Jumlah Program row after its Sasaran rows, against their pagu and spent once per group', () => {
    const g = grid(sheet('II.15', [
      ['No', 'Sasaran', 'Indikator Kinerja', 'Pagu', 'Realisasi', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Sasaran A', 'Persentase A', 1000, 900, '80%', '80%', '100'],
      [2, 'Sasaran B', 'Persentase B', 500, 500, '80%', '80%', '100'],
      ['', 'Jumlah Program Dukungan', '', 1400, 1400, '', '', ''],
    ]));
    expect(analyseWorkbook(g).findings.filter((f) => f.code === 'total-mismatch').map((f) => [f.cell, f.data]))
      .toEqual([['D4', { expected: 1500, actual: 1400, column: 'pagu' }]]);
  });

  it('its % anggaran against its own spent ÷ pagu (absorption-mismatch), and nothing where it agrees as printed', () => {
    expect(findings([[...head, '%'],
      [1, 'Kegiatan A1', 600, 500, '83,33%'], [2, 'Kegiatan A2', 400, 400, '100%'],
      ['', 'Sub Total', 1000, 900, '80%'],
      [3, 'Kegiatan B1', 300, 200, '66,67%'],
      ['', 'Jumlah Program B', 300, 200, '66,7%'],
    ])).toEqual([['absorption-mismatch', 'E4', { stated: 80, computed: 90 }]]);
  });

  it('a recalculation writes the rows\' % anggaran and nothing in a subtotal row: its wrong cells are marked only', () => {
    const g = grid(sheet('Rekap', [[...head, '%'],
      [1, 'Kegiatan A1', 600, 500, '80%'], [2, 'Kegiatan A2', 400, 400, '100%'],
      ['', 'Sub Total', 1000, 800, '90%'],
    ]));
    const plan = buildWritePlan(g, analyseWorkbook(g), 'id');
    expect(plan.writes.map((w) => w.address)).toEqual(['E2', 'E3']);
    expect(plan.highlights.map((h) => h.address).filter((a) => a.endsWith('4')).sort()).toEqual(['D4', 'E4']);
  });

  it('a subtotal of a row whose amount is unreadable says nothing (the sum is not known)', () => {
    expect(findings([head,
      [1, 'Kegiatan A1', 'tujuh ratus', 500], [2, 'Kegiatan A2', 400, 400],
      ['', 'Sub Total', 1000, 900],
    ]).filter(([code]) => code === 'total-mismatch')).toEqual([]);
  });
});

describe('a Rata-rata row under each Sasaran of a II.15', () => {
  const header = [
    ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Kinerja', 'Kinerja', 'Kinerja'],
    ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Pagu', 'Realisasi', '%', 'Target', 'Realisasi', '%'],
  ];
  const merges = ['D1:F1', 'G1:I1', 'A1:A2', 'B1:B2', 'C1:C2'];
  const average = (stated: string) => Array(8).fill('Rata-rata Capaian Kinerja').concat([stated]);

  it('merged across, after each group: each closes its group, and the groups below are still read', () => {
    const g = grid(sheet('II.15', [
      ...header,
      [1, 'Sasaran A', 'Ind 1', 1000, 900, '90%', '80%', '60%', '75%'],
      average('75%'),
      [2, 'Sasaran B', 'Ind 3', 2000, 1000, '60%', '70%', '35%', '80%'],
      average('80%'),
    ], [...merges, 'A4:H4', 'A6:H6']));
    // Sasaran B had been dropped without a word: its wrong % anggaran (60, computed 50) and capaian (80, computed 50).
    expect(analyseWorkbook(g).findings.map((f) => [f.code, f.cell])).toEqual([['absorption-mismatch', 'F5'], ['capaian-mismatch', 'I5'], ['average-mismatch', 'I6']]);
  });

  it('naming its Sasaran, in the Sasaran column: the table\'s average when it is the only one', () => {
    const g = grid(sheet('II.15', [
      ...header,
      [1, 'Sasaran A', 'Ind 1', 1000, 900, '90%', '80%', '60%', '75%'],
      ['', '', 'Ind 2', '', '', '', '80%', '80%', '100%'],
      ['', 'Rata-rata Capaian Kinerja Sasaran A', '', '', '', '', '', '', '80%'],
    ], merges));
    // It had been a group of its own, its 80 % (computed 87.50) never checked.
    expect(analyseWorkbook(g).findings.map((f) => [f.code, f.cell, (f.data as { computed: number }).computed])).toEqual([['average-mismatch', 'I5', 87.5]]);
  });
});

describe('a II.15 with TW I–IV under Realisasi Kinerja and under Realisasi Anggaran', () => {
  it('the quarters under the budget are its spending, not the indicator\'s quarters twice', () => {
    const g = grid(sheet('II.15', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi Kinerja', 'Realisasi Kinerja', 'Realisasi Kinerja', 'Realisasi Kinerja', 'Realisasi Kinerja', 'Capaian (%)', 'Pagu', 'Realisasi Anggaran', 'Realisasi Anggaran', 'Realisasi Anggaran', 'Realisasi Anggaran', 'Realisasi Anggaran', '%'],
      ['No', 'Indikator Kinerja', 'Target', 'TW I', 'TW II', 'TW III', 'TW IV', 'Jumlah', 'Capaian (%)', 'Pagu', 'TW I', 'TW II', 'TW III', 'TW IV', 'Jumlah', '%'],
      [1, 'Jumlah dokumen', '10 dokumen', 2, 2, 3, 3, 10, '100', 2000, 400, 400, 400, 500, 1700, '85'],
    ], ['D1:H1', 'K1:O1', 'A1:A2', 'B1:B2', 'C1:C2', 'I1:I2', 'J1:J2', 'P1:P2']));
    const a = analyseWorkbook(g);
    // Were four quarter-duplicate errors (D and K, E and L, …).
    expect([a.tables[0].layout.columns.quarters.map((q) => q.col), a.findings]).toEqual([[3, 4, 5, 6], []]);
    // The spending columns are kept from every write.
    expect(buildWritePlan(g, a, 'id').writes.filter((w) => w.col >= 10 && w.col <= 14)).toEqual([]);
  });
});

describe('a recap numbered A over 1, 2 (no Kode, no level words)', () => {
  const recap = (programPagu: number) => grid(sheet('R', [
    ['No', 'Program/Kegiatan', 'Pagu', 'Realisasi', '%'],
    ['A', 'Penunjang Urusan Pemerintahan', programPagu, 900, '90%'],
    [1, 'Administrasi Keuangan', 600, 500, '83,33%'],
    [2, 'Administrasi Umum', 400, 400, '100%'],
    ['', 'Jumlah', 1000, 900, '90%'],
  ]));
  // The lettered row heads the numbered ones: the Jumlah is held against it (it was against all three: 2,000).
  it('right figures: no finding', () => expect(analyseWorkbook(recap(1000)).findings).toEqual([]));
  it('a lettered row that is not its rows\' sum: rollup-mismatch there', () => {
    expect(analyseWorkbook(recap(1100)).findings.map((f) => [f.code, f.cell])).toContainEqual(['rollup-mismatch', 'C2']);
  });
});

describe('codes in columns of their own', () => {
  it('SIPD: Kode merged over Urusan │ Bidang │ Program │ Kegiatan │ Sub Kegiatan is one code, the level names no names', () => {
    const g = grid(sheet('Rekap', [
      ['Kode', 'Kode', 'Kode', 'Kode', 'Kode', 'Uraian', 'Anggaran', 'Realisasi', '%'],
      ['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Uraian', 'Anggaran', 'Realisasi', '%'],
      ['1', '02', '01', '2.01', '', 'Perencanaan', 600, 540, '90%'],
      ['1', '02', '01', '2.01', '0001', 'Penyusunan Renstra', 250, 240, '96%'],
      ['1', '02', '01', '2.01', '0002', 'Penyusunan RKA', 350, 310, '88,57%'],
    ], ['A1:E1', 'F1:F2', 'G1:G2', 'H1:H2', 'I1:I2']));
    const a = analyseWorkbook(g);
    // The Kegiatan's 540 against its Sub Kegiatan's 240 + 310 = 550 (the `Program` column had been the name column,
    // every group named "01", no hierarchy: missed).
    expect([a.tables[0].groups.map((x) => x.name), a.findings.map((f) => [f.code, f.cell])]).toEqual([
      ['Perencanaan', 'Penyusunan Renstra', 'Penyusunan RKA'], [['rollup-mismatch', 'H3']],
    ]);
  });

  it('SAKTI: Kegiatan │ KRO │ RO segments merged down over their rows: one code each row, nested', () => {
    const g = grid(sheet('RO', [
      ['Kode', 'Kode', 'Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
      ['6033', '', '', 'Fasilitasi Pelindungan PMI', 1250, 1210, '96,8'],
      ['', 'QDC', '', 'Fasilitasi dan Pembinaan Masyarakat', 1250, 1210, '96,8'],
      ['', '', '001', 'Fasilitasi Pemulangan PMI Bermasalah', 1250, 1210, '96,8'],
      ['JUMLAH', 'JUMLAH', 'JUMLAH', 'JUMLAH', 1250, 1210, '96,8'],
    ], ['A1:C1', 'A2:A4', 'B3:B4', 'A5:D5']));
    const a = analyseWorkbook(g);
    // The merged-down segments had been left out: codes 6033, QDC, 001, flat, and the JUMLAH held against all three.
    expect([nesting(a), a.findings]).toEqual([
      [['6033', null], ['6033.QDC', '6033'], ['6033.QDC.001', '6033.QDC']], [],
    ]);
  });

  it('SAKTI: leading segments left blank take the rows above\'s; a wrong RO sum is found on its KRO', () => {
    const g = grid(sheet('RO', [
      ['Kode', 'Kode', 'Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
      ['6033', '', '', 'Fasilitasi Pelindungan PMI', 3300, 3150, '95,45'],
      ['', 'QDC', '', 'Fasilitasi dan Pembinaan Masyarakat', 2150, 2050, '95,35'],
      ['', '', '001', 'Fasilitasi Pemulangan PMI Bermasalah', 1250, 1220, '97,6'],
      ['', '', '002', 'Sosialisasi Penempatan PMI Prosedural', 850, 830, '97,65'],
      ['', 'QEA', '', 'Layanan Pengaduan PMI', 1150, 1100, '95,65'],
      ['', '', '001', 'Layanan Penanganan Pengaduan PMI', 1150, 1100, '95,65'],
      ['JUMLAH', 'JUMLAH', 'JUMLAH', 'JUMLAH', 3300, 3150, '95,45'],
    ], ['A1:C1', 'A8:D8']));
    const a = analyseWorkbook(g);
    expect(nesting(a)).toEqual([
      ['6033', null], ['6033.QDC', '6033'], ['6033.QDC.001', '6033.QDC'], ['6033.QDC.002', '6033.QDC'], ['6033.QEA', '6033'], ['6033.QEA.001', '6033.QEA'],
    ]);
    // 1,250 + 850 = 2,100 against QDC's 2,150; 2,150 + 1,150 = 3,300 is the Kegiatan's as stated.
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['rollup-mismatch', 'E3']]);
  });

  it('SIPD: the upper segments merged down, the Kegiatan\'s left blank on its Sub Kegiatan rows', () => {
    const g = grid(sheet('Anggaran', [
      ['Kode', 'Kode', 'Kode', 'Kode', 'Kode', 'Uraian', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', '% Serapan'],
      ['5', '01', '01', '', '', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', 350, 334, '95,43'],
      ['5', '01', '01', '2.01', '', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 350, 334, '95,43'],
      ['5', '01', '01', '', '0001', 'Penyusunan Dokumen Perencanaan', 150, 144, '96'],
      ['5', '01', '01', '', '0006', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja', 200, 190, '95'],
    ], ['A1:E1', 'A2:A5', 'B2:B5', 'C2:C5']));
    const a = analyseWorkbook(g);
    // The Sub Kegiatan had been the Program's children beside their Kegiatan: 700 against 350, a false rollup-mismatch.
    expect([nesting(a).map(([, parent]) => parent), a.findings]).toEqual([[null, '5.01.01', '5.01.01.2.01', '5.01.01.2.01'], []]);
  });

  it('Kode Program │ Kode Kegiatan │ Kode Sub Kegiatan, each row its code in its own column', () => {
    const g = grid(sheet('Rekap', [
      ['Kode Program', 'Kode Kegiatan', 'Kode Sub Kegiatan', 'Uraian', 'Anggaran', 'Realisasi', '%'],
      ['1.02.01', '', '', 'PROGRAM PENUNJANG', 600, 540, '90%'],
      ['', '1.02.01.2.01', '', 'Perencanaan', 600, 540, '90%'],
      ['', '', '1.02.01.2.01.0001', 'Penyusunan Renstra', 250, 240, '96%'],
      ['', '', '1.02.01.2.01.0002', 'Penyusunan RKA', 350, 310, '88,57%'],
    ]));
    const a = analyseWorkbook(g);
    expect(nesting(a)).toEqual([
      ['1.02.01', null], ['1.02.01.2.01', '1.02.01'], ['1.02.01.2.01.0001', '1.02.01.2.01'], ['1.02.01.2.01.0002', '1.02.01.2.01'],
    ]);
    // The Kegiatan's 540 against 240 + 310 = 550; the Program's 540 is its Kegiatan's as stated.
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['rollup-mismatch', 'F3']]);
  });
});

describe('central-government level words: Program › Kegiatan › KRO › RO', () => {
  const recap = (roPagu: number) => grid(sheet('A', [
    ['No', 'Uraian', 'Pagu', 'Realisasi', '%'],
    [1, 'Program Pelindungan Pekerja Migran Indonesia', 2100, 2040, '97,14'],
    [2, 'Kegiatan Fasilitasi Pelindungan PMI', 2100, 2040, '97,14'],
    [3, 'KRO Layanan Pelindungan', 2100, 2040, '97,14'],
    [4, 'RO Fasilitasi Pemulangan PMI Bermasalah', roPagu, 1220, '97,60'],
    [5, 'RO Sosialisasi Penempatan PMI Prosedural', 850, 820, '96,47'],
    ['', 'JUMLAH', 2100, 2040, '97,14'],
  ]));
  it('nest: the JUMLAH is the Program\'s, no finding', () => {
    // Flat, the JUMLAH had been held against every row: 8,400 (a false total-mismatch per rupiah column).
    expect(analyseWorkbook(recap(1250)).findings).toEqual([]);
  });
  it('an RO that breaks its KRO\'s sum: rollup-mismatch on the KRO', () => {
    expect(analyseWorkbook(recap(1300)).findings.map((f) => [f.code, f.cell])).toEqual([['rollup-mismatch', 'C4'], ['absorption-mismatch', 'E5']]);
  });
});

describe('budget labels of central-government recaps', () => {
  // Pagu 3,250,000,000, spent 3,118,512,300: 95.95 % (the initial pagu 3,000,000,000 would make it 103.95 % and over).
  it.each([
    [['Pagu Awal', 'Pagu Setelah Revisi', 'Realisasi', '% Serapan'], [3000000000, 3250000000, 3118512300, 95.95]],
    [['Pagu Sebelum Revisi', 'Pagu Sesudah Revisi', 'Realisasi', '%'], [3000000000, 3250000000, 3118512300, 95.95]],
    [['Pagu DIPA Revisi', 'Jumlah Realisasi', '%'], [3250000000, 3118512300, 95.95]],
    [['Pagu', 'Total Realisasi', 'Realisasi (%)'], [3250000000, 3118512300, '95,95']],
    // A Pemda's: APBD, DPA, DPPA (the revised DPA).
    [['Anggaran (APBD)', 'Realisasi', '%'], [3250000000, 3118512300, 95.95]],
    [['DPA (Rp)', 'Realisasi (Rp)', '%'], [3250000000, 3118512300, 95.95]],
    [['APBD Murni', 'APBD Perubahan', 'Realisasi', '%'], [3000000000, 3250000000, 3118512300, 95.95]],
    [['Anggaran (Rp)', 'DPPA (Rp)', 'Realisasi (Rp)', '%'], [3000000000, 3250000000, 3118512300, 95.95]],
  ] as [string[], (string | number)[]][])('%j: the revised pagu and the realisation, no finding', (labels, values) => {
    const a = analyseWorkbook(grid(sheet('Pagu', [['No', 'Program', ...labels], [1, 'Program Pelindungan Pekerja Migran Indonesia', ...values]])));
    expect(a.tables.map((t) => t.groups.map((g) => [g.paguValue, g.spentValue]))).toEqual([[[3250000000, 3118512300]]]);
    expect(a.findings).toEqual([]);
  });
  it('Total Realisasi │ Realisasi (%) │ Sisa │ % Sisa: the % is the absorption, not the spent', () => {
    const g = grid(sheet('A', [
      ['No', 'Uraian', 'Pagu', 'Total Realisasi', 'Realisasi (%)', 'Sisa', '% Sisa'],
      [1, 'Belanja Pegawai', 3200000000, 3104070000, '97,00', 95930000, '3,00'],
    ]));
    const a = analyseWorkbook(g);
    // Read as the spent, 97 rupiah had made four false remaining-mismatch and 100 % written as % Sisa.
    expect(a.findings).toEqual([]);
    expect(buildWritePlan(g, a, 'id').writes.map((w) => [w.address, w.value])).toEqual([['E2', 0.97], ['G2', 0.03]]);
  });
});

describe('a DIPA/SAKTI recap: Program, Kegiatan, KRO, RO, Komponen and Akun codes', () => {
  const recap = (akunPagu: number) => grid(sheet('Realisasi', [
    ['No', 'Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
    [1, '063.01.WA', 'Program Dukungan Manajemen', 10000, 9000, '90%'],
    ['', 6033, 'Pelayanan Pelindungan Pekerja Migran', 10000, 9000, '90%'],
    ['', '6033.EBA', 'Layanan Dukungan Manajemen Internal', 10000, 9000, '90%'],
    ['', '6033.EBA.994', 'Layanan Perkantoran', 10000, 9000, '90%'],
    ['', 51, 'Operasional dan Pemeliharaan Kantor', 10000, 9000, '90%'],
    ['', 521211, 'Belanja Bahan', akunPagu, 3600, '90%'],
    ['', 522151, 'Belanja Jasa Profesi', 6000, 5400, '90%'],
    [2, '063.04.DH', 'Program Penempatan dan Pelindungan PMI', 5000, 4000, '80%'],
    ['', 6034, 'Pelindungan PMI', 5000, 4000, '80%'],
    ['', 524111, 'Belanja Perjalanan Dinas Biasa', 5000, 4000, '80%'],
    ['', 'Jumlah', '', 15000, 13000, '86,67%'],
  ]));
  it('nests each code under the nearest coarser one above: the Jumlah is the Programs\' sum, no finding', () => {
    const a = analyseWorkbook(recap(4000));
    expect(nesting(a)).toEqual([
      ['063.01.WA', null], ['6033', '063.01.WA'], ['6033.EBA', '6033'], ['6033.EBA.994', '6033.EBA'], ['51', '6033.EBA.994'],
      ['521211', '51'], ['522151', '51'], ['063.04.DH', null], ['6034', '063.04.DH'], ['524111', '6034'],
    ]);
    // Flat, every row had counted in the Jumlah: three false total-mismatch (45,000 against 15,000).
    expect(a.findings).toEqual([]);
  });
  it('an Akun that breaks its Komponen\'s sum: rollup-mismatch on the Komponen', () => {
    const a = analyseWorkbook(recap(3000));
    // 3,000 + 6,000 against 10,000; the Akun's 3,600 spent is over its 3,000 and 120 %, not the 90 % stated.
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['rollup-mismatch', 'D6'], ['spent-over-pagu', 'E7'], ['absorption-mismatch', 'F7']]);
  });
});

describe('a recap with Program │ Kegiatan │ Sub Kegiatan name columns (no Kode)', () => {
  const recap = (kegiatanPagu: number) => grid(sheet('Rekap', [
    ['Program', 'Kegiatan', 'Sub Kegiatan', 'Pagu', 'Realisasi', '%'],
    ['Program Penunjang', '', '', 1000, 900, '90%'],
    ['', 'Perencanaan', '', kegiatanPagu, 900, '90%'],
    ['', '', 'Penyusunan Renstra', 400, 380, '95%'],
    ['', '', 'Penyusunan RKA', 600, 520, '86,67%'],
  ]));
  it('each row is named from the column it fills, and nests by that column', () => {
    const a = analyseWorkbook(recap(1000));
    // Two groups had been named "" and the rows flat.
    expect(a.tables[0].groups.map((g) => [g.name, g.parent?.name ?? null])).toEqual([
      ['Program Penunjang', null], ['Perencanaan', 'Program Penunjang'], ['Penyusunan Renstra', 'Perencanaan'], ['Penyusunan RKA', 'Perencanaan'],
    ]);
    expect(a.findings).toEqual([]);
  });
  it('a Kegiatan that is not its Sub Kegiatan\'s sum: rollup-mismatch there (and the Program\'s against it)', () => {
    // 1,100 against 400 + 600; the Program's 1,000 against it; its stated 90 % is now 900 / 1,100 = 81.82 %.
    expect(analyseWorkbook(recap(1100)).findings.map((f) => [f.code, f.cell])).toEqual([['rollup-mismatch', 'D2'], ['rollup-mismatch', 'D3'], ['absorption-mismatch', 'F3']]);
  });
});

describe('a II.15 with Program │ Kegiatan columns', () => {
  it('groups by the finest level, the Kegiatan: one without pagu is found', () => {
    const g = grid(sheet('II.15', [
      ['No', 'Program', 'Kegiatan', 'Indikator Kinerja', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Kinerja', 'Kinerja', 'Kinerja'],
      ['No', 'Program', 'Kegiatan', 'Indikator Kinerja', 'Pagu', 'Realisasi', '%', 'Target', 'Realisasi', '%'],
      [1, 'Program Penunjang Urusan', 'Administrasi Keuangan', 'Persentase laporan tepat waktu', 600, 500, '83,33%', '100%', '100%', '100%'],
      [1, 'Program Penunjang Urusan', 'Administrasi Umum', 'Persentase layanan umum', '', 300, '', '90%', '90%', '100%'],
    ], ['E1:G1', 'H1:J1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'A3:A4', 'B3:B4']));
    const a = analyseWorkbook(g);
    // Grouped by the Program, the second Kegiatan's spending without pagu had been merged into the first's, unflagged.
    expect([a.tables[0].groups.map((x) => x.name), a.findings.map((f) => [f.code, f.cell])]).toEqual([['Administrasi Keuangan', 'Administrasi Umum'], [['pagu-missing', 'E4']]]);
  });
});

describe('review of the day: no false findings on these right tables', () => {
  it('a recap lettered A … K: the I is a letter after H, not a Roman numeral over J and K', () => {
    const letters = 'ABCDEFGHIJK'.split('');
    const g = grid(sheet('R', [
      ['No', 'Uraian', 'Pagu', 'Realisasi', '%'],
      ...letters.map((l) => [l, `Belanja ${l}`, 100, 90, '90%']),
      ['', 'Jumlah', 1100, 990, '90%'],
    ]));
    expect(analyseWorkbook(g).findings).toEqual([]);
  });

  it('a Tabel II.1 average merged over the whole table is no group\'s own', () => {
    const g = grid(sheet('S', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Rata-rata Capaian (%)'],
      [1, 'A', '80%', '84%', '105%', '107,5%'],
      [2, 'B', '50%', '55%', '110%', ''],
    ], ['F2:F3']));
    expect(analyseWorkbook(g).findings).toEqual([]);
  });

  it('a II.15 whose Sasaran heading carries no pagu and whose indicator row does: one group', () => {
    const g = grid(sheet('II.15', [
      ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Pagu', 'Realisasi Anggaran', '%', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Meningkatnya layanan', '', '', '', '', '', '', ''],
      ['', '', 'Persentase A', 1000000, 900000, '90%', '80%', '88%', '110%'],
      ['', '', 'Persentase B', '', '', '', '60%', '60%', '100%'],
    ]));
    const a = analyseWorkbook(g);
    expect([a.tables[0].groups.map((x) => [x.name, x.indicators.length]), a.findings]).toEqual([[['Meningkatnya layanan', 2]], []]);
  });

  it('a II.15 whose only quarters are the spending\'s (under Realisasi Anggaran): no indicator quarters', () => {
    const g = grid(sheet('II.15', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Pagu', 'Realisasi Anggaran', 'Realisasi Anggaran', 'Realisasi Anggaran', 'Realisasi Anggaran', 'Realisasi Anggaran', '%'],
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Pagu', 'TW I', 'TW II', 'TW III', 'TW IV', 'Jumlah', '%'],
      [1, 'Persentase A', '80%', '84%', '105', 1000, 200, 200, 250, 250, 900, '90'],
    ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:K1', 'L1:L2']));
    const a = analyseWorkbook(g);
    expect([a.tables[0].layout.columns.quarters, a.findings]).toEqual([[], []]);
  });
});

describe('Tabel II.1 Rata-rata rows under Sasaran headings', () => {
  const rows = (headings: [string | null, string][], firstAverage: number) => [
    ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
    [headings[0][0], headings[0][1], null, null, null],
    [1, 'Indeks kepuasan masyarakat', 80, 88, 110],
    [2, 'Persentase dokumen tepat waktu', '90%', '81%', 90],
    [null, 'Rata-rata', null, null, firstAverage],
    [headings[1][0], headings[1][1], null, null, null],
    [1, 'Nilai SAKIP', 70, 77, 110],
    [2, 'Persentase temuan ditindaklanjuti', '100%', '90%', 90],
    [null, 'Rata-rata', null, null, 100],
  ];
  it.each([
    ['numbered I, II', [['I', 'Sasaran 1: Meningkatnya kualitas layanan'], ['II', 'Sasaran 2: Meningkatnya akuntabilitas']]],
    ['unnumbered', [[null, 'Sasaran 1: Meningkatnya kualitas layanan'], [null, 'Sasaran 2: Meningkatnya akuntabilitas']]],
  ] as [string, [string | null, string][]][])('no Sasaran column, headings %s: each heading groups the rows under it', (_, headings) => {
    const a = analyseWorkbook(grid(sheet('II.1', rows(headings, 100), ['B2:E2', 'B6:E6'])));
    // Each numbered row had been a group of its own, so no Rata-rata row was any group's: none was checked.
    expect(a.tables[0].groups.map((g) => [g.name, g.indicators.map((i) => i.row + 1)])).toEqual([
      ['Sasaran 1: Meningkatnya kualitas layanan', [3, 4]], ['Sasaran 2: Meningkatnya akuntabilitas', [7, 8]],
    ]);
    expect(a.findings).toEqual([]);
    const wrong = analyseWorkbook(grid(sheet('II.1', rows(headings, 95), ['B2:E2', 'B6:E6'])));
    expect(wrong.findings.map((f) => [f.code, f.cell, (f.data as { group: string }).group])).toEqual([['average-mismatch', 'E5', 'Sasaran 1: Meningkatnya kualitas layanan']]);
  });
  it('a Sasaran column and the first heading numbered I right under the header: the heading is body, not header', () => {
    const g = grid(sheet('II.1', [
      ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      ['I', 'Meningkatnya kualitas layanan', null, null, null, null],
      [1, null, 'Indeks kepuasan masyarakat', 80, 88, 110],
      [2, null, 'Persentase dokumen tepat waktu', '90%', '81%', 90],
      [null, 'Rata-rata', null, null, null, 95],
      ['II', 'Meningkatnya akuntabilitas', null, null, null, null],
      [1, null, 'Nilai SAKIP', 70, 77, 110],
      [2, null, 'Persentase temuan ditindaklanjuti', '100%', '90%', 90],
      [null, 'Rata-rata', null, null, null, 100],
    ]));
    const a = analyseWorkbook(g);
    // `I` had read as a quarter name and its row as a second header row: the first group was nameless and its wrong
    // Rata-rata reported as the table's.
    expect(a.findings.map((f) => [f.code, f.cell, (f.data as { group: string }).group])).toEqual([['average-mismatch', 'F5', 'Meningkatnya kualitas layanan']]);
  });
});

describe('Tabel II.1 with a Rata-rata row per Sasaran and the table\'s below them', () => {
  const g = grid(sheet('IKU', [
    ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Meningkatnya pelindungan PMI', 'Persentase PMI yang ditempatkan sesuai prosedur', '%', '95', '96', '101,05'],
    [2, 'Meningkatnya pelindungan PMI', 'Jumlah PMI yang difasilitasi pemulangannya', 'orang', '1.200', '1.235', '102,92'],
    ['Rata-rata Capaian Sasaran 1', '', '', '', '', '', '105,00'],
    [3, 'Meningkatnya kualitas layanan', 'Indeks Kepuasan Masyarakat', 'indeks', '85', '88,2', '103,76'],
    [4, 'Meningkatnya kualitas layanan', 'Persentase pengaduan yang diselesaikan', '%', '90', '93', '103,33'],
    ['Rata-rata Capaian Sasaran 2', '', '', '', '', '', '110,00'],
    ['Rata-rata Capaian Kinerja', '', '', '', '', '', '90,00'],
  ]));
  const a = analyseWorkbook(g);
  it('checks each Sasaran\'s and the table\'s average', () => {
    // (101.05 + 102.92) / 2 = 101.99 (rounded 101.985); (103.76 + 103.33) / 2 = 103.55 (103.545); the four: 102.77.
    // The table's own row, under the last group's, had been outside the table: unchecked.
    expect(a.findings.map((f) => [f.code, f.cell, (f.data as { computed: number }).computed])).toEqual([
      ['average-mismatch', 'G4', 101.99], ['average-mismatch', 'G7', 103.55], ['average-mismatch', 'G8', 102.77],
    ]);
  });
  it('a recalculation writes all three: a second one reports none (they had been reported again)', () => {
    const writes = buildWritePlan(g, a, 'id').writes.filter((w) => w.kind === 'average' || w.row === 7);
    expect(writes.map((w) => [w.address, w.value])).toEqual([['G4', 1.0199], ['G7', 1.0355], ['G8', 1.0277]]);
  });
});

describe('a II.15 whose pagu is repeated on each indicator row of its Sasaran', () => {
  const g = grid(sheet('Tabel II.15', [
    ['No', 'Sasaran Kegiatan', 'Indikator Kinerja Kegiatan', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Kinerja', 'Kinerja', 'Kinerja'],
    ['No', 'Sasaran Kegiatan', 'Indikator Kinerja Kegiatan', 'Pagu', 'Realisasi', '%', 'Target', 'Realisasi', '%'],
    [1, 'Meningkatnya pelindungan PMI', 'Jumlah PMI yang difasilitasi pemulangannya', '4.250.000.000', '4.118.512.300', '96,91', '1.200 orang', '1.235 orang', '102,92'],
    [1, 'Meningkatnya pelindungan PMI', 'Persentase pengaduan yang diselesaikan', '4.250.000.000', '4.118.512.300', '96,91', '90%', '91%', '101,11'],
    [2, 'Meningkatnya tata kelola', 'Nilai SAKIP', '9.870.250.000', '9.612.004.150', '97,38', '75', '76,5', '102,00'],
    ['JUMLAH', '', '', '14.120.250.000', '13.730.516.450', '97,24'],
  ], ['D1:F1', 'G1:I1', 'A1:A2', 'B1:B2', 'C1:C2']));
  it('is the group\'s budget once: the JUMLAH adds up, no finding', () => {
    const a = analyseWorkbook(g);
    // Each repeat had been a group of its own: the JUMLAH held against 18,370,250,000, and 97.16 % written over 97.24.
    expect([a.tables[0].groups.map((x) => [x.name, x.rows.map((r) => r + 1)]), a.findings]).toEqual([
      [['Meningkatnya pelindungan PMI', [3, 4]], ['Meningkatnya tata kelola', [5]]], [],
    ]);
  });
});

describe('a II.15 whose JUMLAH row states the capaian', () => {
  const g = grid(sheet('II.15', [
    ['No', 'Sasaran', 'Indikator Kinerja', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Kinerja', 'Kinerja', 'Kinerja'],
    ['No', 'Sasaran', 'Indikator Kinerja', 'Pagu', 'Realisasi', '%', 'Target', 'Realisasi', '%'],
    [1, 'Meningkatnya akses pendidikan dasar', 'Angka Partisipasi Kasar SD', 12500000000, 11937500000, 95.5, 105, 106.2, 101.14],
    [2, 'Meningkatnya mutu pendidikan', 'Persentase guru bersertifikat pendidik', 3200000000, 2880000000, 90, 75, 72.4, 96.53],
    ['', 'JUMLAH', '', 15700000000, 14817500000, 94.38, '', '', 99.06],
  ], ['D1:F1', 'G1:I1', 'A1:A2', 'B1:B2', 'C1:C2']));
  it('a wrong one is found and written (it had been found again after every recalculation)', () => {
    const a = analyseWorkbook(g);
    // (101.14 + 96.53) / 2 = 98.835 → 98.84, not 99.06.
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['average-mismatch', 'I5']]);
    expect(buildWritePlan(g, a, 'id').writes.filter((w) => w.address === 'I5').map((w) => w.value)).toEqual([0.9884]);
  });
});

describe('summary rows named `Jumlah / Rata-rata`, `Jumlah (Rp)`', () => {
  it.each(['Jumlah / Rata-rata', 'Jumlah Rata-rata', 'Jumlah (Rp)'])('%s: the table\'s sums, a wrong one found', (label) => {
    const g = grid(sheet('R', [
      ['No', 'Uraian', 'Pagu', 'Realisasi', '%'],
      [1, 'Belanja Pegawai', 3200, 3100, '96,88'], [2, 'Belanja Barang', 2950, 2800, '94,92'],
      ['', label, 6150, 6000, '97,56'],
    ]));
    // 3,100 + 2,800 = 5,900, not 6,000 (read as a data row, it had been a Kegiatan spending 6,000: no total checked).
    expect(analyseWorkbook(g).findings.map((f) => [f.code, f.cell])).toEqual([['total-mismatch', 'D4'], ['absorption-mismatch', 'E4']]);
  });
});

describe('a recap whose codes open the names (no Kode column, as SIPD prints them)', () => {
  const recap = (kegiatanSpent: number) => grid(sheet('Angg', [
    ['No', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
    ['1', '1.02.02 Program Pemenuhan Upaya Kesehatan', 3000, kegiatanSpent, '95'],
    ['', '1.02.02.2.01 Penyediaan Fasilitas Pelayanan Kesehatan', 3000, kegiatanSpent, '95'],
    ['', '1.02.02.2.01.0001 Pembangunan Puskesmas', 2000, 1900, '95'],
    ['', '1.02.02.2.01.0014 Pengadaan Alat Kesehatan', 1000, 950, '95'],
    ['', 'JUMLAH', 3000, kegiatanSpent, '95'],
  ]));
  it('nest by those codes: the JUMLAH is the Program\'s, no finding', () => {
    const a = analyseWorkbook(recap(2850));
    expect(nesting(a)).toEqual([['1.02.02', null], ['1.02.02.2.01', '1.02.02'], ['1.02.02.2.01.0001', '1.02.02.2.01'], ['1.02.02.2.01.0014', '1.02.02.2.01']]);
    // Flat, the JUMLAH had been held against all four rows (9,000): a false total-mismatch per rupiah column.
    expect(a.findings).toEqual([]);
  });
});
