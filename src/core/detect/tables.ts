// Finds Tabel II.1-, II.15- and I.1-like tables anywhere on a sheet by their header rows (SPEC §2).
import { SheetView } from '../grid';
import { classifyLabel, normaliseLabel, resolveColumn, Role } from './labels';
import { ColumnMap, TableKind, TableLayout } from './layout';

const MAX_HEADER_ROWS = 3;
const SUMMARY = /^(jumlah|total|jumlah total|rata rata|rata rata capaian|rerata)$/;

/** Every recognised table on a sheet, top to bottom. */
export function detectTables(view: SheetView): TableLayout[] {
  const tables: TableLayout[] = [];
  let r = 0;
  while (r < view.rowCount) {
    const found = anchorsInRow(view, r).map((seg) => buildTable(view, r, seg.left, seg.right));
    const valid = found.filter((t): t is TableLayout => t !== null);
    if (valid.length === 0) {
      r++;
      continue;
    }
    tables.push(...valid);
    r = Math.max(...valid.map((t) => t.bottom)) + 1;
  }
  return tables;
}

interface Segment {
  left: number;
  right: number;
}

/** Runs of non-empty cells in a row whose labels make a table header (indicator + a value column). */
export function anchorsInRow(view: SheetView, row: number, from = 0, to = view.colCount - 1): Segment[] {
  const out: Segment[] = [];
  let c = from;
  while (c <= to) {
    if (view.isEmpty(row, c)) {
      c++;
      continue;
    }
    const left = c;
    while (c <= to && !view.isEmpty(row, c)) c++;
    const seg = { left, right: c - 1 };
    if (isAnchor(view, row, seg)) out.push(seg);
  }
  return out;
}

const MAY_NAME_INDICATOR = /^\W*(indikator|iku|ikk)\b/i;
const MAY_NAME_PAGU = /^\W*pagu\b/i;

/** Cheap first look: a header row names the indicator (or the pagu) column; data rows seldom start a cell so. */
function mayOpenHeader(view: SheetView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const cell = view.cell(row, c);
    const v = cell ? cell.value : null;
    if (typeof v === 'string' && v.length <= 80 && firstWordCharIsIOrP(v) && (MAY_NAME_INDICATOR.test(v) || MAY_NAME_PAGU.test(v))) return true;
  }
  return false;
}

/** `indikator`, `iku`, `ikk` and `pagu` start with i or p once leading punctuation is skipped. */
function firstWordCharIsIOrP(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const ch = v.charCodeAt(i);
    const isWordChar = (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a) || (ch >= 0x30 && ch <= 0x39) || ch === 0x5f;
    if (isWordChar) return ch === 0x49 || ch === 0x69 || ch === 0x50 || ch === 0x70;
  }
  return false;
}

function isAnchor(view: SheetView, row: number, seg: Segment): boolean {
  if (!mayOpenHeader(view, row, seg.left, seg.right)) return false;
  const roles = new Set<string>();
  for (let c = seg.left; c <= seg.right; c++) {
    const v = view.cell(row, c)?.value;
    if (typeof v !== 'string') continue;
    const cls = classifyLabel(v).cls;
    if (cls) roles.add(cls.role);
  }
  const value = ['target', 'annual', 'quarter', 'capaian', 'pagu', 'realisasi'].some((x) => roles.has(x));
  return (roles.has('indicator') && value) || (roles.has('pagu') && roles.has('realisasi'));
}

/** A row that reads as header labels within the given columns: text only, mostly labels. */
function isHeaderLike(view: SheetView, row: number, left: number, right: number): boolean {
  let nonEmpty = 0;
  let labels = 0;
  for (let c = left; c <= right; c++) {
    const v = view.cell(row, c)?.value;
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string') return false;
    nonEmpty++;
    if (classifyLabel(v).cls) labels++;
  }
  return nonEmpty > 0 && labels * 2 >= nonEmpty;
}

function buildTable(view: SheetView, anchor: number, segLeft: number, segRight: number): TableLayout | null {
  let top = anchor;
  while (top > 0 && anchor - top + 1 < MAX_HEADER_ROWS && isHeaderLike(view, top - 1, segLeft, segRight)) top--;
  let bottom = anchor;
  while (bottom + 1 < view.rowCount && bottom - top + 1 < MAX_HEADER_ROWS && isHeaderLike(view, bottom + 1, segLeft, segRight)) bottom++;

  // The table's columns: the run of columns with any header text, around the anchor's segment.
  const hasHeader = (c: number) => {
    for (let r = top; r <= bottom; r++) if (!view.isEmpty(r, c)) return true;
    return false;
  };
  let left = segLeft;
  while (left > 0 && hasHeader(left - 1)) left--;
  let right = segRight;
  while (right + 1 < view.colCount && hasHeader(right + 1)) right++;

  const columns = mapColumns(view, top, bottom, left, right);
  const kind = tableKind(columns);
  if (!kind) return null;
  const body = scanBody(view, bottom + 1, left, right, columns);
  return { sheet: view.name, kind, headerTop: top, headerBottom: bottom, left, right, columns, ...body };
}

