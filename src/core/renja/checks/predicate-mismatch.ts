// SPEC §11: the footer's stated predicate (Sangat Tinggi … Sangat Rendah) is not the rating scale's band of its
// stated average nor of the computed one.
import { parsePredicate, predicateOf } from '../predicate';
import { FormCheck } from './check';

const check: FormCheck<'predicate-mismatch'> = {
  code: 'predicate-mismatch',
  severity: 'error',
  check(form, report) {
    const at = form.layout.footer.predicate;
    if (!at || !form.statedPredicate) return;
    const stated = parsePredicate(form.statedPredicate);
    const statedAverage = form.statedAverage?.value ?? null;
    const reference = form.average ?? statedAverage;
    if (reference === null) return;
    const bands = [form.average, statedAverage].filter((x): x is number => x !== null).map((x) => predicateOf(x, form.scale));
    if (stated && bands.includes(stated)) return;
    report(at, { stated: form.statedPredicate, expected: predicateOf(reference, form.scale), average: reference, statedAverage });
  },
};
export default check;
