// SPEC §10.4: a parent row's rupiah (pagu, spent, Sisa, monthly spending) must equal the sum of its direct children's.
import { TableCheck, columnScale } from './check';
import { sameAmount, sum } from '../compute/math';
import { amountOf } from '../compute/model';

const check: TableCheck<'rollup-mismatch'> = {
  code: 'rollup-mismatch',
  severity: 'error',
  kinds: ['budget'],
  check(table, ctx) {
    for (const g of table.groups) {
      if (g.children.length === 0) continue;
      for (const [col, cell] of g.amounts) {
        const actual = amountOf(cell);
        if (actual === null) continue;
        const parts = g.children.map((c) => amountOf(c.amounts.get(col) ?? null));
        if (parts.includes(null)) continue;
        const expected = sum(parts as number[]);
        if (sameAmount(actual, expected)) continue;
        const texts = table.layout.columns.headerLabels.get(col) ?? [];
        const scale = columnScale(table, col);
        ctx.report(cell.address, {
          expected, actual, column: cell.column, header: texts.join(' › '), rows: g.children.map((c) => c.rows[0] + 1), ...(scale !== null && { scale }),
        });
      }
    }
  },
};
export default check;
