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
      // On the category cell: the realisation's where only it is one (`Tercapai` against 100 %: the message had said
      // target and realisation were both categories, on the target's cell).
      const realisationCell = ind.annual ?? [...ind.quarters].reverse().find((q) => q !== null) ?? null;
      const at = t.kind !== 'category' && realisationCell ? realisationCell : ind.target;
      ctx.report(at.address, {
        target: t.kind === 'category' ? t.category : null,
        realisation: r.kind === 'category' ? r.category : null,
      });
    }
  },
};
export default check;
