// Grid → tables → readings → computations, per SPEC §2–§4. Findings come from the checks afterwards.
import { GridCell, SheetView } from '../grid';
import { TableLayout } from '../detect/layout';
import { normaliseName } from '../names';
import { Settings } from '../settings';
import { CellReader, isComputedPercent, provesNotation, resolveAmbiguous } from './cells';
import { isAbsentText } from '../read/cell';
import { computeIndicator, computeYear, readIndicator, statedPercent, valueOf } from './indicator';
import { absorptionOf, averageOf } from './math';
import { amountOf, GroupAnalysis, IndicatorAnalysis, isBareHeading, rolledAmount, TableAnalysis, ValueCell } from './model';
import { Notation } from '../read/number';
import { normaliseCategory } from '../read/category';
import { leadingCode, levelOfLabel, rankOf } from '../renja/hierarchy';
import { Unit } from '../read/units';

export function analyseTable(view: SheetView, layout: TableLayout, settings: Settings, agreementBounds?: ReadonlyMap<string, string>): TableAnalysis {
  const custom = new Set(settings.scales.flatMap((sc) => sc.bands.map((b) => normaliseCategory(b.category))));
  const reader = new CellReader(view, custom.size ? custom : undefined);
  const s = layout.columns.single;
  const groups: GroupAnalysis[] = [];
  const columnLevel = new Map<GroupAnalysis, number>();
  const indicators: IndicatorAnalysis[] = [];
  let group: GroupAnalysis | null = null;

  let groupKey = '';
  // Without an objective column, a heading row (`I` │ `Sasaran 1: Meningkatnya …`) heads the numbered rows below it:
  // they are its group until the next heading, not one group each (their Rata-rata row had been no group's).
  let headed = false;
  // One context for the table; each row sets its group.
  const ctx = { view, layout, reader, settings, objective: '', no: '', agreementBounds };
  const rows = layout.bodyRows;
  const codes = codesOf(view, rows, layout);
  // Without a Kode column, a budget table numbered `1`, `1.1`, `1.2` nests by those numbers (SPEC §10.4's code);
  // numbered 1, 2, 3 only, its level words decide.
  const numbersNest = layout.kind === 'budget' && s.no !== undefined && rows.some((r) => /^\d+(\.\d+)+\.?$/.test(ownText(view, r, s.no) ?? ''));
  // The columns a heading row leaves empty (see isHeadingRow).
  const figureColumns = [s.target, s.annual, s.capaian, s.unit, s.pagu, s.spent, s.absorption, ...layout.columns.quarters.map((q) => q.col)]
    .filter((c): c is number => c !== undefined && c !== s.indicator);
  // With level columns side by side, each group's level is the column its name fills (for the hierarchy below).
  const levelCols = layout.columns.levelColumns;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const filled = levelCols.length > 1 ? [...levelCols].reverse().find((c) => (ownText(view, row, c) ?? '') !== '') : undefined;
    const objective = ownText(view, row, filled ?? s.objective);
    const no = ownText(view, row, s.no);
    const pagu = layout.kind === 'budget' ? reader.read(row, s.pagu, 'pagu') : null;
    const ownPagu = pagu !== null && pagu.row === row && pagu.reading.kind !== 'absent';
    const indicatorText = ownText(view, row, s.indicator);
    const nextNo = i + 1 < rows.length ? ownText(view, rows[i + 1], s.no) : null;
    const heading = indicatorText !== null && indicatorText !== '' && isHeadingRow(view, row, layout, figureColumns, indicatorText, nextNo);
    // A level's heading (numbered `I`/`A` or unnumbered, or opening with its level or its result), not an indicator's
    // with sub-items (`4` │ `Jumlah layanan:` over `a.`, `b.`).
    const levelHeading = heading && s.objective === undefined && layout.kind !== 'budget' &&
      (no !== null && no !== '' ? LEVEL_NUMBER.test(no) : opensWithLevel(indicatorText) || RESULT_STATEMENT.test(indicatorText) || /:\s*$/.test(indicatorText));
    const startsGroup =
      group === null ||
      // A level row with its own budget (no target: no indicator) under a heading that has none (`Kegiatan …` with its
      // pagu under `Program …`): its own group, not the heading's budget. An indicator row's pagu is its Sasaran's.
      (ownPagu && layout.kind === 'budget' && group.pagu === null && group.indicators.length === 0 && group.rows.length > 0 &&
        (s.target === undefined || (ownText(view, row, s.target) ?? '') === '')) ||
      layout.budgetOnly ||
      (objective !== null && objective !== '' && objective !== group.name && normaliseName(objective) !== groupKey) ||
      (s.objective === undefined && no !== null && no !== '' && no !== group.no && !(headed && !LEVEL_NUMBER.test(no))) ||
      levelHeading ||
      (ownPagu && group.pagu !== null && (group.pagu.row !== pagu.row || group.pagu.col !== pagu.col) && !repeatsBudget(view, layout, group, row));
    if (startsGroup) {
      // Without a Kode column, a budget row's code may open its name (`1.02.02.2.01 Penyediaan …`, SIPD's print).
      const code = codes.get(row) ?? (layout.kind === 'budget' ? sipdCodeOpening(objective ?? '') : '');
      group = newGroup(objective ?? group?.name ?? '', no ?? group?.no ?? '', code === '' && numbersNest && no !== null && HIERARCHICAL_NUMBER.test(no) ? no.replace(/\.$/, '') : code);
      if (filled !== undefined) columnLevel.set(group, levelCols.indexOf(filled));
      groupKey = normaliseName(group.name);
      groups.push(group);
      headed = false;
    }
    const g = group!;
    g.rows.push(row);
    if (layout.kind === 'budget') readGroupCells(g, row, reader, layout);
    // A Tabel II.1's `Rata-rata Capaian (Sasaran)` column states its group's mean too: checked, as in a II.15.
    else if (s.average !== undefined && g.averageCell === null) g.averageCell = ownReading(reader.read(row, s.average, 'average'));

    if (indicatorText === null || indicatorText === '') continue;
    if (heading) {
      // In a Tabel II.15 a heading opening its group names it (`Program Penunjang …` over its indicators).
      if (layout.kind === 'budget' && g.rows.length === 1 && (g.name === '' || s.objective === undefined)) {
        g.name = indicatorText;
        groupKey = normaliseName(g.name);
      } else if (levelHeading) {
        g.name = indicatorText;
        groupKey = normaliseName(g.name);
        headed = true;
      }
      continue;
    }
    ctx.objective = g.name;
    ctx.no = g.no;
    const ind = readIndicator(row, ctx);
    g.indicators.push(ind);
    indicators.push(ind);
  }

  // A Tabel II.1's average cell merged beyond its group's rows (over the whole table) is no group's own average.
  for (const g of groups) {
    if (layout.kind === 'budget' || g.averageCell === null) continue;
    const m = view.mergeAt(g.averageCell.row, g.averageCell.col);
    if (m && (m.top < g.rows[0] || m.bottom > g.rows[g.rows.length - 1])) g.averageCell = null;
  }
  // A Rata-rata row inside the body states the average of the group above it — where the rows since the previous
  // one are one group (rows grouped by number only, `1`, `2` under a `Sasaran I` heading, are not checked that way).
  let from = -1;
  for (const r of layout.groupAverageRows) {
    const inside = groups.filter((x) => x.rows.length > 0 && x.rows[0] > from && x.rows[0] < r && x.indicators.length > 0);
    if (inside.length === 1 && inside[0].averageCell === null) inside[0].averageCell = ownReading(reader.read(r, s.average ?? s.capaian, 'average'));
    from = r;
  }
  // The notations the body proves (before the summary row is read: a total's notation proves nothing new).
  const notations = new Set(reader.notations);
  const lasting = new Set(reader.lasting);
  const tableNotation: Notation | null = notations.size === 1 ? notations.values().next().value! : null;
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i];
    resolveAmbiguous(ind.target, ind.unit, tableNotation);
    for (let q = 0; q < ind.quarters.length; q++) resolveAmbiguous(ind.quarters[q], ind.unit, tableNotation);
    resolveAmbiguous(ind.annual, ind.unit, tableNotation);
    resolveAmbiguous(ind.stated, ind.unit, tableNotation);
  }
  // The rest (the other candidates of an ambiguous column, budget cells, the summary row): by their row's indicator
  // unit where the row has one (a count unit decides `1.080` as in the chosen column, SPEC §3.1).
  const unitOfRow = new Map<number, Unit | null>();
  for (let i = 0; i < indicators.length; i++) unitOfRow.set(indicators[i].row, indicators[i].unit);
  for (let i = 0; i < reader.ambiguous.length; i++) {
    const cell = reader.ambiguous[i];
    resolveAmbiguous(cell, unitOfRow.get(cell.row) ?? null, tableNotation);
  }

  const place = layout.kind === 'agreement' ? null : findCapaianColumn(view, layout);
  const capaianColumn = place && 'col' in place ? place : null;
  for (const ind of indicators) {
    if (layout.kind === 'agreement') {
      ind.targetValue = valueOf(ind.target, ind.unit);
      continue;
    }
    computeIndicator(ind, layout, settings);
    readOtherYears(ind, layout, reader, settings);
    if (capaianColumn) ind.capaianCell = ind.stated ? { row: ind.stated.row, col: ind.stated.col } : view.anchor(ind.row, capaianColumn.col);
  }
  for (const g of groups) computeGroup(g, settings, layout.columns.periodAmounts);
  // Budget-only rows form a hierarchy (SPEC §10.4); so do a II.15's level rows carrying their budget (a Program over
  // its Kegiatan): a parent's rupiah is then its children's sum, and a Jumlah row the top level's.
  if (layout.kind === 'budget') linkHierarchy(groups, columnLevel);

  const summary = layout.summaryRow === null || layout.summaryKind === null ? null : {
    row: layout.summaryRow,
    kind: layout.summaryKind,
    cells: (['target', 'annual', 'capaian', 'pagu', 'spent', 'absorption', 'average', 'remaining', 'remainingPercent', 'initialPagu'] as const)
      .map((k) => reader.read(layout.summaryRow!, s[k], k))
      .filter((c): c is ValueCell => c !== null),
    amounts: amountCells(reader, layout.summaryRow, layout),
    years: layout.columns.yearGroups.flatMap((g) => {
      const cell = reader.read(layout.summaryRow!, g.capaian, 'capaian');
      return cell ? [{ year: g.year, cell }] : [];
    }),
  };
  if (summary) for (const c of [...summary.cells, ...summary.years.map((y) => y.cell)]) resolveAmbiguous(c, null, tableNotation);
  const subtotals = layout.kind !== 'budget' ? [] : layout.subtotalRows.map((row) => {
    const cells = (['pagu', 'spent'] as const).map((k) => reader.read(row, s[k], k)).filter((c): c is ValueCell => c !== null && c.row === row);
    const amounts = amountCells(reader, row, layout);
    const stated = reader.read(row, s.absorption, 'absorption');
    const absorptionCell = stated !== null && stated.row === row ? stated : null;
    for (const c of [...cells, ...amounts.values(), ...(absorptionCell ? [absorptionCell] : [])]) resolveAmbiguous(c, null, tableNotation);
    const pagu = amountOf(cells.find((c) => c.column === 'pagu') ?? null);
    const spent = amountOf(cells.find((c) => c.column === 'spent') ?? null);
    const absorption = pagu !== null && spent !== null ? absorptionOf(pagu, spent) : null;
    return { row, cells, amounts, absorptionCell, absorption };
  });
  // A notation proved only by texts in the columns a recalculation writes (`93.33%` beside a `1,500` target) is gone
  // once they are written: read again, the `1,500` would be 1.5. What it decided is not written (plan.ts).
  // The stated percentages proving it are kept where they agree (a write would turn `93.33%` into a number that proves
  // nothing): `notationEvidence`, their stated values by cell.
  let notationEvidence: Map<string, number> | undefined;
  if (tableNotation !== null && !(lasting.size === 1 && lasting.has(tableNotation))) {
    let transient = false;
    for (const c of reader.ambiguous) {
      if (c.resolution !== 'table') continue;
      c.resolution = 'transient';
      transient = true;
    }
    if (transient) notationEvidence = evidenceOf(reader, tableNotation);
  }

  return {
    layout,
    indicators,
    groups,
    cells: reader.cells,
    notations,
    notationEvidence,
    capaian: layout.kind === 'agreement' ? null : averageOf(indicators.map((i) => i.capaian), settings),
    capaianColumn,
    totals: layout.kind === 'budget' ? totalsOf(groups) : null,
    noRoomForCapaian: layout.kind === 'capaian' && place !== null && 'noRoom' in place ? place.noRoom : false,
    summary,
    subtotals,
  };
}

