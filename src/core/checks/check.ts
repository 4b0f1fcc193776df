// The shape of one check (one finding code per file, ESLint-rule style) and what it is given.
// Table checks look at one analysed table; workbook checks (table-not-found, the across-table codes) at all of them.
import { a1 } from '../grid';
import { amountScaleOf } from '../detect/labels';
import { TableAnalysis } from '../compute/model';
import { cents } from '../compute/math';
import { TableKind } from '../detect/layout';
import { DataOf, Finding, FindingCode, Severity } from '../findings';
import { Settings } from '../settings';
import type { FormAnalysis } from '../renja/analyse';

export interface CheckContext<C extends FindingCode> {
  settings: Settings;
  report(cell: string, data: DataOf<C>, severity?: Severity): void;
}

export interface TableCheck<C extends FindingCode = FindingCode> {
  code: C;
  severity: Severity;
  /** Which tables it looks at (default: capaian and budget); agreement tables are read, never checked (SPEC §2.3). */
  kinds?: TableKind[];
  check(table: TableAnalysis, ctx: CheckContext<C>): void;
}

/** What a workbook check sees: every analysed table, and the sheets a missing table is reported about. */
export interface WorkbookScope {
  tables: TableAnalysis[];
  /** The sheets looked at (CLI: the workbook; add-in: the active sheet). */
  scope: string[];
  /** The evaluation forms found (SPEC §11, src/core/renja); their codes are workbook checks over these. */
  forms: FormAnalysis[];
  /** Sheets holding an evaluation form whose numbered row declares no formula (or that has none): left alone. */
  undeclaredForms?: string[];
}

export interface WorkbookCheck<C extends FindingCode = FindingCode> {
  code: C;
  severity: Severity;
  workbook: true;
  /** Reports with the sheet named, since a workbook finding belongs to no one table. */
  check(wb: WorkbookScope, ctx: { settings: Settings; report(sheet: string, cell: string, data: DataOf<C>): void }): void;
}

/** One check of any code, as the registry holds them. */
export type AnyCheck = { [C in FindingCode]: TableCheck<C> | WorkbookCheck<C> }[FindingCode];

export function isWorkbookCheck(c: AnyCheck): c is Extract<AnyCheck, { workbook: true }> {
  return (c as { workbook?: boolean }).workbook === true;
}

export function runTableCheck<C extends FindingCode>(check: TableCheck<C>, table: TableAnalysis, settings: Settings, out: Finding[]): void {
  const kinds = check.kinds ?? ['capaian', 'budget'];
  if (!kinds.includes(table.layout.kind)) return;
  check.check(table, {
    settings,
    report(cell, data, severity = check.severity) {
      out.push({ code: check.code, severity, sheet: table.layout.sheet, cell, data } as Finding);
    },
  });
}

export function runWorkbookCheck<C extends FindingCode>(check: WorkbookCheck<C>, wb: WorkbookScope, settings: Settings, out: Finding[]): void {
  check.check(wb, {
    settings,
    report(sheet, cell, data) {
      out.push({ code: check.code, severity: check.severity, sheet, cell, data } as Finding);
    },
  });
}

/** What a column's amounts are worth in rupiah as its header says (`Pagu (Rp 000)`: 1000), null where it says none. */
export function columnScale(table: TableAnalysis, col: number | undefined): number | null {
  return col === undefined ? null : amountScaleOf(table.layout.columns.headerTexts.get(col) ?? []);
}

/** The table's first header cell: where table-level findings sit. */
export function headerCell(table: TableAnalysis): string {
  return a1(table.layout.headerTop, table.layout.left);
}

/** Rounded for a finding's data: numbers as a reviewer reads them. */
export function shown(n: number | null): number | null {
  return n === null ? null : cents(n);
}
