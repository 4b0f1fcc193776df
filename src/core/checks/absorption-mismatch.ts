// A stated % anggaran differs from spent ÷ pagu (per group, and on a Jumlah row).
import { TableCheck } from './check';
import { agrees, round2, sum } from '../compute/math';
import { statedPercent } from '../compute/indicator';

const check: TableCheck<'absorption-mismatch'> = {
  code: 'absorption-mismatch',
  severity: 'error',
  kinds: ['budget'],
  check(table, ctx) {
    const tol = ctx.settings.tolerance;
    for (const g of table.groups) {
      if (g.absorptionCell && g.statedAbsorption !== null && g.absorption !== null && !agrees(g.statedAbsorption, g.absorption, tol)) {
        ctx.report(g.absorptionCell.address, { stated: g.statedAbsorption, computed: g.absorption });
      }
    }
    const total = table.summary?.kind === 'total' ? table.summary.cells.find((c) => c.column === 'absorption') : undefined;
    const pagu = table.groups.map((g) => g.paguValue);
    const spent = table.groups.map((g) => g.spentValue);
    if (!total || pagu.includes(null) || spent.includes(null)) return;
    const p = sum(pagu as number[]);
    const stated = statedPercent(total);
    if (p <= 0 || stated === null) return;
    const computed = round2((sum(spent as number[]) / p) * 100);
    if (!agrees(stated, computed, tol)) ctx.report(total.address, { stated, computed });
  },
};
export default check;
