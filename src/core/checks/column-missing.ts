// A required column is absent: indicator and target; pagu and spent for a budget table.
import { TableCheck, headerCell } from './check';

const check: TableCheck<'column-missing'> = {
  code: 'column-missing',
  severity: 'error',
  check(table, ctx) {
    const s = table.layout.columns.single;
    const required = table.layout.kind === 'budget' ? (['indicator', 'target', 'pagu', 'spent'] as const) : (['indicator', 'target'] as const);
    for (const column of required) if (s[column] === undefined) ctx.report(headerCell(table), { column });
  },
};
export default check;
