// Two measurements in one cell (`75 Kasus 36%`); the one in the indicator's unit is still used.
import { TableCheck } from './check';
import { measureFor } from '../compute/model';

const check: TableCheck<'value-multiple'> = {
  code: 'value-multiple',
  severity: 'error',
  check(table, ctx) {
    // Without a two-measure cell in the table there is nothing to look for.
    if (!table.cells.some((c) => c.reading.kind === 'multiple')) return;
    for (const ind of table.indicators) {
      for (const c of [ind.target, ...ind.quarters, ind.annual]) {
        if (!c || c.reading.kind !== 'multiple') continue;
        const used = measureFor(c.reading, ind.unit);
        const unit = ind.unit?.name ?? null;
        const alike = used === null && unit !== null && c.reading.measures.some((m) => m.unit?.name === unit);
        ctx.report(c.address, {
          values: c.reading.measures.map((m) => `${m.value}${m.unit ? ' ' + m.unit.name : ''}`),
          used: used ? used.value : null,
          unit,
          ...(alike ? { alike: true } : {}),
        });
      }
    }
    for (const c of table.cells) {
      if (c.reading.kind === 'multiple' && !['target', 'quarter', 'annual'].includes(c.column)) {
        ctx.report(c.address, { values: c.reading.measures.map((m) => m.value), used: null, unit: null });
      }
    }
  },
};
export default check;
