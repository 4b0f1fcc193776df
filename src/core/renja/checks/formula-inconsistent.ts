// SPEC §11: a roll-up formula that does not aggregate exactly its row's direct children (`K21 = SUM(K23:K24)` beside
// `M21 = SUM(M22:M24)`, `O20 = SUM(O21,O25,O28)` counting a grandchild twice), and any other formula whose R1C1
// shape differs from the other formulas of its column at the same level (`X15 = P15+R15+T15` where the column has
// `+V`).
import { a1 } from '../../grid';
import { aggregationOf, shapeOf } from '../../formula/analyse';
import { fromR1C1, toR1C1 } from '../../formula/r1c1';
import { FormAnalysis, FormRowAnalysis, rollupRows, valueAt } from '../analyse';
import { FormCheck } from './check';
import { LEVEL_NAME } from '../findings';
import { rpScaleAt, valueColumns } from './cells';
import { isAdditive } from '../../read/units';
import { roundedTo } from '../../compute/math';

const check: FormCheck<'formula-inconsistent'> = {
  code: 'formula-inconsistent',
  severity: 'warning',
  check(form, report) {
    const nodeOfRow = new Map<number, number>();
    form.rows.forEach((n, i) => n.rows.forEach((r) => nodeOfRow.set(r, i)));
    const cols = valueColumns(form);
    // Roll-ups: exactly the direct children, each once.
    form.rows.forEach((node) => {
      if (!node.children.length) return;
      const found: { col: number; f: string; agg: { fn: string; rows: number[] }; extra: number[]; missing: number[]; repeated: number[] }[] = [];
      let sets = new Set<string>();
      for (const col of cols) {
        const f = form.view.raw(node.row, col)?.formula;
        const agg = rollupRows(f, node.row, col);
        if (!agg) continue;
        const counts = new Map<number, number>();
        const extra: number[] = [];
        // A direct child named twice (`SUM(O11,O13,O13,O15)`) is counted twice, not a row that is no child.
        const repeated: number[] = [];
        for (const r of agg.rows) {
          const n = nodeOfRow.get(r);
          if (n === undefined || !node.children.includes(n) || form.rows[n].row !== r) extra.push(r + 1);
          else {
            counts.set(n, (counts.get(n) ?? 0) + 1);
            if (counts.get(n)! > 1 && !repeated.includes(r + 1)) repeated.push(r + 1);
          }
        }
        const missing = node.children.filter((c) => !counts.has(c)).map((c) => form.rows[c].row + 1);
        sets.add(agg.rows.join(','));
        if (extra.length || missing.length || repeated.length) found.push({ col, f: f!, agg, extra, missing, repeated });
      }
      // Every roll-up of the row sums the same rows: one structural slip, reported where the value is off (or once).
      const agreeing = sets.size === 1;
      const shownCells = found.filter((x, i) => {
        if (!agreeing) return true;
        const d = x.agg.fn === 'AVERAGE' ? null : differenceOf(form, node.row, x.col, node.children);
        return (d !== null && Math.abs(d) > 1e-6) || (i === 0 && found.every((y) => { const e = y.agg.fn === 'AVERAGE' ? null : differenceOf(form, node.row, y.col, node.children); return e === null || Math.abs(e) <= 1e-6; }));
      });
      for (const x of shownCells) {
        const d = x.agg.fn === 'AVERAGE' ? null : differenceOf(form, node.row, x.col, node.children);
        const scale = rpScaleAt(form, x.col);
        report({ row: node.row, col: x.col }, {
          reason: 'rollup', cell: a1(node.row, x.col), formula: '=' + x.f, twice: [...new Set([...x.repeated, ...twiceOf(form, node, x.col, x.agg.rows, nodeOfRow)])], rows: x.agg.rows.map((r) => r + 1), children: node.children.map((c) => form.rows[c].row + 1),
          extra: x.extra, missing: x.missing, difference: d === null ? null : roundedTo(Math.abs(d), 1e6), more: d !== null && d > 0,
          level: node.level ? LEVEL_NAME[node.level] : null, ...(scale !== null && { scale }),
        });
      }
      sets = new Set();
    });
    // Other formulas: the shape most formulas of the column share at this level. A negative indicator's capaian
    // ((2T − R)/T) is meant to differ from the others'.
    const negativeRows = new Set(form.indicators.filter((i) => i.polarity === 'negative').map((i) => i.row));
    const percentCols = new Set(form.layout.groups.filter((g) => g.role === 'capaian' || g.role === 'cumulativeCapaian').flatMap((g) => g.cols));
    // A percentage's, an index's or a duration's realisation and cumulative K take the latest value (`=R6`), not the
    // sum the count rows' formulas make: meant to differ (SPEC §4), never told to become the sum percent-summed flags.
    const latestRows = new Set(form.indicators.filter((i) => i.unit !== null && !isAdditive(i.unit)).map((i) => i.row));
    const sumCols = new Set(form.layout.groups.filter((g) => (g.role === 'realisation' || g.role === 'cumulative') && g.k !== undefined).map((g) => g.k!));
    for (const col of cols) {
      const byLevel = new Map<string, { row: number; formula: string; shape: string }[]>();
      for (const node of form.rows) {
        for (const row of node.rows) {
          const f = form.view.raw(row, col)?.formula;
          if (!f || rollupRows(f, row, col) || (percentCols.has(col) && negativeRows.has(row)) || (sumCols.has(col) && latestRows.has(row))) continue;
          const key = node.level ?? '';
          if (!byLevel.has(key)) byLevel.set(key, []);
          byLevel.get(key)!.push({ row, formula: f, shape: sumShape(f, row, col) ?? shapeOf(f, row, col) });
        }
      }
      for (const [level, cells] of byLevel) {
        if (cells.length < 3) continue;
        const counts = new Map<string, number>();
        for (const c of cells) counts.set(c.shape, (counts.get(c.shape) ?? 0) + 1);
        const [top, topCount] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
        if (topCount < 2 || topCount * 2 <= cells.length) continue;
        const model = cells.find((c) => c.shape === top)!;
        const modelR1C1 = toR1C1(model.formula, model.row, col);
        for (const c of cells) {
          if (c.shape === top) continue;
          report({ row: c.row, col }, {
            reason: 'shape', cell: a1(c.row, col), formula: '=' + c.formula, expected: '=' + fromR1C1(modelR1C1, c.row, col), others: topCount, level: level ? LEVEL_NAME[level] : null,
          });
        }
      }
    }
  },
};