/** Pagu and spent over the top-level groups, and the absorption they make; null when one is missing. */
function totalsOf(groups: GroupAnalysis[]): TableAnalysis['totals'] {
  let pagu = 0;
  let spent = 0;
  for (const g of groups) {
    if (g.parent !== null || isBareHeading(g)) continue;
    const gPagu = rolledAmount(g, (x) => x.paguValue);
    const gSpent = rolledAmount(g, (x) => x.spentValue);
    if (gPagu === null || gSpent === null) return null;
    pagu += gPagu;
    spent += gSpent;
  }
  return { pagu, spent, absorption: absorptionOf(pagu, spent) };
}

/**
 * A heading's opening word (a level over the indicators, never an indicator's name; a code may come first): Sasaran,
 * Tujuan, Misi, or a level of the hierarchy the evaluation form reads too (Urusan … Sub Kegiatan).
 */
function opensWithLevel(text: string): boolean {
  const t = text.replace(/^\d+(?:\.\d+)*\.?\s+/, '');
  return /^(sasaran|tujuan|misi)\b/i.test(t) || levelOfLabel(t) !== null;
}
/** A level's number: a Roman numeral (I … XXXIX) or a capital letter, a full stop allowed. */
const LEVEL_NUMBER = /^(?:(?=[IVX])X{0,3}(IX|IV|V?I{0,3})|[A-Z])\.?$/;
/** A number that may stand over `n.1`: `3`, `1.2`, `1.2.`. */
const HIERARCHICAL_NUMBER = /^\d+(\.\d+)*\.?$/;

