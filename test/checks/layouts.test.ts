// SPEC §10: the codes of real layouts — column-ambiguous, polarity-inferred, rollup-mismatch, remaining-mismatch —
// and the layouts' effect on existing codes (year groups, printed precision, months, summary rows with a typo).
import { runCheckTests } from '../helpers/check-tester';
import { grid, sheet, TestCell } from '../helpers/grid';
import { analyseWorkbook } from '../../src/core/workbook';
import { buildWritePlan } from '../../src/core/plan';
import { fileReport } from '../../src/core/report';

/** The first table's indicators, every finding (code and cell) and every write a recalculation makes. */
const tableOutcome = (g: ReturnType<typeof grid>) => {
  const a = analyseWorkbook(g);
  return {
    indicators: a.tables[0].indicators.map((i) => i.name),
    findings: a.findings.map((f) => [f.code, f.cell]),
    writes: buildWritePlan(g, a, 'id').writes.map((w) => w.address),
  };
};
const simple = (headers: string[], rows: (string | number)[][], name = 'S') => sheet(name, [headers, ...rows]);
const sipd = (rows: (string | number)[][]) => simple(['Kode', 'Uraian', 'Anggaran', 'Realisasi', '%', 'Sisa', '% Sisa'], rows);

runCheckTests('column-ambiguous', {
  valid: [
    { name: 'one Target', grid: grid(simple(['Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian'], [['A', '%', '80%', '40%', '50%']])) },
    { name: 'a medium-term target beside the year\'s', grid: grid(simple(['Indikator Kinerja', 'Target Renstra 2029', 'Target', 'Realisasi'], [['A', '90%', '80%', '40%']])) },
    { name: 'targets of two years', grid: grid(sheet('S', [
      ['Indikator Kinerja', 'Tahun 2024', 'Tahun 2024', 'Tahun 2025', 'Tahun 2025'],
      ['Indikator Kinerja', 'Target', 'Realisasi', 'Target', 'Realisasi'],
      ['A', '80%', '40%', '90%', '45%'],
    ], ['A1:A2', 'B1:C1', 'D1:E1'])) },
  ],
  invalid: [
    {
      name: 'Target beside Target Kinerja (%)',
      grid: grid(simple(['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Target Kinerja (%)'], [[1, 'A', '80%', '40%', '50']])),
      findings: [{ cell: 'A1', severity: 'warning', data: { role: 'target', candidates: ['C1', 'E1'] } }],
    },
    {
      name: 'two realisations of the year',
      grid: grid(simple(['Indikator Kinerja', 'Target', 'Realisasi Tahunan', 'Realisasi Kinerja'], [['A', '10 orang', '9 orang', '8 orang']])),
      findings: [{ cell: 'A1', data: { role: 'annual' } }],
    },
  ],
});

describe('an initial and a revised target (Target Awal │ Target Perubahan)', () => {
  it.each([['Target Awal', 'Target Perubahan'], ['Target Murni', 'Target Revisi'], ['Target Perubahan', 'Target Awal']])('%s beside %s: the revised one is the target, the initial one never written', (a, b) => {
    const revised = /Perubahan|Revisi/.test(a) ? 2 : 3;
    // The revised target 85 %, the initial 80 %, in whichever order the columns stand.
    const g = grid(simple(['No', 'Indikator Kinerja', a, b, 'Realisasi', 'Capaian (%)'], [[1, 'Persentase A', revised === 2 ? '85%' : '80%', revised === 2 ? '80%' : '85%', '84%', '']]));
    const an = analyseWorkbook(g);
    // 84 / 85 = 98.82 (against the initial 80 it would be 105).
    expect([an.tables[0].layout.columns.single.target, an.tables[0].indicators[0].capaian, an.findings.map((f) => f.code)]).toEqual([revised, 98.82, []]);
    expect(buildWritePlan(g, an, 'id').writes.map((w) => w.address)).toEqual(['F2']);
  });

  it('two targets that say nothing of which is revised stay ambiguous', () => {
    const an = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Target RKT', 'Target IKU', 'Realisasi'], [['A', '80%', '85%', '84%']])));
    expect(an.findings.map((f) => f.code)).toEqual(['column-ambiguous']);
  });
});

runCheckTests('polarity-inferred', {
  valid: [
    { name: 'about the fall: persentase penurunan angka kematian bayi', grid: grid(simple(['Indikator Kinerja', 'Target', 'Realisasi'], [['Persentase penurunan angka kematian bayi', '10%', '8%']])) },
    { name: 'a Polaritas column wins', grid: grid(simple(['Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi'], [['Angka kematian ibu', 'Positif', '6', '5']])) },
    { name: 'the setting turns it off', grid: grid(simple(['Indikator Kinerja', 'Target', 'Realisasi'], [['Prevalensi stunting', '18%', '17%']])), settings: { inferPolarity: false } },
    // About the handling, its coverage or its result: higher is better (a right 112.50 % had 87.50 % written over it).
    ...[
      'Cakupan penanganan gizi buruk', 'Persentase balita gizi buruk yang mendapat perawatan', 'Persentase desa bebas stunting',
      'Persentase tunggakan pajak yang tertagih', 'Persentase penyelesaian tunggakan PBB', 'Indeks pengendalian inflasi daerah',
      'Persentase balita stunting yang mendapat intervensi gizi', 'Cakupan pelayanan kesehatan penderita gizi buruk',
    ].map((name) => ({ name: `about the handling: ${name}`, grid: grid(simple(['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'], [[name, '80%', '90%', '112,50%']])) })),
  ],
  invalid: [{
    name: 'angka kematian ibu and prevalensi stunting',
    grid: grid(simple(['Indikator Kinerja', 'Target', 'Realisasi'], [['Angka Kematian Ibu', '6 kasus', '5 kasus'], ['Prevalensi Stunting', '18,5%', '17,2%']])),
    findings: [{ cell: 'A2', severity: 'info', data: { phrase: 'angka kematian' } }, { cell: 'A3', data: { phrase: 'prevalensi' } }],
  }, {
    name: 'near-synonyms as Pemda LKjIP write them',
    grid: grid(simple(['Indikator Kinerja', 'Target', 'Realisasi'], [
      ['Tingkat Kemiskinan', '8,5%', '8,2%'], ['Jumlah Penduduk Miskin', '25.000 jiwa', '24.000 jiwa'], ['Angka kriminalitas', '50', '40'],
      ['Angka kecelakaan lalu lintas', '100', '90'], ['Jumlah kematian ibu', '6 kasus', '5 kasus'], ['Indeks Williamson', '0,42', '0,40'],
      ['Persentase desa rawan pangan', '10%', '8%'], ['Rata-rata waktu tanggap kebakaran', '15', '12'],
    ])),
    // (Each had been higher-is-better: a right (2T − R)/T flagged, and R/T written over it.)
    findings: [
      { cell: 'A2', data: { phrase: 'tingkat kemiskinan' } }, { cell: 'A3', data: { phrase: 'jumlah penduduk miskin' } },
      { cell: 'A4', data: { phrase: 'angka kriminalitas' } }, { cell: 'A5', data: { phrase: 'angka kecelakaan' } },
      { cell: 'A6', data: { phrase: 'jumlah kematian' } }, { cell: 'A7', data: { phrase: 'indeks williamson' } },
      { cell: 'A8', data: { phrase: 'rawan pangan' } }, { cell: 'A9', data: { phrase: 'waktu tanggap' } },
    ],
  }, {
    name: 'a duration of a handling stays lower-is-better: lama waktu pelayanan, lama waktu penanganan',
    grid: grid(simple(['Indikator Kinerja', 'Target', 'Realisasi'], [['Rata-rata lama waktu pelayanan perizinan', '5 hari', '4 hari'], ['Lama waktu penanganan pengaduan', '5 hari', '4 hari']])),
    findings: [{ cell: 'A2', severity: 'info', data: { phrase: 'lama waktu' } }, { cell: 'A3', data: { phrase: 'lama waktu' } }],
  }, {
    name: 'a duration stays lower-is-better: waktu penyelesaian (penyelesaian alone is the handling)',
    grid: grid(simple(['Indikator Kinerja', 'Target', 'Realisasi'], [['Rata-rata waktu penyelesaian perizinan', '5 hari', '4 hari']])),
    findings: [{ cell: 'A2', severity: 'info', data: { phrase: 'waktu penyelesaian' } }],
  }, {
    name: 'a target stated as an upper bound (Maks. 5 hari, < 5%): on the target cell',
    grid: grid(simple(['Indikator Kinerja', 'Target', 'Realisasi'], [['Waktu layanan pengaduan', 'Maks. 5 hari', '4 hari'], ['Persentase keluhan', '< 5%', '4%']])),
    findings: [{ cell: 'B2', severity: 'info', data: { phrase: 'Maks.', from: 'target' } }, { cell: 'B3', data: { phrase: '<', from: 'target' } }],
  }, {
    name: 'an upper bound in the Perjanjian Kinerja only: on Tabel II.1\'s target cell',
    grid: grid(
      sheet('Tabel I.1', [['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'], [1, 'Meningkatnya layanan', 'Persentase temuan', '≤ 5%']]),
      simple(['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi'], [[1, 'Meningkatnya layanan', 'Persentase temuan', '5%', '4%']], 'Tabel II.1'),
    ),
    findings: [{ sheet: 'Tabel II.1', cell: 'D2', severity: 'info', data: { phrase: '≤', from: 'agreement' } }],
  }],
});

describe('a Polaritas column as offices write it', () => {
  // Target 40, realisation 35: lower is better → (2 × 40 − 35) / 40 = 112.5; higher is better → 35 / 40 = 87.5.
  it.each([
    ['Negatif', 112.5], ['Negatif (-)', 112.5], ['(-)', 112.5], ['-', 112.5], ['Minimal', 112.5], ['Menurun', 112.5],
    ['Semakin kecil semakin baik', 112.5], ['NEGATIF', 112.5],
    ['Positif', 87.5], ['Positif (+)', 87.5], ['(+)', 87.5], ['Maksimal', 87.5],
  ])('%s → capaian %s', (polarity, capaian) => {
    const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi'], [['Jumlah kasus PMI non-prosedural', polarity, '40', '35']])));
    expect(a.tables[0].indicators.map((i) => i.capaian)).toEqual([capaian]);
  });
});

