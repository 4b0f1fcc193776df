// The shape of one form check (one finding code per file, as src/core/checks): it reads the analysed form and
// reports findings by cell.
import { a1 } from '../../grid';
import { DataOf, FindingCode, Severity } from '../../findings';
import { agreesAsPrinted as agreesAtPrecision } from '../../compute/math';
import { printedDecimals } from '../../compute/cells';
import { FormAnalysis, FormValue } from '../analyse';
import { FormFindingCode, FormFindingDataMap } from '../findings';

/** The codes a form check may report: its own (SPEC §11) and those of §5 that apply to the form's cells. */
export type FormCode = FormFindingCode | FindingCode;
export type FormDataOf<C extends FormCode> = C extends FormFindingCode ? FormFindingDataMap[C] : C extends FindingCode ? DataOf<C> : never;

export interface FormFinding<C extends FormCode = FormCode> {
  code: C;
  severity: Severity;
  sheet: string;
  cell: string;
  data: FormDataOf<C>;
}

export interface FormCheck<C extends FormCode = FormCode> {
  code: C;
  severity: Severity;
  check(form: FormAnalysis, report: (cell: { row: number; col: number }, data: FormDataOf<C>) => void): void;
}

export function runFormCheck<C extends FormCode>(check: FormCheck<C>, form: FormAnalysis, out: FormFinding[]): void {
  check.check(form, (cell, data) => {
    out.push({ code: check.code, severity: check.severity, sheet: form.layout.sheet, cell: a1(cell.row, cell.col), data } as FormFinding);
  });
}

/** SPEC §10.6 on a form's cell: the LKj tables' rule (`agreesAsPrinted`) with the decimals the cell is printed with. */
export function agreesAsPrinted(stated: FormValue, computed: number, tolerance: number): boolean {
  if (stated.value === null) return true;
  return agreesAtPrecision(stated.value, computed, tolerance, printedDecimals(stated.raw, stated.reading));
}
