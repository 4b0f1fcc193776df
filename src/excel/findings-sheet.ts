// The "Temuan Cermat" sheet in Excel (issue 15): the rows of core/findings-sheet.ts written into a new sheet at the
// end of the workbook, each Sel cell a link to its finding's cell (ExcelApi 1.7), for the reviewer. The planner
// stays where they are (nothing is activated); no other sheet is touched. A failure after the sheet was added
// deletes it again, so nothing half-written stays. The sheet is recorded (by its id, which survives a rename) in
// the document settings, and "Hapus lembar temuan" removes exactly that sheet — never one the planner made.
import { findingsSheet } from '../core/findings-sheet';
import { FileReport } from '../core/report';
import { Language } from '../core/settings';
import { ExcelContext, ExcelWorksheet } from './api';
import { budgetOf } from './apply';
import { Job, runJobs } from './batch';
import { errorCode } from './errors';
import { wouldCoerce } from './convert';
import { OfficeHost } from './seam';
import { syncWithTimeout } from './sync';
import { pathBytes, setBytes } from './wire';

/** Where the written sheet is recorded in the document settings. */
export const FINDINGS_SHEET_KEY = 'cermat.findingsSheet';

export interface FindingsSheetRecord {
  id: string;
  name: string;
}

export interface FindingsSheetResult {
  name: string;
  /** Finding rows written (the header not counted). */
  rows: number;
  /** False when Excel has no ExcelApi 1.7: the addresses are written without links. */
  linked: boolean;
  syncs: number;
}

export interface FindingsSheetRemoval {
  name: string;
  /** False when the sheet was already gone (deleted by hand): only the record was dropped. */
  removed: boolean;
}

/** The workbook's structure is protected: no sheet can be added or removed. */
export class WorkbookProtectedError extends Error {
  readonly code = 'WorkbookProtected';
  constructor() {
    super('the workbook structure is protected');
  }
}

/** Widths of No, Lembar, Sel, Tingkat, Kode, Pesan in points. */
export const FINDINGS_COLUMN_WIDTHS = [30, 110, 45, 70, 150, 420];
const COLUMNS = 'ABCDEF';

/** A text as a value Excel keeps as this text (`+SUM(1)`, `1/2`, `2025` would otherwise become a formula, date, number). */
const asText = (s: string): string => (wouldCoerce(s) ? `'${s}` : s);

export function findingsSheetRecord(host: OfficeHost): FindingsSheetRecord | null {
  const r = host.settings.get(FINDINGS_SHEET_KEY) as FindingsSheetRecord | null | undefined;
  return r && typeof r.id === 'string' && typeof r.name === 'string' ? r : null;
}

async function record(host: OfficeHost, r: FindingsSheetRecord | null): Promise<void> {
  if (r) host.settings.set(FINDINGS_SHEET_KEY, r);
  else host.settings.remove(FINDINGS_SHEET_KEY);
  await host.settings.save();
}

/** One sync: refuses when the structure is protected (when Excel can tell, ExcelApi 1.7). */
async function checkStructure(context: ExcelContext, host: OfficeHost, load?: () => void): Promise<void> {
  const protection = host.isSetSupported('ExcelApi', '1.7') ? context.workbook.protection : null;
  protection?.load('protected');
  load?.();
  await syncWithTimeout(context);
  if (protection?.protected) throw new WorkbookProtectedError();
}

/** A block of rows written as one range of values; split in two if Excel refuses its size. */
function rowsJob(ws: ExcelWorksheet, top: number, rows: unknown[][]): Job {
  const address = `A${top + 1}:F${top + rows.length}`;
  return {
    bytes: pathBytes('method', 'GetRange', [address]) + setBytes('values', rows),
    queue: () => void (ws.getRange(address).values = rows),
    split: () => (rows.length < 2 ? null : [rowsJob(ws, top, rows.slice(0, rows.length >> 1)), rowsJob(ws, top + (rows.length >> 1), rows.slice(rows.length >> 1))]),
  };
}

/**
 * Adds the findings sheet: header (bold) and one row per finding as values, a link on each Sel cell, column widths,
 * the message column wrapped. Syncs: one to look at the sheets, one to add the sheet, then the rows packed under
 * the payload budget (one sync for any realistic report).
 */
