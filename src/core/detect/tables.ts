// Finds Tabel II.1-, II.15- and I.1-like tables anywhere on a sheet by their header rows (SPEC §2).
import { Range, SheetView } from '../grid';
import { classifyLabel, ColumnMeaning, isCaption, normaliseLabel, resolveColumn, Role } from './labels';
import { ColumnMap, TableKind, TableLayout, YearGroup } from './layout';
import { editDistance } from '../read/units';
import { isAbsentText } from '../read/cell';

const MAX_HEADER_ROWS = 5;
const SUMMARY = /^(jumlah|total|jumlah total|rata rata|rata rata capaian|rerata)$/;
const SUMMARY_WORDS = ['jumlah', 'total', 'ratarata', 'rerata'];
// (Also `Jumlah / Rata-rata`, `Jumlah Rata-rata`, `Jumlah (Rp)`: the row of a table's sums and mean.)
const SUMMARY_TAIL = new Set(['capaian', 'capain', 'kinerja', 'total', 'keseluruhan', 'anggaran', 'seluruhnya', 'umum', 'akhir', 'realisasi', 'nilai', 'semua', 'program', 'kegiatan', '%', 'rata', 'ratarata', 'rerata', 'rp']);

/**
 * A summary label (SPEC §2.4, §10.2): `Jumlah`, `Total`, `Rata-rata`, `Rerata` — also with a typo of up to two
 * letters in that first word (`Jumalh`, `Rata-rata Capain Kinerja`) and a few summary words after it.
 * `strict`: an exact label, or a misspelt first word alone (a longer misspelt one is a summary only where no target
 * says otherwise).
 */
export function summaryKindOf(label: string): { kind: 'total' | 'average'; strict: boolean } | null {
  if (SUMMARY.test(label)) return { kind: label.startsWith('rata') || label === 'rerata' ? 'average' : 'total', strict: true };
  // Every body row passes here: a first word without a letter (a row number, an amount) is within two edits of no
  // summary word (each has five letters or more), so it is refused before any splitting.
  if (!startsWithLetteredWord(label)) return null;
  const words = label.replace(/^rata rata\b/, 'ratarata').replace(/^rata2\b/, 'ratarata').split(' ');
  if (words.length > 5 || !words.slice(1).every((w) => SUMMARY_TAIL.has(w))) return null;
  const first = words[0];
  for (const w of SUMMARY_WORDS) {
    if (first.length >= 4 && Math.abs(first.length - w.length) <= 2 && editDistance(first, w, 2) <= 2) {
      // The misspelt word alone (`Jumalh`) is as sure as the exact one; with more words it may name an indicator.
      return { kind: w === 'ratarata' || w === 'rerata' ? 'average' : 'total', strict: words.length === 1 };
    }
  }
  return null;
}

function startsWithLetteredWord(label: string): boolean {
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === 32) return false;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * Every recognised table on a sheet, top to bottom. `claimed`: areas another recogniser (the evaluation form of
 * SPEC §11) has taken; no LKj table starts inside one.
 */
