// More spent than the pagu allows.
import { TableCheck, columnScale } from './check';
import { GroupAnalysis } from '../compute/model';

/**
 * Revenue, and a financing's receipts, collected above their target are no overspending: an LRA's `4 PENDAPATAN
 * DAERAH` (code 4), `6.1 Penerimaan Pembiayaan` and every row under them (each had been a `spent-over-pagu`).
 */
function isRevenue(g: GroupAnalysis | null): boolean {
  for (let x = g; x !== null; x = x.parent) {
    // An LRA's account codes (`4`, `4.1`, `4.1.02`; `6.1`), not a program's (`4.01.01`: Urusan 4's spending); names
    // that open with the account (`PENDAPATAN DAERAH`), not a program about it (`Program Pengelolaan Pendapatan`).
    if (/^4(?:\.\d(?:\.|$)|$)|^6\.1(?:\.|$)/.test(x.code) || /^(?:\d[\d.]*\s+)?(?:pendapatan|penerimaan pembiayaan)\b/i.test(x.name.trim())) return true;
  }
  return false;
}

const check: TableCheck<'spent-over-pagu'> = {
  code: 'spent-over-pagu',
  severity: 'error',
  kinds: ['budget'],
  check(table, ctx) {
    // The scale both columns' headers state (`Anggaran (Rp 000)` over Pagu and Realisasi), for the message's words.
    const { pagu, spent } = table.layout.columns.single;
    const scale = columnScale(table, pagu) === columnScale(table, spent) ? columnScale(table, pagu) : null;
    for (const g of table.groups) {
      if (g.spent && g.paguValue !== null && g.spentValue !== null && g.spentValue > g.paguValue && !isRevenue(g)) {
        ctx.report(g.spent.address, { pagu: g.paguValue, spent: g.spentValue, ...(scale !== null && { scale }) });
      }
    }
  },
};
export default check;
