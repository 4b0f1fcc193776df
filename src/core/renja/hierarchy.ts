// The form's rows as a hierarchy Urusan → Bidang Urusan → Program → Kegiatan → Sub Kegiatan (SPEC §11): from a code
// (whole, or split over merged Kode cells), else from the label's level word, else from the roll-up formulas that
// the form's own Rp columns hold (a row summed by a Program is a Kegiatan), else from its position.
import { SheetView } from '../grid';
import { aggregationOf } from '../formula/analyse';
import { FormIndicator, FormLayout, FormRow, Level, LEVELS } from './model';

/** `1`, `1.02`, `1.02.01`, `1.02.01.2.01`, `1.02.01.2.01.0001` → the level its segments name. */
export function levelOfCode(code: string): Level | null {
  const segments = code.split('.').filter((s) => s !== '');
  if (segments.length === 0 || !segments.every((s) => /^[0-9A-Za-z]{1,5}$/.test(s))) return null;
  if (segments.length === 1) return 'urusan';
  if (segments.length === 2) return 'bidang';
  if (segments.length === 3) return 'program';
  if (segments.length <= 5) return 'kegiatan';
  return 'subkegiatan';
}

/** A level word opening the label: `Program …`, `Kegiatan: …`, `Sub Kegiatan …`, `URUSAN PEMERINTAHAN BIDANG …`. */
export function levelOfLabel(label: string): Level | null {
  // A number or a code before the level word (`1 URUSAN PEMERINTAHAN WAJIB …`) is no part of it.
  const t = label.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^\d{1,2}(?:\.[0-9a-z]{1,5})*\.?\s+(?=[a-z])/, '');
  if (/^sub[\s-]?kegiatan\b/.test(t)) return 'subkegiatan';
  if (/^kegiatan\b/.test(t)) return 'kegiatan';
  if (/^program\b/.test(t)) return 'program';
  if (/^bidang\b/.test(t) || /^urusan (pemerintahan )?bidang\b/.test(t)) return 'bidang';
  if (/^(urusan|unsur)\b/.test(t)) return 'urusan';
  return null;
}

/** `1. Nilai LHE AKIP … 2. Indeks Kepuasan Masyarakat` → the two names; one name otherwise. */
export function splitIndicators(text: string): string[] {
  const t = text.replace(/\s+/g, ' ').trim();
  const parts = t.split(/(?:^|\s)(?=\d{1,2}[.)]\s)/).map((p) => p.replace(/^\d{1,2}[.)]\s*/, '').trim()).filter((p) => p !== '');
  const numbered = (t.match(/(?:^|\s)\d{1,2}[.)]\s/g) ?? []).length;
  return numbered >= 2 && /^1[.)]\s/.test(t) ? parts : [t];
}

const LEADING_CODE = /^(\d{1,2}(?:\.[0-9A-Za-z]{1,5}){1,6})\s+/;

/** The dotted code a label opens with (`1.02.01 Program …` → `1.02.01`), or null. */
export function leadingCode(label: string): string | null {
  return LEADING_CODE.exec(label)?.[1] ?? null;
}

function codeOf(view: SheetView, row: number, layout: FormLayout, label: string): string | null {
  const parts: string[] = [];
  for (const c of layout.codeCols) {
    const m = view.mergeAt(row, c);
    // A code cell merged down over rows is the prefix they share; merged across Kode cells it counts once.
    // Segments apart by dots, spaces or both (`1.02.01`, `1 02 01`, `1. 02. 01`) are one code's segments.
    const raw = view.text(row, c).trim();
    const t = /^[0-9A-Za-z]+(?:[\s.]+[0-9A-Za-z]+)*\.?$/.test(raw) ? raw.split(/[\s.]+/).filter((x) => x !== '').join('.') : raw.replace(/\s+/g, '');
    if (t !== '' && !(m && m.left < c)) parts.push(t.replace(/^\.|\.$/g, ''));
  }
  if (parts.length) return parts.join('.');
  return leadingCode(label);
}

function textAt(view: SheetView, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const m = view.mergeAt(row, col);
  if (m && m.left < col) return ''; // the label column merged over the indicator column: not an indicator
  return view.text(row, col).replace(/\s+/g, ' ').trim();
}

