// The form's value cells: every K, Rp and % sub-column of its numbered groups on every body row.
import { FormAnalysis } from '../analyse';
import { isValueRole } from '../recognise';
import { amountScaleOf, normaliseLabel } from '../../detect/labels';

/** The Rp column's group at `col`, if `col` is one. */
export function rpGroupAt(form: FormAnalysis, col: number) {
  return form.layout.groups.find((g) => g.rp === col);
}

/** The scale an Rp column's header states (`Rp (000)` under `Realisasi`, `Keuangan (Rp Juta)`), else null. */
export function rpScaleAt(form: FormAnalysis, col: number): number | null {
  const group = rpGroupAt(form, col);
  return group ? amountScaleOf([group.label, group.rpLabel ?? ''].map(normaliseLabel)) : null;
}

export function valueColumns(form: FormAnalysis): number[] {
  const cols = new Set<number>();
  for (const g of form.layout.groups) {
    if (!isValueRole(g.role)) continue;
    for (const c of g.cols) cols.add(c);
  }
  return [...cols].sort((a, b) => a - b);
}

export function formCells(form: FormAnalysis): { row: number; col: number }[] {
  const cols = valueColumns(form);
  const out: { row: number; col: number }[] = [];
  for (const node of form.rows) for (const row of node.rows) for (const col of cols) {
    const m = form.view.mergeAt(row, col);
    if (m && (m.top !== row || m.left !== col)) continue;
    out.push({ row, col });
  }
  return out;
}
