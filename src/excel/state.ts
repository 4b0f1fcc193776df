// What Cermat keeps in the document (settings travel with the saved workbook): the undo stack of its
// writes and the previous look of every cell it marked, so both can be restored exactly, even after reopening.
import { Settings } from '../core/settings';
import { OfficeHost } from './host';

export interface WriteRecord {
  sheet: string;
  address: string;
  /** What the cell held before: its formula text or value (as `Range.formulas` gives it) and its format. */
  formula: unknown;
  numberFormat: unknown;
  /** What Cermat wrote, to leave alone a cell the user has changed since. */
  written: unknown;
}

export interface HighlightRecord {
  sheet: string;
  address: string;
  color: string;
  pattern: string;
  /** Cermat added a note here (and removes only its own). */
  note: boolean;
}

export interface CermatState {
  version: 1;
  /** One entry per recalculation, newest last. */
  undo: WriteRecord[][];
  highlights: HighlightRecord[];
  settings?: Partial<Settings>;
}

const KEY = 'cermat.state';
export const UNDO_DEPTH = 5;

export function loadState(host: OfficeHost): CermatState {
  const raw = host.settings.get(KEY) as CermatState | null;
  if (raw && raw.version === 1 && Array.isArray(raw.undo) && Array.isArray(raw.highlights)) return raw;
  return { version: 1, undo: [], highlights: [] };
}

export async function saveState(host: OfficeHost, state: CermatState): Promise<void> {
  host.settings.set(KEY, state);
  await host.settings.save();
}
