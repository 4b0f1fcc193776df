// SPEC §6: what a recalculation writes (computed percentages only) and which cells it marks.
import { a1, Grid, GridCell, Range, SheetView, parseA1 } from './grid';
import { referencesOf } from './formula/analyse';
import { IndicatorAnalysis, TableAnalysis } from './compute/model';
import { isPercentFormat } from './read/cell';
import { Finding, SEVERITY_ORDER, Severity } from './findings';
import { messageOf } from './messages';
import { Language } from './settings';
import { WorkbookAnalysis } from './workbook';
import { formWrites } from './renja/writes';
import { appendAll } from './arrays';

export const PERCENT_FORMAT = '0.00%';
export const NEW_CAPAIAN_HEADER = 'Capaian (%)';

export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  address: string;
  /** A fraction (0.5143 for 51.43 %) with a percent format, the header text of a new column, or a form's predicate. */
  value: number | string;
  format?: string;
  kind: 'capaian' | 'absorption' | 'average' | 'header' | 'predicate';
}

export interface Highlight {
  sheet: string;
  row: number;
  col: number;
  address: string;
  severity: Severity;
  /** Every finding's message on this cell, one per line. */
  message: string;
  codes: string[];
}

export interface WritePlan {
  writes: CellWrite[];
  highlights: Highlight[];
}

export function buildWritePlan(grid: Grid, analysis: WorkbookAnalysis, lang: Language): WritePlan {
  const views = new Map<string, SheetView>();
  const viewOf = (name: string) => {
    let v = views.get(name);
    if (!v) {
      const sheet = grid.sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`sheet ${name} is not in the grid`);
      v = new SheetView(sheet);
      views.set(name, v);
    }
    return v;
  };
  const writes: CellWrite[] = [];
  for (const t of analysis.tables) if (t.layout.kind !== 'agreement') appendAll(writes, tableWrites(viewOf(t.layout.sheet), t));
  // SPEC §11: the evaluation form's percentages, average and predicate (never a formula cell, never an input column).
  for (const f of analysis.forms) {
    for (const w of formWrites(f)) writes.push({ sheet: f.layout.sheet, row: w.row, col: w.col, address: a1(w.row, w.col), value: w.value, format: w.format, kind: w.kind });
  }
  return { writes: keepScaleWhereRead(grid, writes, viewOf), highlights: highlightsOf(analysis.findings, lang) };
}

/**
 * A percentage typed on the 0–100 scale (94.44, no percent format) that a formula reads — the footer's
 * `=AVERAGE(V9:V12)`, its `=IF(V13>90,"Sangat Tinggi",…)`, a recap sheet's `='TW I'!V21` — keeps its scale: written
 * as a fraction it would turn their 84.48 into 0.84 and Tinggi into Sangat Rendah. The percentage is written on the
 * cell's own scale and format, and not at all where the cell already holds it.
 */
function keepScaleWhereRead(grid: Grid, writes: CellWrite[], viewOf: (name: string) => SheetView): CellWrite[] {
  if (writes.length === 0) return writes;
  let read: Map<string, Map<number, Range[]>> | null = null;
  const isRead = (sheet: string, row: number, col: number) => {
    read ??= formulaReads(grid);
    const bySheet = read.get(sheet);
    const inside = (r: Range) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
    return !!bySheet && ((bySheet.get(col) ?? []).some(inside) || (bySheet.get(WIDE) ?? []).some(inside));
  };
  const currentOf = (w: CellWrite) => (typeof w.value === 'number' && w.kind !== 'header' ? viewOf(w.sheet).raw(w.row, w.col) : undefined);
  const onScale = (c: GridCell | undefined): c is GridCell & { value: number } => typeof c?.value === 'number' && !isPercentFormat(c.format) && Math.abs(c.value) > 1.5;
  // The columns whose written cells hold their percentages on the 0–100 scale: an empty cell among them that a formula
  // or a conditional format reads is written on that scale too (as a fraction, 1.2 against a `< 100` rule is red).
  const scaled = new Set<string>();
  for (const w of writes) if (onScale(currentOf(w))) scaled.add(`${w.sheet}\u0000${w.col}`);
  const out: CellWrite[] = [];
  for (const w of writes) {
    const current = currentOf(w);
    const empty = current === undefined || current.value === null || current.value === '';
    if (empty && typeof w.value === 'number' && w.kind !== 'header' && !current?.formula && !isPercentFormat(current?.format) && scaled.has(`${w.sheet}\u0000${w.col}`) && isRead(w.sheet, w.row, w.col)) {
      out.push({ ...w, value: asPercent(w.value), format: undefined });
      continue;
    }
    if (!onScale(current) || !isRead(w.sheet, w.row, w.col)) {
      out.push(w);
      continue;
    }
    const stated = current.value;
    const percent = asPercent(w.value as number);
    // (The same percentage to the written one's 2 decimals: nothing to change.)
    if (Math.abs(percent - stated) < 0.005 + 1e-9) continue;
    out.push({ ...w, value: percent, format: undefined });
  }
  return out;
}