export function detectTables(view: SheetView, claimed: Range[] = []): TableLayout[] {
  const tables: TableLayout[] = [];
  let r = 0;
  while (r < view.rowCount) {
    const inClaim = claimed.find((a) => r >= a.top && r <= a.bottom);
    if (inClaim) {
      r = inClaim.bottom + 1;
      continue;
    }
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
export function anchorsInRow(view: SheetView, row: number, from = 0, to = Infinity): Segment[] {
  const out: Segment[] = [];
  let c = from;
  // Never past the row's own last cell or merge (one stray value in XFD must not make every row 16,384 wide).
  to = Math.min(to, view.rowEnd(row) - 1);
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

const MAY_NAME_INDICATOR = /^\W*(indikator|iku|ikk|jenis iku)\b|^\W*(tujuan|sasaran|program|kegiatan|sub kegiatan|rincian output|output|ro|kro)\b.*\b(indikator|iku)\b/i;
const MAY_NAME_PAGU = /^\W*(pagu|anggaran|alokasi|dipa|apbd|dpa|dppa)\b/i;

/** Cheap first look: a header row names the indicator (or the pagu) column; data rows seldom start a cell so. */
function mayOpenHeader(view: SheetView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const cell = view.cell(row, c);
    const v = cell ? cell.value : null;
    if (typeof v === 'string' && v.length <= 80 && firstWordCharMayOpen(v) && (MAY_NAME_INDICATOR.test(v) || MAY_NAME_PAGU.test(v))) return true;
  }
  return false;
}

/**
 * `indikator`, `iku`, `ikk`, `jenis`, `pagu`, `anggaran`, `alokasi`, `dipa` start with i, j, p, a or d; the levels over
 * an indicator in one column (`Tujuan/Sasaran/Indikator`, `Kegiatan/Indikator`, `Rincian Output/Indikator`,
 * `Output/Indikator`) with t, s, k, r or o.
 */
function firstWordCharMayOpen(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const ch = v.charCodeAt(i) | 0x20;
    const isWordChar = (ch >= 0x61 && ch <= 0x7a) || (v.charCodeAt(i) >= 0x30 && v.charCodeAt(i) <= 0x39);
    if (isWordChar) return ch === 0x69 || ch === 0x70 || ch === 0x61 || ch === 0x6a || ch === 0x64 || ch === 0x74 || ch === 0x73 || ch === 0x6b || ch === 0x72 || ch === 0x6f;
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
  const value = ['target', 'annual', 'quarter', 'capaian', 'pagu', 'realisasi', 'spent'].some((x) => roles.has(x));
  const pagu = roles.has('pagu') || roles.has('initialPagu') || roles.has('budget-group');
  return (roles.has('indicator') && value) || (pagu && (roles.has('realisasi') || roles.has('spent') || roles.has('annual')));
}

type RowKind = 'label' | 'caption' | 'periods' | 'numbering';

/** A row that reads as header labels within the given columns: text only, mostly labels. */
function isHeaderLike(view: SheetView, row: number, left: number, right: number): boolean {
  let nonEmpty = 0;
  let labels = 0;
  // A bare quarter name (`I`, `II`) is a label in a row of them or under a group spanning columns (`Realisasi
  // Triwulan` › I II III IV); alone under a one-column header it is a heading's number (`I` │ `Meningkatnya …`, the
  // first Sasaran under the header, had been read as a header row and its group's Rata-rata as the table's).
  let lone = 0;
  for (let c = left; c <= right; c++) {
    const v = view.cell(row, c)?.value;
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    // A year typed as a number (2024 over a year group) is a label too.
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2099) {
      nonEmpty++;
      labels++;
      continue;
    }
    if (typeof v !== 'string') return false;
    nonEmpty++;
    const cls = classifyLabel(v).cls;
    if (cls?.role === 'subquarter' && (row === 0 || groupSpan(view, row - 1, c) === null)) lone++;
    else if (cls) labels++;
  }
  if (lone >= 2) labels += lone;
  return nonEmpty > 0 && labels * 2 >= nonEmpty;
}

/** The columns a header cell spans: its merge, or the run of neighbours with the same text; null for one column. */
function groupSpan(view: SheetView, row: number, col: number): { left: number; right: number } | null {
  const m = view.mergeAt(row, col);
  if (m && m.right > m.left) return { left: m.left, right: m.right };
  const t = view.text(row, col);
  if (t === '') return null;
  let left = col;
  let right = col;
  while (left > 0 && view.text(row, left - 1) === t) left--;
  while (right + 1 < view.colCount && view.text(row, right + 1) === t) right++;
  return right > left ? { left, right } : null;
}

/**
 * Whether the small numbers of a header row are months (`Realisasi` › 1 … 12), not column numbers (SPEC §10.1):
 * every number sits under a group spanning several columns, and under each group the numbers start at 1 and rise
 * (a gap, 1 2 4, is a month missing), at least two of them. A row numbering the table's columns (`1 … 17`) fails:
 * under any group but the first its numbers do not start at 1, and it numbers single columns too.
 */
function isMonthRow(view: SheetView, row: number, left: number, right: number): boolean {
  if (row <= 0) return false;
  let group: { left: number; right: number } | null = null;
  let previous = 0;
  let counted = 0;
  for (let c = left; c <= right; c++) {
    const m = view.mergeAt(row, c);
    if (m && (m.top < row || m.left < c)) continue;
    const n = smallNumber(view.cell(row, c)?.value);
    if (n === null) continue;
    if (group === null || c > group.right) {
      group = groupSpan(view, row - 1, c);
      if (group === null || n !== 1) return false;
      previous = 0;
    }
    if (n <= previous || n > 12) return false;
    previous = n;
    if (n >= 2) counted++;
  }
  return counted > 0;
}

/** A small whole number in a header cell: a month (in a month row, see isMonthRow) or a column number. */
function smallNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 99) return v;
  if (typeof v === 'string') {
    const m = /^\s*\(?(\d{1,2})\)?\s*$/.exec(v);
    if (m) return Number(m[1]);
  }
  return null;
}

/** A column number that declares a formula: `13 = 9+10+11+12`, `15 = 14/6 x 100`. */
const FORMULA_LABEL = /^\s*\(?\d{1,2}\)?\s*=\s*[\d\s+\-/xX×*()]+$/;

/** What a row under (or above) a header is, if it belongs to the header (SPEC §10.1). */
function headerRowKind(view: SheetView, row: number, left: number, right: number): RowKind | null {
  if (row < 0 || row >= view.rowCount) return null;
  if (isMonthRow(view, row, left, right)) return 'periods';
  if (isNumberingRow(view, row, left, right)) return 'numbering';
  if (isHeaderLike(view, row, left, right)) return 'label';
  let own = 0;
  let captions = 0;
  let labels = 0;
  for (let c = left; c <= right; c++) {
    const m = view.mergeAt(row, c);
    if (m && m.top < row) continue;
    const v = view.cell(row, c)?.value;
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    own++;
    if (typeof v === 'string' && isCaption(v)) captions++;
    else if (typeof v === 'string' && classifyLabel(v).cls) labels++;
    else return null;
  }
  if (own === 0) return null;
  if (captions > 0 && captions + labels === own) return 'caption';
  return null;
}

/** Distinct non-empty cells of a row within the columns (a merged area counts once). */
function distinctCells(view: SheetView, row: number, left: number, right: number): number {
  let n = 0;
  for (let c = left; c <= right; c++) {
    const m = view.mergeAt(row, c);
    if (m && m.left < c && m.left >= left) continue;
    if (!view.isEmpty(row, c)) n++;
  }
  return n;
}

