// The bench's lower bound is only a bound if it does the work it claims: on the bench's own rows it must find the
// capaian mismatches the analysis finds, with the same figures, and write a capaian wherever one is computed.
import { lowerBoundPass } from '../../src/bench/floor';
import { benchRows } from '../../src/bench/rows';
import { analyseWorkbook } from '../../src/core/workbook';
import { grid, sheet } from '../helpers/grid';

describe('lowerBoundPass (npm run bench)', () => {
  const { capaian, budget } = benchRows(400);
  const g = grid(sheet('Tabel II.1', capaian), sheet('Tabel II.15', budget, ['D1:F1', 'G1:J1']));
  const floor = lowerBoundPass(g);
  const analysis = analyseWorkbook(g);

  it('reports the capaian mismatches the analysis reports, cell for cell', () => {
    const real = analysis.findings.filter((f) => f.code === 'capaian-mismatch');
    expect(real.length).toBeGreaterThan(0);
    expect(floor.findings.map((f) => f.finding)).toEqual(real);
    expect(floor.findings.every((f) => f.comment.length > 0)).toBe(true);
  });

  it('writes a capaian for every indicator the analysis computes one for', () => {
    const computed = analysis.tables.flatMap((t) => t.indicators.filter((i) => i.capaian !== null));
    expect(floor.writes).toHaveLength(computed.length);
    expect(floor.cellsRead).toBeGreaterThan(5 * computed.length);
  });
});
