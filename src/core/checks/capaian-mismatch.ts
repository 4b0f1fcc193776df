// A stated capaian differs from the computed one by more than the tolerance, at its printed precision (SPEC §10.6);
// every year group of the table is checked, the reporting year's and the others' (SPEC §10.3).
import { TableCheck } from './check';
import { agreesAsPrinted } from '../compute/math';

const check: TableCheck<'capaian-mismatch'> = {
  code: 'capaian-mismatch',
  severity: 'error',
  check(table, ctx) {
    const tol = ctx.settings.tolerance;
    const year = table.layout.columns.reportingYear;
    for (const ind of table.indicators) {
      if (ind.stated && ind.statedCapaian !== null && ind.capaian !== null && !agreesAsPrinted(ind.statedCapaian, ind.capaian, tol, ind.stated.decimals)) {
        ctx.report(ind.stated.address, { stated: ind.statedCapaian, computed: ind.capaian, indicator: ind.name, year });
      }
      for (const y of ind.years) {
        if (y.stated && y.statedCapaian !== null && y.capaian !== null && !agreesAsPrinted(y.statedCapaian, y.capaian, tol, y.stated.decimals)) {
          ctx.report(y.stated.address, { stated: y.statedCapaian, computed: y.capaian, indicator: ind.name, year: y.year });
        }
      }
    }
  },
};
export default check;