function buildTable(view: SheetView, anchor: number, segLeft: number, segRight: number): TableLayout | null {
  let top = anchor;
  // A row above joins the header when it reads as labels over at least two columns: a lone title line
  // (`Capaian Kinerja Tahun 2025`) above a table is not a group header.
  while (top > 0 && anchor - top + 1 < MAX_HEADER_ROWS && isHeaderLike(view, top - 1, segLeft, segRight) && distinctCells(view, top - 1, segLeft, segRight) >= 2) top--;
  let bottom = anchor;
  while (bottom + 1 < view.rowCount && bottom - top + 1 < MAX_HEADER_ROWS) {
    const kind = headerRowKind(view, bottom + 1, segLeft, segRight);
    if (kind === null) break;
    bottom++;
    if (kind === 'numbering') break;
  }

  // The table's columns: the run of columns with any header text, around the anchor's segment.
  const hasHeader = (c: number) => {
    for (let r = top; r <= bottom; r++) if (!view.isEmpty(r, c)) return true;
    return false;
  };
  let left = segLeft;
  while (left > 0 && hasHeader(left - 1)) left--;
  let right = segRight;
  while (right + 1 < view.colCount && hasHeader(right + 1)) right++;
  // One empty spacer column between groups (`Anggaran` │ │ `Kinerja`, as exports lay them out) does not end the
  // table, unless what follows it opens a table of its own (it names an indicator or a pagu).
  while (right + 2 < view.colCount && !hasHeader(right + 1) && hasHeader(right + 2)) {
    let end = right + 2;
    while (end + 1 < view.colCount && hasHeader(end + 1)) end++;
    let own = false;
    for (let r = top; r <= bottom && !own; r++) own = mayOpenHeader(view, r, right + 2, end);
    if (own) break;
    right = end;
  }

  let mapped = mapColumns(view, top, bottom, left, right);
  if (!mapped) return null;
  let body = scanBody(view, bottom + 1, left, right, mapped.columns);
  // SPEC §10.3: the reporting year is the latest year whose group has a target and a realisation — a realisation
  // written, not only its column. A later year with nothing realised (a five-year template, next year's targets set
  // beside this year's figures) is passed over for the year before it; a table where no year has any keeps its latest.
  if (mapped.columns.yearGroups.length > 0 && yearIsBlank(view, body.bodyRows, mapped.columns)) {
    const blank = new Set<number>();
    for (let tried = mapped; tried.columns.reportingYear !== null; ) {
      blank.add(tried.columns.reportingYear);
      const again = mapColumns(view, top, bottom, left, right, blank);
      if (!again || again.columns.reportingYear === null) break;
      const againBody = scanBody(view, bottom + 1, left, right, again.columns);
      if (!yearIsBlank(view, againBody.bodyRows, again.columns)) {
        mapped = again;
        body = againBody;
        break;
      }
      tried = again;
    }
  }
  return { sheet: view.name, kind: mapped.kind, budgetOnly: mapped.budgetOnly, headerTop: top, headerBottom: bottom, left, right, columns: mapped.columns, ...body };
}

/** A column's header path, top to bottom: repeated texts once, column numbers left out, months named. */
function headerPath(view: SheetView, top: number, bottom: number, col: number, monthRows: ReadonlySet<number>): string[] {
  const texts: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const m = view.mergeAt(r, col);
    let t = view.text(r, col);
    const v = view.cell(r, col)?.value;
    const n = smallNumber(v);
    if (n !== null && !(m && m.top < r)) {
      // A number in a month row is a month (`Realisasi` › 1 … 12); any other is a column number.
      if (r > top && monthRows.has(r)) t = `Bulan ${n}`;
      else continue;
    }
    if (FORMULA_LABEL.test(t)) continue;
    if (t !== '' && texts[texts.length - 1] !== t) texts.push(t);
  }
  return texts;
}

const YEAR_ROLES = new Set<Role>(['target', 'annual', 'capaian', 'quarter']);
const BARE_PERCENT = new Set(['%', 'persen', 'persentase', 'realisasi %', 'realisasi persen']);
const AMOUNT_ROLES = new Set<Role>(['pagu', 'initialPagu', 'spent', 'absorption', 'remaining', 'remainingPercent']);

