// Target and realisation are categories without scores (`Baik`): capaian is not computed.
import { TableCheck } from './check';

const check: TableCheck<'category-unscored'> = {
  code: 'category-unscored',
  severity: 'warning',
  check(table, ctx) {
    for (const ind of table.indicators) {
      if (ind.status !== 'category-unscored' || !ind.target) continue;
      const t = ind.targetValue;
      const r = ind.realisation;
      ctx.report(ind.target.address, {
        target: t.kind === 'category' ? t.category : null,
        realisation: r.kind === 'category' ? r.category : null,
      });
    }
  },
};
export default check;
