// Hand-checked golden: test/fixtures/layout-headings-bounds.xlsx (written by test/fixtures/make-golden.ts).
// Tabel II.1: Tahun 2025 │ Tahun 2026 groups under `Sasaran / Indikator`; 2026 has targets only, so 2025 is the
// reporting year (a realisation written, not only its column). Headings merged across the table (rows 5, 8, numbered
// I and II) and `Jumlah layanan:` (row 10, over a. and b.) are no indicators.
//   row 6:  ≥ 80% → target 80, 85 / 80 = 106.25 (stated 106,25: agrees)
//   row 7:  Maks. 5 hari → negative polarity (polarity-inferred on D7), (2 × 5 − 4) / 5 = 120; stated 110 → capaian-mismatch F7
//   row 9:  72 / 70 = 102.857… → 102.86 (stated 102,86: agrees)
//   row 11: 120 / 100 = 120; row 12: 40 / 50 = 80
//   row 13: a name and a unit, nothing else: an indicator with no target → target-missing D13
//   table capaian (106.25 + 120 + 102.86 + 120 + 80) / 5 = 529.11 / 5 = 105.82
// Tabel II.15: Program rows carry their group's budget; `Realisasi Keuangan (%)` is the absorption.
//   group 1: 900 000 000 / 1 000 000 000 = 90 (stated 90); indicators ≥ 80% → 60 / 80 = 75, 80 / 80 = 100; average 87.5 (stated 87,5)
//   group 2: 450 000 000 / 500 000 000 = 90, stated 80 → absorption-mismatch E6; Nilai SAKIP 72 / 70 = 102.86, average 102.86
//   table capaian (75 + 100 + 102.86) / 3 = 92.62
import { WorkbookAnalysis } from '../../../src/core/workbook';
import { buildWritePlan } from '../../../src/core/plan';
import { analyseFixture, excelRow, findingsOn, table } from './golden';
import { FIXTURES, loadGrid } from '../../helpers/xlsx';
import { join } from 'node:path';

let a: WorkbookAnalysis;
beforeAll(async () => {
  a = await analyseFixture('layout-headings-bounds');
});

describe('golden by hand: layout-headings-bounds.xlsx', () => {
  it('Tabel II.1: 2025 is the reporting year; the headings are no indicators', () => {
    const t = table(a, 'Tabel II.1');
    expect(t.layout.columns.reportingYear).toBe(2025);
    expect(t.indicators.map((i) => excelRow(i.row))).toEqual([6, 7, 9, 11, 12, 13]);
    expect(t.indicators.map((i) => [i.polarity, i.capaian])).toEqual([
      ['positive', 106.25], ['negative', 120], ['positive', 102.86], ['positive', 120], ['positive', 80], ['positive', null],
    ]);
    expect(t.capaian).toBe(105.82);
  });

  it('Tabel II.15: each Program row is its group\'s budget, its indicators below', () => {
    const t = table(a, 'Tabel II.15');
    expect(t.indicators.map((i) => excelRow(i.row))).toEqual([4, 5, 7]);
    expect(t.groups.map((g) => [g.paguValue, g.spentValue, g.absorption, g.statedAbsorption, g.average])).toEqual([
      [1000000000, 900000000, 90, 90, 87.5], [500000000, 450000000, 90, 80, 102.86],
    ]);
    expect(t.capaian).toBe(92.62);
  });

  it('reports exactly these findings', () => {
    expect(findingsOn(a, 'Tabel II.1')).toEqual(['capaian-mismatch@F7', 'polarity-inferred@D7', 'target-missing@D13']);
    // The two tables name different indicators (indicator-unmatched, info), but for Nilai SAKIP, whose targets agree.
    expect(findingsOn(a, 'Tabel II.15').filter((f) => !f.startsWith('indicator-unmatched'))).toEqual(['absorption-mismatch@E6']);
  });

  it('writes this year\'s capaian, each absorption and average, nothing into 2026 or onto a heading', async () => {
    const grid = await loadGrid(join(FIXTURES, 'layout-headings-bounds.xlsx'));
    const writes = buildWritePlan(grid, a, 'id').writes.map((w) => `${w.sheet}!${w.address}=${w.value}`);
    expect(writes.sort()).toEqual([
      'Tabel II.1!F11=1.2', 'Tabel II.1!F12=0.8', 'Tabel II.1!F6=1.0625', 'Tabel II.1!F7=1.2', 'Tabel II.1!F9=1.0286',
      'Tabel II.15!E3=0.9', 'Tabel II.15!E6=0.9', 'Tabel II.15!H4=0.75', 'Tabel II.15!H5=1', 'Tabel II.15!H7=1.0286',
      'Tabel II.15!I3=0.875', 'Tabel II.15!I6=1.0286',
    ].sort());
  });
});