describe('targets stated as bounds (≥ 80%, Maks. 5 hari)', () => {
  const g = grid(simple(['Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian (%)'], [
    // At least 80 %: 85 / 80 = 106.25.
    ['Persentase PMI terlindungi', '', '≥ 80%', '85%', ''],
    // At most 5 days, 4 taken: lower is better, (2 × 5 − 4) / 5 = 120.
    ['Waktu layanan pengaduan', '', 'Maks. 5 hari', '4 hari', ''],
    // The Polaritas column wins over the bound: positive, 4 / 5 = 80.
    ['Waktu tunggu', 'Positif', '≤ 5 hari', '4 hari', ''],
    // An at-least bound on a name that reads negative: the target says higher is better, 12 / 10 = 120.
    ['Prevalensi layanan daring', '', 'Min. 10%', '12%', ''],
  ]));
  const a = analyseWorkbook(g);

  it('computes each capaian from the bound\'s number, its direction the polarity', () => {
    expect(a.tables[0].indicators.map((i) => [i.polarity, i.capaian])).toEqual([['positive', 106.25], ['negative', 120], ['positive', 80], ['positive', 120]]);
  });

  it('a Perjanjian Kinerja target stated as an upper bound makes the same indicator lower-is-better in Tabel II.1', () => {
    const pk = sheet('Tabel I.1', [
      ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'],
      [1, 'Meningkatnya layanan', 'Persentase temuan', '≤ 5%'],
      [2, 'Meningkatnya layanan', 'Waktu layanan', 'Maks. 5 hari'],
      [3, 'Meningkatnya layanan', 'Persentase A', '≥ 80%'],
    ]);
    const lkj = (polaritas: string) => sheet('Tabel II.1', [
      ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian (%)'],
      // (2 × 5 − 4) / 5 = 120 both, as the office stated; 84 / 80 = 105.
      [1, 'Meningkatnya layanan', 'Persentase temuan', polaritas, '5%', '4%', '120'],
      [2, 'Meningkatnya layanan', 'Waktu layanan', '', '5 hari', '4 hari', '120'],
      [3, 'Meningkatnya layanan', 'Persentase A', '', '80%', '84%', '105'],
    ]);
    const g = grid(pk, lkj(''));
    const a = analyseWorkbook(g);
    expect(a.tables[1].indicators.map((i) => [i.polarity, i.capaian])).toEqual([['negative', 120], ['negative', 120], ['positive', 105]]);
    // (The agreement table itself stays unchecked: no finding there.)
    expect(a.findings.map((f) => [f.code, f.sheet, f.cell, (f.data as { from?: string }).from])).toEqual([
      ['polarity-inferred', 'Tabel II.1', 'E2', 'agreement'], ['polarity-inferred', 'Tabel II.1', 'E3', 'agreement'],
    ]);
    // A Polaritas cell of the row still decides: Positif → 4 / 5 = 80, against the stated 120.
    const b = analyseWorkbook(grid(pk, lkj('Positif')));
    expect(b.tables[1].indicators.map((i) => [i.polarity, i.capaian])).toEqual([['positive', 80], ['negative', 120], ['positive', 105]]);
  });

  it('writes them, and says the one read as lower-is-better', () => {
    expect(buildWritePlan(g, a, 'id').writes.map((w) => [w.address, w.value])).toEqual([['E2', 1.0625], ['E3', 1.2], ['E4', 0.8], ['E5', 1.2]]);
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['polarity-inferred', 'C3']]);
  });
});

runCheckTests('rollup-mismatch', {
  valid: [{ name: 'a parent equal to its children', grid: grid(sipd([
    ['1.02', 'Program', 300, 270, '90', 30, '10'],
    ['1.02.01', 'Kegiatan A', 100, 90, '90', 10, '10'],
    ['1.02.02', 'Kegiatan B', 200, 180, '90', 20, '10'],
  ])) }],
  invalid: [
    {
      name: 'a parent whose spent is below its children\'s',
      grid: grid(sipd([
        ['1.02', 'Program', 300, 260, '86,67', 40, '13,33'],
        ['1.02.01', 'Kegiatan A', 100, 90, '90', 10, '10'],
        ['1.02.02', 'Kegiatan B', 200, 180, '90', 20, '10'],
      ])),
      findings: [{ cell: 'D2', severity: 'error', data: { expected: 270, actual: 260, rows: [3, 4] } }, { cell: 'F2', data: { expected: 30, actual: 40 } }],
    },
    {
      name: 'level words without codes: a grandchild is not a direct child',
      grid: grid(simple(['No', 'Uraian', 'Pagu', 'Realisasi'], [
        [1, 'Program Pelayanan', 500, 400],
        [2, 'Kegiatan Satu', 300, 250],
        [3, 'Sub Kegiatan Satu A', 300, 250],
        [4, 'Kegiatan Dua', 100, 100],
      ])),
      findings: [{ cell: 'C2', data: { expected: 400, actual: 500 } }, { cell: 'D2', data: { expected: 350, actual: 400 } }],
    },
  ],
});

runCheckTests('remaining-mismatch', {
  valid: [{ name: 'Sisa = pagu − spent and % Sisa = 100 − %', grid: grid(sipd([['1', 'Program', 200, 150, '75', 50, '25']])) }],
  invalid: [
    { name: 'Sisa with two digits swapped', grid: grid(sipd([['1', 'Program', 48000000, 44587500, '92,89', 3142500, '7,11']])), findings: [{ cell: 'F2', data: { expected: 3412500, actual: 3142500 } }] },
    { name: '% Sisa not 100 − %', grid: grid(sipd([['1', 'Program', 200, 150, '75', 50, '20']])), findings: [{ cell: 'G2', data: { expected: 25, actual: 20 } }] },
  ],
});

