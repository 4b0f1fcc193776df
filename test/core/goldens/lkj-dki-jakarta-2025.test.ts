// Hand-checked golden: test/fixtures/lkj-dki-jakarta-2025.xlsx, the worked example of SPEC §9. The figures of §9
// are asserted in test/core/worked-example.test.ts; this file adds what §9 implies but that test leaves out: the
// whole finding list of each sheet, Tabel II.15's per-indicator capaian, its second group, and the across-table
// matching against the agreement. Worked out from the cells:
//   Tabel II.1 annual sums (counts): 17+20+24+40 = 101, 0+0+20 = 20, 197+101+127+110 = 535,
//     9.622+10.569+11.194+10.170 = 41.555, 209+910+567+219 = 1905, 424+1.448+0+0 = 1872 — all equal their Tahunan.
//     Row 7: quarters 50, 50, 35,17, 50 (from `32 kasus 50%`): last 50, mean 46.29 ≠ 36 → annual-underivable I7.
//     No capaian column: the implausible capaian (505, 239.91, 190.5, 374.4 > 150) sit in the new column J.
//   Tabel II.15 capaian: 36/70 = 51.43 (stated 36 ✗), 100, 100/80 = 125 (stated 100 ✗), 101/20 = 505,
//     20/20 = 100, 535/223 = 239.91, 41.555/42.010 = 98.92, 100, 1905/1000 = 190.5, 1872/500 = 374.4;
//     WBK (H21 `-`) and Kearsipan (H22 `-`) realisation-missing; NKA Baik vs Baik unscored (G23).
//     Group 2 (rows 22–23): absorption 3.690.261.342 / 3.796.417.000 = 97.20; no computable capaian, so its stated
//     Rata-rata 83,97% (J22) is capaian-unverifiable, like NKA's stated 83.97% (I23).
//     Table capaian = the ten computed = 188.52.
//   Across tables (agreement Tabel I.1 present: each realisation table against it): SISCO (II.1 C8) / SSKO and
//     keputungan (II.1 C12), kepulauan (II.15 C14) / kepulangan → indicator-name-differs; every target equal after
//     reading (`42.010 Oran` = `42.010 orang`, `1000 Data` = `1000 data`, `Baik` = `Baik (88)`), all 13 indicators in
//     every table → no cross-table-mismatch, no indicator-unmatched.
import { WorkbookAnalysis } from '../../../src/core/workbook';
import { analyseFixture, excelRow, finding, findingsOn, table } from './golden';

let a: WorkbookAnalysis;
beforeAll(async () => {
  a = await analyseFixture('lkj-dki-jakarta-2025');
});

describe('golden by hand: lkj-dki-jakarta-2025.xlsx (beyond worked-example.test.ts)', () => {
  it('lists every Tabel II.1 finding and no other', () => {
    expect(findingsOn(a, 'Tabel II.1')).toEqual(
      [
        'value-multiple@H7', 'value-multiple@I7', 'annual-underivable@I7',
        'realisation-missing@I17', 'realisation-missing@I18', 'category-unscored@D19',
        'capaian-implausible@J10', 'capaian-implausible@J12', 'capaian-implausible@J15', 'capaian-implausible@J16',
        'indicator-name-differs@C8', 'indicator-name-differs@C12',
      ].sort(),
    );
    expect(finding(a, 'annual-underivable', 'Tabel II.1', 'I7').data).toMatchObject({ last: 50, actual: 36 });
    expect(finding(a, 'annual-underivable', 'Tabel II.1', 'I7').data.mean as number).toBeCloseTo(46.29, 2);
  });

  it('computes each Tabel II.15 capaian, both absorptions and the table capaian', () => {
    const t = table(a, 'Tabel II.15');
    expect(t.indicators.map((i) => excelRow(i.row))).toEqual([7, 8, 9, 10, 13, 14, 15, 16, 17, 20, 21, 22, 23]);
    const expected = [51.43, 100, 125, 505, 100, 239.91, 98.92, 100, 190.5, 374.4, null, null, null];
    t.indicators.forEach((ind, k) => {
      if (expected[k] === null) expect(ind.capaian).toBeNull();
      else expect(ind.capaian).toBeCloseTo(expected[k] as number, 2);
    });
    expect(t.groups[0].absorption).toBeCloseTo(95.96, 2);
    expect(t.groups[1].absorption).toBeCloseTo(97.2, 2);
    expect(t.groups[1].rows.map(excelRow)).toEqual([22, 23]);
    expect(t.groups[1].average).toBeNull();
    expect(t.groups[1].statedAverage).toBeCloseTo(83.97, 2);
    expect(t.capaian).toBeCloseTo(188.52, 2);
  });

  it('lists every Tabel II.15 finding and no other', () => {
    expect(findingsOn(a, 'Tabel II.15')).toEqual(
      [
        'capaian-mismatch@I7', 'capaian-mismatch@I9', 'average-mismatch@J13', 'unit-unknown@G15',
        'number-notation-mixed@A5', 'capaian-unverifiable@I23', 'capaian-unverifiable@J22',
        'realisation-missing@H21', 'realisation-missing@H22', 'category-unscored@G23',
        'capaian-implausible@I10', 'capaian-implausible@I14', 'capaian-implausible@I17', 'capaian-implausible@I20',
        'indicator-name-differs@C14',
      ].sort(),
    );
    expect(finding(a, 'capaian-unverifiable', 'Tabel II.15', 'J22').data).toMatchObject({ stated: 83.97 });
    expect(finding(a, 'number-notation-mixed', 'Tabel II.15', 'A5').severity).toBe('info');
  });

  it('matches every indicator with the agreement: three close names, no difference, nothing unmatched', () => {
    expect(a.findings.filter((f) => f.code === 'indicator-name-differs').map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(
      ['Tabel II.1!C12', 'Tabel II.1!C8', 'Tabel II.15!C14'],
    );
    expect(a.findings.filter((f) => f.code === 'cross-table-mismatch' || f.code === 'indicator-unmatched')).toEqual([]);
    expect(findingsOn(a, 'Tabel I.1')).toEqual([]);
    expect(findingsOn(a, 'Tabel I.1 Anggaran')).toEqual([]);
  });
});