/** A written fraction (0.8333) back on the 0–100 scale, free of binary noise (83.33). */
function asPercent(fraction: number): number {
  return Math.round(fraction * 1e8) / 1e6;
}

/** The bucket of ranges wider than a few columns (whole rows, `A:Z`). */
const WIDE = -1;

/**
 * Every range a formula in the workbook reads, by sheet (a reference without a sheet is its own sheet's), then by
 * column for the narrow ones (a lookup per write, not a scan of every formula's ranges).
 */
function formulaReads(grid: Grid): Map<string, Map<number, Range[]>> {
  const out = new Map<string, Map<number, Range[]>>();
  const add = (byCol: Map<number, Range[]>, key: number, r: Range) => {
    const list = byCol.get(key);
    if (list) list.push(r);
    else byCol.set(key, [r]);
  };
  const read = (sheet: string, r: Range) => {
    let byCol = out.get(sheet);
    if (!byCol) out.set(sheet, (byCol = new Map()));
    if (!Number.isFinite(r.right) || r.right - r.left > 16) add(byCol, WIDE, r);
    else for (let c = r.left; c <= r.right; c++) add(byCol, c, r);
  };
  for (const sheet of grid.sheets) {
    // A conditional format's rules read the values they colour (`< 100`) as a formula does.
    for (const r of sheet.conditionalRanges ?? []) read(sheet.name, r);
    for (const row of sheet.cells) {
      if (!row) continue;
      for (const cell of row) {
        if (!cell?.formula) continue;
        for (const ref of referencesOf(cell.formula)) read(ref.sheet ?? sheet.name, ref.range);
      }
    }
  }
  return out;
}

function tableWrites(view: SheetView, t: TableAnalysis): CellWrite[] {
  const out: CellWrite[] = [];
  // SPEC §10.5: a table with an ambiguous column is not written at all.
  if (t.layout.columns.ambiguous.length > 0) return out;
  const allowed = writableColumns(t);
  const body = new Set(t.layout.bodyRows);
  if (t.layout.summaryRow !== null) body.add(t.layout.summaryRow);
  for (const r of t.layout.groupAverageRows) body.add(r);
  const put = (row: number, col: number, percent: number | null, kind: CellWrite['kind']) => {
    if (percent === null) return;
    const merge = view.mergeAt(row, col);
    const r = merge ? merge.top : row;
    const c = merge ? merge.left : col;
    if (!allowed.has(c) || !body.has(r)) return;
    const current = view.raw(r, c);
    if (current?.formula) return;
    // The fraction to 8 decimals (6 of the percentage): 51.43 → 0.5143, free of binary noise.
    const value = Math.round(percent * 1e6) / 1e8;
    // A percentage too large for that (past 1e302 %, flagged capaian-implausible) is not written: no cell holds it.
    if (!Number.isFinite(value)) return;
    // A merged cell shared by two rows (two indicators' capaian) is written once, and not at all when they differ:
    // Cermat never writes a value it is not sure of.
    const address = a1(r, c);
    const earlier = planned.get(address);
    if (earlier !== undefined) {
      if (earlier !== null && Math.abs(earlier - value) >= 1e-9) planned.set(address, null);
      return;
    }
    planned.set(address, value);
    if (typeof current?.value === 'number' && Math.abs(current.value - value) < 1e-9 && isPercentFormat(current.format)) return;
    // A stated percentage that agrees and is the only proof of the table's notation stays as typed (written as a number,
    // it would prove nothing: read again, `1,500` beside it would have become 1.5).
    const evidence = t.notationEvidence?.get(`${r}:${c}`);
    if (evidence !== undefined && Math.abs(evidence - percent) <= 0.01) return;
    out.push({ sheet: t.layout.sheet, row: r, col: c, address, value, format: PERCENT_FORMAT, kind });
  };
  /** Each cell's planned value; null once two rows asked for different values in it. */
  const planned = new Map<string, number | null>();
  if (t.capaianColumn) {
    // Not where a figure it rests on was a guess (`2.750` read by the fallback of SPEC §3.1, `number-ambiguous`: 110 %
    // or 110,000 %): Cermat writes only what it is sure of.
    for (const ind of t.indicators) if (ind.capaianCell && !restsOnGuess(ind)) put(ind.capaianCell.row, ind.capaianCell.col, ind.capaian, 'capaian');
    if (t.capaianColumn.isNew && out.length > 0) {
      const col = t.capaianColumn.col;
      out.unshift({ sheet: t.layout.sheet, row: t.layout.headerTop, col, address: a1(t.layout.headerTop, col), value: NEW_CAPAIAN_HEADER, kind: 'header' });
    }
  }
  const s = t.layout.columns.single;
  for (const g of t.groups) {
    if (s.absorption !== undefined) {
      const at = g.absorptionCell ?? { row: g.rows[0], col: s.absorption };
      put(at.row, at.col, g.absorption, 'absorption');
    }
    // A Rata-rata column, or a group's own Rata-rata row under it (its cell in the capaian column): a recalculation that
    // reported it wrong and left it would report it again (SPEC §6, idempotent).
    if (s.average !== undefined || g.averageCell !== null) {
      const at = g.averageCell ?? { row: g.rows[0], col: s.average! };
      put(at.row, at.col, g.average, 'average');
    }
    if (s.remainingPercent !== undefined && g.absorption !== null) {
      const at = g.remainingPercent ?? { row: g.rows[0], col: s.remainingPercent };
      put(at.row, at.col, 100 - g.absorption, 'absorption');
    }
  }
  // SPEC §10.2: a summary row's percentages — the table's capaian, the total absorption and % Sisa.
  const sum = t.layout.summaryRow;
  if (sum !== null) {
    // In a new Capaian (%) column too: the second recalculation would write it otherwise (SPEC §6, idempotent).
    // A II.15's too (its JUMLAH's capaian is checked as the table's mean: left, it was reported again after writing).
    if (t.capaianColumn && (t.layout.kind !== 'budget' || !t.layout.budgetOnly)) put(sum, t.capaianColumn.col, t.capaian, 'capaian');
    // Its Rata-rata cell: in a II.15's average row, and wherever the row states the table's mean there (a JUMLAH row
    // stating it under Capaian and under Rata-rata): the check reports a wrong one, so it is written (it had been
    // reported again after every recalculation).
    const statesAverage = t.summary?.cells.some((c) => c.column === 'average' && c.reading.kind !== 'absent') ?? false;
    if (s.average !== undefined && (statesAverage || (t.layout.kind === 'budget' && t.layout.budgetOnly === false && t.layout.summaryKind === 'average'))) {
      put(sum, s.average, t.capaian, 'average');
    }
    // A Jumlah row's absorption is the total spent ÷ the total pagu; a Rata-rata row's is the groups' mean, which is
    // neither checked nor written (the total had been written over a right mean: 89.29 % over 85 %, without a finding).
    const total = t.layout.summaryKind === 'average' ? null : t.totals?.absorption ?? null;
    if (s.absorption !== undefined) put(sum, s.absorption, total, 'absorption');
    if (s.remainingPercent !== undefined && total !== null) put(sum, s.remainingPercent, 100 - total, 'absorption');
  }
  return out.filter((w) => w.kind === 'header' || planned.get(w.address) !== null);
}

