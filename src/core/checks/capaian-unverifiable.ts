// A stated capaian or group average where none can be computed.
import { TableCheck } from './check';

const check: TableCheck<'capaian-unverifiable'> = {
  code: 'capaian-unverifiable',
  severity: 'info',
  check(table, ctx) {
    for (const ind of table.indicators) {
      if (ind.stated && ind.statedCapaian !== null && ind.capaian === null && ind.status !== 'ambiguous') {
        ctx.report(ind.stated.address, { stated: ind.statedCapaian, reason: ind.status });
      }
    }
    for (const g of table.groups) {
      if (g.averageCell && g.statedAverage !== null && g.average === null) {
        ctx.report(g.averageCell.address, { stated: g.statedAverage, reason: 'average' });
      }
    }
  },
};
export default check;