function mapColumns(view: SheetView, top: number, bottom: number, left: number, right: number): ColumnMap {
  const map: ColumnMap = { single: {}, quarters: [], percentHint: new Set(), headerTexts: new Map() };
  const annuals: number[] = [];
  for (let c = left; c <= right; c++) {
    const texts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = view.text(r, c);
      if (t !== '' && texts[texts.length - 1] !== t) texts.push(t);
    }
    map.headerTexts.set(c, texts.map(normaliseLabel));
    const col = resolveColumn(texts);
    if (!col) continue;
    if (col.percentHint) map.percentHint.add(c);
    if (col.role === 'quarter') {
      map.quarters.push({ col: c, quarter: col.quarter ?? 0, cumulative: col.cumulative ?? false });
    } else {
      const role = col.role as Exclude<Role, 'quarter'>;
      if (role === 'annual') annuals.push(c);
      if (map.single[role] === undefined) map.single[role] = c;
    }
  }
  // Without an `Anggaran` group header, the `Realisasi` right of `Pagu` is the budget spent.
  const s = map.single;
  if (s.pagu !== undefined && s.spent === undefined && annuals[0] === s.pagu + 1) {
    s.spent = annuals.shift();
    s.annual = annuals[0];
  }
  // `Realisasi s.d. Triwulan IV` alone is the annual realisation, not a quarter.
  if (map.quarters.length === 1 && map.quarters[0].quarter === 3 && map.quarters[0].cumulative && map.single.annual === undefined) {
    map.single.annual = map.quarters[0].col;
    map.quarters = [];
  }
  return map;
}

function tableKind(columns: ColumnMap): TableKind | null {
  const s = columns.single;
  if (s.pagu !== undefined || s.spent !== undefined || s.absorption !== undefined) return 'budget';
  if (s.indicator === undefined) return null;
  if (columns.quarters.length > 0 || s.annual !== undefined || s.capaian !== undefined) return 'capaian';
  if (s.target !== undefined) return 'agreement';
  return null;
}

function scanBody(view: SheetView, start: number, left: number, right: number, columns: ColumnMap) {
  const bodyRows: number[] = [];
  const skippedRows: number[] = [];
  let summaryRow: number | null = null;
  let summaryKind: 'total' | 'average' | null = null;
  let r = start;
  if (r < view.rowCount && isNumberingRow(view, r, left, right)) {
    skippedRows.push(r);
    r++;
  }
  for (; r < view.rowCount; r++) {
    const firstCol = firstFilled(view, r, left, right);
    if (firstCol < 0) break;
    const first = view.text(r, firstCol);
    const label = normaliseLabel(first);
    if (columns.headerTexts.get(firstCol)?.includes(label) && isRepeatedHeader(view, r, left, right, columns)) {
      skippedRows.push(r);
      continue;
    }
    if (mayOpenHeader(view, r, left, right) && anchorsInRow(view, r, left, right).length > 0) break;
    if (SUMMARY.test(label) && !isIndicatorRow(view, r, columns, first)) {
      summaryRow = r;
      summaryKind = label.startsWith('rata') || label === 'rerata' ? 'average' : 'total';
      break;
    }
    bodyRows.push(r);
  }
  const last = summaryRow ?? (bodyRows.length ? Math.max(bodyRows[bodyRows.length - 1], ...skippedRows) : Math.max(start - 1, ...skippedRows));
  return { bodyRows, skippedRows, summaryRow, summaryKind, bottom: last };
}

/** The first non-empty cell's column within the columns, or -1 for a blank row. */
function firstFilled(view: SheetView, row: number, left: number, right: number): number {
  for (let c = left; c <= right; c++) if (!view.isEmpty(row, c)) return c;
  return -1;
}

/** A summary label in the indicator column itself names an indicator (`Jumlah PMI …` is data). */
function isIndicatorRow(view: SheetView, row: number, columns: ColumnMap, first: string): boolean {
  const ind = columns.single.indicator;
  return ind !== undefined && view.text(row, ind) !== first && view.text(row, ind) !== '';
}

function isRepeatedHeader(view: SheetView, row: number, left: number, right: number, columns: ColumnMap): boolean {
  let matched = 0;
  for (let c = left; c <= right; c++) {
    const t = view.text(row, c);
    if (t === '') continue;
    const texts = columns.headerTexts.get(c) ?? [];
    if (!texts.includes(normaliseLabel(t))) return false;
    matched++;
  }
  return matched >= 2;
}

/** A row of column numbers under the header: `1 2 3 …` or `(1) (2) (3) …`, increasing. */
function isNumberingRow(view: SheetView, row: number, left: number, right: number): boolean {
  let prev = -Infinity;
  let n = 0;
  for (let c = left; c <= right; c++) {
    const t = view.text(row, c);
    if (t === '') continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (!m || Number(m[1]) < prev) return false;
    prev = Number(m[1]);
    n++;
  }
  return n >= 3;
}