function restsOnGuess(ind: IndicatorAnalysis): boolean {
  for (const c of [ind.target, ind.annual, ...ind.quarters]) if (c !== null && (c.resolution === 'fallback' || c.resolution === 'transient')) return true;
  return false;
}

/** The only columns a recalculation may write: capaian (stated or new), absorption, average. */
export function writableColumns(t: TableAnalysis): Set<number> {
  const s = t.layout.columns.single;
  const cols = new Set<number>();
  if (t.capaianColumn) cols.add(t.capaianColumn.col);
  if (t.layout.kind === 'budget' && s.absorption !== undefined) cols.add(s.absorption);
  if (t.layout.kind === 'budget' && s.remainingPercent !== undefined) cols.add(s.remainingPercent);
  if (s.average !== undefined) cols.add(s.average);
  const c = t.layout.columns;
  const others = [...c.yearGroups.flatMap((g) => [g.target, g.annual, g.capaian]), ...c.history.map((h) => h.col), ...c.amounts, ...c.codeColumns];
  for (const protectedCol of [s.target, s.annual, s.pagu, s.spent, s.indicator, s.no, s.objective, s.unit, s.remaining, s.initialPagu, s.code, ...c.quarters.map((q) => q.col), ...others]) {
    if (protectedCol !== undefined) cols.delete(protectedCol);
  }
  return cols;
}

function highlightsOf(findings: Finding[], lang: Language): Highlight[] {
  const byCell = new Map<string, Highlight>();
  for (const f of findings) {
    if (f.code === 'table-not-found') continue;
    const at = parseA1(f.cell);
    if (!at) continue;
    const key = `${f.sheet}!${f.cell}`;
    const msg = messageOf(f, lang);
    const h = byCell.get(key);
    if (!h) {
      byCell.set(key, { sheet: f.sheet, row: at.row, col: at.col, address: f.cell, severity: f.severity, message: msg, codes: [f.code] });
    } else {
      if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[h.severity]) h.severity = f.severity;
      h.message += '\n' + msg;
      h.codes.push(f.code);
    }
  }
  return [...byCell.values()];
}

/** Starts every note Cermat writes, so it can tell its own notes from the user's. */
export const NOTE_PREFIX = 'Cermat: ';

export const SEVERITY_FILL: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