function differenceOf(form: FormAnalysis, row: number, col: number, children: number[]): number | null {
  const p = valueAt(form.view, row, col).value;
  if (p === null) return null;
  let s = 0;
  for (const c of children) {
    const v = valueAt(form.view, form.rows[c].row, col);
    if (v.reading.kind === 'absent') continue;
    if (v.value === null) return null;
    s += v.value;
  }
  // Past what a double holds there is no difference to state.
  return Number.isFinite(p - s) ? p - s : null;
}

export default check;

/** Rows counted twice: a grandchild beside its own parent, or a sibling that the parent row's roll-up sums as well. */
function twiceOf(form: FormAnalysis, node: FormRowAnalysis, col: number, rows: number[], nodeOfRow: Map<number, number>): number[] {
  const summed = new Set(rows.map((r) => nodeOfRow.get(r)).filter((n): n is number => n !== undefined));
  const out: number[] = [];
  const parentRows = node.parent !== null ? rollupRows(form.view.raw(form.rows[node.parent].row, col)?.formula, form.rows[node.parent].row, col)?.rows ?? [] : [];
  for (const r of rows) {
    const n = nodeOfRow.get(r);
    if (n === undefined) continue;
    let ancestor = form.rows[n].parent;
    let inside = false;
    while (ancestor !== null) {
      if (summed.has(ancestor)) inside = true;
      ancestor = form.rows[ancestor].parent;
    }
    const siblingSummedAbove = node.parent !== null && form.rows[n].parent === node.parent && parentRows.includes(r);
    if ((inside || siblingSummedAbove) && !out.includes(r + 1)) out.push(r + 1);
  }
  return out;
}

/** A sum of cells of its own row (P15+R15+T15+V15, SUM(P15,R15,…)) compares by the cells it adds, in any order or form. */
function sumShape(formula: string, row: number, col: number): string | null {
  const agg = aggregationOf(formula);
  if (!agg || agg.fn === 'AVERAGE') return null;
  return 'sum:' + agg.cells.map((c) => `R[${c.row - row}]C[${c.col - col}]`).sort().join('+');
}
