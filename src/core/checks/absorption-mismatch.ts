// A stated % anggaran differs from spent ÷ pagu (per group, on a subtotal row from its own amounts, and on a Jumlah row).
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
    for (const sub of table.subtotals) {
      const stated = statedPercent(sub.absorptionCell);
      if (sub.absorptionCell && stated !== null && sub.absorption !== null && !agreesAsPrinted(stated, sub.absorption, tol, sub.absorptionCell.decimals)) {
        ctx.report(sub.absorptionCell.address, { stated, computed: sub.absorption });
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
