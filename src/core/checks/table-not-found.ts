// No recognisable table on the sheet (add-in) or in the workbook (CLI): say which labels were looked for.
import { WorkbookCheck } from './check';

// The last: the evaluation form (SPEC §11) is known by its numbered row's declared formulas, not by these labels.
export const LOOKED_FOR = ['Indikator Kinerja', 'Target', 'Realisasi / Triwulan I–IV / Tahunan', 'Pagu + Realisasi (Anggaran)', '12 = 8+9+10+11 (Renja)'];

const check: WorkbookCheck<'table-not-found'> = {
  code: 'table-not-found',
  severity: 'warning',
  workbook: true,
  check({ tables, forms, scope, undeclaredForms = [] }, ctx) {
    // An evaluation form (SPEC §11) is a table found too.
    if (tables.some((t) => scope.includes(t.layout.sheet)) || forms.some((f) => scope.includes(f.layout.sheet))) return;
    // A form left alone for want of a declared formula: say so, not "looked for Indikator Kinerja, Target" above a
    // header that has both.
    const undeclared = undeclaredForms.filter((sheet) => scope.includes(sheet));
    ctx.report(undeclared[0] ?? scope[0] ?? '', 'A1', { lookedFor: LOOKED_FOR, sheets: scope, ...(undeclared.length > 0 ? { undeclaredForms: undeclared } : {}) });
  },
};
export default check;
