// SPEC §9: every figure and finding the worked example lists.
import { join } from 'node:path';
import { analyseWorkbook, WorkbookAnalysis } from '../../src/core/workbook';
import { FIXTURES, loadGrid } from '../helpers/xlsx';

let a: WorkbookAnalysis;
beforeAll(async () => {
  a = analyseWorkbook(await loadGrid(join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx')));
});

const table = (sheet: string) => a.tables.find((t) => t.layout.sheet === sheet)!;
const has = (code: string, sheet: string, cell: string) => a.findings.some((f) => f.code === code && f.sheet === sheet && f.cell === cell);
const rowsWith = (code: string, sheet: string) => a.findings.filter((f) => f.code === code && f.sheet === sheet).map((f) => Number(f.cell.replace(/^[A-Z]+/, '')));

describe('worked example: BP3MI DKI Jakarta LKj 2025', () => {
  it('reads Tabel I.1 as the agreement with no findings, and does not check the budget list', () => {
    expect(table('Tabel I.1').layout.kind).toBe('agreement');
    expect(a.findings.filter((f) => f.sheet === 'Tabel I.1' || f.sheet === 'Tabel I.1 Anggaran')).toEqual([]);
    expect(a.tables.some((t) => t.layout.sheet === 'Tabel I.1 Anggaran')).toBe(false);
  });

  it('computes Tabel II.1 capaian for the ten computable indicators and their mean 188.52', () => {
    const t = table('Tabel II.1');
    expect(t.indicators).toHaveLength(13);
    expect(t.indicators.map((i) => i.capaian)).toEqual([51.43, 100, 125, 505, 100, 239.91, 98.92, 100, 190.5, 374.4, null, null, null]);
    expect(t.capaian).toBe(188.52);
  });

  it('lists the Tabel II.1 findings of §9 and no annual-sum-mismatch', () => {
    expect(has('value-multiple', 'Tabel II.1', 'H7')).toBe(true);
    expect(has('value-multiple', 'Tabel II.1', 'I7')).toBe(true);
    expect(has('annual-underivable', 'Tabel II.1', 'I7')).toBe(true);
    expect(rowsWith('realisation-missing', 'Tabel II.1')).toEqual([17, 18]);
    expect(has('category-unscored', 'Tabel II.1', 'D19')).toBe(true);
    expect(rowsWith('capaian-implausible', 'Tabel II.1')).toEqual([10, 12, 15, 16]);
    expect(rowsWith('annual-sum-mismatch', 'Tabel II.1')).toEqual([]);
    expect(rowsWith('unit-mismatch', 'Tabel II.1')).toEqual([]);
  });

  it('computes Tabel II.15 absorption 95.96 and 97.20 and the group average 188.52', () => {
    const t = table('Tabel II.15');
    expect(t.groups.map((g) => g.absorption)).toEqual([95.96, 97.2]);
    expect(t.groups[0].statedAverage).toBe(184.47);
    expect(t.groups[0].average).toBe(188.52);
    expect(t.groups[0].rows.map((r) => r + 1)).toEqual([7, 8, 9, 10, 13, 14, 15, 16, 17, 20, 21]);
  });

  it('lists the Tabel II.15 findings of §9', () => {
    expect(a.findings.filter((f) => f.code === 'capaian-mismatch').map((f) => [f.cell, f.data])).toEqual([
      ['I7', { stated: 36, computed: 51.43, indicator: 'Layanan Penanganan Permasalahan dari jumlah pengaduan masuk yang difasilitasi oleh BP3MI', year: 2025 }],
      ['I9', { stated: 100, computed: 125, indicator: 'Implementasi Kerjasama', year: 2025 }],
    ]);
    expect(a.findings.find((f) => f.code === 'unit-unknown')).toMatchObject({ sheet: 'Tabel II.15', cell: 'G15', data: { word: 'Oran', suggestion: 'orang' } });
    expect(a.findings.filter((f) => f.code === 'number-notation-mixed').map((f) => f.sheet)).toEqual(['Tabel II.15']);
    expect(a.findings.find((f) => f.code === 'average-mismatch')).toMatchObject({ cell: 'J13', data: { stated: 184.47, computed: 188.52 } });
    expect(has('capaian-unverifiable', 'Tabel II.15', 'I23')).toBe(true);
    expect(a.findings.filter((f) => f.code === 'absorption-mismatch' || f.code === 'number-ambiguous')).toEqual([]);
  });

  it('skips the repeated header blocks without a finding on them', () => {
    expect(table('Tabel II.15').layout.skippedRows.map((r) => r + 1)).toEqual([11, 12, 18, 19]);
    expect(a.findings.filter((f) => f.sheet === 'Tabel II.15' && [11, 12, 18, 19].includes(Number(f.cell.replace(/^[A-Z]+/, ''))))).toEqual([]);
  });
});
