// What the pane can do, as props: bound to Office in Excel, to the in-memory host in tests and the preview.
import { Settings } from '../core/settings';
import { ApplyResult, ClearResult, UndoResult } from '../excel/apply';
import { CermatRun, clear, documentState, DocumentState, loadSettings, runCermat, saveSettings, selectCell, undo } from '../excel/cermat';
import { CorrectionView } from '../excel/corrections';
import { Language } from '../core/settings';
import { OfficeHost } from '../excel/host';
import { FileReport } from '../core/report';
import { FindingsSheetRemoval, FindingsSheetResult, removeFindingsSheet, writeFindingsSheet } from '../excel/findings-sheet';

export interface CermatActions {
  check(settings: Settings): Promise<CermatRun>;
  recalculate(settings: Settings): Promise<CermatRun>;
  undo(): Promise<UndoResult | null>;
  /** Terima koreksi: clears the history of corrections and its marks; the values stay. */
  accept(settings: Settings): Promise<CermatRun>;
  /** What the document holds of Cermat's: undo, marks, the history of corrections, the findings sheet (one read). */
  documentState(lang: Language): DocumentState;
  clear(): Promise<ClearResult>;
  select(sheet: string, cell: string): Promise<void>;
  loadSettings(): Settings;
  saveSettings(settings: Settings): Promise<void>;
  theme(): 'light' | 'dark';
  /** Tulis lembar temuan: the report's findings as a new sheet with links to their cells. */
  writeFindingsSheet(report: FileReport, lang: Language): Promise<FindingsSheetResult>;
  /** Hapus lembar temuan: removes the sheet written above (null when there is none on record). */
  removeFindingsSheet(): Promise<FindingsSheetRemoval | null>;
}

export type { ApplyResult, CermatRun, ClearResult, CorrectionView, DocumentState, FindingsSheetRemoval, FindingsSheetResult };

export function actionsFor(host: OfficeHost): CermatActions {
  return {
    check: (s) => runCermat(host, 'check', s),
    recalculate: (s) => runCermat(host, 'recalculate', s),
    undo: () => undo(host),
    accept: (s) => runCermat(host, 'accept', s),
    documentState: (lang) => documentState(host, lang),
    clear: () => clear(host),
    select: (sheet, cell) => selectCell(host, sheet, cell),
    loadSettings: () => loadSettings(host),
    saveSettings: (s) => saveSettings(host, s),
    theme: () => host.theme(),
    writeFindingsSheet: (report, lang) => writeFindingsSheet(host, report, lang),
    removeFindingsSheet: () => removeFindingsSheet(host),
  };
}