/**
 * A heading inside the body, not an indicator: its figure cells (target, realisations, unit) empty or a placeholder
 * (`-`), and the text a heading by its form — merged across a figure's column (`Sasaran Strategis 1: …` over the
 * table), ending in a colon (`Persentase layanan:` over its sub-indicators a., b.), opening with a level word (Sasaran,
 * Tujuan, Misi, Urusan, Bidang, Program, Kegiatan, Sub Kegiatan; a code before it allowed), numbered as a level (`II`,
 * `A`), or numbered `3` over a row numbered `3.1`. Such a row may carry its level's budget or capaian (a Program's
 * pagu over its indicators, a Sasaran's mean capaian). A row with a name and nothing else but none of these forms is
 * an indicator whose figures are missing.
 */
function isHeadingRow(view: SheetView, row: number, layout: TableLayout, values: readonly number[], text: string, nextNo: string | null): boolean {
  const s = layout.columns.single;
  const own = view.mergeAt(row, s.indicator!);
  for (let i = 0; i < values.length; i++) {
    const col = values[i];
    const merge = view.mergeAt(row, col);
    if (merge !== undefined && merge === own) continue;
    const v = view.cell(row, col)?.value;
    if (v === null || v === undefined || (typeof v === 'string' && isAbsentText(v))) continue;
    // A level's own budget or capaian keeps it a heading (checked below by its form).
    if (col !== s.pagu && col !== s.spent && col !== s.absorption && col !== s.capaian) return false;
  }
  // Merged over a figure's column, not only over its neighbour (an `Indikator` merged across `Satuan` on every row).
  if (own !== undefined && values.some((col) => col !== s.unit && col > s.indicator! && col <= own.right)) return true;
  if (/:\s*$/.test(text) || opensWithLevel(text)) return true;
  if (s.no === undefined || s.no === s.indicator) return false;
  const no = view.text(row, s.no);
  // A Sasaran stated as its result (`Meningkatnya kualitas layanan …`, `Terwujudnya …`) without a number of its own,
  // over a numbered row: the level's statement, not an indicator (indicators are named by what they measure).
  if (no === '' && nextNo !== null && nextNo !== '' && RESULT_STATEMENT.test(text)) return true;
  return LEVEL_NUMBER.test(no) || (HIERARCHICAL_NUMBER.test(no) && nextNo !== null && nextNo.startsWith(no.replace(/\.$/, '') + '.'));
}