export function writeFindingsSheet(host: OfficeHost, report: FileReport, lang: Language): Promise<FindingsSheetResult> {
  return host.run({ delayForCellEdit: true }, async (context) => {
    const sheets = context.workbook.worksheets;
    await checkStructure(context, host, () => sheets.load('items/name'));
    const sheet = findingsSheet(report, lang, sheets.items.map((s) => s.name));
    let syncs = 1;

    const ws = sheets.add(sheet.name);
    ws.load('id');
    try {
      syncs++;
      await syncWithTimeout(context);
    } catch (e) {
      // The check above saw no protection, but Excel may still refuse (protected since, or before ExcelApi 1.7).
      throw errorCode(e) === 'AccessDenied' ? new WorkbookProtectedError() : e;
    }
    const id = ws.id;
    try {
      // Recorded at once: should even the clean-up below fail, "Hapus lembar temuan" can still remove the sheet.
      await record(host, { id, name: sheet.name });
      const linked = host.isSetSupported('ExcelApi', '1.7');
      const n = sheet.rows.length;
      const values: unknown[][] = [sheet.header.map(asText), ...sheet.rows.map((r) => [r.no, asText(r.sheet), asText(r.cell), asText(r.severity), asText(r.code), asText(r.message)])];
      const jobs: Job[] = [];
      const BLOCK = 500;
      for (let i = 0; i < values.length; i += BLOCK) jobs.push(rowsJob(ws, i, values.slice(i, i + BLOCK)));
      jobs.push({
        bytes: pathBytes('method', 'GetRange', ['A1:F1']) + 2 * pathBytes('property', 'Font') + setBytes('bold', true),
        queue: () => void (ws.getRange('A1:F1').format.font.bold = true),
      });
      FINDINGS_COLUMN_WIDTHS.forEach((w, i) => jobs.push({
        bytes: pathBytes('method', 'GetRange', [`${COLUMNS[i]}1`]) + pathBytes('property', 'Format') + setBytes('columnWidth', w),
        queue: () => void (ws.getRange(`${COLUMNS[i]}1`).format.columnWidth = w),
      }));
      jobs.push({
        bytes: pathBytes('method', 'GetRange', [`F1:F${n + 1}`]) + pathBytes('property', 'Format') + setBytes('wrapText', true),
        queue: () => void (ws.getRange(`F1:F${n + 1}`).format.wrapText = true),
      });
      if (linked) {
        sheet.rows.forEach((r, i) => {
          const link = { documentReference: r.link, textToDisplay: r.cell };
          jobs.push({
            bytes: pathBytes('method', 'GetRange', [`C${i + 2}`]) + setBytes('hyperlink', link),
            queue: () => void (ws.getRange(`C${i + 2}`).hyperlink = link),
          });
        });
      }
      syncs += await runJobs(context, jobs, budgetOf(host));
      return { name: sheet.name, rows: n, linked, syncs };
    } catch (e) {
      // Nothing half-written: the new sheet goes again (it holds nothing of the planner's).
      try {
        context.workbook.worksheets.getItem(id).delete();
        await syncWithTimeout(context);
        await record(host, null);
      } catch {
        // Left recorded for "Hapus lembar temuan"; the first error is the one to report.
      }
      throw e;
    }
  });
}

/** Hapus lembar temuan: deletes the sheet Cermat wrote (found by its id, whatever it is called now). */
export function removeFindingsSheet(host: OfficeHost): Promise<FindingsSheetRemoval | null> {
  const r = findingsSheetRecord(host);
  if (!r) return Promise.resolve(null);
  return host.run({ delayForCellEdit: true }, async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(r.id);
    ws.load('name');
    await checkStructure(context, host);
    if (ws.isNullObject) {
      await record(host, null);
      return { name: r.name, removed: false };
    }
    ws.delete();
    try {
      await syncWithTimeout(context);
    } catch (e) {
      throw errorCode(e) === 'AccessDenied' ? new WorkbookProtectedError() : e;
    }
    await record(host, null);
    return { name: ws.name, removed: true };
  });
}
