// Hand-checked golden: test/fixtures/real-world/predikat-akip.xlsx — the AKIP predicate scale (one sheet,
// `Predikat (Nilai) | Interpretasi`, rows AA (> 90 - 100) … D (> 0 - 30)). It holds no indicator/target header,
// so it is no table (SPEC §2, §5.1): one table-not-found on the workbook's only sheet, and nothing else.
// It is also the reference the built-in AKIP scale (issue #5) is copied from: the bands below are typed from
// its column A by hand.
import { WorkbookAnalysis } from '../../../src/core/workbook';
import { AKIP_SCALE } from '../../../src/core/compute/scales';
import { analyseFixture } from './golden';

const SHEET = 'Tabel Interpretasi Predikat Pen';
let a: WorkbookAnalysis;
beforeAll(async () => {
  a = await analyseFixture('real-world/predikat-akip');
});

describe('golden by hand: real-world/predikat-akip.xlsx', () => {
  it('finds no table and says so once', () => {
    expect(a.tables).toEqual([]);
    expect(a.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([['table-not-found', 'warning', SHEET, 'A1']]);
  });

  it('is the source of the built-in AKIP scale', () => {
    expect(AKIP_SCALE.bands.map((b) => [b.category, b.min, b.max])).toEqual([
      ['AA', 90, 100], ['A', 80, 90], ['BB', 70, 80], ['B', 60, 70], ['CC', 50, 60], ['C', 30, 50], ['D', 0, 30],
    ]);
  });
});
