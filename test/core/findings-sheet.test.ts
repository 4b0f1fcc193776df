// The "Temuan Cermat" sheet's rows, from the worked example: every finding once, in report order, linked to its cell.
import { join } from 'node:path';
import { analyseWorkbook } from '../../src/core/workbook';
import { fileReport } from '../../src/core/report';
import { findingsSheet } from '../../src/core/findings-sheet';
import { quoteSheet } from '../../src/core/grid';
import { FIXTURES, loadGrid } from '../helpers/xlsx';

describe('findings sheet', () => {
  it('lists every finding of the worked example with a link to its cell, in Indonesian and English', async () => {
    const grid = await loadGrid(join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx'));
    const report = fileReport('lkj.xlsx', analyseWorkbook(grid), 'id');
    const id = findingsSheet(report, 'id', grid.sheets.map((s) => s.name));
    expect(id.name).toBe('Temuan Cermat');
    expect(id.header).toEqual(['No', 'Lembar', 'Sel', 'Tingkat', 'Kode', 'Pesan']);
    expect(id.rows).toHaveLength(report.findings.length);
    const i7 = id.rows.find((r) => r.cell === 'I7' && r.code === 'capaian-mismatch')!;
    expect(i7).toMatchObject({ sheet: 'Tabel II.15', link: "'Tabel II.15'!I7", severity: 'Kesalahan' });
    expect(i7.message).toContain('51,43 %');
    expect(id.rows.map((r) => r.no)).toEqual(report.findings.map((_, i) => i + 1));
    const en = findingsSheet(fileReport('lkj.xlsx', analyseWorkbook(grid), 'en'), 'en', []);
    expect(en.name).toBe('Cermat findings');
    expect(en.rows.find((r) => r.cell === 'I7')!.severity).toBe('Error');
  });

  it('takes a name the workbook does not use, and quotes sheet names with apostrophes', () => {
    const report = { file: 'x', tables: [], findings: [], summary: { tables: 0, indicators: 0, errors: 0, warnings: 0, infos: 0 } };
    expect(findingsSheet(report, 'id', ['Temuan Cermat', 'temuan cermat (2)']).name).toBe('Temuan Cermat (3)');
    expect(quoteSheet("Kinerja 'B'")).toBe("'Kinerja ''B'''");
  });
});
