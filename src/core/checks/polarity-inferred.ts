// SPEC §10.7: an indicator read as negative (lower is better) from its name: `Angka Kematian Ibu`, `Prevalensi Stunting`;
// or from a target stated as an upper bound (`Maks. 5 hari`, `≤ 5%`).
import { TableCheck } from './check';
import { a1 } from '../grid';

const check: TableCheck<'polarity-inferred'> = {
  code: 'polarity-inferred',
  severity: 'info',
  check(table, ctx) {
    const col = table.layout.columns.single.indicator ?? table.layout.left;
    for (const ind of table.indicators) {
      const inferred = ind.polarityInferredFrom;
      if (inferred === null) continue;
      // From a target (its own saying `Maks.`/`≤`, or the Perjanjian Kinerja's): on the target cell; from the name, on the name.
      const at = inferred.at ?? ind.target;
      if (inferred.from !== 'name' && at !== null) ctx.report(a1(at.row, at.col), { indicator: ind.name, phrase: inferred.phrase, from: inferred.from });
      else ctx.report(a1(ind.row, col), { indicator: ind.name, phrase: inferred.phrase });
    }
  },
};
export default check;