/** A result stated as Sasaran are: a `me-`/`ter-`/`ber-`/`di-`/`ke-` word with `-nya` first (`Meningkatnya`, `Terwujudnya`). */
const RESULT_STATEMENT = /^(?:me|ter|ber|di|ke)[a-z]{3,}nya\s/i;

/** A cell's own text (null when the row only continues a merge from above). */
function ownText(view: SheetView, row: number, col: number | undefined): string | null {
  if (col === undefined) return null;
  const merge = view.mergeAt(row, col);
  if (merge !== undefined && merge.top !== row) return null;
  return view.text(row, col);
}

function newGroup(name: string, no: string, code: string): GroupAnalysis {
  return {
    name, no, code, parent: null, children: [], remaining: null, remainingPercent: null, amounts: new Map(), rows: [], indicators: [],
    pagu: null, paguValue: null, spent: null, spentValue: null, periodSpent: null, spentDerived: false,
    absorptionCell: null, statedAbsorption: null, absorption: null,
    averageCell: null, statedAverage: null, average: null,
  };
}

/** A cell read, when it holds something (an empty cell states nothing: the next row of the group may). */
function ownReading(cell: ValueCell | null): ValueCell | null {
  return cell && cell.reading.kind !== 'absent' ? cell : null;
}

function readGroupCells(g: GroupAnalysis, row: number, reader: CellReader, layout: TableLayout): void {
  const s = layout.columns.single;
  const first = (cur: ValueCell | null, next: ValueCell | null) => cur ?? ownReading(next);
  g.pagu = first(g.pagu, reader.read(row, s.pagu, 'pagu'));
  g.spent = first(g.spent, reader.read(row, s.spent, 'spent'));
  g.absorptionCell = first(g.absorptionCell, reader.read(row, s.absorption, 'absorption'));
  g.averageCell = first(g.averageCell, reader.read(row, s.average, 'average'));
  g.remaining = first(g.remaining, reader.read(row, s.remaining, 'remaining'));
  g.remainingPercent = first(g.remainingPercent, reader.read(row, s.remainingPercent, 'remainingPercent'));
  // Each row's rupiah, for a parent's roll-up (budget-only rows; a II.15's Program over its Kegiatan): every one read
  // (and so checked), the group keeping the first it meets in each column.
  const amounts = layout.columns.amounts;
  for (let i = 0; i < amounts.length; i++) {
    const cell = ownAmount(reader, row, amounts[i], layout);
    if (cell !== null && !g.amounts.has(amounts[i])) g.amounts.set(amounts[i], cell);
  }
}

