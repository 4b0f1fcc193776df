// SPEC §10 layouts (test/fixtures/layouts, copied from the shared Part-two fixtures): the figures and findings a
// reviewer would name, worked out by hand from the cells (see the comments), never from the product.
import { WorkbookAnalysis } from '../../../src/core/workbook';
import { buildWritePlan } from '../../../src/core/plan';
import { loadGrid } from '../../helpers/xlsx';
import { analyseWorkbook } from '../../../src/core/workbook';
import { FIXTURES } from '../../helpers/xlsx';
import { join } from 'node:path';
import { Grid } from '../../../src/core/grid';
import { excelRow, findingsOn, table } from './golden';

async function load(name: string): Promise<{ grid: Grid; a: WorkbookAnalysis }> {
  const grid = await loadGrid(join(FIXTURES, 'layouts', `${name}.xlsx`));
  return { grid, a: analyseWorkbook(grid) };
}

/** Errors and warnings on a sheet (infos left out), as `code@cell`. */
const serious = (a: WorkbookAnalysis, sheet: string) =>
  a.findings.filter((f) => f.sheet === sheet && f.severity !== 'info').map((f) => `${f.code}@${f.cell}`).sort();
const capaianByRow = (a: WorkbookAnalysis, sheet: string) => Object.fromEntries(table(a, sheet).indicators.map((i) => [excelRow(i.row), i.capaian]));
const writesOn = (grid: Grid, a: WorkbookAnalysis, sheet: string) =>
  Object.fromEntries(buildWritePlan(grid, a, 'id').writes.filter((w) => w.sheet === sheet).map((w) => [w.address, w.value]));

describe('layout-year-groups: Target | Realisasi | Capaian under Tahun 2024 and Tahun 2025; history columns', () => {
  let grid: Grid;
  let a: WorkbookAnalysis;
  beforeAll(async () => ({ grid, a } = await load('layout-year-groups')));

  it('Tabel 3.1: 2025 is the reporting year; capaian 72,5/85, 171/150, 83,15/82, 42,83/70, 58,5/90', () => {
    expect(table(a, 'Tabel 3.1').layout.columns.reportingYear).toBe(2025);
    expect(capaianByRow(a, 'Tabel 3.1')).toEqual({ 6: 85.29, 7: 114, 8: 101.4, 9: 61.19, 10: 65 });
    // (85.29 + 114 + 101.4 + 61.19 + 65) / 5 = 85.376
    expect(table(a, 'Tabel 3.1').capaian).toBeCloseTo(85.38, 2);
  });

  it('Tabel 3.1: 2024 is checked (G7 states 90 %, 98/120 = 81,67) and whole percents agree at their precision (J6 85 % for 85,29)', () => {
    expect(serious(a, 'Tabel 3.1')).toEqual(['capaian-mismatch@G7', 'capaian-mismatch@J10']);
    const g7 = a.findings.find((f) => f.cell === 'G7')!;
    expect(g7.data).toMatchObject({ stated: 90, computed: 81.67, year: 2024 });
  });

  it('Tabel 3.1: only the 2025 capaian column J is written', () => {
    const w = writesOn(grid, a, 'Tabel 3.1');
    expect(Object.keys(w).sort()).toEqual(['J10', 'J6', 'J7', 'J8', 'J9']);
    expect(w.J6).toBeCloseTo(0.8529, 6);
    expect(w.J10).toBeCloseTo(0.65, 6);
  });

  it('Tabel 3.2: history columns 2021–2024 are read, never checked; AKI and stunting are negative by name', () => {
    const t = table(a, 'Tabel 3.2');
    expect(t.layout.columns.history.map((h) => h.year)).toEqual([2021, 2022, 2023, 2024]);
    // AKI: (2×6 − 5)/6 = 116,67; stunting: (2×18,5 − 17,2)/18,5 = 107,03; penurunan AKB stays positive: 8,4/10 = 84
    expect(capaianByRow(a, 'Tabel 3.2')).toEqual({ 6: 116.67, 7: 107.03, 8: 84, 9: 96, 10: 92 });
    expect(findingsOn(a, 'Tabel 3.2')).toEqual(['capaian-mismatch@K7', 'polarity-inferred@C6', 'polarity-inferred@C7']);
  });

  it('Tabel 3.2: the "Rata-rata Capain Kinerja" row (typo) is a summary: (116,67+107,03+84+96+92)/5 = 99,14, written in K11', () => {
    const t = table(a, 'Tabel 3.2');
    expect(t.layout.summaryRow === null ? null : excelRow(t.layout.summaryRow)).toBe(11);
    expect(t.capaian).toBeCloseTo(99.14, 2);
    const w = writesOn(grid, a, 'Tabel 3.2');
    expect(Object.keys(w).sort()).toEqual(['K10', 'K11', 'K6', 'K7', 'K8', 'K9']);
    expect(w.K11).toBeCloseTo(0.9914, 6);
  });
});

