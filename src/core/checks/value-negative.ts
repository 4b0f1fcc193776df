// A negative target, realisation, pagu or spent.
import { Check } from './check';
import { Measure, Reading } from '../read/cell';

const COLUMNS: ReadonlySet<string> = new Set(['target', 'quarter', 'annual', 'pagu', 'spent']);

const check: Check = {
  code: 'value-negative',
  severity: 'error',
  check(table, ctx) {
    const cells = table.unusualCells;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (!COLUMNS.has(c.column)) continue;
      const m = negativeMeasure(c.reading);
      if (m) ctx.report(c.address, { value: m.value, column: c.column });
    }
  },
};
export default check;

function negativeMeasure(r: Reading): Measure | null {
  if (r.kind === 'number') return r.measure.value < 0 ? r.measure : null;
  if (r.kind === 'range') return r.low.value < 0 ? r.low : r.high.value < 0 ? r.high : null;
  if (r.kind === 'multiple') return r.measures.find((x) => x.value < 0) ?? null;
  return null;
}
