// A unit word outside the catalogue, with the nearest catalogue unit when there is one (`Oran` → orang).
import { Check } from './check';
import { measuresOf } from '../compute/cells';
import { lookupUnit, suggestUnit } from '../read/units';
import { unitText } from '../compute/indicator';

const check: Check = {
  code: 'unit-unknown',
  severity: 'warning',
  check(table, ctx) {
    const cells = table.unusualCells;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c.column === 'unit') {
        const word = unitText(c.reading);
        if (word && !lookupUnit(word)) ctx.report(c.address, { word, suggestion: suggestUnit(word)?.name ?? null });
        continue;
      }
      const r = c.reading;
      if (r.kind !== 'number' && r.kind !== 'range' && r.kind !== 'multiple') continue;
      const measures = measuresOf(r);
      for (let j = 0; j < measures.length; j++) {
        const m = measures[j];
        if (m.unknownUnit) ctx.report(c.address, { word: m.unknownUnit, suggestion: m.unit?.name ?? null });
      }
    }
  },
};
export default check;