/** A row's own rupiah cell in an amount column (not one merged down from a row above), as the column's kind. */
function ownAmount(reader: CellReader, row: number, col: number, layout: TableLayout): ValueCell | null {
  const s = layout.columns.single;
  const kind = col === s.initialPagu ? 'initialPagu' : col === s.remaining ? 'remaining' : col === s.spent ? 'spent' : col === s.pagu ? 'pagu' : 'amount';
  const cell = reader.read(row, col, kind);
  return cell !== null && cell.row === row ? cell : null;
}

/** A row's rupiah cells by column (SPEC §10.4: what a parent row must sum). */
function amountCells(reader: CellReader, row: number, layout: TableLayout): Map<number, ValueCell> {
  const out = new Map<number, ValueCell>();
  for (const col of layout.columns.amounts) {
    const cell = ownAmount(reader, row, col, layout);
    if (cell !== null) out.set(col, cell);
  }
  return out;
}

/**
 * A SIPD code opening a name (`1.02.02 Program …`, `1.02.02.2.01.0001 Pembangunan …`): the form's leading code, of
 * three segments or more (`1.1 Kegiatan` is a numbering the No column's rule reads).
 */
function sipdCodeOpening(name: string): string {
  const code = leadingCode(name);
  return code !== null && code.split('.').length >= 3 ? code : '';
}

/**
 * A II.15 row of the same Sasaran repeating its group's pagu and spent as written (each indicator row filled in, not
 * merged): the group's budget again, not a Kegiatan of its own (counted twice, it had doubled the Jumlah's sum).
 */
function repeatsBudget(view: SheetView, layout: TableLayout, group: GroupAnalysis, row: number): boolean {
  const s = layout.columns.single;
  if (group.pagu === null || group.indicators.length === 0 || s.pagu === undefined || s.spent === undefined) return false;
  const first = group.pagu.row;
  return view.text(row, s.pagu) === view.text(first, s.pagu) && view.text(row, s.spent) === view.text(first, s.spent) && view.text(row, s.spent) !== '';
}

