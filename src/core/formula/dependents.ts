// Formula cells whose result depends on cells a recalculation writes: their saved results are stale in the copy.
import { Grid } from '../grid';
import { referencesOf } from './analyse';

export interface CellAt {
  sheet: string;
  /** 0-based. */
  row: number;
  col: number;
}

interface FormulaCell extends CellAt {
  refs: { sheet: string; top: number; left: number; bottom: number; right: number }[];
}

/**
 * Every formula cell that reads one of `changed`, directly or through other formulas (`=AVERAGE(V9:V12)` over a
 * written capaian, an `=IF(V13>90,…)` predicate over that average, a recap sheet's `='TW I'!V21`), in no order.
 * Sheet names compare without case, as Excel's references do.
 */
export function dependentFormulas(grid: Grid, changed: CellAt[]): CellAt[] {
  if (changed.length === 0) return [];
  const formulas: FormulaCell[] = [];
  for (const sheet of grid.sheets) {
    sheet.cells.forEach((row, r) => row?.forEach((cell, c) => {
      if (!cell?.formula) return;
      const refs = referencesOf(cell.formula).map((ref) => ({ sheet: (ref.sheet ?? sheet.name).toLowerCase(), ...ref.range }));
      if (refs.length > 0) formulas.push({ sheet: sheet.name, row: r, col: c, refs });
    }));
  }
  const out: CellAt[] = [];
  const marked = new Set<FormulaCell>();
  let frontier = changed;
  while (frontier.length > 0 && marked.size < formulas.length) {
    // The frontier by sheet and column, rows sorted: a reference asks each column it spans for a row inside it.
    const index = new Map<string, Map<number, number[]>>();
    for (const at of frontier) {
      const key = at.sheet.toLowerCase();
      let cols = index.get(key);
      if (!cols) index.set(key, (cols = new Map()));
      const rows = cols.get(at.col);
      if (rows) rows.push(at.row);
      else cols.set(at.col, [at.row]);
    }
    for (const cols of index.values()) for (const rows of cols.values()) rows.sort((a, b) => a - b);
    const hit = (ref: FormulaCell['refs'][number]) => {
      const cols = index.get(ref.sheet);
      if (!cols) return false;
      for (const [col, rows] of cols) {
        if (col < ref.left || col > ref.right) continue;
        // The first row at or below the reference's top: inside when it is not below its bottom.
        let lo = 0;
        let hi = rows.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (rows[mid] < ref.top) lo = mid + 1;
          else hi = mid;
        }
        if (lo < rows.length && rows[lo] <= ref.bottom) return true;
      }
      return false;
    };
    const next: CellAt[] = [];
    for (const f of formulas) {
      if (marked.has(f) || !f.refs.some(hit)) continue;
      marked.add(f);
      const at = { sheet: f.sheet, row: f.row, col: f.col };
      out.push(at);
      next.push(at);
    }
    frontier = next;
  }
  return out;
}
