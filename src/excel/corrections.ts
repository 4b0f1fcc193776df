// The history of corrections in words: what a cell stated before Cermat overwrote it, and what Cermat wrote —
// for the pane's "Dikoreksi oleh Cermat" list and for the line in the cell's note.
import { isPercentFormat } from '../core/read/cell';
import { num, pct, quote } from '../core/messages/format';
import { Language } from '../core/settings';
import { WriteRecord } from './state';
import { clean, statedPercent } from './correction-rule';

export interface CorrectionView {
  sheet: string;
  address: string;
  /** The stated value as the cell showed it (`36 %`). */
  before: string;
  /** The computed value Cermat wrote (`51,43 %`). */
  after: string;
}

/** A cell's content as a planner read it: a percentage as a percentage, a number in the language's notation. */
function shown(type: string, value: unknown, numberFormat: string, lang: Language): string {
  if (type === 'Empty') return '–';
  const stated = statedPercent({ type, value, numberFormat });
  if (stated?.percent) return pct(clean(stated.value), lang);
  if (typeof value === 'number' && type !== 'String') return isPercentFormat(numberFormat) ? pct(clean(value * 100), lang) : num(clean(value), lang);
  return quote(String(value));
}

export function correctionView(w: WriteRecord, lang: Language): CorrectionView {
  const after = typeof w.written === 'number' ? pct(clean(w.written * 100), lang) : quote(String(w.written));
  return { sheet: w.sheet, address: w.address, before: shown(w.previous.type, w.previous.value, w.previous.numberFormat, lang), after };
}

/** The line a corrected cell's note carries. */
export function correctionLine(w: WriteRecord, lang: Language): string {
  const v = correctionView(w, lang);
  // The note already starts with "Cermat: ".
  return lang === 'id' ? `Dikoreksi: tertulis ${v.before} → hasil hitung ${v.after}.` : `Corrected: stated ${v.before} → computed ${v.after}.`;
}