/**
 * Each body row's code: the code column's text, or the segments of a code split over several `Kode` cells joined.
 * A segment merged down over rows (`6033` over its KRO and RO rows) is each row's; a row that leaves its leading
 * segments blank (`│ QDC │` under `6033 │ │`, as SAKTI recaps print them) takes them from the rows above — it had been
 * the code `QDC`, nested under nothing.
 */
function codesOf(view: SheetView, rows: readonly number[], layout: TableLayout): Map<number, string> {
  const out = new Map<number, string>();
  const cols = layout.columns.codeColumns;
  if (cols.length === 0) return out;
  const last: string[] = [];
  for (const row of rows) {
    const parts: string[] = [];
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      const m = view.mergeAt(row, c);
      // Merged across Kode cells, a segment counts once.
      if (m && m.left < c && cols.includes(m.left)) {
        parts.push('');
        continue;
      }
      const cell = m ? view.raw(m.top, m.left) : view.cell(row, c);
      parts.push(codeText(cell) ?? view.text(row, c));
    }
    const first = parts.findIndex((t) => t !== '');
    // (Not where the column holds the whole code: `Kode Kegiatan` › `1.02.01.2.01` under `Kode Program` › `1.02.01`.)
    const inherited = last.slice(0, first).filter((t) => t !== '').join('.');
    if (cols.length > 1 && first > 0 && last.length >= first && inherited !== '' && !parts[first].startsWith(inherited + '.')) {
      for (let i = 0; i < first; i++) parts[i] = last[i];
    }
    // So does a blank segment between filled ones (`5 │ 01 │ 01 │ │ 0001` under `… │ 2.01 │`: the Kegiatan's).
    if (cols.length > 1 && first >= 0) {
      let lastFilled = parts.length - 1;
      while (lastFilled > 0 && parts[lastFilled] === '') lastFilled--;
      for (let i = first + 1; i < lastFilled; i++) if (parts[i] === '' && last[i] !== undefined) parts[i] = last[i];
    }
    if (first >= 0) {
      last.length = 0;
      last.push(...parts);
    }
    out.set(row, parts.join('.').replace(/\s+/g, '').replace(/\.+/g, '.').replace(/^\.|\.$/g, ''));
  }
  return out;
}

/** A code typed as a number shows through its format: 1.1 in `0.00` is the code 1.10, not 1.1 (SPEC §10.4). */
function codeText(cell: GridCell | undefined): string | null {
  if (typeof cell?.value !== 'number' || !cell.format) return null;
  const m = /^0\.(0+)$/.exec(cell.format);
  return m ? cell.value.toFixed(m[1].length) : null;
}

/**
 * SPEC §10.4: each row's parent — the nearest row above whose code is the longest proper prefix of its own (by
 * segments), or, without codes, the nearest row above of a lower level (Urusan, Bidang, Program, Kegiatan, Sub
 * Kegiatan).
 */
function linkHierarchy(groups: GroupAnalysis[], columnLevel: ReadonlyMap<GroupAnalysis, number>): void {
  const withCodes = groups.filter((g) => g.code !== '').length;
  if (withCodes >= 2) {
    // Each code's DIPA/SAKTI shape, once (not once per row above each row).
    const dipaRanks = groups.map((g) => (g.code === '' ? null : dipaRank(g.code)));
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (g.code === '') continue;
      let best: GroupAnalysis | null = null;
      for (let j = i - 1; j >= 0; j--) {
        const p = groups[j];
        if (p.code !== '' && p.code.length < g.code.length && g.code.startsWith(p.code + '.') && (best === null || p.code.length > best.code.length)) best = p;
      }
      // A DIPA/SAKTI code nests by its shape where no prefix says (`521211` akun under `6033.EBA`, `6033` Kegiatan
      // under `063.01.WA` Program): under the nearest coded row above of a coarser shape.
      best ??= nearestCoarser(groups, dipaRanks, i);
      if (best) {
        g.parent = best;
        best.children.push(g);
      }
    }
    return;
  }
  // Level columns side by side: the column a row's name fills is its level (`Program │ Kegiatan │ Sub Kegiatan`).
  if (new Set(columnLevel.values()).size >= 2) {
    linkByRank(groups, groups.map((g) => columnLevel.get(g) ?? null));
    return;
  }
  // The level words the evaluation form reads too (Urusan, Bidang, Program, Kegiatan, Sub Kegiatan), and the central
  // government's under a Kegiatan: KRO over RO over Komponen (`RO Fasilitasi …` under `Kegiatan …`).
  const levels = groups.map((g) => {
    const level = levelOfLabel(g.name);
    if (level !== null) return rankOf(level);
    const central = CENTRAL_LEVELS.findIndex((re) => re.test(g.name));
    return central < 0 ? null : rankOf('kegiatan') + (central + 1) / 4;
  });
  if (levels.filter((l) => l !== null).length < 2) {
    linkByNumbering(groups);
    return;
  }
  linkByRank(groups, levels);
}

