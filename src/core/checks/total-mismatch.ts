// A Jumlah/Total row differs from the sum of its column (pagu and spent once per group; counts of one unit); and a
// subtotal inside a budget table (`Sub Total`, `Jumlah Program …`) differs from every run of rows above it it may sum.
import { TableCheck, shown } from './check';
import { sameAmount, sum } from '../compute/math';
import { amountOf, GroupAnalysis, isBareHeading, rolledAmount, SubtotalAnalysis, TableAnalysis, ValueCell } from '../compute/model';
import { isAdditive } from '../read/units';

const stated = (c: ValueCell) => (c.reading.kind === 'number' ? c.reading.measure.value : null);

/** The sum of parts when every part is known, else null. */
const sumOf = (parts: (number | null)[]): number | null => (parts.length === 0 || parts.includes(null) ? null : sum(parts as number[]));

/**
 * A group's rupiah in a cell's column: by column for a budget-only recap (every rupiah column), by role elsewhere
 * (pagu and spent once per group); null for a column the rows do not state.
 */
function amountIn(table: TableAnalysis, cell: ValueCell, col: number): ((g: GroupAnalysis) => number | null) | null {
  if (table.layout.budgetOnly) return (x) => amountOf(x.amounts.get(col) ?? null);
  if (cell.column === 'pagu') return (x) => x.paguValue;
  if (cell.column === 'spent') return (x) => x.spentValue;
  return null;
}

/** The groups to sum: the top level among them (a hierarchy's children are in their parent), bare headings left out. */
function topOf(groups: GroupAnalysis[]): GroupAnalysis[] {
  const inside = new Set(groups);
  return groups.filter((g) => (g.parent === null || !inside.has(g.parent)) && !isBareHeading(g));
}

const check: TableCheck<'total-mismatch'> = {
  code: 'total-mismatch',
  severity: 'error',
  check(table, ctx) {
    for (let k = 0; k < table.subtotals.length; k++) checkSubtotal(table, table.subtotals, k, (cell, expected) => ctx.report(cell.address, { expected: shown(expected), actual: shown(stated(cell)!), column: cell.column }));
    if (table.summary?.kind !== 'total') return;
    const compare = (cell: ValueCell, parts: (number | null)[]) => {
      const s = stated(cell);
      const expected = sumOf(parts);
      if (s === null || expected === null) return;
      if (!sameAmount(s, expected)) ctx.report(cell.address, { expected: shown(expected), actual: shown(s), column: cell.column });
    };
    // The top-level rows: a heading row carrying nothing is left out; one without amounts over rows with theirs
    // counts as their sum (a `Program …` heading over its Kegiatan).
    const top = topOf(table.groups);
    const summed = (cell: ValueCell, col: number) => {
      const own = amountIn(table, cell, col);
      if (own) compare(cell, top.map((g) => rolledAmount(g, own)));
      return own !== null;
    };
    if (table.layout.budgetOnly) {
      // Every rupiah column of the total against the sum of the top-level rows (a hierarchy's children are in their parent).
      for (const [col, cell] of table.summary.amounts) summed(cell, col);
      return;
    }
    const units = new Set(table.indicators.map((i) => i.unit?.name ?? ''));
    const oneAdditive = units.size === 1 && isAdditive(table.indicators[0]?.unit ?? null);
    // Pagu and spent once per group, of the top level where groups nest (a Program row over its Kegiatan rows).
    for (const c of table.summary.cells) {
      if (summed(c, c.col)) continue;
      if (oneAdditive && c.column === 'target') compare(c, table.indicators.map((i) => (i.targetValue.kind === 'number' ? i.targetValue.value : null)));
      else if (oneAdditive && c.column === 'annual') compare(c, table.indicators.map((i) => (i.realisation.kind === 'number' ? i.realisation.value : null)));
    }
  },
};

/**
 * The k-th subtotal against the rows it may sum. Which rows a subtotal closes is not written anywhere: those since
 * the subtotal before it (`Jumlah Program A` after A's rows), or since an earlier one or the table's top (`Sub Total
 * Urusan` over Programs A and B, only B closed by its own total). It is wrong only when it equals none of them; the
 * sum reported is the nearest run's (since the subtotal before it).
 */
function checkSubtotal(table: TableAnalysis, subtotals: SubtotalAnalysis[], k: number, report: (cell: ValueCell, expected: number) => void): void {
  const sub = subtotals[k];
  const starts = [...subtotals.slice(0, k).map((x) => x.row).reverse(), -1];
  const runs = starts.map((from) => topOf(table.groups.filter((g) => g.rows.length > 0 && g.rows[0] > from && g.rows[g.rows.length - 1] < sub.row)));
  const cells = table.layout.budgetOnly ? [...sub.amounts] : sub.cells.map((c) => [c.col, c] as const);
  for (const [col, cell] of cells) {
    const s = stated(cell);
    const own = amountIn(table, cell, col);
    if (s === null || own === null) continue;
    const sums = runs.map((run) => sumOf(run.map((g) => rolledAmount(g, own))));
    const nearest = sums.find((x) => x !== null);
    if (nearest === undefined || sums.some((x) => x !== null && sameAmount(s, x))) continue;
    report(cell, nearest);
  }
}

export default check;
