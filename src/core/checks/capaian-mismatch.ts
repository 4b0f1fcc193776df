// A stated capaian differs from the computed one by more than the tolerance.
import { TableCheck } from './check';
import { agrees } from '../compute/math';

const check: TableCheck<'capaian-mismatch'> = {
  code: 'capaian-mismatch',
  severity: 'error',
  check(table, ctx) {
    for (const ind of table.indicators) {
      if (!ind.stated || ind.statedCapaian === null || ind.capaian === null) continue;
      if (!agrees(ind.statedCapaian, ind.capaian, ctx.settings.tolerance)) {
        ctx.report(ind.stated.address, { stated: ind.statedCapaian, computed: ind.capaian });
      }
    }
  },
};
export default check;
