// What a recalculation writes on the form (SPEC §11, by §6's rules): the tingkat capaian K and Rp, the cumulative
// percentages, the footer's average (as percentages) and its predicate — only into the cells of those columns and
// the footer, never into a formula cell, never into an input column.
import { a1 } from '../grid';
import { isPercentFormat, readCell } from '../read/cell';
import { FormAnalysis, numberedParts, valueAt } from './analyse';
import { groupOf } from './model';
import { parsePredicate } from './predicate';
import { unsurePercentages } from './checks/declared';

export const FORM_PERCENT_FORMAT = '0.00%';

export interface FormWrite {
  row: number;
  col: number;
  /** A fraction (0.8390 for 83.90 %) with a percent format, or the predicate's text. */
  value: number | string;
  format?: string;
  kind: 'capaian' | 'absorption' | 'average' | 'predicate';
}

export function formWrites(form: FormAnalysis): FormWrite[] {
  const out: FormWrite[] = [];
  const done = new Set<string>();
  const { view, layout } = form;
  // Never a value Cermat is not sure of: not from a value that breaks its declared sum or its roll-up (SPEC §10.5).
  const unsure = unsurePercentages(form);
  const percent = (row: number, col: number | undefined, value: number | null, kind: FormWrite['kind']) => {
    if (col === undefined || value === null || !Number.isFinite(value) || unsure.cells.has(a1(row, col))) return;
    const at = view.anchor(row, col);
    const key = `${at.row}:${at.col}`;
    if (done.has(key)) return;
    done.add(key);
    const current = view.raw(at.row, at.col);
    if (current?.formula) return;
    // A cell holding one value per indicator (`1. 80 2. 100`) is not overwritten by one of them.
    if (typeof current?.value === 'string' && (readCell(current).kind === 'multiple' || numberedParts(current.value))) return;
    const fraction = Math.round(value * 1e6) / 1e8;
    if (typeof current?.value === 'number' && Math.abs(current.value - fraction) < 1e-9 && isPercentFormat(current.format)) return;
    out.push({ row: at.row, col: at.col, value: fraction, format: FORM_PERCENT_FORMAT, kind });
  };
  const cap = groupOf(layout, 'capaian');
  const cum = groupOf(layout, 'cumulativeCapaian');
  for (const ind of form.indicators) {
    percent(ind.row, cap?.k, ind.capaian, 'capaian');
    percent(ind.row, cum?.k, ind.cumulativeCapaian, 'capaian');
  }
  for (const node of form.rows) {
    percent(node.row, cap?.rp, node.capaianRp, 'absorption');
    percent(node.row, cum?.rp, node.cumulativeCapaianRp, 'absorption');
  }
  const avg = layout.footer.average;
  if (avg && !unsure.average) percent(avg.row, avg.col, form.average, 'average');
  const pred = layout.footer.predicate;
  if (pred && form.predicate && !unsure.average) {
    const at = view.anchor(pred.row, pred.col);
    const current = view.raw(at.row, at.col);
    // The same predicate in other letters (`TINGGI`, `Tinggi.`) is the same value: nothing to write.
    if (!current?.formula && parsePredicate(view.text(at.row, at.col)) !== form.predicate && !isNumeric(valueAt(view, at.row, at.col).value)) {
      out.push({ row: at.row, col: at.col, value: form.predicate, kind: 'predicate' });
    }
  }
  return out;
}

function isNumeric(v: number | null): boolean {
  return v !== null;
}