describe('layout-monthly: months 1…12 and Jumlah', () => {
  let grid: Grid;
  let a: WorkbookAnalysis;
  beforeAll(async () => ({ grid, a } = await load('layout-monthly')));

  it('Kinerja Bulanan: the annual is Jumlah, not month 1; Q7 2.405 ≠ 2.450, the sum of its months', () => {
    // 1945/1960 = 99,23; 2405/2400 = 100,21; 99/95 = 104,21 (a % row: Jumlah = the last month); 1220/1200 = 101,67
    expect(capaianByRow(a, 'Kinerja Bulanan')).toEqual({ 6: 99.23, 7: 100.21, 8: 104.21, 9: 101.67 });
    expect(table(a, 'Kinerja Bulanan').layout.columns.periodKind).toBe('month');
    expect(serious(a, 'Kinerja Bulanan')).toEqual(['annual-sum-mismatch@Q7']);
    expect(a.findings.find((f) => f.cell === 'Q7')!.data).toMatchObject({ expected: 2450, actual: 2405, period: 'month' });
  });

  it('Anggaran Bulanan: kegiatan 2.12.02.2.02 states Rp105.950.000, its two sub kegiatan Rp64.200.000 + Rp38.750.000', () => {
    expect(serious(a, 'Anggaran Bulanan')).toEqual(['rollup-mismatch@C10']);
    expect(a.findings.find((f) => f.cell === 'C10')!.data).toMatchObject({ expected: 102950000, actual: 105950000, rows: [11, 12] });
    // 325.300.000 / 338.450.000 = 96,11 %
    expect(table(a, 'Anggaran Bulanan').groups[0].absorption).toBeCloseTo(96.11, 2);
    const w = writesOn(grid, a, 'Anggaran Bulanan');
    expect(Object.keys(w).sort()).toEqual(['Q10', 'Q11', 'Q12', 'Q6', 'Q7', 'Q8', 'Q9']);
  });
});

