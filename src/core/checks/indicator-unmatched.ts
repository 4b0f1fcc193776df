// An indicator in one table but not the other; the message names the indicator and the table it is missing from.
import { WorkbookCheck } from './check';
import { crossTableFacts } from './cross-table';

const check: WorkbookCheck<'indicator-unmatched'> = {
  code: 'indicator-unmatched',
  severity: 'info',
  workbook: true,
  check({ tables }, ctx) {
    for (const f of crossTableFacts(tables)) if (f.code === 'indicator-unmatched') ctx.report(f.sheet, f.cell, f.data);
  },
};
export default check;
