// A Jumlah/Total row differs from the sum of its column (pagu and spent once per group; counts of one unit).
import { TableCheck, shown } from './check';
import { sameAmount, sum } from '../compute/math';
import { amountOf, isBareHeading, rolledAmount, ValueCell } from '../compute/model';
import { isAdditive } from '../read/units';

const check: TableCheck<'total-mismatch'> = {
  code: 'total-mismatch',
  severity: 'error',
  check(table, ctx) {
    if (table.summary?.kind !== 'total') return;
    const stated = (c: ValueCell) => (c.reading.kind === 'number' ? c.reading.measure.value : null);
    const compare = (cell: ValueCell, parts: (number | null)[]) => {
      const s = stated(cell);
      if (s === null || parts.length === 0 || parts.includes(null)) return;
      const expected = sum(parts as number[]);
      if (!sameAmount(s, expected)) ctx.report(cell.address, { expected: shown(expected), actual: shown(s), column: cell.column });
    };
    // The top-level rows: a heading row carrying nothing is left out; one without amounts over rows with theirs
    // counts as their sum (a `Program …` heading over its Kegiatan).
    const top = table.groups.filter((g) => g.parent === null && !isBareHeading(g));
    if (table.layout.budgetOnly) {
      // Every rupiah column of the total against the sum of the top-level rows (a hierarchy's children are in their parent).
      for (const [col, cell] of table.summary.amounts) compare(cell, top.map((g) => rolledAmount(g, (x) => amountOf(x.amounts.get(col) ?? null))));
      return;
    }
    const units = new Set(table.indicators.map((i) => i.unit?.name ?? ''));
    const oneAdditive = units.size === 1 && isAdditive(table.indicators[0]?.unit ?? null);
    // Pagu and spent once per group, of the top level where groups nest (a Program row over its Kegiatan rows).
    for (const c of table.summary.cells) {
      if (c.column === 'pagu') compare(c, top.map((g) => rolledAmount(g, (x) => x.paguValue)));
      else if (c.column === 'spent') compare(c, top.map((g) => rolledAmount(g, (x) => x.spentValue)));
      else if (oneAdditive && c.column === 'target') compare(c, table.indicators.map((i) => (i.targetValue.kind === 'number' ? i.targetValue.value : null)));
      else if (oneAdditive && c.column === 'annual') compare(c, table.indicators.map((i) => (i.realisation.kind === 'number' ? i.realisation.value : null)));
    }
  },
};
export default check;
