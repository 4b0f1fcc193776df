// Quarters hold data but the annual cell is empty; capaian uses the annual derived from the quarters.
import { TableCheck } from './check';
import { a1 } from '../grid';

const check: TableCheck<'annual-missing'> = {
  code: 'annual-missing',
  severity: 'warning',
  check(table, ctx) {
    // A budget recap's empty Jumlah beside its spending per period: the spent is their sum (SPEC §4).
    const spent = table.layout.columns.single.spent;
    if (spent !== undefined) {
      for (const g of table.groups) if (g.spentDerived) ctx.report(a1(g.rows[0], spent), { derived: g.spentValue, period: table.layout.columns.periodKind });
    }
    const col = table.layout.columns.single.annual;
    if (col === undefined) return;
    for (const ind of table.indicators) {
      if (ind.annualValue.kind !== 'absent' || !ind.quarterSummary || ind.quarterSummary.last === null) continue;
      ctx.report(ind.annual?.address ?? a1(ind.row, col), { derived: ind.realisation.kind === 'number' ? ind.realisation.value : null, period: table.layout.columns.periodKind });
    }
  },
};
export default check;
