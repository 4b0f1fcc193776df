// More spent than the pagu allows.
import { TableCheck } from './check';
import { GroupAnalysis } from '../compute/model';

/**
 * Revenue, and a financing's receipts, collected above their target are no overspending: an LRA's `4 PENDAPATAN
 * DAERAH` (code 4), `6.1 Penerimaan Pembiayaan` and every row under them (each had been a `spent-over-pagu`).
 */
function isRevenue(g: GroupAnalysis | null): boolean {
  for (let x = g; x !== null; x = x.parent) {
    if (/^4(?:\.|$)|^6\.1(?:\.|$)/.test(x.code) || /\b(?:pendapatan|penerimaan)\b/i.test(x.name)) return true;
  }
  return false;
}

const check: TableCheck<'spent-over-pagu'> = {
  code: 'spent-over-pagu',
  severity: 'error',
  kinds: ['budget'],
  check(table, ctx) {
    for (const g of table.groups) {
      if (g.spent && g.paguValue !== null && g.spentValue !== null && g.spentValue > g.paguValue && !isRevenue(g)) {
        ctx.report(g.spent.address, { pagu: g.paguValue, spent: g.spentValue });
      }
    }
  },
};
export default check;
