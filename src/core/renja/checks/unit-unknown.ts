// SPEC §5.3 on the form: a Satuan word outside the catalogue that is one letter away from a catalogue unit (`Unir`
// for `Unit`). Other words (Berita Acara, Usulan, Kerja Sama) are units the form legitimately uses; they are read
// as units without a kind and not reported.
import { editDistance, suggestUnit } from '../../read/units';
import { FormCheck } from './check';
import { RATE_UNIT } from '../analyse';

const check: FormCheck<'unit-unknown'> = {
  code: 'unit-unknown',
  severity: 'warning',
  check(form, report) {
    const col = form.layout.unitCol;
    if (col === undefined) return;
    const seen = new Set<number>();
    for (const ind of form.indicators) {
      if (ind.unit || !ind.unitWord || RATE_UNIT.test(ind.unitWord) || seen.has(ind.row)) continue;
      seen.add(ind.row);
      const word = ind.unitWord.toLowerCase().split(/[\s/]+/)[0];
      const suggestion = suggestUnit(ind.unitWord);
      if (!suggestion) continue;
      const close = [suggestion.name, ...(suggestion.name === 'dokumen' ? ['dok'] : [])].some((w) => editDistance(word, w, 1) <= 1);
      if (close) report({ row: ind.row, col }, { word: ind.unitWord, suggestion: suggestion.name });
    }
  },
};
export default check;
