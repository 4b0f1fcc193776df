// SPEC §5.3 on the form: a typed K value whose unit word differs from the indicator's Satuan (`5 laporan` in a Dokumen row).
import { readCell } from '../../read/cell';
import { FormCheck } from './check';

const check: FormCheck<'unit-mismatch'> = {
  code: 'unit-mismatch',
  severity: 'error',
  check(form, report) {
    const seen = new Set<string>();
    for (const ind of form.indicators) {
      if (!ind.unit) continue;
      for (const v of [ind.target, ind.renstraTarget, ind.lastRealisation, ind.annual, ...ind.quarters.map((q) => q.value)]) {
        if (!v?.raw || v.formula || typeof v.raw.value !== 'string') continue;
        const key = `${v.cell.row}:${v.cell.col}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const r = readCell(v.raw);
        const unit = r.kind === 'number' ? r.measure.unit : null;
        if (unit && unit.name !== ind.unit.name) report(v.cell, { expected: ind.unit.name, actual: unit.name });
      }
    }
  },
};
export default check;
