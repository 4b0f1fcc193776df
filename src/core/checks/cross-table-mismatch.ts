// A matched indicator's target, unit or annual realisation differs between tables (SPEC §5.6).
import { WorkbookCheck } from './check';
import { crossTableFacts } from './cross-table';

const check: WorkbookCheck<'cross-table-mismatch'> = {
  code: 'cross-table-mismatch',
  severity: 'warning',
  workbook: true,
  check({ tables }, ctx) {
    for (const f of crossTableFacts(tables)) if (f.code === 'cross-table-mismatch') ctx.report(f.sheet, f.cell, f.data);
  },
};
export default check;
