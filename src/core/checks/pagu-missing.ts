// A budget group with spending or indicators but no pagu.
import { TableCheck } from './check';
import { a1 } from '../grid';
import { GroupAnalysis } from '../compute/model';

function hasPagu(g: GroupAnalysis | null): boolean {
  for (let x = g; x !== null; x = x.parent) if (x.pagu !== null) return true;
  return false;
}

const check: TableCheck<'pagu-missing'> = {
  code: 'pagu-missing',
  severity: 'error',
  kinds: ['budget'],
  check(table, ctx) {
    const col = table.layout.columns.single.pagu;
    if (col === undefined) return;
    for (const g of table.groups) {
      if (g.pagu !== null || (g.indicators.length === 0 && g.spent === null)) continue;
      // A budget stated for the level above (`I  Program …` with its pagu over its Kegiatan `1`, `2` and their
      // indicators) covers the rows under it where none of them states one (each had been a pagu-missing error).
      if (g.spent === null && g.parent !== null && hasPagu(g.parent) && g.parent.children.every((c) => c.pagu === null)) continue;
      ctx.report(a1(g.rows[0], col), { group: g.name });
    }
  },
};
export default check;
