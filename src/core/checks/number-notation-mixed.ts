// One table writes numbers in both Indonesian (35,17) and English (239.91) notation.
import { TableCheck, headerCell } from './check';

const check: TableCheck<'number-notation-mixed'> = {
  code: 'number-notation-mixed',
  severity: 'info',
  check(table, ctx) {
    if (table.notations.size < 2) return;
    const examples: string[] = [];
    for (const n of ['id', 'en'] as const) {
      const c = table.cells.find((x) => x.reading.kind === 'number' && x.reading.measure.notation === n);
      if (c) examples.push(c.address);
    }
    ctx.report(headerCell(table), { examples });
  },
};
export default check;