/** The body rows as nodes, with levels and parents. */
export function buildRows(view: SheetView, layout: FormLayout, rupiahCols: number[]): FormRow[] {
  const rows: FormRow[] = [];
  const nodeAt = new Map<number, number>();
  for (const r of layout.bodyRows) {
    // A label merged down from an earlier row: another indicator of that row's node.
    const lm = layout.labelCol !== undefined ? view.mergeAt(r, layout.labelCol) : undefined;
    if (lm && lm.top < r && nodeAt.has(lm.top)) {
      const node = rows[nodeAt.get(lm.top)!];
      node.rows.push(r);
      const name = textAt(view, r, layout.indicatorCol);
      const im = layout.indicatorCol !== undefined ? view.mergeAt(r, layout.indicatorCol) : undefined;
      if (name !== '' && (!im || im.top === r)) node.indicators.push({ name, row: r, cell: { row: r, col: layout.indicatorCol! }, shared: false });
      nodeAt.set(r, nodeAt.get(lm.top)!);
      continue;
    }
    const ownLabel = textAt(view, r, layout.labelCol);
    const label = ownLabel || textAt(view, r, layout.indicatorCol);
    const code = codeOf(view, r, layout, label);
    // No label and no code but an indicator: the row before has one more indicator. So does a row repeating the code
    // of the row before without a label of its own (SIPD exports write the Kode on each indicator's row).
    const sameNode = rows.length > 0 && code !== null && code === rows[rows.length - 1].code;
    if (ownLabel === '' && (code === null || sameNode) && layout.labelCol !== undefined && rows.length > 0 && label !== '') {
      const node = rows[rows.length - 1];
      node.rows.push(r);
      node.indicators.push({ name: label, row: r, cell: { row: r, col: layout.indicatorCol! }, shared: false });
      nodeAt.set(r, rows.length - 1);
      continue;
    }
    const indicatorText = layout.indicatorCol !== undefined && layout.labelCol !== undefined ? textAt(view, r, layout.indicatorCol) : '';
    const names = indicatorText ? splitIndicators(indicatorText) : [];
    const indicators: FormIndicator[] = names.map((name) => ({
      name, row: r, cell: { row: r, col: layout.indicatorCol! }, shared: names.length > 1,
    }));
    const unitText = layout.unitCol !== undefined ? view.text(r, layout.unitCol) || null : null;
    let level: Level | null = null;
    let levelFrom: FormRow['levelFrom'] = null;
    if (code) {
      level = levelOfCode(code);
      if (level) levelFrom = 'code';
    }
    if (!level) {
      level = levelOfLabel(label);
      if (level) levelFrom = 'word';
    }
    nodeAt.set(r, rows.length);
    rows.push({ row: r, rows: [r], code, level, levelFrom, label, unitText, indicators, parent: null, children: [] });
  }
  inferLevels(view, rows, nodeAt, rupiahCols);
  linkParents(rows);
  return rows;
}

const RANK: Record<Level, number> = { urusan: 0, bidang: 1, program: 2, kegiatan: 3, subkegiatan: 4 };

/** Which rows each row's roll-up formulas sum, by vote over the rupiah columns. */
function rollupVotes(view: SheetView, rows: FormRow[], nodeAt: Map<number, number>, cols: number[]): { refs: Map<number, number>[]; refBy: Map<number, number>[] } {
  const refs = rows.map(() => new Map<number, number>());
  const refBy = rows.map(() => new Map<number, number>());
  rows.forEach((node, i) => {
    for (const c of cols) {
      const f = view.raw(node.row, c)?.formula;
      if (!f) continue;
      const agg = aggregationOf(f);
      if (!agg || !agg.cells.every((x) => x.col === c && x.row > node.row)) continue;
      for (const x of agg.cells) {
        const j = nodeAt.get(x.row);
        if (j === undefined || j === i) continue;
        refs[i].set(j, (refs[i].get(j) ?? 0) + 1);
        refBy[j].set(i, (refBy[j].get(i) ?? 0) + 1);
      }
    }
  });
  return { refs, refBy };
}

function inferLevels(view: SheetView, rows: FormRow[], nodeAt: Map<number, number>, cols: number[]): void {
  if (rows.every((r) => r.level)) return;
  const { refs, refBy } = rollupVotes(view, rows, nodeAt, cols);
  const rank: (number | null)[] = rows.map((r) => (r.level ? RANK[r.level] : null));
  const explicit = rank.map((x) => x !== null);
  let changed = true;
  while (changed) {
    changed = false;
    rows.forEach((_, i) => {
      if (rank[i] !== null) return;
      // Summed by a ranked row: one level below the row that sums it in most columns.
      let best: number | null = null;
      let votes = 0;
      for (const [p, v] of refBy[i]) if (rank[p] !== null && v > votes) [best, votes] = [p, v];
      if (best !== null) {
        rank[i] = Math.min(4, rank[best]! + 1);
        changed = true;
        return;
      }
      // Summing ranked rows: one level above them.
      const childRanks = [...refs[i].keys()].map((j) => rank[j]).filter((x): x is number => x !== null);
      if (childRanks.length) {
        rank[i] = Math.max(0, Math.min(...childRanks) - 1);
        changed = true;
      }
    });
  }
  // The rest by position: a row that sums others sits above the leaves; a leaf at the level of the leaves before it.
  // A row summing others sits as many levels above the leaves as its roll-ups are deep.
  const height: number[] = rows.map(() => 0);
  for (let i = rows.length - 1; i >= 0; i--) for (const j of refs[i].keys()) if (j > i) height[i] = Math.max(height[i], height[j] + 1);
  for (let i = rows.length - 1; i >= 0; i--) {
    if (rank[i] !== null || refs[i].size === 0) continue;
    rank[i] = Math.max(0, 4 - height[i]);
    for (const [j] of refs[i]) if (rank[j] === null) rank[j] = Math.min(4, rank[i]! + 1);
  }
  let lastParentRank: number | null = null;
  rows.forEach((_, i) => {
    if (rank[i] === null) rank[i] = lastParentRank !== null ? Math.min(4, lastParentRank + 1) : 4;
    if (refs[i].size > 0) lastParentRank = rank[i];
  });
  rows.forEach((r, i) => {
    if (explicit[i]) return;
    r.level = LEVELS[rank[i]!];
    r.levelFrom = refBy[i].size > 0 || refs[i].size > 0 ? 'formulas' : 'position';
  });
}

/** Parent: the nearest row above at a higher level. */
function linkParents(rows: FormRow[]): void {
  const stack: number[] = [];
  rows.forEach((node, i) => {
    const rank = node.level ? RANK[node.level] : 4;
    while (stack.length && RANK[rows[stack[stack.length - 1]].level ?? 'subkegiatan'] >= rank) stack.pop();
    if (stack.length) {
      node.parent = stack[stack.length - 1];
      rows[node.parent].children.push(i);
    }
    stack.push(i);
  });
}

export function rankOf(level: Level | null): number {
  return level ? RANK[level] : 4;
}