/** Below a Kegiatan in the central government's budget: KRO, RO, Komponen (level words, coarse to fine). */
const CENTRAL_LEVELS = [/^(?:kro|klasifikasi rincian output)\b/i, /^(?:ro|rincian output)\b/i, /^komponen\b/i];

/**
 * The central government's budget codes (DIPA, SAKTI), coarse to fine: Program `063.01.WA`, Kegiatan `6033`, KRO
 * `6033.EBA`, RO `6033.EBA.994`, Komponen `051` (`51` typed as a number), Sub Komponen `A`, Akun `521211`. Null for
 * any other code.
 */
const DIPA_SHAPES: RegExp[] = [
  /^\d{3}\.\d{2}\.[A-Z]{2}$/, /^\d{4}$/, /^\d{4}\.[A-Z]{3}$/, /^\d{4}\.[A-Z]{3}\.\d{3}$/, /^(?:\d{4}\.[A-Z]{3}\.\d{3}\.)?\d{2,3}$/, /^(?:\d{3}\.)?[A-Z]$/, /^\d{6}$/,
];

function dipaRank(code: string): number | null {
  const i = DIPA_SHAPES.findIndex((re) => re.test(code));
  return i < 0 ? null : i;
}

/**
 * Without codes or level words, the No column's kinds of numbering may nest (`A` Program over `1`, `2` Kegiatan; `I`
 * over `A` over `1`; `1` over `a`, `b`): a Roman numeral over a capital letter over a number over a small letter,
 * where two kinds or more are used.
 */
function linkByNumbering(groups: GroupAnalysis[]): void {
  const nos = groups.map((g) => g.no.trim().replace(/[.)]$/, ''));
  // A lone I, V or X right after the letter before it (… H, I, J) is a letter, not a Roman numeral.
  let lastLetter = '';
  const ranks = nos.map((no): number | null => {
    const letter = /^[A-Z]$/.test(no) && (!/^[IVX]$/.test(no) || lastLetter === String.fromCharCode(no.charCodeAt(0) - 1));
    if (letter) lastLetter = no;
    return letter ? 1 : /^[IVX]+$/.test(no) ? 0 : /^\d+$/.test(no) ? 2 : /^[a-z]$/.test(no) ? 3 : null;
  });
  // Small letters nest under numbers where a number comes first (`1` over `a`, `b`); where they come first (`a. Belanja
  // Operasi` over `1.`, `2.`, then `b. Belanja Modal`) they are the outer level.
  const firstSmall = ranks.indexOf(3);
  const firstNumber = ranks.indexOf(2);
  if (firstSmall >= 0 && (firstNumber < 0 || firstSmall < firstNumber)) for (let i = 0; i < ranks.length; i++) if (ranks[i] === 3) ranks[i] = 1.5;
  if (new Set(ranks.filter((r) => r !== null)).size < 2) return;
  linkByRank(groups, ranks);
}

/** Each ranked group under the nearest group above it of a higher rank (a lower number). */
function linkByRank(groups: GroupAnalysis[], levels: (number | null)[]): void {
  for (let i = 0; i < groups.length; i++) {
    const parent = nearestCoarser(groups, levels, i);
    if (parent) {
      groups[i].parent = parent;
      parent.children.push(groups[i]);
    }
  }
}

/** The nearest group above the i-th of a higher rank (a lower number), or null. */
function nearestCoarser(groups: GroupAnalysis[], levels: (number | null)[], i: number): GroupAnalysis | null {
  const level = levels[i];
  if (level === null) return null;
  for (let j = i - 1; j >= 0; j--) {
    const pl = levels[j];
    if (pl !== null && pl < level) return groups[j];
  }
  return null;
}

