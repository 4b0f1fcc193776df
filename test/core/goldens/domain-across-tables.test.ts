// Hand-checked golden: test/fixtures/domain-across-tables.xlsx — an agreement (PK), a Tabel II.1-like and a
// Tabel II.15-like table in one workbook (SPEC §2.3, §5.6). Worked out from the cells:
//   II.1 (annual column `Realisasi`, no capaian column):
//     row 2: 230 / 220 orang × 100 = 104.545… → 104.55; row 3: 100 / 100 % = 100.00;
//     row 4: `Baik` vs `Baik` — the realisation has no score → not computed, category-unscored on the target D4;
//     row 5: 10 / 10 dokumen = 100.00. Table capaian (104.55 + 100 + 100) / 3 = 101.516… → 101.52
//   II.15 (rows 3–4 one group: row 4's empty No/Sasaran continues it):
//     absorption 90.000.000 / 100.000.000 × 100 = 90.00 (stated 90%: agrees)
//     row 3: 230 / 200 orang = 115.00 (stated 115%: agrees); row 4: target `100 kasus`, realisation `100%` →
//     unit-mismatch on H4 (the indicator's unit comes from the target, §3.2); 100 kasus against 100 % cannot be
//     computed, so its stated 100% is capaian-unverifiable (I4, §5.4); group average = row 3 alone = 115.00
//   Across tables: the workbook has an agreement, so each realisation table is compared with PK and the findings
//   sit on the realisation table (§5.6):
//     II.1 `keputungan` / PK `kepulangan` and II.1 `SISCO` / PK `SSKO` → indicator-name-differs (C2, C3);
//     II.1 target 220 orang vs PK 200 orang → cross-table-mismatch on D2; NKA `Baik` = PK `Baik (88)`: no finding;
//     PK's `Nilai pengawasan kearsipan` is missing from II.1, and II.1's `Indikator yang tidak ada di PK` from PK
//       → two indicator-unmatched on II.1;
//     II.15 names match PK exactly; `100 kasus` vs PK `100%` → cross-table-mismatch on G4 (unit);
//     PK's NKA and kearsipan are missing from II.15 → two indicator-unmatched on II.15's first header cell A1.
//   II.1 and II.15 are not compared with each other (an agreement exists), so 220 vs 200 is reported once.
//   PK itself: read, never checked — no finding on its sheet.
import { WorkbookAnalysis } from '../../../src/core/workbook';
import { analyseFixture, excelRow, finding, findingsOn, table } from './golden';

let a: WorkbookAnalysis;
beforeAll(async () => {
  a = await analyseFixture('domain-across-tables');
});

describe('golden by hand: domain-across-tables.xlsx', () => {
  it('reads PK as the agreement and the two realisation tables', () => {
    expect(table(a, 'PK').layout.kind).toBe('agreement');
    expect(table(a, 'II.1').layout.kind).toBe('capaian');
    expect(table(a, 'II.15').layout.kind).toBe('budget');
    expect(findingsOn(a, 'PK')).toEqual([]);
  });

  it('computes Tabel II.1 capaian per indicator and for the table', () => {
    const t = table(a, 'II.1');
    expect(t.indicators.map((i) => excelRow(i.row))).toEqual([2, 3, 4, 5]);
    const [r2, r3, r4, r5] = t.indicators;
    expect(r2.capaian).toBeCloseTo(104.55, 2);
    expect(r3.capaian).toBeCloseTo(100, 2);
    expect(r4.capaian).toBeNull();
    expect(r5.capaian).toBeCloseTo(100, 2);
    expect(t.capaian).toBeCloseTo(101.52, 2);
  });

  it('computes Tabel II.15 absorption and the first indicator capaian', () => {
    const t = table(a, 'II.15');
    expect(t.groups).toHaveLength(1);
    expect(t.groups[0].rows.map(excelRow)).toEqual([3, 4]);
    expect(t.groups[0].absorption).toBeCloseTo(90, 2);
    expect(t.indicators[0].capaian).toBeCloseTo(115, 2);
    expect(t.indicators[1].capaian).toBeNull();
    expect(t.groups[0].average).toBeCloseTo(115, 2);
  });

  it('names the findings of Tabel II.1: category, two close names, one target difference, two unmatched', () => {
    const cells = findingsOn(a, 'II.1');
    expect(cells).toEqual(
      [
        'category-unscored@D4', 'indicator-name-differs@C2', 'indicator-name-differs@C3', 'cross-table-mismatch@D2',
        // PK's kearsipan, missing here: on the table's first header cell; II.1's own extra indicator: on its name
        'indicator-unmatched@A1', 'indicator-unmatched@C5',
      ].sort(),
    );
    expect(finding(a, 'indicator-unmatched', 'II.1', 'A1').data).toMatchObject({ name: 'Nilai pengawasan kearsipan' });
    expect(finding(a, 'indicator-unmatched', 'II.1', 'C5').data).toMatchObject({ name: 'Indikator yang tidak ada di PK' });
    expect(finding(a, 'cross-table-mismatch', 'II.1', 'D2').severity).toBe('warning');
    expect(finding(a, 'indicator-name-differs', 'II.1', 'C2').severity).toBe('info');
    expect(finding(a, 'category-unscored', 'II.1', 'D4').severity).toBe('warning');
  });

  it('names the findings of Tabel II.15: the unit mismatch, its unverifiable stated capaian, the unit difference with PK, two unmatched on A1', () => {
    expect(findingsOn(a, 'II.15')).toEqual(
      ['unit-mismatch@H4', 'capaian-unverifiable@I4', 'cross-table-mismatch@G4', 'indicator-unmatched@A1', 'indicator-unmatched@A1'].sort(),
    );
    expect(finding(a, 'unit-mismatch', 'II.15', 'H4').severity).toBe('error');
    expect(finding(a, 'cross-table-mismatch', 'II.15', 'G4').severity).toBe('warning');
    expect(finding(a, 'capaian-unverifiable', 'II.15', 'I4')).toMatchObject({ severity: 'info', data: { stated: 100 } });
    const missing = a.findings.filter((f) => f.code === 'indicator-unmatched' && f.sheet === 'II.15').map((f) => (f.data as { name?: string }).name);
    expect(missing.sort()).toEqual(['Nilai Kinerja Anggaran', 'Nilai pengawasan kearsipan']);
  });

  it('reports no difference between II.1 and II.15 themselves, and no capaian or absorption mismatch', () => {
    expect(a.findings.filter((f) => ['capaian-mismatch', 'absorption-mismatch', 'average-mismatch'].includes(f.code))).toEqual([]);
    expect(a.findings.filter((f) => f.code === 'cross-table-mismatch').map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(['II.1!D2', 'II.15!G4']);
  });
});
