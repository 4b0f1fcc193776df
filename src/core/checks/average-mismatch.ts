// A stated Rata-rata capaian differs from the mean of the group's computed capaian.
import { TableCheck } from './check';
import { agreesAsPrinted, averageOf } from '../compute/math';
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
    if (!table.summary) return;
    // Each other year's capaian in the summary row is that year's mean (SPEC §10.3: every year group is checked).
    for (const { year, cell } of table.summary.years) {
      const stated = statedPercent(cell);
      const computed = averageOf(table.indicators.map((i) => i.years.find((y) => y.year === year)?.capaian ?? null), ctx.settings);
      if (stated !== null && computed !== null && !agreesAsPrinted(stated, computed, tol, cell.decimals)) ctx.report(cell.address, { stated, computed, group: null, year });
    }
    if (table.capaian === null) return;
    for (const c of table.summary.cells) {
      if (c.column !== 'capaian' && c.column !== 'average') continue;
      const stated = statedPercent(c);
      if (stated !== null && !agreesAsPrinted(stated, table.capaian, tol, c.decimals)) ctx.report(c.address, { stated, computed: table.capaian, group: null });
    }
  },
};
export default check;
