// SPEC §5.2 on the form's input cells (typed, not computed): what their K or Rp column is called in a finding.
import { ColumnName } from '../../findings';
import { FormAnalysis } from '../analyse';

/** Each typed value cell of the body with the column name a finding gives it. */
export function inputCells(form: FormAnalysis): { row: number; col: number; column: ColumnName }[] {
  const out: { row: number; col: number; column: ColumnName }[] = [];
  const names = new Map<number, ColumnName>();
  for (const g of form.layout.groups) {
    const k: ColumnName | null = g.role === 'target' || g.role === 'renstraTarget' ? 'target' : g.role === 'quarter' ? 'quarter'
      : g.role === 'realisation' || g.role === 'lastRealisation' || g.role === 'cumulative' ? 'annual' : g.role === 'capaian' || g.role === 'cumulativeCapaian' ? 'capaian' : null;
    if (!k) continue;
    if (g.k !== undefined) names.set(g.k, k);
    if (g.pct !== undefined) names.set(g.pct, k);
    if (g.rp !== undefined) names.set(g.rp, g.role === 'target' || g.role === 'renstraTarget' ? 'pagu' : k === 'capaian' ? 'absorption' : 'spent');
  }
  for (const node of form.rows) for (const row of node.rows) for (const [col, column] of names) {
    const at = form.view.anchor(row, col);
    if (at.row !== row || at.col !== col) continue;
    const raw = form.view.raw(row, col);
    if (!raw || raw.formula) continue;
    out.push({ row, col, column });
  }
  return out;
}
