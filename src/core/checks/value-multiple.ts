// Two measurements in one cell (`75 Kasus 36%`); the one in the indicator's unit is still used.
import { Check } from './check';
import { measureFor } from '../compute/model';

const check: Check = {
  code: 'value-multiple',
  severity: 'error',
  check(table, ctx) {
    // Such a cell is unusual: without one in the table there is nothing to look for.
    if (!table.unusualCells.some((c) => c.reading.kind === 'multiple')) return;
    const indicators = table.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      for (let k = -1; k <= 4; k++) {
        const c = k < 0 ? ind.target : k < 4 ? ind.quarters[k] : ind.annual;
        if (!c || c.reading.kind !== 'multiple') continue;
        const used = measureFor(c.reading, ind.unit);
        ctx.report(c.address, {
          values: c.reading.measures.map((m) => `${m.value}${m.unit ? ' ' + m.unit.name : ''}`),
          used: used ? used.value : null,
          unit: ind.unit?.name ?? null,
        });
      }
    }
    const cells = table.unusualCells;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c.reading.kind === 'multiple' && c.column !== 'target' && c.column !== 'quarter' && c.column !== 'annual') {
        ctx.report(c.address, { values: c.reading.measures.map((m) => m.value), used: null, unit: null });
      }
    }
  },
};
export default check;
