// A required column is absent: indicator and target; pagu and spent for a budget table.
import { TableCheck, headerCell } from './check';

const check: TableCheck<'column-missing'> = {
  code: 'column-missing',
  severity: 'error',
  check(table, ctx) {
    const s = table.layout.columns.single;
    // A budget-only table (SPEC §10.4) has no indicator to miss.
    if (table.layout.budgetOnly) {
      for (const column of ['pagu', 'spent'] as const) if (s[column] === undefined) ctx.report(headerCell(table), { column });
      return;
    }
    const required = table.layout.kind === 'budget' ? (['indicator', 'target', 'pagu', 'spent'] as const) : (['indicator', 'target'] as const);
    for (const column of required) if (s[column] === undefined) ctx.report(headerCell(table), { column });
  },
};
export default check;
