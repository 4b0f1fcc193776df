// SPEC §10.7: an indicator read as negative (lower is better) from its name: `Angka Kematian Ibu`, `Prevalensi Stunting`.
import { TableCheck } from './check';
import { a1 } from '../grid';

const check: TableCheck<'polarity-inferred'> = {
  code: 'polarity-inferred',
  severity: 'info',
  check(table, ctx) {
    const col = table.layout.columns.single.indicator ?? table.layout.left;
    for (const ind of table.indicators) {
      if (ind.polarityInferredFrom) ctx.report(a1(ind.row, col), { indicator: ind.name, phrase: ind.polarityInferredFrom });
    }
  },
};
export default check;
