// A unit word outside the catalogue, with the nearest catalogue unit when there is one (`Oran` → orang).
import { TableCheck } from './check';
import { measureAt, measureCount } from '../compute/cells';
import { lookupUnit, suggestUnit } from '../read/units';
import { unitText } from '../compute/indicator';

const check: TableCheck<'unit-unknown'> = {
  code: 'unit-unknown',
  severity: 'warning',
  // An unknown word in a PK's Satuan is reported too (SPEC §10.8), though the agreement is otherwise not checked.
  kinds: ['capaian', 'budget', 'agreement'],
  check(table, ctx) {
    // Indexed loops: every cell of the table passes here, mostly before the JIT has optimised this loop.
    const cells = table.cells;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c.column === 'unit') {
        const word = unitText(c.reading);
        if (word && !lookupUnit(word)) ctx.report(c.address, { word, suggestion: suggestUnit(word)?.name ?? null });
        continue;
      }
      const count = measureCount(c.reading);
      for (let j = 0; j < count; j++) {
        const m = measureAt(c.reading, j);
        if (m.unknownUnit) ctx.report(c.address, { word: m.unknownUnit, suggestion: m.unit?.name ?? null });
      }
    }
  },
};
export default check;