describe('SPEC §10 layouts on small grids', () => {
  it('a budget-only table reports no column-missing, and each row is its own group', () => {
    const a = analyseWorkbook(grid(simple(['No', 'Kegiatan', 'Pagu Awal', 'Pagu Revisi', 'Realisasi', '%'], [[1, 'A', 100, 200, 150, '75'], [2, 'B', 100, 100, 50, '50']])));
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(a.tables[0].groups.map((g) => [g.paguValue, g.spentValue, g.absorption])).toEqual([[200, 150, 75], [100, 50, 50]]);
  });

  it.each(['Realisasi Keuangan (%)', '% Realisasi Anggaran', 'Persentase Realisasi Keuangan'])('%s beside Pagu and Realisasi Keuangan (Rp) is the absorption, checked and written', (label) => {
    // 900 / 1000 = 90 %; 1000 / 2000 = 50 %, stated 55.
    const g = grid(simple(['No', 'Kegiatan', 'Pagu (Rp)', 'Realisasi Keuangan (Rp)', label, 'Realisasi Fisik (%)'], [[1, 'Kegiatan A', 1000, 900, '90', '95'], [2, 'Kegiatan B', 2000, 1000, '55', '60']]));
    const a = analyseWorkbook(g);
    expect(a.tables[0].layout.columns.single).toMatchObject({ pagu: 2, spent: 3, absorption: 4 });
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['absorption-mismatch', 'E3']]);
    expect(buildWritePlan(g, a, 'id').writes.map((w) => [w.address, w.value])).toEqual([['E2', 0.9], ['E3', 0.5]]);
  });

  it('a mistyped quarter header (Triwlan I) is still quarter I: no quarter missing, the annual the sum of four', () => {
    // 20 + 30 + 20 + 20 = 90 of 100 orang: 90 %, as stated (without TW I, 70 % would have been written over it).
    const g = grid(simple(['No', 'Indikator Kinerja', 'Target', 'Triwlan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', 'Capaian (%)'], [[1, 'Jumlah A', '100 orang', 20, 30, 20, 20, '90']]));
    const a = analyseWorkbook(g);
    expect(a.findings).toEqual([]);
    expect(a.tables[0].indicators.map((i) => i.capaian)).toEqual([90]);
  });

  it('a budget-only recap numbered 1, 1.1, 1.2 without Kode or level words nests by its numbers', () => {
    const a = analyseWorkbook(grid(simple(['No', 'Uraian', 'Pagu', 'Realisasi', '%'], [
      // 600 + 500 = 1100 under a parent of 1000: rollup-mismatch on C2; the Jumlah 1300 = 1000 + 300, the top level.
      ['1', 'Pelayanan A', 1000, 900, '90'], ['1.1', 'Layanan A1', 600, 500, '83,33'], ['1.2', 'Layanan A2', 500, 400, '80'],
      ['2', 'Pelayanan B', 300, 300, '100'], ['', 'Jumlah', 1300, 1200, '92,31'],
    ])));
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['rollup-mismatch', 'C2']]);
    // Numbered 1, 2, 3 only, nothing nests: the Jumlah is every row's sum.
    const flat = analyseWorkbook(grid(simple(['No', 'Uraian', 'Pagu', 'Realisasi', '%'], [[1, 'A', 1000, 900, '90'], [2, 'B', 500, 400, '80'], ['', 'Jumlah', 1500, 1300, '86,67']])));
    expect(flat.findings).toEqual([]);
  });

  it('a Jumalh row (typo) is the summary row, and its total is checked', () => {
    const a = analyseWorkbook(grid(simple(['No', 'Kegiatan', 'Pagu', 'Realisasi', '%'], [[1, 'A', 100, 50, '50'], [2, 'B', 100, 50, '50'], ['Jumalh', '', 200, 110, '']])));
    expect(a.findings.filter((f) => f.code === 'total-mismatch').map((f) => f.cell)).toEqual(['D4']);
  });

  it('an indicator named Jumlah … with a target is data, not a summary row', () => {
    const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Target', 'Realisasi'], [['Jumlah PMI yang dilindungi', '100 orang', '90 orang']])));
    expect(a.tables[0].indicators.map((i) => i.capaian)).toEqual([90]);
  });

  it('printed precision: 61% agrees with 61,19, 36% does not with 51,43; a 0% number format counts as printed', () => {
    const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'], [
      ['A', '70%', '42,83%', '61%'],
      ['B', '70%', '36%', '36%'],
      ['C', '70%', '42,83%', { v: 0.61, fmt: '0%' } as never],
    ])));
    expect(a.findings.filter((f) => f.code === 'capaian-mismatch').map((f) => f.cell)).toEqual(['D3']);
  });

  it('printed precision from the exact ratio: 614,96 of 1000 is 61,496 %, printed 61 %; 849,97 of 800 printed 106,2 %', () => {
    // The computed capaian is 61.50 at 2 decimals: rounded again it had printed 62 (a false capaian-mismatch).
    const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'], [
      ['A', '1000', '614,96', '61%'],
      ['B', '800', '849,97', '106,2%'],
      ['C', '1000', '614,96', '62%'],
      ['D', '1000', '624,96', '61%'],
    ])));
    expect(a.tables[0].indicators.map((i) => i.capaian)).toEqual([61.5, 106.25, 61.5, 62.5]);
    // 62 % lies within a printed half of 61.50 too (61.50 may be 61.504); 61 % is a whole point from 62.50.
    expect(a.findings.filter((f) => f.code === 'capaian-mismatch').map((f) => f.cell)).toEqual(['D5']);
  });

  it('a month table without months 7–12 (reported to June) misses nothing; a gap among the months does', () => {
    const header = (months: number[]) => sheet('S', [
      ['Indikator', 'Target', ...months.map(() => 'Realisasi')],
      ['Indikator', 'Target', ...months],
      ['A', '100 orang', ...months.map(() => 10)],
    ], ['A1:A2', 'B1:B2', `C1:${String.fromCharCode(66 + months.length)}1`]);
    const missing = (months: number[]) => analyseWorkbook(grid(header(months))).findings.filter((f) => f.code === 'quarter-missing');
    expect(missing([1, 2, 3, 4, 5, 6])).toEqual([]);
    expect(missing([1, 2, 4]).map((f) => f.data)).toEqual([{ missing: ['3'], period: 'month' }]);
  });

  it('a column-numbering row under merged groups is never read as months (1 … 9 under Kode, Target, Realisasi)', () => {
    const a = analyseWorkbook(grid(sheet('S', [
      ['No', 'Kode', 'Kode', 'Indikator Kinerja', 'Target', 'Target', 'Realisasi', 'Realisasi', 'Capaian'],
      ['No', 'Kode', 'Kode', 'Indikator Kinerja', 'K', 'Rp', 'K', 'Rp', 'Capaian'],
      [1, 2, 2, 3, 4, 5, 6, 7, 8],
      [1, '1', '01', 'A', '10 orang', 1000, '9 orang', 900, ''],
    ], ['A1:A2', 'B1:C2', 'B3:C3', 'D1:D2', 'E1:F1', 'G1:H1', 'I1:I2'])));
    expect(a.tables[0].layout.columns.periodKind).toBe('quarter');
    expect(a.tables[0].layout.columns.quarters).toEqual([]);
    expect(a.findings.map((f) => f.code).filter((c) => c.startsWith('quarter-'))).toEqual([]);
  });

  it('Realisasi s.d. Triwulan IV beside TW I–IV, and s.d. Semester II beside the semesters or alone, is the annual', () => {
    const quarters = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Satuan', 'Target', 'TW I', 'TW II', 'TW III', 'TW IV', 'Realisasi s.d. Triwulan IV', 'Capaian'], [
      ['A', 'orang', '1.200 orang', 300, 280, 250, 250, '1.080 orang', '90%'],
    ])));
    expect(quarters.tables[0].layout.columns.single.annual).toBe(7);
    expect(quarters.tables[0].layout.columns.quarters.map((q) => q.col)).toEqual([3, 4, 5, 6]);
    expect(quarters.tables[0].indicators.map((i) => i.capaian)).toEqual([90]);
    expect(quarters.findings).toEqual([]);
    const semesters = analyseWorkbook(grid(sheet('S', [
      ['Indikator Kinerja', 'Target', 'Realisasi', 'Realisasi', 'Realisasi s.d. Semester II', 'Capaian'],
      ['Indikator Kinerja', 'Target', 'Semester I', 'Semester II', 'Realisasi s.d. Semester II', 'Capaian'],
      ['A', '1.200 orang', '500 orang', '580 orang', '1.080 orang', '90%'],
    ], ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:F2'])));
    expect(semesters.tables[0].layout.columns.single.annual).toBe(4);
    expect(semesters.tables[0].indicators.map((i) => i.capaian)).toEqual([90]);
    expect(semesters.findings).toEqual([]);
    const alone = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Target', 'Realisasi s.d. Semester II'], [['A', '1.200 orang', '1.080 orang']])));
    expect(alone.tables[0].layout.columns.single.annual).toBe(2);
    expect(alone.findings).toEqual([]);
  });

  it('cumulative s.d. TW I … s.d. TW IV stay four cumulative quarters (the last is not taken out as the annual)', () => {
    const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Target', 's.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV'], [['A', '100 orang', 20, 45, 70, 90]])));
    expect(a.tables[0].layout.columns.quarters.map((q) => [q.col, q.cumulative])).toEqual([[2, true], [3, true], [4, true], [5, true]]);
  });

  it('a summary label merged across the target column is the summary row, not an indicator whose target is its label', () => {
    const rows = (label: string) => sheet('S', [
      ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian'],
      [1, 'S', 'A', 'orang', '100 orang', '90 orang', '90%'],
      [2, 'S', 'B', 'orang', '200 orang', '200 orang', '100%'],
      [label, '', '', '', '', '', '97,50%'],
    ], ['A4:F4']);
    const average = analyseWorkbook(grid(rows('Rerata Capaian Kinerja')));
    expect(average.tables[0].indicators.map((i) => i.name)).toEqual(['A', 'B']);
    expect(average.findings.map((f) => [f.code, f.cell])).toEqual([['average-mismatch', 'G4']]);
    const total = analyseWorkbook(grid(sheet('S', [
      ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi'],
      [1, 'S', 'A', '100 orang', '90 orang'],
      [2, 'S', 'B', '200 orang', '180 orang'],
      ['Jumlah', '', '', '', '280 orang'],
    ], ['A4:D4'])));
    expect(total.findings.map((f) => [f.code, f.cell])).toEqual([['total-mismatch', 'E4']]);
  });

  it('a Jumalh row alone, with a target total of its own, is the summary row all the same', () => {
    const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Target', 'Realisasi'], [['A', '100 orang', '90 orang'], ['B', '200 orang', '180 orang'], ['Jumalh', '300 orang', '280 orang']])));
    expect(a.tables[0].indicators.map((i) => i.name)).toEqual(['A', 'B']);
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['total-mismatch', 'C4']]);
  });

  it('a dated capaian after the undated Target │ Realisasi │ Capaian is last year\'s, not this year\'s', () => {
    const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Capaian 2023 (%)'], [
      ['Persentase PMI yang ditempatkan sesuai prosedur', '95%', '96%', '110,5', '99,2'],
    ])));
    // 2023 had been taken for the reporting year: column-ambiguous, nothing checked (96/95 = 101.05, not 110.5).
    expect([a.tables[0].layout.columns.reportingYear, a.findings.map((f) => [f.code, f.cell])]).toEqual([null, [['capaian-mismatch', 'D2']]]);
  });

  it('one dated realisation before the undated Target │ Realisasi is history, not a second candidate', () => {
    const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Realisasi 2024', 'Target', 'Realisasi', 'Capaian'], [
      ['Persentase PMI yang ditempatkan sesuai prosedur', '91,5%', '95%', '96%', '101,05%'],
    ])));
    // It had made the table column-ambiguous: nothing computed, nothing written (two past years had been read right).
    expect([a.findings, a.tables[0].indicators.map((i) => i.capaian), a.tables[0].layout.columns.history.map((h) => h.year)]).toEqual([[], [101.05], [2024]]);
  });

  it('both candidates of an ambiguous realisation are decided by the row\'s count unit: 1.080 orang, no number-ambiguous', () => {
    const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Realisasi Tahun 2025'], [['A', 'Orang', '1.200', '1.080', '1.080']])));
    expect(a.findings.map((f) => f.code)).toEqual(['column-ambiguous']);
  });

  it.each([
    ['Pagu Anggaran (Rp)', 'Realisasi'], ['DIPA (Rp)', 'Realisasi'], ['Pagu Tahun 2025', 'Realisasi'], ['Pagu Anggaran Tahun 2025', 'Realisasi'],
    ['Anggaran Tahun 2025', 'Realisasi'], ['Pagu', 'Realisasi Tahun 2025'], ['Pagu', 'Realisasi Anggaran Tahun 2025'], ['Pagu', 'Realisasi s.d. Desember'],
    ['Pagu Definitif', 'Realisasi Belanja'],
  ])('a budget recap headed %s / %s is read, and its wrong %% found', (pagu, spent) => {
    const a = analyseWorkbook(grid(simple(['No', 'Uraian', pagu, spent, '%'], [[1, 'Belanja pegawai', 400, 350, '80%'], [2, 'Belanja barang', 600, 300, '50%']])));
    expect(a.tables.map((t) => [t.layout.columns.single.pagu, t.layout.columns.single.spent, t.layout.columns.single.absorption])).toEqual([[2, 3, 4]]);
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['absorption-mismatch', 'E2']]);
  });

  it.each(['%', 'Realisasi (%)', '% Anggaran', 'Persentase'])('a one-row II.15 header: %s right of Pagu and Realisasi is the absorption, the Kinerja %% the capaian', (label) => {
    const a = analyseWorkbook(grid(simple(['No', 'Indikator Kinerja', 'Pagu', 'Realisasi', label, 'Target', 'Realisasi', '%'], [
      [1, 'Dokumen tersusun', 1000, 900, '80%', '10 dokumen', '9 dokumen', '90%'],
    ])));
    const s = a.tables[0].layout.columns.single;
    expect([s.pagu, s.spent, s.absorption, s.target, s.annual, s.capaian]).toEqual([2, 3, 4, 5, 6, 7]);
    expect(a.tables[0].layout.columns.ambiguous).toEqual([]);
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['absorption-mismatch', 'E2']]);
  });

  it('with two capaian candidates neither is compared as the stated capaian (only their values are checked)', () => {
    const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'Capaian Kinerja'], [['A', '10 orang', '9 orang', '50%', '60%']])));
    expect(a.findings.map((f) => f.code)).toEqual(['column-ambiguous']);
  });

  it('a Kode typed as a number shows through its format: 1.1 in 0.00 is 1.10, the parent of 1.10.01', () => {
    const a = analyseWorkbook(grid(simple(['Kode', 'Uraian', 'Anggaran', 'Realisasi'], [
      [1, 'Urusan', 300, 250],
      [{ v: 1.1, fmt: '0.00' } as never, 'Bidang', 300, 250],
      ['1.10.01', 'Program', 300, 250],
    ])));
    expect(a.findings).toEqual([]);
    expect(a.tables[0].groups.map((g) => g.code)).toEqual(['1', '1.10', '1.10.01']);
  });

  it('a new Capaian (%) column gets the summary row\'s average on the first recalculation, not only on the second', () => {
    const g = grid(simple(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi'], [[1, 'A', 'orang', 100, 90], [2, 'B', '%', 80, 88], ['Rata-rata', '', '', '', '']]));
    const plan = buildWritePlan(g, analyseWorkbook(g), 'id');
    expect(plan.writes.map((w) => [w.address, w.value])).toEqual([['F1', 'Capaian (%)'], ['F2', 0.9], ['F3', 1.1], ['F4', 1]]);
  });

  it('printed precision of a number in General format is the decimals it shows as typed: 61 agrees with 61,19, 96.5 with 96,47', () => {
    const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'], [
      ['A', '70%', '42,83%', 61],
      ['B', '85%', '82%', 96.5],
      ['C', '70%', '42,83%', 62],
      ['D', '85%', '82%', 96.47058823529],
    ])));
    expect(a.findings.filter((f) => f.code === 'capaian-mismatch').map((f) => f.cell)).toEqual(['D4']);
  });

  it('one empty spacer column between the Anggaran and Kinerja groups does not end the table', () => {
    const a = analyseWorkbook(grid(sheet('S', [
      ['No', 'Indikator Kinerja', 'Anggaran', 'Anggaran', 'Anggaran', '', 'Kinerja', 'Kinerja', 'Kinerja'],
      ['No', 'Indikator Kinerja', 'Pagu', 'Realisasi', '%', '', 'Target', 'Realisasi', '%'],
      [1, 'Dokumen tersusun', 1000, 900, '90%', '', '10 dokumen', '9 dokumen', '80%'],
    ], ['A1:A2', 'B1:B2', 'C1:E1', 'G1:I1'])));
    expect(a.tables.map((t) => [t.layout.left, t.layout.right])).toEqual([[0, 8]]);
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['capaian-mismatch', 'I3']]);
  });

  it('a second table one empty column to the right stays a table of its own', () => {
    const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Target', 'Realisasi', '', 'Indikator Kinerja', 'Target', 'Realisasi'], [
      ['A', '10 orang', '9 orang', '', 'B', '20 orang', '18 orang'],
    ])));
    expect(a.tables.map((t) => [t.layout.left, t.layout.right])).toEqual([[0, 2], [4, 6]]);
  });

  it('a budget recap\'s spending per quarter adds up to its Jumlah; an empty Jumlah is their sum, and its % is written', () => {
    const g = grid(sheet('S', [
      ['No', 'Kegiatan', 'Pagu', 'Realisasi Anggaran', 'Realisasi Anggaran', 'Realisasi Anggaran', 'Realisasi Anggaran', 'Realisasi Anggaran', '%'],
      ['No', 'Kegiatan', 'Pagu', 'TW I', 'TW II', 'TW III', 'TW IV', 'Jumlah', '%'],
      [1, 'A', 1000, 100, 200, 300, 350, 950, '95%'],
      [2, 'B', 800, 100, 100, 100, 100, 500, ''],
      [3, 'C', 600, 100, 100, 100, 100, '', ''],
    ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:H1', 'I1:I2']));
    const a = analyseWorkbook(g);
    expect(a.findings.map((f) => [f.code, f.cell, f.data])).toEqual([
      ['annual-sum-mismatch', 'H4', { expected: 400, actual: 500, unit: 'rupiah', period: 'quarter' }],
      ['annual-missing', 'H5', { derived: 400, period: 'quarter' }],
    ]);
    const writes = buildWritePlan(g, a, 'id').writes.map((w) => [w.address, w.value]);
    expect(writes).toContainEqual(['I5', 0.6667]); // 400 ÷ 600 = 66,67 % (two decimals, SPEC §4)
    expect(writes.map(([address]) => address)).not.toContain('H5');
  });

  it('a wider table right under a Perjanjian Kinerja (no blank row between) is a table of its own', () => {
    const a = analyseWorkbook(grid(sheet('S', [
      ['No', 'Indikator Kinerja', 'Target'],
      [1, 'Jumlah peserta', '100 orang'],
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'],
      [1, 'Jumlah peserta', '120 orang', '120 orang', '100%'],
    ])));
    expect(a.tables.map((t) => [t.layout.kind, t.layout.headerTop, t.layout.bottom])).toEqual([['agreement', 0, 1], ['capaian', 2, 3]]);
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['cross-table-mismatch', 'C4']]);
  });

  it('the top row of a two-row header right under a table belongs to the next table, not to the body above', () => {
    const a = analyseWorkbook(grid(sheet('S', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi'],
      [1, 'Jumlah peserta', '10 orang', '9 orang'],
      ['No', 'IKU', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Kinerja', 'Kinerja'],
      ['No', 'IKU', 'Pagu', 'Realisasi', 'Target', 'Realisasi'],
      [1, 'Jumlah peserta', 100, 90, '10 orang', '9 orang'],
    ], ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3'])));
    expect(a.tables.map((t) => [t.layout.headerTop, t.layout.bottom])).toEqual([[0, 1], [2, 4]]);
    expect(a.findings).toEqual([]);
  });

  describe('periods and years as the fourth sweep laid them out', () => {
    const two = (top: (string | number)[], bottom: (string | number)[], values: (string | number)[], merges: string[]) => analyseWorkbook(grid(sheet('S', [top, bottom, values], merges)));
    const quarters = (a: ReturnType<typeof analyseWorkbook>) => a.tables[0].layout.columns.quarters.map((q) => [q.col, q.quarter]);

    it('TW I › Target │ Realisasi: the per-quarter targets are not realisations', () => {
      const a = two(
        ['Indikator Kinerja', 'Target', 'TW I', 'TW I', 'TW II', 'TW II', 'Realisasi', 'Capaian'],
        ['Indikator Kinerja', 'Target', 'Target', 'Realisasi', 'Target', 'Realisasi', 'Realisasi', 'Capaian'],
        ['A', '160 orang', 40, 50, 40, 70, 120, '75%'], ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:G2', 'H1:H2']);
      expect(quarters(a)).toEqual([[3, 0], [5, 1]]);
      // Only TW I and TW II shown: III and IV missing (quarters must be complete), nothing else.
      expect(a.findings.map((f) => [f.code, f.data])).toEqual([['quarter-missing', { missing: ['III', 'IV'], period: 'quarter' }]]);
    });

    it('TW I │ s.d. TW I │ … │ s.d. TW IV: the plain quarters are the quarters, s.d. TW IV the annual', () => {
      const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Target', 'TW I', 's.d. TW I', 'TW II', 's.d. TW II', 'TW III', 's.d. TW III', 'TW IV', 's.d. TW IV'],
        [['A', '120 orang', 30, 30, 30, 60, 30, 90, 30, 120]])));
      expect(quarters(a)).toEqual([[2, 0], [4, 1], [6, 2], [8, 3]]);
      expect(a.tables[0].layout.columns.single.annual).toBe(9);
      expect(a.tables[0].indicators.map((i) => i.capaian)).toEqual([100]);
      expect(a.findings).toEqual([]);
    });

    it('Realisasi › s.d. Jan … s.d. Des alone: cumulative months, the last present one the realisation', () => {
      const names = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nop', 'Des'];
      const a = two(['Indikator Kinerja', 'Target', ...names.map(() => 'Realisasi')], ['Indikator Kinerja', 'Target', ...names.map((n) => `s.d. ${n}`)],
        ['A', '120 orang', ...names.map((_, i) => 10 * (i + 1))], ['A1:A2', 'B1:B2', 'C1:N1']);
      expect(a.tables[0].layout.columns.quarters.every((q) => q.cumulative)).toBe(true);
      expect(a.tables[0].indicators.map((i) => i.capaian)).toEqual([100]);
      expect(a.findings).toEqual([]);
    });

    it('Realisasi › TW I › Jan Feb Mar …: the months are the periods, not four quarters three times', () => {
      const q = ['TW I', 'TW I', 'TW I', 'TW II', 'TW II', 'TW II'];
      const a = analyseWorkbook(grid(sheet('S', [
        ['Indikator Kinerja', 'Target', ...q.map(() => 'Realisasi')],
        ['Indikator Kinerja', 'Target', ...q],
        ['Indikator Kinerja', 'Target', 'Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun'],
        ['A', '60 orang', 10, 10, 10, 10, 10, 10],
      ], ['A1:A3', 'B1:B3', 'C1:H1', 'C2:E2', 'F2:H2'])));
      expect(a.tables[0].layout.columns.periodKind).toBe('month');
      expect(quarters(a)).toEqual([[2, 0], [3, 1], [4, 2], [5, 3], [6, 4], [7, 5]]);
      expect(a.findings.map((f) => f.code)).toEqual([]);
    });

    it('Realisasi 2021 … 2024 beside an undated Target │ Realisasi │ Capaian are history; the undated group is checked', () => {
      const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Realisasi 2021', 'Realisasi 2022', 'Realisasi 2023', 'Realisasi 2024', 'Target', 'Realisasi', 'Capaian (%)'],
        [['A', 50, 60, 70, 73, '70 orang', '80 orang', '100%']])));
      expect(a.tables[0].layout.columns.history.map((h) => h.year)).toEqual([2021, 2022, 2023, 2024]);
      expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['capaian-mismatch', 'H2']]);
    });

    it.each([['Th. 2024', 'Th. 2025'], ['Thn 2024', 'Thn 2025'], [2024, 2025]])('a year group headed %s is a year group', (y1, y2) => {
      const a = analyseWorkbook(grid(sheet('S', [
        ['Indikator Kinerja', y1, y1, y1, y2, y2, y2],
        ['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'Target', 'Realisasi', 'Capaian'],
        ['A', '80 orang', '72 orang', '95%', '80 orang', '80 orang', '100%'],
      ], ['A1:A2', 'B1:D1', 'E1:G1'])));
      expect(a.tables[0].layout.columns.reportingYear).toBe(2025);
      expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['capaian-mismatch', 'D3']]);
    });

    it('Capaian Tahunan is the capaian column', () => {
      const a = analyseWorkbook(grid(simple(['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian Tahunan'], [['A', '90 orang', '88 orang', '90%']])));
      expect(a.tables[0].layout.columns.single.capaian).toBe(3);
      expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['capaian-mismatch', 'D2']]);
    });
  });

  describe('a note under the table ends its body (Sumber:, Catatan:, Keterangan:, *) …)', () => {
    const header = ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi'];
    const body = [[1, 'Persentase desa ODF', '%', 80, 84], [2, 'Jumlah kader terlatih', 'orang', 1250, 1100]];
    const expected = { indicators: ['Persentase desa ODF', 'Jumlah kader terlatih'], findings: [], writes: ['F1', 'F2', 'F3'] };

    it.each<[string, TestCell[]]>([
      ['Sumber: in the indicator column', ['', 'Sumber: Bidang Kesmas']],
      ['Catatan: with a footnote beside it', ['Catatan:', '*) target 2025 direvisi menjadi 85%']],
      ['a footnote alone', ['', '*) angka sementara']],
      ['Ket. : in the No column', ['Ket. : data sementara']],
    ])('%s (was an indicator: target-missing)', (_, note) => {
      expect(tableOutcome(grid(sheet('S', [header, ...body, note])))).toEqual(expected);
    });

    it('a merged Keterangan: then the signature right of the table: the capaian column is still added', () => {
      expect(tableOutcome(grid(sheet('S', [
        header, ...body,
        ['Keterangan: data per 31 Desember 2025', '', '', '', ''],
        ['', '', '', '', 'Jakarta, 15 Januari 2026', 'Kepala Dinas'],
      ], ['A4:E4'])))).toEqual(expected);
    });

    it('the next table\'s title ends the body, even over the same header (Tabel 3.2 …): two tables, two means', () => {
      const g = grid(sheet('S', [
        ['Tabel 3.1 Capaian Sasaran 1'], header, ...body,
        ['Tabel 3.2 Capaian Sasaran 2'], header, [1, 'Nilai SAKIP', 'nilai', 70, 72], [2, 'Indeks Kepuasan Masyarakat', 'indeks', 80, 82],
      ]));
      const a = analyseWorkbook(g);
      // 84/80 = 105, 1100/1250 = 88 → 96.50; 72/70 = 102.86, 82/80 = 102.50 → 102.68 (one table gave 99.59).
      expect(a.tables.map((t) => [t.layout.headerTop + 1, t.indicators.length, t.capaian])).toEqual([[2, 2, 96.5], [6, 2, 102.68]]);
    });

    it('a Keterangan cell reading Sumber: … on a row of its own inside the table ends nothing', () => {
      const g = grid(sheet('S', [
        [...header, 'Keterangan'],
        [1, 'Persentase desa ODF', '%', 80, 84, 'Sumber: Dinkes'],
        ['', '', '', '', '', 'Sumber: BPS (lanjutan)'],
        [2, 'Jumlah kader terlatih', 'orang', 1250, 1100, ''],
      ]));
      expect(tableOutcome(g).indicators).toEqual(['Persentase desa ODF', 'Jumlah kader terlatih']);
    });

    it('a Rata-rata row after each group, the next group opening with its heading: every group is read', () => {
      const g = grid(sheet('S', [
        ['No', 'Sasaran / Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        ['I', 'Meningkatnya kualitas layanan kesehatan'],
        [1, 'Persentase puskesmas terakreditasi', '%', 80, 84, '105%'], [2, 'Persentase desa ODF', '%', 60, 60, '100%'],
        ['', 'Rata-rata', '', '', '', '102,5%'],
        ['II', 'Meningkatnya akuntabilitas kinerja'],
        [3, 'Nilai SAKIP', 'nilai', 70, 77, '110%'], [4, 'Indeks Kepuasan Masyarakat', 'indeks', 80, 88, '110%'],
        ['', 'Rata-rata', '', '', '', '110%'],
      ]));
      // The first Rata-rata had ended the table: the second Sasaran was dropped without a word.
      expect(tableOutcome(g)).toEqual({
        // (The typed capaian rewritten as the numbers they say, and so each Sasaran's Rata-rata, now its group's own.)
        indicators: ['Persentase puskesmas terakreditasi', 'Persentase desa ODF', 'Nilai SAKIP', 'Indeks Kepuasan Masyarakat'], findings: [], writes: ['F3', 'F4', 'F7', 'F8', 'F5', 'F9'],
      });
    });

    it('an indicator whose name opens with a note word but no colon is still one', () => {
      expect(tableOutcome(grid(sheet('S', [header, ...body, [3, 'Catatan sipil terlayani', '%', 90, 95]]))).indicators).toContain('Catatan sipil terlayani');
    });
  });

  describe('heading rows inside the body are no indicators', () => {
    const header = ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'];

    it('a Sasaran stated as its result, unnumbered over numbered rows (Meningkatnya …, Terwujudnya …)', () => {
      const rows = (first: TestCell) => [
        header,
        [first, 'Meningkatnya kualitas layanan kesehatan'],
        [1, 'Persentase puskesmas terakreditasi', '%', 100, 95, ''],
        ['', 'Terwujudnya akuntabilitas kinerja'],
        [2, 'Nilai SAKIP', 'nilai', 70, 72, ''],
        ['', 'Tersedianya dokumen perencanaan'],
      ];
      // The last one heads no numbered row: an indicator without its figures, as before.
      expect(tableOutcome(grid(sheet('S', rows(''))))).toEqual({
        indicators: ['Persentase puskesmas terakreditasi', 'Nilai SAKIP', 'Tersedianya dokumen perencanaan'],
        findings: [['target-missing', 'D6']],
        writes: ['F3', 'F5'],
      });
      // Numbered itself, it is an indicator missing its figures.
      expect(tableOutcome(grid(sheet('S', rows(7)))).indicators[0]).toBe('Meningkatnya kualitas layanan kesehatan');
    });

    it('Sasaran Strategis 1: … merged across the table', () => {
      expect(tableOutcome(grid(sheet('S', [
        header,
        ['', 'Sasaran Strategis 1: Meningkatnya pelindungan PMI'],
        [1, 'Persentase A', '%', 80, 60, '75'],
        ['', 'Sasaran Strategis 2: Meningkatnya tata kelola'],
        [2, 'Nilai SAKIP', 'nilai', 70, 72, '100'],
      ], ['B2:F2', 'B4:F4'])))).toEqual({
        indicators: ['Persentase A', 'Nilai SAKIP'], findings: [['capaian-mismatch', 'F5']], writes: ['F3', 'F5'],
      });
    });

    it('a text ending in a colon over its sub-indicators, a Roman-numbered level, a Sasaran line', () => {
      expect(tableOutcome(grid(simple(header, [
        [1, 'Persentase layanan:', '', '', '', ''],
        ['', 'a. Pengaduan', '%', 80, 60, '75'],
        ['II', 'Meningkatnya tata kelola', '', '', '', ''],
        [2, 'Nilai SAKIP', 'nilai', 70, 72, '102,86'],
        ['', 'Sasaran meningkatnya kepuasan', '', '', '', ''],
        [3, 'Indeks kepuasan', 'indeks', 80, 84, '105'],
      ])))).toEqual({ indicators: ['a. Pengaduan', 'Nilai SAKIP', 'Indeks kepuasan'], findings: [], writes: ['F3', 'F5', 'F7'] });
    });

    it('a name alone, in none of those forms, is an indicator whose figures are missing', () => {
      expect(tableOutcome(grid(simple(header, [[1, 'Persentase A', '%', 80, 60, '75'], [2, 'Jumlah penempatan', '', '', '', '']]))).findings)
        .toEqual([['target-missing', 'D3']]);
      // Indikator merged across Satuan on every row (the header too): merged, but over no figure's column.
      expect(tableOutcome(grid(sheet('S', [
        ['No', 'Indikator Kinerja', '', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Persentase A', '', '80%', '60%', '75'],
        [2, 'Jumlah penempatan', '', '', '', ''],
      ], ['B1:C1', 'B2:C2', 'B3:C3']))).findings).toEqual([['target-missing', 'D3']]);
    });

    it.each(['Sasaran / Indikator', 'Tujuan/Sasaran/Indikator', 'Sasaran Strategis / IKU', 'Program/Kegiatan/Indikator', 'Rincian Output / Indikator', 'Output / Indikator'])('one column %s: the indicators\' column, its levels heading rows', (label) => {
      expect(tableOutcome(grid(simple(['No', label, 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'], [
        ['1', 'Tujuan: Meningkatkan pelindungan', '', '', '', ''],
        ['1.1', 'Sasaran: Meningkatnya layanan', '', '', '', ''],
        ['', 'Jumlah PMI dilayani', 'orang', 100, 90, '90'],
      ])))).toEqual({ indicators: ['Jumlah PMI dilayani'], findings: [], writes: ['F4'] });
    });

    it('Tabel II.15 with Roman-numbered Sasaran rows: the figures of each group\'s indicators, nothing on the headings', () => {
      const g = grid(sheet('S', [
        ['No', 'Sasaran / Indikator', 'Anggaran (Rp)', '', '', 'Kinerja', '', '', ''],
        ['No', 'Sasaran / Indikator', 'Pagu', 'Realisasi', '%', 'Target', 'Realisasi', '%', 'Rata-rata Capaian (%)'],
        ['I', 'Sasaran 1: Meningkatnya pelindungan', '', '', '', '', '', '', ''],
        [1, 'Persentase A', 1000, 900, '90', '80%', '60%', '75', '75'],
        ['II', 'Sasaran 2: Tata kelola', '', '', '', '', '', '', ''],
        [2, 'Nilai SAKIP', 2000, 1000, '40', '70', '72', '102,86', '102,86'],
      ], ['A1:A2', 'B1:B2', 'C1:E1', 'F1:I1']));
      expect(tableOutcome(g)).toEqual({ indicators: ['Persentase A', 'Nilai SAKIP'], findings: [['absorption-mismatch', 'E6']], writes: ['H4', 'H6', 'E4', 'I4', 'E6', 'I6'] });
    });

    it('Tabel II.15 with a Program row carrying its budget over its indicators: the group\'s budget, no indicator', () => {
      const g = grid(sheet('S', [
        ['No', 'Program / Indikator', 'Anggaran (Rp)', '', '', 'Kinerja', '', '', ''],
        ['No', 'Program / Indikator', 'Pagu', 'Realisasi', '%', 'Target', 'Realisasi', '%', 'Rata-rata Capaian (%)'],
        // 900 / 1000 = 90 %; the indicators 60/80 = 75 and 80/80 = 100 average 87.5, stated 85.
        [1, 'Program Pelindungan PMI', 1000, 900, '90', '', '', '', '85'],
        ['', 'Persentase A', '', '', '', '80%', '60%', '75', ''],
        ['', 'Persentase B', '', '', '', '80%', '80%', '100', ''],
      ], ['A1:A2', 'B1:B2', 'C1:E1', 'F1:I1']));
      expect(tableOutcome(g)).toEqual({ indicators: ['Persentase A', 'Persentase B'], findings: [['average-mismatch', 'I3']], writes: ['H4', 'H5', 'E3', 'I3'] });
      expect(analyseWorkbook(g).tables[0].groups.map((x) => [x.paguValue, x.absorption, x.average])).toEqual([[1000, 90, 87.5]]);
    });

    it('headings with placeholders (-), carrying their Sasaran\'s capaian, lettered, numbered over n.1, coded level words', () => {
      expect(tableOutcome(grid(simple(header, [
        ['I', 'Sasaran 1: Meningkatnya layanan', '-', '-', '-', '-'],
        [1, 'Persentase A', '%', 80, 84, '105'],
        ['II', 'Sasaran 2: Meningkatnya tata kelola', '', '', '', '97,5'],
        [2, 'Persentase B', '%', 80, 78, '97,5'],
        ['A', 'Meningkatnya akuntabilitas', '', '', '', ''],
        ['3', 'Terwujudnya tata kelola yang akuntabel', '', '', '', ''],
        ['3.1', 'Nilai SAKIP', 'nilai', 70, 72, '102,86'],
        ['', '1.02.02 Program Pemenuhan Upaya Kesehatan', '', '', '', ''],
        ['', 'Sub-Kegiatan Penyediaan Gaji', '', '', '', ''],
        ['', 'Urusan Pemerintahan Bidang Kesehatan', '', '', '', ''],
        [4, 'Indeks kepuasan', 'indeks', 80, 84, '105'],
      ])))).toEqual({ indicators: ['Persentase A', 'Persentase B', 'Nilai SAKIP', 'Indeks kepuasan'], findings: [], writes: ['F3', 'F5', 'F8', 'F12'] });
    });

    it('Tabel II.15 with a Program row over its Kegiatan rows, each carrying its budget: a hierarchy, the Jumlah the top level\'s', () => {
      const rows = (kegiatanB: number) => [
        ['No', 'Program / Kegiatan / Indikator', 'Anggaran (Rp)', '', '', 'Kinerja', '', '', ''],
        ['No', 'Program / Kegiatan / Indikator', 'Pagu', 'Realisasi', '%', 'Target', 'Realisasi', '%', 'Rata-rata Capaian (%)'],
        ['1', 'Program Penunjang Urusan', 1000, 900, '90', '', '', '', ''],
        ['1.1', 'Kegiatan Administrasi Keuangan', 600, 500, '83,33', '', '', '', ''],
        ['', 'Persentase A', '', '', '', '80%', '84%', '105', ''],
        ['1.2', 'Kegiatan Administrasi Umum', kegiatanB, 400, '100', '', '', '', ''],
        ['', 'Persentase B', '', '', '', '90%', '90%', '100', ''],
        ['', 'Jumlah', 1000, 900, '90', '', '', '', ''],
      ];
      const merges = ['A1:A2', 'B1:B2', 'C1:E1', 'F1:I1'];
      // 600 + 400 = 1000 = the Program's pagu = the Jumlah (not 2000: the Kegiatan are in their Program).
      const a = analyseWorkbook(grid(sheet('S', rows(400), merges)));
      expect(a.tables[0].groups.map((g) => [g.name, g.parent?.name ?? null])).toEqual([
        ['Program Penunjang Urusan', null], ['Kegiatan Administrasi Keuangan', 'Program Penunjang Urusan'], ['Kegiatan Administrasi Umum', 'Program Penunjang Urusan'],
      ]);
      expect(a.findings.map((f) => [f.code, f.cell])).toEqual([]);
      // A Kegiatan's pagu of 500: 600 + 500 = 1100 ≠ the Program's 1000 (rollup-mismatch on C3); 400/500 = 80 ≠ 100 stated.
      const b = analyseWorkbook(grid(sheet('S', rows(500), merges)));
      expect(b.findings.map((f) => [f.code, f.cell])).toEqual([['rollup-mismatch', 'C3'], ['absorption-mismatch', 'E6']]);
    });

    it('a heading word with a target is an indicator (Sasaran … with figures)', () => {
      expect(tableOutcome(grid(simple(header, [[1, 'Sasaran yang tercapai', '%', 80, 60, '']]))).indicators).toEqual(['Sasaran yang tercapai']);
    });
  });

  describe('the reporting year is the latest year with a realisation written (SPEC §10.3)', () => {
    // Tahun 2025 │ Tahun 2026, each Target │ Realisasi │ Capaian; the rows give 2025's and 2026's cells.
    const years = (rows: TestCell[][]) => grid(sheet('S', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Tahun 2025', 'Tahun 2025', 'Tahun 2025', 'Tahun 2026', 'Tahun 2026', 'Tahun 2026'],
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian', 'Target', 'Realisasi', 'Capaian'],
      ...rows,
    ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:I1']));
    const yearOutcome = (g: ReturnType<typeof years>) => {
      const a = analyseWorkbook(g);
      return {
        year: a.tables[0].layout.columns.reportingYear,
        findings: a.findings.map((f) => [f.code, f.cell]),
        writes: buildWritePlan(g, a, 'id').writes.map((w) => [w.address, w.value]),
      };
    };

    it('a blank later year (a five-year template) is passed over: 2025 is reported and its capaian written', () => {
      expect(yearOutcome(years([[1, 'Persentase A', '%', 80, 60, '', '', '', ''], [2, 'Jumlah B', 'orang', 100, 120, '', '', '', '']]))).toEqual({
        year: 2025, findings: [], writes: [['F3', 0.75], ['F4', 1.2]],
      });
    });

    it('next year\'s targets set, nothing realised yet: still 2025', () => {
      expect(yearOutcome(years([[1, 'Persentase A', '%', 80, 60, '', 85, '', '']]))).toEqual({ year: 2025, findings: [], writes: [['F3', 0.75]] });
    });

    it('a realisation of 2026 without its target makes 2026 the reporting year, its missing targets findings', () => {
      expect(yearOutcome(years([[1, 'Persentase A', '%', 80, 60, '', '', 70, ''], [2, 'Jumlah B', 'orang', 100, 120, '', '', '', '']]))).toEqual({
        year: 2026, findings: [['target-missing', 'G3'], ['target-missing', 'G4']], writes: [],
      });
    });

    it('a later year whose realisations are only - placeholders is not realised either', () => {
      expect(yearOutcome(years([[1, 'Persentase A', '%', 80, 60, '', 85, '-', '']]))).toEqual({ year: 2025, findings: [], writes: [['F3', 0.75]] });
    });

    it.each(['Renstra', 'Renstra 2025-2029', 'RPJMD 2025-2029', 'Target Akhir Renstra'])('Target │ Realisasi │ Capaian under a %s group are medium-term, never this year\'s', (group) => {
      const g = grid(sheet('S', [
        ['No', 'Indikator Kinerja', 'Satuan', 'Tahun 2025', 'Tahun 2025', 'Tahun 2025', group, group, group],
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Target', 'Realisasi', 'Capaian (%)'],
        // 84 / 80 = 105 this year; against Renstra's 95: 88.42, read and never written.
        [1, 'Persentase A', '%', 80, 84, '105', 95, 84, '88,42'],
      ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:I1']));
      const a = analyseWorkbook(g);
      expect(a.tables[0].layout.columns.reportingYear).toBe(2025);
      expect(a.findings.map((f) => f.code)).toEqual([]);
      expect(buildWritePlan(g, a, 'id').writes.map((w) => [w.address, w.value])).toEqual([['F3', 1.05]]);
    });

    it('no year realised at all: the latest year stays, its realisations missing', () => {
      expect(yearOutcome(years([[1, 'Persentase A', '%', 80, '', '', 90, '', '']]))).toEqual({ year: 2026, findings: [['realisation-missing', 'H3']], writes: [] });
    });

    it('Target │ Realisasi │ Capaian 2025 │ Target Renstra 2029: 2025 is this year (the Renstra year is no reporting year)', () => {
      const g = grid(simple(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian 2025', 'Target Renstra 2029'], [[1, 'Persentase A', '%', 80, 60, '70%', 90]]));
      const a = analyseWorkbook(g);
      expect(a.tables[0].layout.columns.reportingYear).toBe(2025);
      expect(a.tables[0].layout.columns.history.map((h) => [h.year, h.role])).toEqual([[2029, 'mediumTermTarget']]);
      expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['capaian-mismatch', 'F2']]);
      expect(buildWritePlan(g, a, 'id').writes.map((w) => [w.address, w.value])).toEqual([['F2', 0.75]]);
    });

    it('--json lists the years in order, the blank one after the reported one', () => {
      const g = years([[1, 'Persentase A', '%', 80, 60, '', 85, '', '']]);
      const report = fileReport('x.xlsx', analyseWorkbook(g), 'en');
      expect(report.tables[0].indicators[0].years.map((y) => [y.year, y.target, y.capaian])).toEqual([[2025, 80, 75], [2026, 85, null]]);
    });
  });

  it('never writes into a column of another year or a history column', () => {
    const g = grid(sheet('S', [
      ['Indikator Kinerja', 'Capaian Kinerja Tahun 2023', 'Tahun 2024', 'Tahun 2024', 'Tahun 2024'],
      ['Indikator Kinerja', 'Capaian Kinerja Tahun 2023', 'Target', 'Realisasi', 'Capaian'],
      ['A', '', '80%', '40%', ''],
    ], ['A1:A2', 'B1:B2', 'C1:E1']));
    const plan = buildWritePlan(g, analyseWorkbook(g), 'id');
    expect(plan.writes.map((w) => w.address)).toEqual(['E3']);
  });
});

runCheckTests('unit-unknown', {
  valid: [{ name: 'a PK with catalogue units', grid: grid(simple(['Sasaran', 'Indikator Kinerja', 'Satuan', 'Target'], [['S', 'Opini BPK', 'dokumen', '1 dokumen']])) }],
  invalid: [{
    name: 'a PK\'s Satuan with words outside the catalogue is reported, not dropped',
    grid: grid(simple(['Sasaran', 'Indikator Kinerja', 'Satuan', 'Target'], [['S', 'Opini BPK', 'Opini', 'WTP'], ['S', 'Maturitas SPIP', 'Level', '3']])),
    findings: [{ cell: 'C2', data: { word: 'Opini' } }, { cell: 'C3', data: { word: 'Level' } }],
  }],
});

describe('periods under a target or a plan are planned, not realised', () => {
  it('Target › TW I … IV beside Realisasi › TW I … IV: the realised quarters only', () => {
    const g = grid(sheet('RA', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', 'Target', 'Target', 'Target', 'Target', 'Realisasi', 'Realisasi', 'Realisasi', 'Realisasi', 'Capaian (%)'],
      ['No', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', 'TW I', 'TW II', 'TW III', 'TW IV', 'TW I', 'TW II', 'TW III', 'TW IV', 'Capaian (%)'],
      [1, 'Jumlah PMI yang difasilitasi pemulangannya', 'orang', '1.200', '300', '300', '300', '300', '310', '285', '342', '298', '102,92%'],
    ], ['E1:H1', 'I1:L1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'M1:M2']));
    const a = analyseWorkbook(g);
    // 310 + 285 + 342 + 298 = 1,235 of 1,200: 102.92 % (the target's quarters had been taken: 100 %, written over it).
    expect([a.tables[0].indicators.map((i) => i.capaian), a.findings.map((f) => f.code)]).toEqual([[102.92], []]);
  });
  it('`Target dan Realisasi Triwulan` › TW I … IV is realised: its quarters are read', () => {
    const g = grid(sheet('T', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', 'Target dan Realisasi Triwulan', '', '', '', 'Capaian (%)'],
      ['No', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', 'TW I', 'TW II', 'TW III', 'TW IV', 'Capaian (%)'],
      [1, 'Jumlah PMI yang difasilitasi pemulangannya', 'orang', '1.200', '310', '285', '342', '298', '102,92'],
    ], ['E1:H1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'I1:I2']));
    const a = analyseWorkbook(g);
    expect([a.tables[0].indicators.map((i) => i.capaian), a.findings]).toEqual([[102.92], []]);
  });
  it('Rencana Penarikan Dana › TW I … IV beside Realisasi Anggaran › TW I … IV: the plan is no spending', () => {
    const g = grid(sheet('RPD', [
      ['Kode', 'Uraian', 'Pagu', 'Rencana Penarikan Dana (RPD)', '', '', '', 'Realisasi Anggaran', '', '', '', 'Jumlah Realisasi', '%'],
      ['Kode', 'Uraian', 'Pagu', 'TW I', 'TW II', 'TW III', 'TW IV', 'TW I', 'TW II', 'TW III', 'TW IV', 'Jumlah Realisasi', '%'],
      ['6033.QDC.001', 'Fasilitasi Pemulangan PMI Bermasalah', 1250000000, 250000000, 300000000, 350000000, 350000000, 210500000, 305750000, 298100000, 402640000, 1216990000, '97,36'],
    ], ['D1:G1', 'H1:K1', 'A1:A2', 'B1:B2', 'C1:C2', 'L1:L2', 'M1:M2']));
    const a = analyseWorkbook(g);
    // 1,216,990,000 / 1,250,000,000 = 97.36 % (plan and realisation together had made 197.36 %, written).
    expect([a.tables[0].groups.map((x) => [x.spentValue, x.absorption]), a.findings.map((f) => f.code)]).toEqual([[[1216990000, 97.36]], []]);
  });
});

describe('quarter labels as offices write them', () => {
  it.each([
    [['Triwulan I (Jan-Mar)', 'Triwulan II (Apr-Jun)', 'Triwulan III (Jul-Sep)', 'Triwulan IV (Okt-Des)']],
    [['Real. TW I', 'Real. TW II', 'Real. TW III', 'Real. TW IV']],
    [['Triwulan Pertama', 'Triwulan Kedua', 'Triwulan Ketiga', 'Triwulan Keempat']],
  ])('%j: four quarters, their sum held against the annual', (labels) => {
    const g = grid(sheet('T', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', ...labels, 'Realisasi Tahunan', 'Capaian (%)'],
      [1, 'Jumlah PMI yang difasilitasi pemulangannya', 'orang', '1.200', '310', '285', '342', '298', '1.325', '110,42%'],
    ]));
    const a = analyseWorkbook(g);
    // 310 + 285 + 342 + 298 = 1,235, not the 1,325 stated (the quarters had not been read: nothing found).
    expect([a.tables[0].layout.columns.quarters.map((q) => q.quarter), a.findings.map((f) => [f.code, f.cell])]).toEqual([[0, 1, 2, 3], [['annual-sum-mismatch', 'I2']]]);
  });
  it('Triwulan I … IV each over Target │ Realisasi │ %: the realised quarters only', () => {
    const head = (q: string) => [q, q, q];
    const g = grid(sheet('RA', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', ...head('Triwulan I'), ...head('Triwulan II'), ...head('Triwulan III'), ...head('Triwulan IV'), 'Realisasi Tahunan', 'Capaian (%)'],
      ['No', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', ...['Target', 'Realisasi', '%', 'Target', 'Realisasi', '%', 'Target', 'Realisasi', '%', 'Target', 'Realisasi', '%'], 'Realisasi Tahunan', 'Capaian (%)'],
      [1, 'Jumlah PMI yang difasilitasi pemulangannya', 'orang', 1200, 300, 310, '103,33', 300, 285, '95,00', 300, 342, '114,00', 300, 298, '99,33', 1235, '102,92%'],
    ], ['E1:G1', 'H1:J1', 'K1:M1', 'N1:P1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'Q1:Q2', 'R1:R2']));
    const a = analyseWorkbook(g);
    // Each quarter's % had been a second realisation: four false quarter-duplicate.
    expect([a.tables[0].layout.columns.quarters.map((q) => q.col), a.findings]).toEqual([[5, 8, 11, 14], []]);
  });
});

describe('performance and money told apart by their group (Kinerja │ Keuangan, K │ Rp)', () => {
  it('Capaian (%) under Keuangan is the absorption: both seeded errors found', () => {
    const g = grid(sheet('KK', [
      ['No', 'Program', 'Indikator Kinerja', 'Satuan', 'Kinerja', 'Kinerja', 'Kinerja', 'Keuangan', 'Keuangan', 'Keuangan'],
      ['No', 'Program', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Pagu (Rp)', 'Realisasi (Rp)', 'Capaian (%)'],
      [1, 'Program Penunjang', 'Persentase dokumen tepat waktu', '%', 90, 90, 100, 1000, 960, 59.99],
      [2, 'Program Pelayanan', 'Indeks kepuasan masyarakat', 'indeks', 75, 82, 91.46, 2000, 1900, 95],
    ], ['E1:G1', 'H1:J1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2']));
    // Two capaian candidates had made it column-ambiguous: 82/75 = 109.33 (not 91.46) and 960/1000 = 96 (not 59.99) missed.
    expect(analyseWorkbook(g).findings.map((f) => [f.code, f.cell])).toEqual([['absorption-mismatch', 'J3'], ['capaian-mismatch', 'G4']]);
  });
  it('Target │ Realisasi │ Capaian each over Kinerja │ Rp: the Rp ones are pagu, spent, absorption', () => {
    const g = grid(sheet('T', [
      ['No', 'Program/Kegiatan', 'Indikator Kinerja', 'Satuan', 'Target', 'Target', 'Realisasi', 'Realisasi', 'Capaian (%)', 'Capaian (%)'],
      ['No', 'Program/Kegiatan', 'Indikator Kinerja', 'Satuan', 'Kinerja', 'Rp', 'Kinerja', 'Rp', 'Kinerja', 'Rp'],
      [1, 'Program Penunjang', 'Persentase dokumen tepat waktu', '%', 90, 1000, 90, 960, 100, 96],
    ], ['E1:F1', 'G1:H1', 'I1:J1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2']));
    const a = analyseWorkbook(g);
    const s = a.tables[0].layout.columns.single;
    // Three column-ambiguous (each role's K and Rp) had left the table unchecked.
    expect([[s.target, s.pagu, s.annual, s.spent, s.capaian, s.absorption], a.findings]).toEqual([[4, 5, 6, 7, 8, 9], []]);
  });
});

describe('a mid-year table (reported to a quarter or a semester)', () => {
  const codes = (a: ReturnType<typeof analyseWorkbook>) => a.findings.map((f) => `${f.code}@${f.cell}`);
  it('reads TW I │ TW II │ TW III │ s.d. TW III: the cumulative column is the realisation to date, and TW IV is not missing', () => {
    // The cumulative column had been dropped: 30 + 30 + 35 = 95 taken, and 79.17 % written over the office's 83.33 %.
    const a = analyseWorkbook(grid(sheet('S', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target 2025', 'Realisasi', 'Realisasi', 'Realisasi', 'Realisasi', 'Capaian (%)'],
      ['No', 'Indikator Kinerja', 'Satuan', 'Target 2025', 'TW I', 'TW II', 'TW III', 's.d. TW III', 'Capaian (%)'],
      [1, 'Jumlah pengaduan yang diselesaikan', 'kasus', 120, 30, 30, 35, 100, 83.33],
      [2, 'Jumlah peserta sosialisasi', 'orang', 1000, 250, 230, 280, 760, 76],
    ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:H1', 'I1:I2'])));
    expect(a.tables[0].indicators.map((i) => [i.realisation, i.capaian])).toEqual([[{ kind: 'number', value: 100 }, 83.33], [{ kind: 'number', value: 760 }, 76]]);
    expect(codes(a)).toEqual(['annual-sum-mismatch@H3']);
    // The office's own figures, as fractions (SPEC §6), not 0.7917.
    expect(buildWritePlan(grid(sheet('S', [])), a, 'id').writes.filter((w) => w.kind === 'capaian').map((w) => [w.address, w.value])).toEqual([['I3', 0.8333], ['I4', 0.76]]);
  });
  it('reads a lone `Realisasi s.d. TW III` (or `s.d. Semester I`, `s.d. Juni`) as the realisation to date, with no quarter missing', () => {
    for (const label of ['Realisasi s.d. TW III', 'Realisasi s.d. Semester I', 'Realisasi s.d. Juni']) {
      const a = analyseWorkbook(grid(simple(['No', 'Indikator Kinerja', 'Satuan', 'Target 2025', label, 'Capaian (%)'], [
        [1, 'Jumlah pengaduan yang diselesaikan', 'kasus', 120, 70, 58.33],
      ])));
      expect([label, a.tables[0].indicators[0].capaian, codes(a)]).toEqual([label, 58.33, []]);
    }
  });
  it('checks a `Capaian s.d. TW III (%)` column as the table\'s capaian (a second Capaian column had been added beside it)', () => {
    for (const label of ['Capaian s.d. TW III (%)', 'Capaian s.d. Semester I (%)', 'Capaian Kinerja s.d. Triwulan III']) {
      const a = analyseWorkbook(grid(simple(['No', 'Indikator Kinerja', 'Satuan', 'Target 2025', 'Realisasi s.d. TW III', label], [
        [1, 'Jumlah pengaduan yang diselesaikan', 'kasus', 120, 95, 95],
      ])));
      expect([label, a.tables[0].capaianColumn?.isNew, codes(a)]).toEqual([label, false, ['capaian-mismatch@F2']]);
    }
  });
  it('reads `Realisasi Tahun Ini` beside `Target Tahun Ini` (it had been no column: realisation-missing on every row)', () => {
    const a = analyseWorkbook(grid(simple(['No', 'Indikator Kinerja Utama', 'Satuan', 'Target Tahun Ini', 'Realisasi Tahun Ini', 'Capaian (%)'], [
      [1, 'Jumlah UMKM yang dibina', 'unit', 150, 171, 120],
    ])));
    expect(codes(a)).toEqual(['capaian-mismatch@F2']);
  });
  it('still reports a quarter missing inside the reported span (s.d. TW III with no TW II)', () => {
    const a = analyseWorkbook(grid(sheet('S', [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target 2025', 'Realisasi', 'Realisasi', 'Realisasi', 'Capaian (%)'],
      ['No', 'Indikator Kinerja', 'Satuan', 'Target 2025', 'TW I', 'TW III', 's.d. TW III', 'Capaian (%)'],
      [1, 'Jumlah peserta', 'orang', 1000, 250, 280, 530, 53],
    ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:G1', 'H1:H2'])));
    expect(a.findings.filter((f) => f.code === 'quarter-missing').map((f) => f.data)).toEqual([{ missing: ['II'], period: 'quarter' }]);
  });
});

describe('polarity and bounds across a row', () => {
  it('a range target of a lower-is-better indicator: above it short of 100 % (R/U had written 114.29 % for a worse inflation), below it R/L as the SPEC says', () => {
    const a = analyseWorkbook(grid(simple(['No', 'Indikator Kinerja Utama', 'Satuan', 'Polaritas', 'Target', 'Realisasi', 'Capaian (%)'], [
      [1, 'Laju inflasi daerah', '%', 'Negatif', '1,5 - 3,5', '4', ''],
      [2, 'Laju inflasi daerah (triwulan)', '%', 'Negatif', '1,5 - 3,5', '1', ''],
      [3, 'Laju inflasi daerah (semester)', '%', 'Negatif', '1,5 - 3,5', '2,5', ''],
      [4, 'Indeks Kepuasan Masyarakat', 'nilai', 'Positif', '80-85', '87', ''],
    ])));
    // 2 − 4/3.5, 1/1.5, inside, 87/85.
    expect(a.tables[0].indicators.map((i) => i.capaian)).toEqual([85.71, 66.67, 100, 102.35]);
  });
  it('a response time is lower-is-better, whatever it responds to', () => {
    const a = analyseWorkbook(grid(simple(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'], [[1, 'Response time penanganan kebakaran', 'menit', '15', '14', '106,67%']])));
    expect([a.tables[0].indicators[0].polarity, a.findings.map((f) => f.code)]).toEqual(['negative', ['polarity-inferred']]);
  });
  it('`Nihil` audit findings against a target of 5: fewer is better, not 0 %', () => {
    const a = analyseWorkbook(grid(simple(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'], [[1, 'Jumlah temuan BPK', 'temuan', '5', 'Nihil', '']])));
    expect(a.tables[0].indicators.map((i) => [i.polarity, i.capaian])).toEqual([['negative', 200]]);
  });
  it('a bound in another year\'s target makes the indicator lower-is-better in every year (said on that cell)', () => {
    const a = analyseWorkbook(grid(sheet('S', [
      ['No', 'Indikator Kinerja Utama', 'Satuan', 'Tahun 2024', 'Tahun 2024', 'Tahun 2024', 'Tahun 2025', 'Tahun 2025', 'Tahun 2025'],
      ['No', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Persentase rumah tangga X', '%', '≤ 1,5%', 1.2, 120, '1%', 0.8, 120],
    ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:I1'])));
    expect(a.tables[0].indicators.map((i) => [i.polarity, i.capaian, i.years.map((y) => y.capaian)])).toEqual([['negative', 120, [120]]]);
    expect(a.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['polarity-inferred@D3']);
  });
});

describe('a summary row under year groups', () => {
  it('holds each other year\'s Rata-rata to that year\'s mean (2024\'s had never been checked)', () => {
    const a = analyseWorkbook(grid(sheet('S', [
      ['No', 'Indikator Kinerja Utama', 'Satuan', 'Tahun 2024', 'Tahun 2024', 'Tahun 2024', 'Tahun 2025', 'Tahun 2025', 'Tahun 2025'],
      ['No', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Indeks Kepuasan Masyarakat', 'nilai', 80, 82.5, 103.13, 83, 84.6, 101.93],
      [2, 'Persentase pengaduan yang ditindaklanjuti', '%', 90, 95, 105.56, 95, 97.5, 102.63],
      [3, 'Jumlah UMKM yang dibina', 'unit', 140, 160, 114.29, 150, 171, 114],
      ['Rata-rata Capaian Kinerja', '', '', '', '', 110, '', '', 106.19],
    ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:I1', 'A6:E6'])));
    expect(a.findings.map((f) => [f.code, f.cell, f.data])).toEqual([['average-mismatch', 'F6', { stated: 110, computed: 107.66, group: null, year: 2024 }]]);
  });
});

describe('year groups named by their place in time', () => {
  const table = (last: string, current: string) => grid(sheet('S', [
    ['No', 'Indikator Kinerja Utama', 'Satuan', last, last, last, current, current, current],
    ['No', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Persentase pengaduan yang ditindaklanjuti', '%', 90, 95, 95, 95, 97.5, 102.63],
    [2, 'Jumlah UMKM yang dibina', 'unit', 140, 160, 114.29, 150, 171, 120],
  ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:I1']));
  it.each([['Tahun Lalu (2024)', 'Tahun Ini (2025)'], ['2024 (Tahun Lalu)', '2025 (Tahun Ini)'], ['Tahun 2024 (Tahun Lalu)', 'Tahun 2025 (Tahun Berjalan)']])(
    '%s │ %s: 2025 is the reporting year, 2024 a year group checked on its own', (last, current) => {
      // They had been no groups: column-ambiguous, nothing checked; or 2024 history, its wrong 95 % never checked.
      const a = analyseWorkbook(grid(table(last, current).sheets[0]));
      expect(a.tables[0].layout.columns.reportingYear).toBe(2025);
      expect(a.tables[0].indicators.map((i) => [i.capaian, i.years.map((y) => y.year)])).toEqual([[102.63, [2024]], [114, [2024]]]);
      expect(a.findings.map((f) => `${f.code}@${f.cell}`).sort()).toEqual(['capaian-mismatch@F3', 'capaian-mismatch@I4']);
    });
});

describe('a budget recap lettered a, b over its numbered rows', () => {
  it('keeps the letters as the outer level where they come first (b. under 2. had made a false roll-up and a wrong Jumlah written)', () => {
    const g = grid(sheet('S', [
      ['No', 'Uraian', 'Pagu', 'Realisasi', '%'],
      ['a.', 'Belanja Operasi', 300, 270, 90],
      ['1.', 'Belanja Pegawai', 200, 180, 90],
      ['2.', 'Belanja Barang', 100, 90, 90],
      ['b.', 'Belanja Modal', 100, 50, 50],
      ['1.', 'Belanja Modal Peralatan', 100, 50, 50],
      ['Jumlah', '', 400, 320, 80],
    ]));
    const a = analyseWorkbook(g);
    expect(a.findings).toEqual([]);
    expect(buildWritePlan(g, a, 'id').writes.filter((w) => w.row === 6).map((w) => [w.address, w.value])).toEqual([['E7', 0.8]]);
  });
});

describe('a II.15 numbered 1 over a, b (Program over its Kegiatan)', () => {
  it('nests the small letters under the number: the Jumlah row holds against the Programs, a broken Program roll-up is told', () => {
    const a = analyseWorkbook(grid(sheet('Tabel 3.5', [
      ['No', 'Program / Kegiatan', 'Indikator Kinerja', 'Kinerja', 'Kinerja', 'Kinerja', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Anggaran (Rp)'],
      ['No', 'Program / Kegiatan', 'Indikator Kinerja', 'Target', 'Realisasi', '%', 'Pagu', 'Realisasi', '%'],
      ['1', 'Penunjang Urusan Pemerintahan Daerah', 'Nilai SAKIP Perangkat Daerah', '80 nilai', '82 nilai', 102.5, 1500000000, 1400000000, 93.33],
      ['a', 'Perencanaan, Penganggaran dan Evaluasi Kinerja', 'Jumlah dokumen perencanaan', '5 dokumen', '5 dokumen', 100, 500000000, 480000000, 96],
      ['b.', 'Administrasi Keuangan Perangkat Daerah', 'Jumlah laporan keuangan', '12 laporan', '12 laporan', 100, 1000000000, 900000000, 90],
      ['2', 'Pemenuhan Upaya Kesehatan', 'Persentase puskesmas terakreditasi', '80%', '75%', 93.75, 2000000000, 1800000000, 90],
      ['a)', 'Penyediaan Fasilitas Pelayanan Kesehatan', 'Jumlah puskesmas direhabilitasi', '4 unit', '3 unit', 75, 2000000000, 1800000000, 90],
      ['Jumlah', 'Jumlah', 'Jumlah', '', '', '', 3500000000, 3200000000, 91.43],
    ], ['D1:F1', 'G1:I1', 'A1:A2', 'B1:B2', 'C1:C2', 'A8:C8'])));
    // Every row had been summed: total-mismatch on G8 and H8, and 91.14 % written over a right 91.43 %.
    expect(a.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['rollup-mismatch@H3']);
  });
});

describe('the Pemda `realisasi fisik dan keuangan` table', () => {
  const codes = (a: ReturnType<typeof analyseWorkbook>) => a.findings.map((f) => `${f.code}@${f.cell}`);
  const row1 = ['1', 'Meningkatnya kualitas jalan', 'Persentase jalan kondisi mantap', '75%', '72%', 96, 10000000000, 9500000000, 90];
  it('reads Target under Keuangan (or Anggaran) as the pagu, under Fisik as the target (it had been column-missing pagu)', () => {
    for (const [perf, money] of [['Fisik', 'Keuangan'], ['Kinerja', 'Anggaran']]) {
      const a = analyseWorkbook(grid(sheet('S', [
        ['No', 'Sasaran', 'Indikator Kinerja', perf, perf, perf, money, money, money],
        ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', '%', 'Target', 'Realisasi', '%'],
        row1,
      ], ['D1:F1', 'G1:I1', 'A1:A2', 'B1:B2', 'C1:C2'])));
      expect(a.tables[0].layout.columns.single).toMatchObject({ target: 3, annual: 4, capaian: 5, pagu: 6, spent: 7, absorption: 8 });
      // 9.5 of 10 bn is 95 %, not the 90 % stated.
      expect([perf, codes(a)]).toEqual([perf, ['absorption-mismatch@I3']]);
    }
  });
  it('reads the flat labels Target Fisik │ Realisasi Fisik │ % Fisik │ Target Keuangan (Rp) │ Realisasi Keuangan │ % Keuangan', () => {
    const a = analyseWorkbook(grid(simple(['No', 'Sasaran', 'Indikator Kinerja', 'Target Fisik', 'Realisasi Fisik', '% Fisik', 'Target Keuangan (Rp)', 'Realisasi Keuangan', '% Keuangan'], [row1])));
    expect(a.tables[0].layout.columns.single).toMatchObject({ target: 3, annual: 4, capaian: 5, pagu: 6, spent: 7, absorption: 8 });
    expect(codes(a)).toEqual(['absorption-mismatch@I2']);
  });
  it('never reads a physical realisation (`Realisasi Fisik (%)`) as the money spent or the absorption', () => {
    const a = analyseWorkbook(grid(simple(['Kode', 'Uraian', 'Pagu', 'Realisasi Keuangan (Rp)', 'Keuangan (%)', 'Realisasi Fisik (%)'], [
      ['1.02.01', 'PROGRAM A', 1000, 900, '', '100'],
      ['1.02.02', 'PROGRAM B', 400, 350, '', '90'],
    ])));
    const s = a.tables[0].layout.columns.single;
    // It had been the absorption: 105 % written over the physical 100.
    expect([s.spent, s.absorption]).toEqual([3, undefined]);
    expect(a.findings).toEqual([]);
  });
  it('reads a one-row header with the Kinerja group first: the Realisasi right of Pagu is the spent (it had been column-missing spent)', () => {
    const a = analyseWorkbook(grid(simple(['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', '%', 'Pagu', 'Realisasi', '%'], [row1])));
    expect(a.tables[0].layout.columns.single).toMatchObject({ target: 3, annual: 4, capaian: 5, pagu: 6, spent: 7, absorption: 8 });
    expect(codes(a)).toEqual(['absorption-mismatch@I2']);
  });
});
