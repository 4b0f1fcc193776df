// SPEC §10.4, §10.8: a stated Sisa must be pagu − spent, and % Sisa must be 100 − absorption (at its printed precision).
import { TableCheck, columnScale } from './check';
import { agreesAsPrinted, round2, sameAmount } from '../compute/math';
import { amountOf } from '../compute/model';
import { statedPercent } from '../compute/indicator';

const check: TableCheck<'remaining-mismatch'> = {
  code: 'remaining-mismatch',
  severity: 'error',
  kinds: ['budget'],
  check(table, ctx) {
    for (const g of table.groups) {
      const actual = amountOf(g.remaining);
      if (g.remaining && actual !== null && g.paguValue !== null && g.spentValue !== null) {
        const expected = g.paguValue - g.spentValue;
        const scale = columnScale(table, g.remaining.col);
        if (!sameAmount(actual, expected)) ctx.report(g.remaining.address, { expected, actual, column: 'remaining', ...(scale !== null && { scale }) });
      }
      const stated = statedPercent(g.remainingPercent);
      if (g.remainingPercent && stated !== null && g.absorption !== null) {
        const expected = round2(100 - g.absorption);
        if (!agreesAsPrinted(stated, expected, ctx.settings.tolerance, g.remainingPercent.decimals)) {
          ctx.report(g.remainingPercent.address, { expected, actual: stated, column: 'remainingPercent' });
        }
      }
    }
  },
};
export default check;