/** SPEC §10.1–§10.5: each column's meaning from its path, then the reporting year's roles, other years and history. */
export function mapColumns(
  view: SheetView, top: number, bottom: number, left: number, right: number, blankYears: ReadonlySet<number> = NO_YEARS,
): { columns: ColumnMap; kind: TableKind; budgetOnly: boolean } | null {
  const map: ColumnMap = {
    single: {}, quarters: [], periodKind: 'quarter', percentHint: new Set(), headerTexts: new Map(), headerLabels: new Map(),
    reportingYear: null, yearGroups: [], history: [], ambiguous: [], amounts: [], periodAmounts: [], codeColumns: [], levelColumns: [],
  };
  const meanings: { col: number; m: ColumnMeaning }[] = [];
  const monthRows = new Set<number>();
  for (let r = top + 1; r <= bottom; r++) if (isMonthRow(view, r, left, right)) monthRows.add(r);
  for (let c = left; c <= right; c++) {
    const texts = headerPath(view, top, bottom, c, monthRows);
    map.headerTexts.set(c, texts.map(normaliseLabel));
    map.headerLabels.set(c, texts);
    const m = resolveColumn(texts);
    if (!m) continue;
    if (m.percentHint) map.percentHint.add(c);
    meanings.push({ col: c, m });
  }
  map.reportingYear = reportingYear(meanings, blankYears) ?? agreementYear(meanings);
  const reporting = map.reportingYear;
  const datedYears = (role: Role) => new Set(meanings.filter((x) => x.m.role === role && x.m.year !== null).map((x) => x.m.year!));
  const targetYears = datedYears('target');
  const realYears = new Set([...datedYears('annual'), ...datedYears('quarter')]);
  const groups = new Map<number, YearGroup>();
  const candidates = new Map<Role, number[]>();
  const annuals: number[] = [];
  let periods: { col: number; quarter: number; cumulative: boolean; kind: NonNullable<ColumnMeaning['period']>; spending: boolean }[] = [];

  // Amounts dated with one year (`Pagu 2025`, `Realisasi Anggaran Tahun 2025`) where no year group is the reporting
  // year's are this year's, not history; in a table without indicators the realisation columns are amounts too.
  const noIndicator = !meanings.some((x) => x.m.role === 'indicator');
  const isAmount = (m: ColumnMeaning) => AMOUNT_ROLES.has(m.role) || (noIndicator && (m.role === 'annual' || m.role === 'capaian'));
  const amountYears = new Set(meanings.filter((x) => isAmount(x.m) && x.m.year !== null).map((x) => x.m.year));
  for (const { col, m } of meanings) {
    const ofThisYear = m.year === null || m.year === reporting || (reporting === null && amountYears.size === 1 && isAmount(m));
    // Medium-term columns (`Target Renstra 2029`, or anything under a `Renstra 2025-2029` group) and last year's are
    // history: never this year's target, realisation or capaian. Last year's with its year (`Tahun Lalu (2024)` over
    // Target │ Realisasi │ Capaian) is that year's group, checked as every year group is (SPEC §10.3).
    if (m.role === 'mediumTermTarget' || (((m.horizon === 'last-year' && m.year === null) || m.horizon === 'medium-term') && YEAR_ROLES.has(m.role))) {
      map.history.push({ col, year: m.year, role: m.role });
      continue;
    }
    if (!ofThisYear) {
      const y = m.year!;
      if ((m.role === 'target' || m.role === 'annual' || m.role === 'capaian') && targetYears.has(y) && realYears.has(y)) {
        const g = groups.get(y) ?? { year: y };
        const key = m.role as 'target' | 'annual' | 'capaian';
        if (g[key] === undefined) g[key] = col;
        groups.set(y, g);
      } else {
        map.history.push({ col, year: y, role: m.role });
      }
      continue;
    }
    if (m.role === 'quarter') {
      periods.push({ col, quarter: m.quarter ?? 0, cumulative: m.cumulative ?? false, kind: m.period ?? 'quarter', spending: m.spending ?? false });
      continue;
    }
    if (m.role === 'code') {
      map.codeColumns.push(col);
      if (map.single.code === undefined) map.single.code = col;
      continue;
    }
    const list = candidates.get(m.role) ?? [];
    list.push(col);
    candidates.set(m.role, list);
    if (m.role === 'annual') annuals.push(col);
  }
  map.yearGroups = [...groups.values()].sort((a, b) => a.year - b.year);
  // Two columns of one role, one the revised of the other: the revised one is the year's. `Target Awal` │ `Target
  // Perubahan` (`Murni` │ `Revisi`): the initial target is read as history (kept, never written, never the target).
  // `Pagu` │ `Pagu Revisi`, `Pagu DIPA` │ `Pagu Revisi`, `Anggaran` │ `Anggaran Perubahan`, `Pagu Indikatif` │ `Pagu
  // DPA`: the other pagu is the initial one (an amount, read, never checked against spending).
  const says = (col: number, words: RegExp) => (map.headerTexts.get(col) ?? []).some((t) => words.test(t));
  const splitRevised = (cols: number[], initialMustSay: boolean) => {
    if (cols.length !== 2) return null;
    const revised = cols.filter((c) => says(c, REVISED_WORDS));
    const initial = cols.filter((c) => !revised.includes(c) && (!initialMustSay || says(c, INITIAL_WORDS)));
    return revised.length === 1 && initial.length === 1 ? { revised: revised[0], initial: initial[0] } : null;
  };
  const target = splitRevised(candidates.get('target') ?? [], true);
  if (target) {
    candidates.set('target', [target.revised]);
    map.history.push({ col: target.initial, year: meanings.find((x) => x.col === target.initial)?.m.year ?? null, role: 'target' });
  }
  const pagu = splitRevised(candidates.get('pagu') ?? [], false);
  if (pagu && !candidates.has('initialPagu')) {
    candidates.set('pagu', [pagu.revised]);
    candidates.set('initialPagu', [pagu.initial]);
  }

  for (const [role, cols] of candidates) {
    if (role === 'annual') continue;
    // Of several level columns (`Sasaran │ Program │ Kegiatan`), the finest — the last — names each row's group: a
    // Kegiatan's budget is its own, not its Program's.
    map.single[role as Exclude<Role, 'quarter'>] = role === 'objective' ? cols[cols.length - 1] : cols[0];
    if (role === 'objective' && cols.length > 1) map.levelColumns = cols;
  }
  const s = map.single;
  // With both an initial and a revised pagu, the revised one is the pagu; a lone Pagu Awal is the pagu.
  if (s.pagu === undefined && s.initialPagu !== undefined) {
    s.pagu = s.initialPagu;
    delete s.initialPagu;
  }
  const budgetOnly = s.indicator === undefined && (s.pagu !== undefined || s.spent !== undefined);
  // Without an `Anggaran` group header, the `Realisasi` right of `Pagu` is the budget spent — also where the Kinerja
  // group's `Realisasi` comes first (`Target │ Realisasi │ % │ Pagu │ Realisasi │ %`: it had been column-missing spent).
  // (A physical realisation, `Realisasi Fisik`, is never the money spent.)
  const money = annuals.filter((c) => !says(c, PHYSICAL));
  const spentCol = s.pagu === undefined || s.spent !== undefined ? undefined : budgetOnly ? money[0] : money.find((c) => c === s.pagu! + 1);
  const spentAt = spentCol === undefined ? -1 : annuals.indexOf(spentCol);
  if (spentAt >= 0) {
    s.spent = annuals.splice(spentAt, 1)[0];
    candidates.set('spent', [s.spent]);
  }
  if (annuals.length > 0) s.annual = annuals[0];
  // SPEC §10.2: a bare `%` (or `Realisasi (%)`) right of the budget spent, beside pagu and spent, is the absorption —
  // in a one-row II.15 header nothing else tells it from the Kinerja group's `%`.
  if (!budgetOnly && s.pagu !== undefined && s.spent !== undefined && s.absorption === undefined) {
    const col = s.spent + 1;
    const text = map.headerTexts.get(col)?.at(-1);
    if (text !== undefined && BARE_PERCENT.has(text)) {
      for (const role of ['capaian', 'annual'] as const) {
        const cols = candidates.get(role)?.filter((c) => c !== col) ?? [];
        if (cols.length > 0) candidates.set(role, cols);
        else candidates.delete(role);
      }
      const at = annuals.indexOf(col);
      if (at >= 0) annuals.splice(at, 1);
      s.capaian = candidates.get('capaian')?.[0];
      s.annual = annuals[0];
      s.absorption = col;
      candidates.set('absorption', [col]);
    }
  }
  if (budgetOnly) {
    // A budget-only table has no capaian: its `%` or `Realisasi (%)` is the absorption.
    const percentAnnual = annuals.find((c) => map.percentHint.has(c) && !says(c, PHYSICAL));
    if (percentAnnual !== undefined && s.absorption === undefined && s.capaian === undefined) {
      s.absorption = percentAnnual;
      candidates.set('absorption', [percentAnnual]);
      annuals.splice(annuals.indexOf(percentAnnual), 1);
    }
    if (s.capaian !== undefined && s.absorption === undefined) {
      s.absorption = s.capaian;
      candidates.set('absorption', candidates.get('capaian')!);
    }
    delete s.capaian;
    candidates.delete('capaian');
    // …and no realisation of an indicator: a `Realisasi` left over is read as nothing rather than guessed at.
    delete s.annual;
  }
  // The period columns of the reporting year: the indicator's quarters, or a budget-only table's monthly spending.
  // Beside indicators, periods under a budget label (`Realisasi Anggaran` › `TW I … IV`) are the spending's, amounts
  // kept from every write, never the indicator's quarters (they had been each quarter twice: quarter-duplicate).
  if (!budgetOnly) {
    for (const p of periods) if (p.spending) map.amounts.push(p.col);
    periods = periods.filter((p) => !p.spending);
  }
  const kinds = new Set(periods.map((p) => p.kind));
  const periodKind = kinds.size === 1 ? [...kinds][0] : kinds.has('quarter') ? 'quarter' : periods[0]?.kind ?? 'quarter';
  const ownPeriods = periods.filter((p) => p.kind === periodKind);
  map.periodKind = periodKind;
  if (budgetOnly) {
    map.amounts.push(...ownPeriods.map((p) => p.col));
    // Plain periods only: cumulative ones (s.d. TW II) do not add up to the spent.
    if (ownPeriods.every((p) => !p.cumulative)) map.periodAmounts = ownPeriods.map((p) => p.col);
  }
  else map.quarters = ownPeriods.map(({ col, quarter, cumulative }) => ({ col, quarter, cumulative }));
  // `Realisasi s.d. Triwulan IV` (`s.d. Semester II`, `s.d. Des`) is the annual realisation, not a period: alone, or
  // beside periods of their own (TW I … IV, then s.d. TW IV; or TW I │ s.d. TW I │ TW II │ s.d. TW II …, where the
  // other cumulative columns are read as nothing). Among cumulative periods only (s.d. TW I … s.d. TW IV) they are
  // the periods, the last present one the annual (SPEC §4).
  // A mid-year table's last cumulative column (`TW I │ TW II │ TW III │ s.d. TW III`, or `Realisasi s.d. TW III`
  // alone) is its realisation to date, read as the annual: it had been dropped (the quarters' sum taken instead, and a
  // wrong capaian written where the office's to-date figure differs) or, alone, a quarter (`quarter-missing` for the
  // periods it already covers).
  const cumulative = map.quarters.filter((q) => q.cumulative);
  const plain = map.quarters.filter((q) => !q.cumulative);
  let latest: (typeof cumulative)[number] | undefined;
  for (const q of cumulative) if (latest === undefined || q.quarter > latest.quarter) latest = q;
  if (latest !== undefined) map.reportedTo = latest.quarter;
  if (plain.length > 0 && latest !== undefined) {
    map.quarters = plain;
    if (s.annual === undefined && plain.every((q) => q.quarter <= latest!.quarter)) s.annual = latest.col;
  } else if (s.annual === undefined && cumulative.length === 1) {
    s.annual = cumulative[0].col;
    map.quarters = [];
  }
  for (const role of ['target', 'capaian'] as const) {
    const cols = candidates.get(role) ?? [];
    if (cols.length > 1) map.ambiguous.push({ role, cols });
  }
  if (annuals.length > 1) map.ambiguous.push({ role: 'annual', cols: annuals });
  for (const role of ['pagu', 'spent', 'initialPagu', 'remaining'] as const) if (s[role] !== undefined) map.amounts.push(s[role]!);
  map.amounts.sort((a, b) => a - b);

  const kind = tableKind(map);
  return kind ? { columns: map, kind, budgetOnly: budgetOnly && kind === 'budget' } : null;
}

