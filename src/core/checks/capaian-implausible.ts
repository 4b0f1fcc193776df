// Computed capaian above the threshold (150 %): the target may be set too low, or units mixed.
import { TableCheck } from './check';
import { a1 } from '../grid';

const check: TableCheck<'capaian-implausible'> = {
  code: 'capaian-implausible',
  severity: 'info',
  check(table, ctx) {
    const threshold = ctx.settings.implausibleAbove;
    for (const ind of table.indicators) {
      if (ind.capaian === null || ind.capaian <= threshold) continue;
      const at = ind.capaianCell ?? (ind.annual ? { row: ind.annual.row, col: ind.annual.col } : { row: ind.row, col: table.layout.left });
      ctx.report(a1(at.row, at.col), { capaian: ind.capaian, threshold });
    }
  },
};
export default check;
