// An indicator matched to the other table only by a close name (`SISCO`/`SSKO`).
import { WorkbookCheck } from './check';
import { crossTableFacts } from './cross-table';

const check: WorkbookCheck<'indicator-name-differs'> = {
  code: 'indicator-name-differs',
  severity: 'info',
  workbook: true,
  check({ tables }, ctx) {
    for (const f of crossTableFacts(tables)) if (f.code === 'indicator-name-differs') ctx.report(f.sheet, f.cell, f.data);
  },
};
export default check;
