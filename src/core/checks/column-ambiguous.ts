// SPEC §10.5: two candidate columns for the target, the realisation or the capaian of the reporting year. Checks that
// do not depend on that role still run; no capaian that depends on it is computed, and nothing is written in the table.
import { TableCheck, headerCell } from './check';
import { a1, columnName } from '../grid';

const check: TableCheck<'column-ambiguous'> = {
  code: 'column-ambiguous',
  severity: 'warning',
  kinds: ['capaian', 'budget'],
  check(table, ctx) {
    const l = table.layout;
    for (const a of l.columns.ambiguous) {
      if (a.role !== 'target' && a.role !== 'annual' && a.role !== 'capaian') continue;
      const headers = a.cols.map((c) => {
        const texts = l.columns.headerLabels.get(c) ?? [];
        return `${columnName(c)} (${texts[texts.length - 1] ?? ''})`;
      });
      ctx.report(headerCell(table), { role: a.role, columns: headers, candidates: a.cols.map((c) => a1(l.headerTop, c)) });
    }
  },
};
export default check;
