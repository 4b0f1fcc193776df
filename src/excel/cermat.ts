// The add-in's actions, one code path for the task pane and the ribbon: check, recalculate, undo, clear, select.
import { analyseWorkbook, WorkbookAnalysis } from '../core/workbook';
import { buildWritePlan } from '../core/plan';
import { FileReport, fileReport } from '../core/report';
import { Language, Settings, validateSettings, withDefaults } from '../core/settings';
import { applyPlan, ApplyResult, clearHighlights, ClearResult, undoLast, UndoResult } from './apply';
import { OfficeHost } from './seam';
import { OversizedSheet, readWorkbook } from './read';
import { loadState, saveState } from './state';
import { syncWithTimeout } from './sync';
import { newColumnsOf } from './newcolumn';
import { correctionView, CorrectionView } from './corrections';
import { findingsSheetRecord } from './findings-sheet';

export interface CermatRun {
  report: FileReport;
  analysis: WorkbookAnalysis;
  /** Null for a check without writing. */
  applied: ApplyResult | null;
  activeSheet: string;
  /** Hidden sheets holding a table: analysed, never written or marked. */
  hiddenSheets: string[];
  /** Syncs the read took (the write's are in `applied`). */
  readSyncs: number;
  /** Cells were written while Excel calculates manually: formulas reading them keep their old results until F9. */
  manualCalculation: boolean;
  /** Sheets not read, their used range too large (a value typed far from the table): named in the pane. */
  oversizedSheets: OversizedSheet[];
}

export function hasUndoGroups(host: OfficeHost): boolean {
  return host.isSetSupported('ExcelApi', '1.20');
}

/**
 * Reads every sheet, analyses it, and (for a recalculation) writes the plan and marks the findings. `accept`
 * (Terima koreksi) writes nothing: it clears the history of corrections and marks the findings as they are now, so
 * a corrected cell keeps a mark only for a finding of its own.
 */
export function runCermat(host: OfficeHost, mode: 'check' | 'recalculate' | 'accept', settings: Settings): Promise<CermatRun> {
  const options = { delayForCellEdit: true, mergeUndoGroup: mode !== 'check' && hasUndoGroups(host) };
  return host.run(options, async (context) => {
    const writing = mode !== 'check';
    const read = await readWorkbook(context, {
      comments: writing && host.isSetSupported('ExcelApi', '1.10'),
      merges: host.isSetSupported('ExcelApi', '1.13'),
      conditionalFormats: writing && host.isSetSupported('ExcelApi', '1.9'),
      calculationMode: mode === 'recalculate',
      payloadLimit: host.payloadLimit,
    });
    const analysis = analyseWorkbook(read.grid, settings, { activeSheet: read.activeSheet });
    const report = fileReport(read.activeSheet, analysis, settings.language);
    const plan = writing ? buildWritePlan(read.grid, analysis, settings.language) : null;
    const applied = plan
      ? await applyPlan(context, host, mode === 'accept' ? { writes: [], highlights: plan.highlights } : plan, read, {
        language: settings.language,
        acceptCorrections: mode === 'accept',
        newColumns: mode === 'accept' ? [] : newColumnsOf(read.grid, analysis, plan),
      })
      : null;
    const hidden = new Set(read.sheets.filter((s) => s.visibility !== 'Visible').map((s) => s.name));
    const hiddenSheets = [...new Set(analysis.tables.map((t) => t.layout.sheet))].filter((s) => hidden.has(s));
    const manualCalculation = read.calculationMode === 'Manual' && (applied?.written ?? 0) > 0;
    return { report, analysis, applied, activeSheet: read.activeSheet, hiddenSheets, readSyncs: read.syncs, manualCalculation, oversizedSheets: read.oversized };
  });
}

export function undo(host: OfficeHost): Promise<UndoResult | null> {
  return host.run({ delayForCellEdit: true }, (context) => undoLast(context, host));
}

export function clear(host: OfficeHost): Promise<ClearResult> {
  return host.run({ delayForCellEdit: true }, (context) => clearHighlights(context, host));
}

export function canUndo(host: OfficeHost): boolean {
  return loadState(host).undo.length > 0;
}

/** What the pane shows of the document's Cermat state: the state is read (and restored) once for all of it. */
export interface DocumentState {
  canUndo: boolean;
  hasHighlights: boolean;
  /** The history of corrections, oldest first. */
  corrections: CorrectionView[];
  /** The findings sheet on record, or null. */
  findingsSheet: string | null;
}

export function documentState(host: OfficeHost, lang: Language): DocumentState {
  const state = loadState(host);
  return {
    canUndo: state.undo.length > 0,
    hasHighlights: state.highlights.length > 0,
    corrections: state.corrections.map((w) => correctionView(w, lang)),
    findingsSheet: findingsSheetRecord(host)?.name ?? null,
  };
}

/** A finding's cell on a hidden sheet: Excel cannot activate the sheet. */
export class SheetHiddenError extends Error {
  readonly code = 'SheetHidden';
  constructor(readonly sheet: string) {
    super(`${sheet} is hidden`);
  }
}

/** Activates the sheet and selects the cell of a finding (a hidden sheet is named instead: Excel cannot show it). */
export function selectCell(host: OfficeHost, sheet: string, cell: string): Promise<void> {
  return host.run({}, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.load('visibility');
    await syncWithTimeout(context);
    if (ws.visibility !== 'Visible') throw new SheetHiddenError(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await syncWithTimeout(context);
  });
}

/** The settings of SPEC §8 kept in the document; the language defaults to Office's. */
export function loadSettings(host: OfficeHost): Settings {
  const stored = loadState(host).settings ?? {};
  const language = stored.language ?? (host.displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'id');
  const s = withDefaults({ ...stored, language });
  return validateSettings(s) ? withDefaults({ language }) : s;
}

export async function saveSettings(host: OfficeHost, settings: Settings): Promise<void> {
  const state = loadState(host);
  state.settings = settings;
  await saveState(host, state);
}
