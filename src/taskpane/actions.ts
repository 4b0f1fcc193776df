// What the pane can do, as props: bound to Office in Excel, to the in-memory host in tests and the preview.
import { Settings } from '../core/settings';
import { ApplyResult, ClearResult, UndoResult } from '../excel/apply';
import { canUndo, CermatRun, clear, hasHighlights, loadSettings, runCermat, saveSettings, selectCell, undo } from '../excel/cermat';
import { corrections, CorrectionView } from '../excel/corrections';
import { Language } from '../core/settings';
import { OfficeHost } from '../excel/host';

export interface CermatActions {
  check(settings: Settings): Promise<CermatRun>;
  recalculate(settings: Settings): Promise<CermatRun>;
  undo(): Promise<UndoResult | null>;
  /** Terima koreksi: clears the history of corrections and its marks; the values stay. */
  accept(settings: Settings): Promise<CermatRun>;
  /** The history of corrections kept in the document, oldest first. */
  corrections(lang: Language): CorrectionView[];
  clear(): Promise<ClearResult>;
  select(sheet: string, cell: string): Promise<void>;
  loadSettings(): Settings;
  saveSettings(settings: Settings): Promise<void>;
  canUndo(): boolean;
  hasHighlights(): boolean;
  theme(): 'light' | 'dark';
}

export type { ApplyResult, CermatRun, ClearResult, CorrectionView };

export function actionsFor(host: OfficeHost): CermatActions {
  return {
    check: (s) => runCermat(host, 'check', s),
    recalculate: (s) => runCermat(host, 'recalculate', s),
    undo: () => undo(host),
    accept: (s) => runCermat(host, 'accept', s),
    corrections: (lang) => corrections(host, lang),
    clear: () => clear(host),
    select: (sheet, cell) => selectCell(host, sheet, cell),
    loadSettings: () => loadSettings(host),
    saveSettings: (s) => saveSettings(host, s),
    canUndo: () => canUndo(host),
    hasHighlights: () => hasHighlights(host),
    theme: () => host.theme(),
  };
}