/**
 * SPEC §10.3: the latest year whose group has both a target and a realisation (an undated column belongs to every
 * year); without such a year, the latest year the header names when the undated columns give both; else none.
 */
function reportingYear(meanings: { col: number; m: ColumnMeaning }[], blankYears: ReadonlySet<number>): number | null {
  const has = (role: Role, y: number | null) => meanings.some((x) => x.m.role === role && x.m.year === y);
  const firstCol = (role: Role, y: number | null) => meanings.find((x) => x.m.role === role && x.m.year === y)?.col ?? -1;
  // A medium-term column (`Target Renstra 2029`) or last year's is history: its year is never this one.
  const dated = meanings.filter((x) => x.m.role !== 'mediumTermTarget' && x.m.horizon !== 'medium-term' && x.m.horizon !== 'last-year');
  const years = [...new Set(dated.map((x) => x.m.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  const undatedTarget = has('target', null);
  const undatedReal = has('annual', null) || has('quarter', null) || has('spent', null);
  // A series of dated realisations (2021 … 2024) beside undated columns is history; one dated year may be this one.
  const datedRealYears = new Set(meanings.filter((x) => (x.m.role === 'annual' || x.m.role === 'quarter') && x.m.year !== null).map((x) => x.m.year)).size;
  for (const y of years) {
    if (blankYears.has(y)) continue;
    // Beside an undated Target │ Realisasi, a year's lone dated realisation (`Realisasi 2024` among 2021 … 2024) is
    // history, not a year group: the year needs its own target and realisation then.
    // (The budget spent is no realisation of the indicator here: `Realisasi Tahun 2025` beside Anggaran › Realisasi.)
    // So is one dated realisation before the undated target and realisation (`Realisasi 2024 │ Target │ Realisasi`, as
    // comparisons put the past first); after them it may be this year's (`Target │ Realisasi │ Realisasi 2025`: which
    // one is, column-ambiguous says), and beside undated quarters only it is (`TW I … IV │ Realisasi 2025`).
    const lone = datedRealYears > 1 || (has('annual', null) && has('annual', y) && firstCol('annual', y) < firstCol('target', null));
    if (undatedTarget && (has('annual', null) || has('quarter', null)) && lone && !(has('target', y) && (has('annual', y) || has('quarter', y)))) continue;
    if ((has('target', y) || undatedTarget) && (has('annual', y) || has('quarter', y) || undatedReal) && (has('target', y) || has('annual', y) || has('quarter', y))) return y;
  }
  if (undatedTarget && undatedReal && years.length > 0) {
    // Dated columns beside an undated target and realisation: the latest year is this year's only if it has a capaian
    // — and the undated columns have none of their own (`Capaian (%) │ Capaian 2023 (%)`: 2023 is last year's).
    const latest = years[0];
    return has('capaian', latest) && !has('capaian', null) ? latest : null;
  }
  return null;
}

/**
 * A Perjanjian Kinerja dates its target (`Target 2025`, `Target Tahun 2025`, `Tahun 2025` over `Target`): with no
 * realisation, capaian or budget column in the header and targets of one year only, that year is the table's. (Targets
 * of several years and nothing realised are a medium-term plan, not an agreement: no year.)
 */
function agreementYear(meanings: { m: ColumnMeaning }[]): number | null {
  if (meanings.some((x) => !AGREEMENT_ROLES.has(x.m.role))) return null;
  const years = new Set(meanings.filter((x) => x.m.role === 'target' && x.m.year !== null).map((x) => x.m.year!));
  return years.size === 1 ? [...years][0] : null;
}
const AGREEMENT_ROLES: ReadonlySet<Role> = new Set<Role>(['no', 'objective', 'indicator', 'unit', 'target', 'polarity', 'code', 'mediumTermTarget', 'pagu', 'initialPagu']);

/** A column's label saying it is the revised one (`Pagu Revisi`, `Target Perubahan`, `Pagu DPA`, `Pagu Akhir`)… */
const REVISED_WORDS = /\b(perubahan|revisi|akhir|definitif|dpa|dppa)\b/;
/** …or the initial one (`Target Awal`, `Anggaran Murni`, `Pagu Indikatif`). */
const INITIAL_WORDS = /\b(awal|murni|semula|indikatif)\b/;

const NO_YEARS: ReadonlySet<number> = new Set();

/**
 * Whether the reporting year's realisation columns (annual and periods) hold no value of their own in any body row: nothing
 * realised yet, the year is not the one being reported (its targets may be set). A realisation without a target is
 * still that year's, and its missing targets are findings.
 */
function yearIsBlank(view: SheetView, rows: readonly number[], columns: ColumnMap): boolean {
  const realisation = columns.quarters.map((q) => q.col);
  if (columns.single.annual !== undefined) realisation.push(columns.single.annual);
  return !realisation.some((col) => rows.some((r) => holdsOwnValue(view, r, col)));
}

/**
 * A value in the cell itself, or in a merge from above: not a heading merged across it from a column to its left, nor
 * a placeholder (`-`) for nothing yet.
 */
function holdsOwnValue(view: SheetView, row: number, col: number): boolean {
  const merge = view.mergeAt(row, col);
  return (merge === undefined || merge.left === col) && !isAbsentText(view.text(row, col));
}

function tableKind(columns: ColumnMap): TableKind | null {
  const s = columns.single;
  const realised = columns.quarters.length > 0 || s.annual !== undefined || s.capaian !== undefined || columns.yearGroups.length > 0;
  // A Perjanjian Kinerja lists each indicator's target and the Program funding it with its budget (`Program │
  // Anggaran (Rp)`): nothing realised, nothing spent — an agreement, not a budget table without its spending.
  if (s.pagu !== undefined && s.spent === undefined && s.absorption === undefined && s.indicator !== undefined && s.target !== undefined && !realised) return 'agreement';
  if (s.pagu !== undefined || s.spent !== undefined || s.absorption !== undefined) return 'budget';
  if (s.indicator === undefined) return null;
  if (realised) return 'capaian';
  if (s.target !== undefined) return 'agreement';
  return null;
}

function scanBody(view: SheetView, start: number, left: number, right: number, columns: ColumnMap) {
  const bodyRows: number[] = [];
  const skippedRows: number[] = [];
  const subtotalRows: number[] = [];
  const groupAverageRows: number[] = [];
  let summaryRow: number | null = null;
  let summaryKind: 'total' | 'average' | null = null;
  let r = start;
  if (r < view.rowCount && isNumberingRow(view, r, left, right)) {
    skippedRows.push(r);
    r++;
  }
  // The next row's header segment, looked up once: by the look-ahead below, then as this row's on the next turn.
  let aheadRow = -1;
  let aheadSeg: Segment | null = null;
  for (; r < view.rowCount; r++) {
    const firstCol = firstFilled(view, r, left, right);
    if (firstCol < 0) break;
    const first = view.text(r, firstCol);
    // A note under the table (`Sumber: …`, `Catatan:`, `Keterangan: …`, `*) target direvisi …`) ends its body, and so
    // does the next table's title (`Tabel 3.2 Capaian Sasaran 2`), even where that table repeats this one's header.
    // (Written from the table's left, not a Keterangan cell reading `Sumber: BPS` beside an indicator continued above.)
    if (firstCol <= (columns.single.indicator ?? left) && (NOTE_OPENER.test(first) || TABLE_TITLE.test(first))) break;
    const label = normaliseLabel(first);
    // The next table's header ends the body (SPEC §2.4) — looked for across the whole row, since the next table may
    // be wider than this one (a Tabel II.1 right under a three-column Tabel I.1, its first labels the same) — and so
    // does the top row of a two-row header above it (`Anggaran (Rp)` │ `Kinerja` over `Pagu` │ … │ `Target`). A
    // header within this table's own columns repeating its labels is a repeated header block, skipped.
    const next = aheadRow === r ? aheadSeg : tableOpening(view, r, left, right);
    if (next !== null && (next.left < left || next.right > right)) break;
    if (columns.headerTexts.get(firstCol)?.includes(label) && isRepeatedHeader(view, r, left, right, columns)) {
      skippedRows.push(r);
      // Its numbering row (`1 2 3 4 5 6`, `(6) = 5/4 x 100`) repeats too: header, not an indicator named "2".
      if (r + 1 < view.rowCount && isNumberingRow(view, r + 1, left, right)) skippedRows.push(++r);
      continue;
    }
    if (next !== null) break;
    // A row of column numbers on its own (`1 2 3 4 5 6 7` atop a second printed page, without the labels over it):
    // header, not an indicator named "3".
    if (typeof view.cell(r, firstCol)?.value === 'number' || /^\(?1\)?$/.test(first)) {
      if (isColumnNumbering(view, r, left, right)) {
        skippedRows.push(r);
        continue;
      }
    }
    // (The cheap look at the next row first: a body row's texts are mostly no labels, each a lookup.)
    if (r + 1 < view.rowCount) {
      aheadRow = r + 1;
      aheadSeg = tableOpening(view, r + 1, left, right);
      if (aheadSeg !== null && isHeaderLike(view, r, left, right)) break;
    }
    // A subtotal inside the table (`Sub Total`, `Subtotal`, `Sub Jumlah`) is no data row: counted, it made a Total
    // row look wrong by the subtotal (SPEC §2.4 reads the rows, not their sums).
    // So is a level's own total after its rows (`Jumlah Program Dukungan Manajemen`, `Total Belanja Barang`) where the
    // row states no target of its own (an indicator `Jumlah kegiatan sosialisasi` has one).
    // And an LRA's balance lines (`SURPLUS / (DEFISIT)`, `PEMBIAYAAN NETTO`, `SiLPA`): differences of the rows above,
    // no budget of their own (read as one, -1.53 bn had been "spent over" a pagu of -1.8 bn).
    // But the spending's own total closing the table (`JUMLAH BELANJA` last, nothing of the table under it) is its
    // summary row, checked as a Jumlah (a wrong total had gone unreported).
    const closingTotal = TOTAL_SPENDING.test(label) && !continuesBody(view, r + 1, columns);
    const balance = BALANCE.test(label) && columns.single.pagu !== undefined;
    if (SUBTOTAL.test(label) || balance || (!closingTotal && LEVEL_TOTAL.test(label) && bodyRows.length > 0 && !hasOwnValue(view, r, columns.single.target))) {
      skippedRows.push(r);
      // A subtotal's and a level total's rupiah are still checked against the rows above them (total-mismatch).
      if (!balance) subtotalRows.push(r);
      continue;
    }
    // (`Rata-rata Capaian Kinerja Sasaran A`: an average naming its group, where the row holds no target or pagu.)
    const summary = closingTotal ? { kind: 'total' as const, strict: true } : label.length <= 60
      ? summaryKindOf(label) ?? (GROUP_AVERAGE.test(label) && !hasOwnValue(view, r, columns.single.target) && !hasOwnValue(view, r, columns.single.pagu) ? { kind: 'average' as const, strict: false } : null)
      : null;
    if (summary && !isIndicatorRow(view, r, columns, first) && (summary.strict || !hasOwnValue(view, r, columns.single.target))) {
      // A Rata-rata row with more rows of the table under it closes its group, not the table (the groups below it had
      // been dropped without a word); after such rows, the last one closes the last group.
      if (summary.kind === 'average' && continuesBody(view, r + 1, columns)) {
        groupAverageRows.push(r);
        continue;
      }
      if (summary.kind === 'average' && groupAverageRows.length > 0) {
        groupAverageRows.push(r);
        // The table's own average right under the last group's (`Rata-rata Capaian Kinerja` after `… Sasaran 2`).
        const below = r + 1 < view.rowCount ? firstFilled(view, r + 1, left, right) : -1;
        const next = below < 0 ? '' : normaliseLabel(view.text(r + 1, below));
        if (below >= 0 && next.length <= 60 && summaryKindOf(next)?.kind === 'average' && !GROUP_AVERAGE.test(next)) {
          summaryRow = r + 1;
          summaryKind = 'average';
        }
        break;
      }
      summaryRow = r;
      summaryKind = summary.kind;
      break;
    }
    bodyRows.push(r);
  }
  let last = summaryRow ?? (bodyRows.length ? bodyRows[bodyRows.length - 1] : start - 1);
  for (const s of [...skippedRows, ...groupAverageRows]) if (s > last) last = s;
  return { bodyRows, skippedRows, subtotalRows, groupAverageRows, summaryRow, summaryKind, bottom: last };
}

/**
 * The table goes on below the row: a data row (a value of its own in the target or pagu column, no summary label
 * first), within a few rows of text only (the next group's heading, `Sasaran 2: …`) and no blank row.
 */
function continuesBody(view: SheetView, row: number, columns: ColumnMap): boolean {
  const s = columns.single;
  for (let r = row; r < Math.min(view.rowCount, row + 3); r++) {
    const firstCol = firstFilled(view, r, 0, view.rowEnd(r) - 1);
    if (firstCol < 0 || summaryKindOf(normaliseLabel(view.text(r, firstCol))) !== null) return false;
    if (hasOwnValue(view, r, s.target) || hasOwnValue(view, r, s.pagu)) return true;
  }
  return false;
}

/** The opening of a note under a table: a note word and its colon, or a footnote mark. */
const NOTE_OPENER = /^(?:(?:sumber(?: data)?|catatan|keterangan|ket|note|notes|nb|n\.b)\s*[:.]|\*+\s*\))/i;

/** An average row naming what it averages: `rata rata capaian kinerja sasaran a`, `rerata capaian program b`. */
const GROUP_AVERAGE = /^(?:rata rata|rerata|rata2)(?: capaian)?(?: kinerja)? (?:sasaran|program|kegiatan|kelompok|tujuan)\b/;

/** A subtotal row's label, normalised: `sub total`, `subtotal`, `sub jumlah`, `jumlah sub total`. */
const SUBTOTAL = /^(?:jumlah )?sub ?(?:total|jumlah|tot)\b/;

/** An LRA's balance line, normalised: `surplus defisit`, `defisit`, `pembiayaan netto`, `silpa`, `sisa lebih pembiayaan …`. */
const BALANCE = /^(?:surplus|defisit|pembiayaan neto|pembiayaan netto|silpa|sisa lebih pembiayaan|sisa lebih perhitungan)\b/;

/** A physical (performance) realisation's header: `Realisasi Fisik (%)`, `Fisik`: no money. */
const PHYSICAL = /\bfisik\b/;

/** The whole spending's total, normalised: `jumlah belanja`, `total belanja daerah`. */
const TOTAL_SPENDING = /^(?:jumlah|total) belanja(?: daerah| langsung| tidak langsung)?$/;

/** A level's total, normalised: `jumlah program …`, `total kegiatan …`, `jumlah belanja barang`, `total ro …`. */
const LEVEL_TOTAL = /^(?:jumlah|total|sub ?total) (?:urusan|bidang|program|kegiatan|sub kegiatan|subkegiatan|sasaran|belanja|jenis belanja|output|kro|ro|komponen|akun)\b/;

/** A table's title: `Tabel 3.2 …`, `Tabel II.15 …`, `Tabel 1. …`. */
const TABLE_TITLE = /^tabel\s+(?:[ivx]+|\d+)(?:\.\d+)*\b/i;

/** The header segment of a row that overlaps the columns left…right, if the row holds a table header there. */
function tableOpening(view: SheetView, row: number, left: number, right: number): Segment | null {
  if (!mayOpenHeader(view, row, 0, view.rowEnd(row) - 1)) return null;
  for (const seg of anchorsInRow(view, row)) if (seg.left <= right && seg.right >= left) return seg;
  return null;
}

/** The row has a non-empty cell of its own (not continued from a merge above) in the column. */
function hasOwnValue(view: SheetView, row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  const m = view.mergeAt(row, col);
  // Continued from a merge above, or from a label merged across from the left (`Rata-rata Capaian` over A:F).
  if (m && (m.top < row || m.left < col)) return false;
  return !view.isEmpty(row, col);
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

/** A numbering row that numbers the table's columns from 1, most of them: never a data row. */
function isColumnNumbering(view: SheetView, row: number, left: number, right: number): boolean {
  if (!isNumberingRow(view, row, left, right)) return false;
  let n = 0;
  let first = -1;
  for (let c = left; c <= right; c++) {
    const t = view.text(row, c);
    if (t === '') continue;
    if (first < 0) first = Number(/\d+/.exec(t)![0]);
    n++;
  }
  return first === 1 && n * 2 > right - left + 1;
}

/** A row of column numbers under the header: `1 2 3 …` or `(1) (2) (3) …`, increasing. */
function isNumberingRow(view: SheetView, row: number, left: number, right: number): boolean {
  let prev = -Infinity;
  let n = 0;
  for (let c = left; c <= right; c++) {
    const t = view.text(row, c);
    if (t === '') continue;
    const m = /^\(?(\d{1,2})\)?(?:\s*=.*)?$/.exec(t);
    if (!m || (!/=/.test(t) && Number(m[1]) < prev) || (/=/.test(t) && !FORMULA_LABEL.test(t))) return false;
    prev = Number(m[1]);
    n++;
  }
  return n >= 3;
}
