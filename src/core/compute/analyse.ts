// Grid → tables → readings → computations, per SPEC §2–§4. Findings come from the checks afterwards.
import { SheetView } from '../grid';
import { TableLayout } from '../detect/layout';
import { normaliseName } from '../names';
import { Settings } from '../settings';
import { CellReader, resolveAmbiguous } from './cells';
import { computeIndicator, readIndicator, statedPercent, valueOf } from './indicator';
import { averageOf, isZero, round2 } from './math';
import { GroupAnalysis, IndicatorAnalysis, TableAnalysis, ValueCell } from './model';
import { Notation } from '../read/number';
import { normaliseCategory } from '../read/category';

export function analyseTable(view: SheetView, layout: TableLayout, settings: Settings): TableAnalysis {
  const custom = new Set(settings.scales.flatMap((sc) => sc.bands.map((b) => normaliseCategory(b.category))));
  const reader = new CellReader(view, custom.size ? custom : undefined);
  const s = layout.columns.single;
  const groups: GroupAnalysis[] = [];
  const indicators: IndicatorAnalysis[] = [];
  let group: GroupAnalysis | null = null;

  let groupKey = '';
  // One context for the table; each row sets its group.
  const ctx = { view, layout, reader, settings, objective: '', no: '' };
  const rows = layout.bodyRows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const objective = ownText(view, row, s.objective);
    const no = ownText(view, row, s.no);
    const pagu = layout.kind === 'budget' ? reader.read(row, s.pagu, 'pagu') : null;
    const ownPagu = pagu !== null && pagu.row === row && pagu.reading.kind !== 'absent';
    const startsGroup =
      group === null ||
      (objective !== null && objective !== '' && objective !== group.name && normaliseName(objective) !== groupKey) ||
      (s.objective === undefined && no !== null && no !== '' && no !== group.no) ||
      (ownPagu && group.pagu !== null && (group.pagu.row !== pagu.row || group.pagu.col !== pagu.col));
    if (startsGroup) {
      group = newGroup(objective ?? group?.name ?? '', no ?? group?.no ?? '');
      groupKey = normaliseName(group.name);
      groups.push(group);
    }
    const g = group!;
    g.rows.push(row);
    if (layout.kind === 'budget') readGroupCells(g, row, reader, s);

    const indicatorText = ownText(view, row, s.indicator);
    if (indicatorText === null || indicatorText === '') continue;
    ctx.objective = g.name;
    ctx.no = g.no;
    const ind = readIndicator(row, ctx);
    g.indicators.push(ind);
    indicators.push(ind);
  }

  // The notations the body proves (before the summary row is read: a total's notation proves nothing new).
  const notations = new Set(reader.notations);
  const tableNotation: Notation | null = notations.size === 1 ? notations.values().next().value! : null;
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i];
    resolveAmbiguous(ind.target, ind.unit, tableNotation);
    for (let q = 0; q < ind.quarters.length; q++) resolveAmbiguous(ind.quarters[q], ind.unit, tableNotation);
    resolveAmbiguous(ind.annual, ind.unit, tableNotation);
    resolveAmbiguous(ind.stated, ind.unit, tableNotation);
  }
  for (let i = 0; i < reader.ambiguous.length; i++) resolveAmbiguous(reader.ambiguous[i], null, tableNotation);

  const capaianColumn = layout.kind === 'agreement' ? null : findCapaianColumn(view, layout);
  for (const ind of indicators) {
    if (layout.kind === 'agreement') {
      ind.targetValue = valueOf(ind.target, ind.unit);
      continue;
    }
    computeIndicator(ind, layout, settings);
    if (capaianColumn) ind.capaianCell = ind.stated ? { row: ind.stated.row, col: ind.stated.col } : view.anchor(ind.row, capaianColumn.col);
  }
  for (const g of groups) computeGroup(g, settings);

  const summary = layout.summaryRow === null || layout.summaryKind === null ? null : {
    row: layout.summaryRow,
    kind: layout.summaryKind,
    cells: (['target', 'annual', 'capaian', 'pagu', 'spent', 'absorption', 'average'] as const)
      .map((k) => reader.read(layout.summaryRow!, s[k], k))
      .filter((c): c is ValueCell => c !== null),
  };
  if (summary) for (const c of summary.cells) resolveAmbiguous(c, null, tableNotation);

  return {
    layout,
    indicators,
    groups,
    cells: reader.cells,
    notations,
    capaian: layout.kind === 'agreement' ? null : averageOf(indicators.map((i) => i.capaian), settings),
    capaianColumn,
    noRoomForCapaian: layout.kind === 'capaian' && capaianColumn === null,
    summary,
  };
}

/** A cell's own text (null when the row only continues a merge from above). */
function ownText(view: SheetView, row: number, col: number | undefined): string | null {
  if (col === undefined) return null;
  const merge = view.mergeAt(row, col);
  if (merge !== undefined && merge.top !== row) return null;
  return view.text(row, col);
}

function newGroup(name: string, no: string): GroupAnalysis {
  return {
    name, no, rows: [], indicators: [],
    pagu: null, paguValue: null, spent: null, spentValue: null,
    absorptionCell: null, statedAbsorption: null, absorption: null,
    averageCell: null, statedAverage: null, average: null,
  };
}

function readGroupCells(g: GroupAnalysis, row: number, reader: CellReader, s: TableLayout['columns']['single']): void {
  const first = (cur: ValueCell | null, next: ValueCell | null) =>
    cur ?? (next && next.reading.kind !== 'absent' ? next : null);
  g.pagu = first(g.pagu, reader.read(row, s.pagu, 'pagu'));
  g.spent = first(g.spent, reader.read(row, s.spent, 'spent'));
  g.absorptionCell = first(g.absorptionCell, reader.read(row, s.absorption, 'absorption'));
  g.averageCell = first(g.averageCell, reader.read(row, s.average, 'average'));
}

function amount(cell: ValueCell | null): number | null {
  if (!cell || cell.reading.kind !== 'number') return null;
  const m = cell.reading.measure;
  if (m.unit && m.unit.name !== 'rupiah') return null;
  return m.value;
}

function computeGroup(g: GroupAnalysis, settings: Settings): void {
  g.paguValue = amount(g.pagu);
  g.spentValue = amount(g.spent);
  g.statedAbsorption = statedPercent(g.absorptionCell);
  g.statedAverage = statedPercent(g.averageCell);
  if (g.paguValue !== null && g.paguValue > 0 && !isZero(g.paguValue) && g.spentValue !== null && g.spentValue >= 0) {
    g.absorption = round2((g.spentValue / g.paguValue) * 100);
  }
  g.average = averageOf(g.indicators.map((i) => i.capaian), settings);
}

/** SPEC §6: the capaian column, or an empty column right of the table to add one in. */
function findCapaianColumn(view: SheetView, layout: TableLayout): { col: number; isNew: boolean } | null {
  const s = layout.columns.single;
  if (s.capaian !== undefined) return { col: s.capaian, isNew: false };
  if (layout.kind !== 'capaian') return null;
  const col = layout.right + 1;
  if (col >= 16384) return null;
  for (let r = layout.headerTop; r <= layout.bottom; r++) if (!view.isEmpty(r, col)) return null;
  return { col, isNew: true };
}
