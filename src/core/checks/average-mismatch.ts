// A stated Rata-rata capaian differs from the mean of the group's computed capaian.
import { TableCheck } from './check';
import { agreesAsPrinted } from '../compute/math';
import { statedPercent } from '../compute/indicator';

const check: TableCheck<'average-mismatch'> = {
  code: 'average-mismatch',
  severity: 'error',
  check(table, ctx) {
    const tol = ctx.settings.tolerance;
    for (const g of table.groups) {
      if (g.averageCell && g.statedAverage !== null && g.average !== null && !agreesAsPrinted(g.statedAverage, g.average, tol, g.averageCell.decimals)) {
        ctx.report(g.averageCell.address, { stated: g.statedAverage, computed: g.average, group: g.name });
      }
    }
    // A summary row's capaian is the table's mean, in a Rata-rata row or a Jumlah row (where a recalculation writes
    // it too: never a correction without its finding).
    if (!table.summary || table.capaian === null) return;
    for (const c of table.summary.cells) {
      if (c.column !== 'capaian' && c.column !== 'average') continue;
      const stated = statedPercent(c);
      if (stated !== null && !agreesAsPrinted(stated, table.capaian, tol, c.decimals)) ctx.report(c.address, { stated, computed: table.capaian, group: null });
    }
  },
};
export default check;