describe('layout-budget-only: DIPA and SIPD recaps', () => {
  let grid: Grid;
  let a: WorkbookAnalysis;
  beforeAll(async () => ({ grid, a } = await load('layout-budget-only')));

  it('Realisasi DIPA: the revised pagu is the pagu (row 7 spends above Pagu Awal, below Pagu Revisi); JUMLAH E10 is Rp6.000.000 over', () => {
    const t = table(a, 'Realisasi DIPA');
    expect(t.layout.budgetOnly).toBe(true);
    // 4.052.377.650 / 4.180.500.000 = 96,94; 2.296.412.000 / 2.350.000.000 = 97,72
    expect(t.groups.map((g) => g.absorption)).toEqual([96.94, 97.72, 96.47, 95.15]);
    expect(serious(a, 'Realisasi DIPA')).toEqual(['total-mismatch@E10']);
    expect(a.findings.find((f) => f.cell === 'E10')!.data).toMatchObject({ expected: 15629760000, actual: 15635760000 });
  });

  it('Rekap SIPD: roll-ups over the codes, Sisa and % Sisa', () => {
    expect(serious(a, 'Rekap SIPD')).toEqual(['remaining-mismatch@F13', 'rollup-mismatch@D16', 'rollup-mismatch@F12', 'rollup-mismatch@F16']);
    // D16 3.488.816.500 against 3.118.576.000 + 382.740.500 = 3.501.316.500
    expect(a.findings.find((f) => f.code === 'rollup-mismatch' && f.cell === 'D16')!.data).toMatchObject({ expected: 3501316500, actual: 3488816500 });
    // F13 3.142.500 against 48.000.000 − 44.587.500 = 3.412.500 (two digits swapped)
    expect(a.findings.find((f) => f.cell === 'F13')!.data).toMatchObject({ expected: 3412500, actual: 3142500 });
  });

  it('Rekap SIPD: % and % Sisa are written on every row and on TOTAL; amounts and Sisa never', () => {
    const w = writesOn(grid, a, 'Rekap SIPD');
    const cols = new Set(Object.keys(w).map((k) => k.replace(/\d+/, '')));
    expect([...cols].sort()).toEqual(['E', 'G']);
    expect(Object.keys(w).length).toBe(2 * 17);
    expect(w.E22).toBeCloseTo(0.9656, 6);
    expect(w.G13).toBeCloseTo(0.0711, 6);
  });
});

describe('layout-ambiguous: Target beside Target Kinerja (%)', () => {
  let grid: Grid;
  let a: WorkbookAnalysis;
  beforeAll(async () => ({ grid, a } = await load('layout-ambiguous')));

  it('Tabel 2.1: column-ambiguous at A4, no capaian, nothing written; the unit check still runs (F6 10 orang, Satuan Desa)', () => {
    expect(findingsOn(a, 'Tabel 2.1')).toEqual(['column-ambiguous@A4', 'unit-mismatch@F6']);
    expect(a.findings.find((f) => f.code === 'column-ambiguous')!.data).toMatchObject({ role: 'target', candidates: ['E4', 'G4'] });
    expect(table(a, 'Tabel 2.1').indicators.map((i) => i.capaian)).toEqual([null, null, null]);
    expect(writesOn(grid, a, 'Tabel 2.1')).toEqual({});
  });

  it('Tabel 2.2 is written normally: 1.380/1.500 = 92 (G5 states 90), 71,4/75 = 95,2, 103,7/105 = 98,76', () => {
    expect(capaianByRow(a, 'Tabel 2.2')).toEqual({ 5: 92, 6: 95.2, 7: 98.76 });
    expect(serious(a, 'Tabel 2.2')).toEqual(['capaian-mismatch@G5']);
    expect(Object.keys(writesOn(grid, a, 'Tabel 2.2')).sort()).toEqual(['G5', 'G6', 'G7']);
  });
});

describe('layout-clean-variants: Part two labels, no error and no warning', () => {
  let grid: Grid;
  let a: WorkbookAnalysis;
  beforeAll(async () => ({ grid, a } = await load('layout-clean-variants')));

  it('semesters, Realisasi s.d. Desember, Tingkat Capaian; Target/Realisasi/Capaian (%) Tahun 2025; a budget-only table', () => {
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(table(a, 'Tabel 3.1').layout.columns.periodKind).toBe('semester');
    // 82/80, 1212/1200, 32/35
    expect(capaianByRow(a, 'Tabel 3.1')).toEqual({ 6: 102.5, 7: 101, 8: 91.43 });
    // 84,6/82, 57/60, 2.730.450.000/2.500.000.000
    expect(capaianByRow(a, 'Tabel 3.2')).toEqual({ 5: 103.17, 6: 95, 7: 109.22 });
    expect(table(a, 'Tabel 3.3').groups.map((g) => g.absorption)).toEqual([96.28, 96.67, 93.99]);
  });

  it('the Jumlah row\'s empty % Serapan is written: 5.299.234.650 / 5.532.700.000 = 95,78 %', () => {
    const w = writesOn(grid, a, 'Tabel 3.3');
    expect(w.E8).toBeCloseTo(0.9578, 6);
  });
});
