// The shape of one form check (one finding code per file, as src/core/checks): it reads the analysed form and
// reports findings by cell.
import { a1, columnName } from '../../grid';
import { DataOf, FindingCode, Severity } from '../../findings';
import { agrees, round2 } from '../../compute/math';
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

/** Decimals a stated percentage is printed with: from its text, else its number format; null for General. */
export function printedDecimals(v: FormValue): number | null {
  const raw = v.raw;
  if (!raw) return null;
  if (typeof raw.value === 'string') {
    const m = /[.,](\d+)\s*%?\s*$/.exec(raw.value.trim());
    return m ? m[1].length : 0;
  }
  const f = raw.format;
  if (!f) return null;
  const section = f.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '');
  const m = /\.(0+)/.exec(section);
  if (m) return m[1].length;
  return /[0#]/.test(section) ? 0 : null;
}

function roundTo(x: number, d: number): number {
  const f = 10 ** d;
  const r = Math.round(Math.abs(x) * f * (1 + 4 * Number.EPSILON)) / f;
  return x < 0 ? -r : r;
}

/** SPEC §10.6: a stated percentage agrees within the tolerance, or when the computed one rounds to what is printed. */
export function agreesAsPrinted(stated: FormValue, computed: number, tolerance: number): boolean {
  const s = stated.value;
  if (s === null) return true;
  if (agrees(s, computed, tolerance)) return true;
  const d = printedDecimals(stated);
  return d !== null && d < 2 && roundTo(computed, d) === roundTo(s, d);
}

export function shown(n: number): number {
  return round2(n);
}

export function column(col: number): string {
  return columnName(col);
}