/** Other years' groups and history columns of one indicator (SPEC §10.3). */
function readOtherYears(ind: IndicatorAnalysis, layout: TableLayout, reader: CellReader, settings: Settings): void {
  const cols = layout.columns;
  // An indicator starts with a shared, frozen empty list of each (readIndicator): its own lists only where there are any.
  if (cols.yearGroups.length > 0) {
    ind.years = cols.yearGroups.map((g) => {
      const target = reader.read(ind.row, g.target, 'target');
      const annual = reader.read(ind.row, g.annual, 'annual');
      const stated = reader.read(ind.row, g.capaian, 'capaian');
      return computeYear(ind, g.year, target, annual, stated, settings);
    });
  }
  if (cols.history.length === 0) return;
  const history: IndicatorAnalysis['history'] = [];
  for (const h of cols.history) {
    const kind: ValueCell['column'] = h.role === 'target' || h.role === 'mediumTermTarget' ? 'target' : h.role === 'capaian' ? 'capaian' : 'annual';
    const cell = reader.read(ind.row, h.col, kind);
    if (cell) history.push({ year: h.year, role: h.role, cell });
  }
  if (history.length > 0) ind.history = history;
}

function computeGroup(g: GroupAnalysis, settings: Settings, periodCols: number[]): void {
  g.paguValue = amountOf(g.pagu);
  g.spentValue = amountOf(g.spent);
  // SPEC §4 for rupiah (additive): the spent is the sum of the row's periods; an empty spent is taken from them.
  let sum = 0;
  let present = 0;
  for (const col of periodCols) {
    const v = amountOf(g.amounts.get(col) ?? null);
    if (v !== null) {
      sum += v;
      present++;
    }
  }
  if (present > 0) g.periodSpent = sum;
  if (g.periodSpent !== null && g.spentValue === null && (g.spent === null || g.spent.reading.kind === 'absent')) {
    g.spentValue = g.periodSpent;
    g.spentDerived = true;
  }
  g.statedAbsorption = statedPercent(g.absorptionCell);
  g.statedAverage = statedPercent(g.averageCell);
  if (g.paguValue !== null && g.spentValue !== null && g.spentValue >= 0) g.absorption = absorptionOf(g.paguValue, g.spentValue);
  g.average = averageOf(g.indicators.map((i) => i.capaian), settings);
}

/** The computed percentages' cells whose texts prove the notation, with their stated percentages, by `row:col`. */
function evidenceOf(reader: CellReader, notation: Notation): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of reader.cells) {
    if (!isComputedPercent(c.column)) continue;
    if (!provesNotation(c.reading, notation)) continue;
    const stated = statedPercent(c);
    if (stated !== null) out.set(`${c.row}:${c.col}`, stated);
  }
  return out;
}

/**
 * SPEC §6: the capaian column, or an empty column right of the table to add one in; else why there is no room (the
 * column holds something, or it is the only empty column before a second table's header beside this one's: filling
 * it would join the two, the next reading seeing one table with two of each column).
 */
function findCapaianColumn(view: SheetView, layout: TableLayout): { col: number; isNew: boolean } | { noRoom: 'occupied' | 'joins' } | null {
  const s = layout.columns.single;
  if (layout.columns.ambiguous.length > 0) return null;
  if (s.capaian !== undefined) return { col: s.capaian, isNew: false };
  if (layout.kind !== 'capaian') return null;
  const col = layout.right + 1;
  if (col >= 16384) return { noRoom: 'occupied' };
  for (let r = layout.headerTop; r <= layout.bottom; r++) {
    if (!view.isEmpty(r, col)) return { noRoom: 'occupied' };
    // A cell a merge hides (not its top-left) would hold an invisible value: no room there either.
    const m = view.mergeAt(r, col);
    if (m && (m.top !== r || m.left !== col) && !(r > layout.headerTop && r <= layout.headerBottom && m.top === layout.headerTop && m.left === col)) return { noRoom: 'occupied' };
  }
  // A header beside the table's header (a note beside a body row is no table, and joins nothing).
  if (col + 1 < 16384) for (let r = layout.headerTop; r <= layout.headerBottom; r++) if (!view.isEmpty(r, col + 1)) return { noRoom: 'joins' };
  return { col, isNew: true };
}
