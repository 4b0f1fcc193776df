// A stated % anggaran differs from spent ÷ pagu (per group, and on a Jumlah row).
import { TableCheck } from './check';
import { agreesAsPrinted } from '../compute/math';
import { statedPercent } from '../compute/indicator';

const check: TableCheck<'absorption-mismatch'> = {
  code: 'absorption-mismatch',
  severity: 'error',
  kinds: ['budget'],
  check(table, ctx) {
    const tol = ctx.settings.tolerance;
    for (const g of table.groups) {
      if (g.absorptionCell && g.statedAbsorption !== null && g.absorption !== null && !agreesAsPrinted(g.statedAbsorption, g.absorption, tol, g.absorptionCell.decimals)) {
        ctx.report(g.absorptionCell.address, { stated: g.statedAbsorption, computed: g.absorption });
      }
    }
    const total = table.summary?.kind === 'total' ? table.summary.cells.find((c) => c.column === 'absorption') : undefined;
    const stated = statedPercent(total ?? null);
    const computed = table.totals?.absorption ?? null;
    if (!total || stated === null || computed === null) return;
    if (!agreesAsPrinted(stated, computed, tol, total.decimals)) ctx.report(total.address, { stated, computed });
  },
};
export default check;
