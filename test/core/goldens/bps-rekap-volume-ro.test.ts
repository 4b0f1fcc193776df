// Hand-checked golden: test/fixtures/real-world/bps-rekap-volume-ro.xlsx — a statistics office's output-volume
// recap, 7 sheets (4 hidden), headers such as `KRO | RO - KEGIATAN | TARGET VOLUME`, `Bobot | Jan … Des | TOTAL`.
// No sheet has an indicator label beside a target label, nor pagu beside realisasi (SPEC §2, §10.4), so the
// workbook has no table: one table-not-found (CLI: about the workbook, on its first sheet) and no other finding
// (test/fixtures/real-world/SOURCES.md: "table-not-found, quickly, with no other finding").
import { WorkbookAnalysis } from '../../../src/core/workbook';
import { analyseFixture } from './golden';

let a: WorkbookAnalysis;
beforeAll(async () => {
  a = await analyseFixture('real-world/bps-rekap-volume-ro');
}, 60000);

describe('golden by hand: real-world/bps-rekap-volume-ro.xlsx', () => {
  it('looks at all seven sheets, hidden ones included, and finds no table', () => {
    expect(a.sheets).toEqual(['Rekap Vol RO', 'Rekap Vol RO TAPIN', 'Rekap all', 'TVRO', 'LK PSS', 'LK Penghitungan', 'Progress']);
    expect(a.tables).toEqual([]);
  });

  it('reports table-not-found once and nothing else', () => {
    expect(a.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([['table-not-found', 'warning', 'Rekap Vol RO', 'A1']]);
  });
});
