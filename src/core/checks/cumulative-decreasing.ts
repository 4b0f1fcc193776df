// A cumulative (s.d.) series of an additive unit must not fall from one quarter to the next.
import { TableCheck } from './check';
import { isAdditive } from '../read/units';

const check: TableCheck<'cumulative-decreasing'> = {
  code: 'cumulative-decreasing',
  severity: 'warning',
  check(table, ctx) {
    for (const ind of table.indicators) {
      const q = ind.quarterSummary;
      if (!q || !q.cumulative || !isAdditive(ind.unit)) continue;
      let prev: number | null = null;
      for (let i = 0; i < 4; i++) {
        const v = q.values[i];
        if (v === null) continue;
        if (prev !== null && v < prev) {
          ctx.report(ind.quarters[i]!.address, { previous: prev, value: v });
          break;
        }
        prev = v;
      }
    }
  },
};
export default check;
