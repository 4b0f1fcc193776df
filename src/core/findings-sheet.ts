// The "Temuan Cermat" sheet (issue 15): every finding as a row a reviewer can work through — where it is (with a link
// to the cell), how serious, what it is and what it says — in the chosen language. Pure: the CLI's writer and the
// add-in each turn the rows into a sheet of their own.
import { Grid, quoteSheet } from './grid';
import { FileReport } from './report';
import { SEVERITY_LABEL } from './messages';
import { Language } from './settings';

export const FINDINGS_SHEET_NAME: Record<Language, string> = { id: 'Temuan Cermat', en: 'Cermat findings' };

export interface FindingsSheetRow {
  no: number;
  sheet: string;
  cell: string;
  /** The link target inside the workbook: `'Tabel II.15'!I7`. */
  link: string;
  severity: string;
  code: string;
  message: string;
}

export interface FindingsSheet {
  name: string;
  header: string[];
  rows: FindingsSheetRow[];
}

const HEADER: Record<Language, string[]> = {
  id: ['No', 'Lembar', 'Sel', 'Tingkat', 'Kode', 'Pesan'],
  en: ['No', 'Sheet', 'Cell', 'Severity', 'Code', 'Message'],
};

/**
 * A findings sheet of Cermat's own in the workbook (a copy checked before, with its sheet): named as Cermat names it
 * and headed as Cermat heads it, in either language (a run in the other language keeps the sheet's name). Checking
 * that copy again rewrites this sheet instead of adding `Temuan Cermat (2)` beside it (found by fuzzing: every run
 * added one).
 */
export function ownFindingsSheet(grid: Grid): string | null {
  const names = Object.values(FINDINGS_SHEET_NAME);
  for (const sheet of grid.sheets) {
    if (!names.includes(sheet.name)) continue;
    const first = (sheet.cells[0] ?? []).map((c) => (c ? c.value : null));
    if (Object.values(HEADER).some((h) => first.length === h.length && h.every((x, i) => first[i] === x))) return sheet.name;
  }
  return null;
}

/**
 * The findings sheet of a report; its name avoids the workbook's own sheets (`Temuan Cermat (2)`), and a finding
 * about a whole workbook (table-not-found) links to the first cell of the sheet it names. `reuse`: Cermat's own
 * sheet from an earlier run, whose name (and place) the new one takes.
 */
export function findingsSheet(report: FileReport, lang: Language, existingSheets: string[], reuse: string | null = null): FindingsSheet {
  const base = FINDINGS_SHEET_NAME[lang];
  const taken = new Set(existingSheets.map((s) => s.toLowerCase()));
  let name = reuse ?? base;
  if (reuse === null) for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} (${i})`;
  return {
    name,
    header: HEADER[lang],
    rows: report.findings.map((f, i) => ({
      no: i + 1,
      sheet: f.sheet,
      cell: f.cell,
      link: `${quoteSheet(f.sheet)}!${f.cell}`,
      severity: SEVERITY_LABEL[lang][f.severity],
      code: f.code,
      message: f.message,
    })),
  };
}
