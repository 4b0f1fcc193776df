// The shape of one check (one finding code per file, ESLint-rule style) and what it is given.
import { a1 } from '../grid';
import { TableAnalysis } from '../compute/model';
import { Finding, FindingCode, FindingData, Severity } from '../findings';
import { Settings } from '../settings';

export interface CheckContext {
  settings: Settings;
  report(cell: string, data?: FindingData, severity?: Severity): void;
}

export interface Check {
  code: FindingCode;
  severity: Severity;
  /** Which tables it looks at; agreement tables are read, never checked (SPEC §2.3). */
  kinds?: TableAnalysis['layout']['kind'][];
  check(table: TableAnalysis, ctx: CheckContext): void;
}

export function runCheck(check: Check, table: TableAnalysis, settings: Settings, out: Finding[]): void {
  const kinds = check.kinds ?? ['capaian', 'budget'];
  if (!kinds.includes(table.layout.kind)) return;
  check.check(table, {
    settings,
    report(cell, data = {}, severity = check.severity) {
      out.push({ code: check.code, severity, sheet: table.layout.sheet, cell, data });
    },
  });
}

/** The table's first header cell: where table-level findings sit. */
export function headerCell(table: TableAnalysis): string {
  return a1(table.layout.headerTop, table.layout.left);
}

/** Rounded for a finding's data: numbers as a reviewer reads them. */
export function shown(n: number | null): number | null {
  return n === null ? null : Math.round(n * 100) / 100;
}
