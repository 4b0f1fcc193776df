// Finds the evaluation form on a sheet (SPEC §11): the numbered row is the anchor — a row of column numbers in which
// at least one cell declares a formula (`12 = 8+9+10+11`, `13 = 12/7 x 100`). Column numbers are never assumed:
// either numbering, inserted columns (Satuan, Visi/Misi, a % per quarter) and quarter-to-date forms all read the same.
import { Range, SheetView } from '../grid';
import { summaryKindOf } from '../detect/tables';
import { normaliseLabel } from '../detect/labels';
import { typoCorrector } from '../detect/typos';
import { Declaration, FormFooter, FormGroup, FormLayout, GroupRole } from './model';

const MAX_HEADER_SCAN = 60;
const NUMBER_CELL = /^\(?(\d{1,2})\)?$/;
const DECLARATION = /^\(?(\d{1,2})\)?\s*=\s*(.+)$/;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `12 = 8+9+10+11`, `(13) = (12)/(7) x 100%`, `15 = 14 / 6 X 100` → a declaration; anything else → null. */
export function parseDeclaration(text: string): Declaration | null {
  const t = clean(text);
  const m = DECLARATION.exec(t);
  if (!m) return null;
  const result = Number(m[1]);
  const rhs = m[2].replace(/[()]/g, '').replace(/%/g, '').replace(/\s+/g, '');
  const ratio = /^(\d{1,2})[/:](\d{1,2})(?:[xX*×]100)?$/.exec(rhs);
  if (ratio) return { text: t, result, kind: 'ratio', numerator: Number(ratio[1]), denominator: Number(ratio[2]) };
  if (/^\d{1,2}(?:\+\d{1,2})+$/.test(rhs)) return { text: t, result, kind: 'sum', terms: rhs.split('+').map(Number) };
  // A sum over a run of columns: `12 = 8 s.d. 11`, `12 = 8 s/d 11`, `12 = 8 sampai 11`, `12 = Σ 8-11`.
  const run = /^(?:Σ|jumlah)?(\d{1,2})(?:s\.?d\.?|s\/d|sampaidengan|sampai|hingga|-|–|\.\.)(\d{1,2})$/i.exec(rhs);
  if (run && Number(run[2]) > Number(run[1]) && Number(run[2]) - Number(run[1]) <= 12) {
    const terms: number[] = [];
    for (let n = Number(run[1]); n <= Number(run[2]); n++) terms.push(n);
    return { text: t, result, kind: 'sum', terms };
  }
  return null;
}

interface NumberedCell {
  col: number;
  number: number;
  declaration: Declaration | null;
}

function numberedCells(view: SheetView, row: number): NumberedCell[] {
  const out: NumberedCell[] = [];
  for (let c = 0, end = view.rowEnd(row); c < end; c++) {
    const text = view.text(row, c);
    if (text === '') continue;
    const n = NUMBER_CELL.exec(text);
    if (n) {
      out.push({ col: c, number: Number(n[1]), declaration: null });
      continue;
    }
    const d = parseDeclaration(text);
    if (d) out.push({ col: c, number: d.result, declaration: d });
  }
  return out;
}

/**
 * The numbered row: column numbers (at least six distinct) with at least one declared formula. `plain`: the first
 * row of at least six distinct column numbers rising from 1 with no declaration at all instead (see
 * undeclaredFormArea).
 */
function findNumberedRow(view: SheetView, plain: boolean, from: number): { row: number; cells: NumberedCell[] } | null {
  const limit = Math.min(view.rowCount, from + MAX_HEADER_SCAN);
  for (let r = from; r < limit; r++) {
    const cells = numberedCells(view, r);
    if (new Set(cells.map((c) => c.number)).size < 6) continue;
    const declared = cells.some((c) => c.declaration);
    if (!plain && declared) return { row: r, cells };
    if (plain && !declared && cells[0].number === 1 && cells.every((c, i) => i === 0 || c.number >= cells[i - 1].number)) return { row: r, cells };
  }
  return null;
}

type Sub = 'k' | 'rp' | 'pct' | 'unit';

export function subColumnOf(text: string): Sub | null {
  const t = clean(text).toLowerCase().replace(/[.:]+$/, '');
  // Also with its mark in brackets: `Kinerja (K)`, `Fisik (%)`, `Keuangan (Rp)`; a scale before Rp: `(Juta Rp)`.
  if (/^(k|kinerja|vol|volume|fisik|output|target|realisasi|capaian)(?:\s*\((?:k|%|vol)\))?$/.test(t)) return 'k';
  if (/^(rp|rupiah|anggaran|keuangan|keu|dana|pagu)\b/.test(t) || /^\(?(?:(?:ribu|ribuan|juta|jutaan|miliar)\s+)?rp\)?\b/.test(t)) return 'rp';
  if (/^%$|^persen(tase)?$|^\(%\)$/.test(t)) return 'pct';
  if (/^satuan$/.test(t)) return 'unit';
  return null;
}

function subRowOf(view: SheetView, row: number, left: number, right: number): boolean {
  let k = 0;
  let rp = 0;
  for (let c = left; c <= right; c++) {
    const s = subColumnOf(view.text(row, c));
    if (s === 'k') k++;
    if (s === 'rp') rp++;
  }
  return k >= 2 && rp >= 2;
}

/** The role a group's header label names (SPEC §11's group labels). */
export function roleOfLabel(label: string): GroupRole {
  const t = correctTypos(clean(label).toLowerCase());
  if (t === '') return 'other';
  if (/^(no\.?|nomor|no urut)$/.test(t)) return 'no';
  if (/^kode\b/.test(t)) return 'code';
  if (/indikator/.test(t)) return 'indicator';
  if (/tingkat capaian|tingkat realisasi/.test(t)) return /renstra|rpjmd|akhir periode/.test(t) ? 'cumulativeCapaian' : 'capaian';
  if (/triwulan|\btw\b|semester/.test(t) && /realisasi/.test(t)) return 'quarter';
  if (/^target|target (kinerja|renstra|rpjmd)/.test(t)) {
    if (/renstra|rpjmd|akhir periode/.test(t) && !/renja|tahun berjalan/.test(t)) return 'renstraTarget';
    return 'target';
  }
  if (/realisasi/.test(t)) {
    if (/tahun lalu|n\s?-\s?1|(s\.?\s?d\.?|s\/d|sampai dengan)\s*(renja|rkpd)/.test(t)) return 'lastRealisation';
    if (/renstra|rpjmd/.test(t) && /s\.?\s?d\b|s\/d|sampai dengan/.test(t)) return 'cumulative';
    if (/renja|rkpd|dievaluasi|tahun berjalan/.test(t)) return 'realisation';
    return 'other';
  }
  if (/penanggung ?jawab|^perangkat daerah$|^unit kerja$|^opd$|^skpd$/.test(t)) return 'responsible';
  if (/keterangan|catatan/.test(t)) return 'notes';
  if (/^satuan\b/.test(t)) return 'unit';
  if (/visi|misi|sasaran|tujuan|prioritas/.test(t)) return 'other';
  if (/urusan|program|kegiatan|uraian/.test(t)) return 'label';
  return 'other';
}

/** A group label as meant where a key word is mistyped (`Realisai Kinerja pada Triwulan`, `Tingkat Capain …`). */
const correctTypos = typoCorrector(['realisasi', 'triwulan', 'target', 'capaian', 'tingkat', 'indikator', 'kinerja', 'anggaran', 'satuan', 'semester', 'kegiatan', 'keterangan', 'dievaluasi', 'renstra', 'penanggung']);

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** A label that is a period's name and nothing else: `TW I`, `TW.II`, `Triwulan 3`, `Trw IV`, `Q1`, `Semester I`, `Smt 2`. */
export function isQuarterName(label: string): boolean {
  const t = correctTypos(clean(label).toLowerCase());
  return /^(triwulan|tri wulan|trw|tw|q)\s*[.-]?\s*(i{1,3}|iv|[1-4])$/.test(t) || /^(semester|smt)\s*[.-]?\s*(i{1,2}|[12])$/.test(t);
}

function quarterOf(texts: string[]): number | undefined {
  for (const text of texts) {
    const t = clean(text).toLowerCase().replace(/^(triwulan|tw|trw|tri wulan)\.?\s*/, '');
    if (t in ROMAN) return ROMAN[t];
  }
  return undefined;
}

function headerTopOf(view: SheetView, numberedRow: number, left: number, right: number, from: number): number {
  let top = numberedRow;
  for (let r = numberedRow - 1; r >= Math.max(from, numberedRow - 5); r--) {
    const texts = new Set<string>();
    for (let c = left; c <= right; c++) {
      const t = view.text(r, c);
      if (t !== '') texts.add(t);
    }
    // A K/Rp row or a row of quarter names above the numbered row is header too.
    if (texts.size < 3 && !subRowOf(view, r, left, right) && ![...texts].every((t) => quarterOf([t]) !== undefined)) break;
    if (texts.size === 0) break;
    top = r;
  }
  return top;
}

/**
 * Recognises the first form on a sheet at or below row `from` (0-based), or null when there is no numbered row with a
 * declared formula there. A sheet may hold two forms one below the other (two Perangkat Daerah, two quarters): the
 * second is looked for below the first's area.
 */
export function recogniseForm(view: SheetView, from = 0): FormLayout | null {
  return recognise(view, false, from);
}

/**
 * The area of a form whose numbered row declares no formula (`1 2 3 … 17`, SPEC §11 asks for one): not recognised,
 * so not checked, but not read as an LKj table either — its K/Rp pairs under each quarter would read as quarters
 * twice over and its `Target … Renja … Tahun Berjalan` as no target, findings no reviewer would agree with. Only
 * where the group labels alone name this year's target and a realisation (or its quarters). Null for anything else.
 */
export function undeclaredFormArea(view: SheetView, from = 0): Range | null {
  const l = recognise(view, true, from);
  if (!l) return unnumberedFormArea(view, from);
  if (!l.groups.some((g) => g.role === 'target') || !l.groups.some((g) => g.role === 'realisation' || g.role === 'quarter')) return null;
  return { top: l.headerTop, left: l.left, bottom: l.bodyBottom, right: l.right };
}

/**
 * A form with no numbered row at all, left alone for the same reasons: a K/Rp row (two K and two Rp at least) whose
 * group labels above name this year's target (`Target Kinerja dan Anggaran Renja …`) and a realisation or its
 * quarters (`Realisasi Kinerja pada Triwulan`), in the form's own words (Renja, RKPD, dievaluasi). Its body runs to the footer, a signature or three empty rows.
 */
function unnumberedFormArea(view: SheetView, from: number): Range | null {
  const limit = Math.min(view.rowCount, from + MAX_HEADER_SCAN);
  for (let r = from + 1; r < limit; r++) {
    if (!subRowOf(view, r, 0, view.rowEnd(r) - 1)) continue;
    const roles = new Set<GroupRole>();
    let left = view.colCount;
    let right = -1;
    let top = r;
    // The form's own words in a label (`… Renja Perangkat Daerah … yang Dievaluasi`): an LKj table with K/Rp under
    // `Target │ Realisasi s.d. Triwulan IV │ Capaian` is no form.
    let formWords = false;
    for (let c = 0, end = view.rowEnd(r); c < end; c++) {
      const sub = subColumnOf(view.text(r, c));
      if (sub !== 'k' && sub !== 'rp') continue;
      const labels: string[] = [];
      for (let h = Math.max(from, r - 4); h < r; h++) {
        const t = view.text(h, c);
        if (t !== '' && !labels.includes(t) && quarterOf([t]) === undefined) labels.push(t);
        if (t !== '') top = Math.min(top, h);
      }
      const label = labels.join(' ');
      roles.add(roleOfLabel(label));
      if (/renja|rkpd|dievaluasi/i.test(label)) formWords = true;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
    if (!formWords || !roles.has('target') || !(roles.has('realisation') || roles.has('quarter'))) continue;
    let bottom = r;
    let blank = 0;
    for (let b = r + 1; b < view.rowCount; b++) {
      const texts = rowTexts(view, b, 0, view.rowEnd(b) - 1);
      if (texts.some((t) => opensFooter(t) || SIGN_OFF.test(t) || FORM_TITLE.test(t))) break;
      if (texts.length === 0) {
        if (++blank >= 3) break;
        continue;
      }
      blank = 0;
      bottom = b;
    }
    return { top, left, bottom, right };
  }
  return null;
}

function recognise(view: SheetView, plain: boolean, from: number): FormLayout | null {
  const found = findNumberedRow(view, plain, from);
  if (!found) return null;
  const numberedRow = found.row;
  const cells = found.cells;
  let left = Math.min(...cells.map((c) => c.col));
  let right = Math.max(...cells.map((c) => c.col));
  const headerTop = headerTopOf(view, numberedRow, left, right, from);
  // Unnumbered header columns inside or just beside the numbered span (Satuan, Visi, Misi) belong to the form too.
  let subRow: number | null = null;
  const headerText = (c: number): string[] => {
    const out: string[] = [];
    for (let r = headerTop; r < numberedRow; r++) {
      if (r === subRow) continue;
      const t = view.text(r, c);
      if (t !== '' && !out.includes(t)) out.push(t);
    }
    return out;
  };
  while (left > 0 && headerText(left - 1).length > 0) left--;
  while (right + 1 < view.colCount && headerText(right + 1).length > 0) right++;

  if (numberedRow + 1 < view.rowCount && subRowOf(view, numberedRow + 1, left, right)) subRow = numberedRow + 1;
  else if (numberedRow - 1 >= headerTop && subRowOf(view, numberedRow - 1, left, right)) subRow = numberedRow - 1;
  const headerBottom = Math.max(numberedRow, subRow ?? numberedRow);

  // Columns to groups: a run of columns sharing one number (or one unnumbered header) is a group.
  const numberAt = new Map(cells.map((c) => [c.col, c]));
  const groups: FormGroup[] = [];
  let current: FormGroup | null = null;
  for (let c = left; c <= right; c++) {
    const nc = numberAt.get(c);
    const label = headerText(c).filter((t) => quarterOf([t]) === undefined || headerText(c).length === 1).join(' ');
    const n = nc ? nc.number : null;
    // An unnumbered column under the same label joins the group (a number typed in the K cell only, not merged
    // over the K/Rp pair).
    const same = current && (n !== null ? current.number === n : current.label === label && label !== '');
    if (current && same) {
      current.cols.push(c);
      continue;
    }
    if (n === null && label === '') {
      current = null;
      continue;
    }
    current = { number: n, role: roleOfLabel(label), label, cols: [c] };
    // `Realisasi` / `Realisasi Kinerja` over the quarters' names (`TW I` … `TW IV`): the label alone says no period.
    if (current.role === 'other' && /realisa/i.test(label) && quarterOf(headerText(c)) !== undefined) current.role = 'quarter';
    if (nc?.declaration) current.declaration = nc.declaration;
    groups.push(current);
  }

  // A group labelled by a quarter's name alone (`TW I`, `Triwulan II`, no `Realisasi Kinerja pada Triwulan` over it)
  // is that quarter's realisation in a form whose other groups name this year's target or realisation: read as
  // nothing, its declared sum (`13 = 9+10+11+12`) went unchecked and a capaian right by it was rewritten. A
  // `Target … Triwulan I` label names a target and stays one.
  if (groups.some((g) => g.role === 'target' || g.role === 'realisation')) {
    for (const g of groups) if (g.role === 'other' && isQuarterName(g.label)) g.role = 'quarter';
  }
  if (subRow !== null) mergeLeafNumbered(view, groups, subRow, headerText);

  // Declarations settle what labels leave open (and fix a label read the wrong way).
  const declarations = groups.map((g) => g.declaration).filter((d): d is Declaration => d !== undefined);
  const byNumber = (n: number) => groups.find((g) => g.number === n);
  for (const d of declarations) {
    const result = byNumber(d.result);
    if (!result) continue;
    if (d.kind === 'sum') {
      const terms = d.terms.map(byNumber);
      if (terms.length >= 2 && terms.every((t) => t?.role === 'quarter')) result.role = 'realisation';
      else if (terms.length === 2) {
        const real = terms.find((t) => t?.role === 'realisation');
        const other = terms.find((t) => t && t !== real);
        if (real && other) {
          result.role = 'cumulative';
          if (other.role === 'other' || other.role === 'cumulative') other.role = 'lastRealisation';
        }
      }
    } else {
      const num = byNumber(d.numerator);
      const den = byNumber(d.denominator);
      if (num?.role === 'realisation') {
        result.role = 'capaian';
        // The declared denominator is this year's target: another column labelled a target (`… (Murni)` beside the
        // declared `… (Perubahan)`) is not (it had been taken first, and its capaian written over the right one).
        if (den) {
          for (const other of groups) if (other !== den && other.role === 'target') other.role = 'other';
          den.role = 'target';
        }
      } else if (num?.role === 'cumulative') {
        result.role = 'cumulativeCapaian';
        if (den && den.role !== 'renstraTarget') den.role = 'renstraTarget';
      }
    }
  }

  // Sub-columns and quarters.
  const quarterGroupsFound: FormGroup[] = [];
  for (const g of groups) {
    if (g.role === 'quarter') {
      const q = quarterOf(g.cols.flatMap((c) => headerText(c)));
      if (q !== undefined) g.quarter = q;
      quarterGroupsFound.push(g);
    }
    if (!VALUE_ROLES.has(g.role)) continue;
    if (subRow !== null) {
      const ks: number[] = [];
      for (const c of g.cols) {
        const s = subColumnOf(view.text(subRow, c));
        if (s === 'k') ks.push(c);
        if (s === 'k' && g.k === undefined) g.k = c;
        else if (s === 'rp' && g.rp === undefined) {
          g.rp = c;
          g.rpLabel = clean(view.text(subRow, c));
        }
        else if (s === 'pct' && g.pct === undefined) g.pct = c;
      }
      // A group split by year (`Target Renstra 2022-2026` › `Tahun 2022` … `Tahun 2026 (Akhir Periode Renstra)`, each
      // K │ Rp): the Renstra's end (or the latest year) is the one; another role split so is not read at all — the
      // first year had been taken (425 % written for a right 85 %).
      if (ks.length > 1) pickYear(view, g, ks, subRow, headerText);
    }
    if (g.k === undefined && g.rp === undefined && !g.split) {
      if (g.cols.length >= 2) {
        g.k = g.cols[0];
        g.rp = g.cols[g.cols.length - 1];
        if (g.cols.length >= 3) g.pct = g.cols[1];
      } else g.k = g.cols[0];
    }
  }
  // Quarters without a readable name take their order.
  quarterGroupsFound.forEach((g, i) => {
    if (g.quarter === undefined) g.quarter = i + 1;
  });

  const labelGroup = groups.find((g) => g.role === 'label');
  const indicatorGroup = groups.find((g) => g.role === 'indicator');
  const unitGroup = groups.find((g) => g.role === 'unit');
  const codeCols = groups.filter((g) => g.role === 'code').flatMap((g) => g.cols);
  if (!labelGroup && !indicatorGroup) return null;
  // SPEC §11: K/Rp sub-columns under the numbered groups — what sets the form apart from an LKj table whose numbering
  // row happens to declare a formula (`(6) = (5)/(4) x 100`).
  if (subRow === null || groups.filter((g) => g.k !== undefined && g.rp !== undefined).length < 2) return null;
  if (!groups.some((g) => g.role === 'target' || g.role === 'realisation' || g.role === 'quarter')) return null;

  const layout: FormLayout = {
    sheet: view.name,
    headerTop,
    numberedRow,
    subRow,
    headerBottom,
    left,
    right,
    groups,
    declarations,
    bodyRows: [],
    bodyBottom: headerBottom,
    labelCol: labelGroup?.cols[0],
    indicatorCol: indicatorGroup?.cols[0],
    unitCol: unitGroup?.cols[0],
    codeCols,
    footer: {},
  };
  findBody(view, layout);
  return layout;
}

/**
 * The other numbering (SPEC §11: "two numberings circulate"): a number on every leaf column, `5 6` over `K Rp`, and
 * the declarations per leaf (`11 = 7 + 9` over K, `12 = 8 + 10` over Rp). The K, %, Rp columns of one header become
 * one group, numbered by its K column, and each leaf number in a declaration answers for its group: the same form as
 * numbered per pair. A run merges only where the numbers rise by one, the header above is the same (the quarter's
 * name included) and the sub-row reads K first, then %, Volume/Satuan or Rp (one Rp, a % after it allowed).
 */
function mergeLeafNumbered(view: SheetView, groups: FormGroup[], subRow: number, headerText: (c: number) => string[]): void {
  const subOf = (c: number) => subColumnOf(view.text(subRow, c));
  const keyOf = (c: number) => headerText(c).join('\u0000');
  const groupOf = new Map<number, FormGroup>();
  const leafDeclarations: { declaration: Declaration; sub: Sub | null; group: FormGroup }[] = [];
  let merged = false;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (g.number === null) continue;
    groupOf.set(g.number, g);
    if (g.declaration) leafDeclarations.push({ declaration: g.declaration, sub: subOf(g.cols[0]), group: g });
    if (!VALUE_ROLES.has(g.role) || g.cols.length !== 1 || subOf(g.cols[0]) !== 'k') continue;
    let last = g.number;
    let rp = false;
    while (i + 1 < groups.length) {
      const h = groups[i + 1];
      const sub = h.cols.length === 1 ? subOf(h.cols[0]) : null;
      if (h.number !== last + 1 || h.cols[0] !== g.cols[g.cols.length - 1] + 1 || keyOf(h.cols[0]) !== keyOf(g.cols[0])) break;
      // K, then % or Volume/Satuan, then Rp; a % after the Rp (`K Rp %`) still belongs.
      if (rp ? sub !== 'pct' : sub !== 'pct' && sub !== 'unit' && sub !== 'rp') break;
      rp ||= sub === 'rp';
      g.cols.push(h.cols[0]);
      groupOf.set(h.number, g);
      if (h.declaration) leafDeclarations.push({ declaration: h.declaration, sub, group: g });
      groups.splice(i + 1, 1);
      merged = true;
      last = h.number;
    }
  }
  if (!merged) return; // numbered per pair
  const as = (n: number) => groupOf.get(n)?.number ?? n;
  const translated = (d: Declaration): Declaration =>
    d.kind === 'sum' ? { ...d, result: as(d.result), terms: d.terms.map(as) } : { ...d, result: as(d.result), numerator: as(d.numerator), denominator: as(d.denominator) };
  const same = (a: Declaration, b: Declaration) => JSON.stringify({ ...a, text: '' }) === JSON.stringify({ ...b, text: '' });
  for (const g of groups) delete g.declaration;
  for (const { declaration, sub, group } of leafDeclarations) {
    const d = translated(declaration);
    const held = group.declaration;
    if (!held) group.declaration = sub === 'rp' ? { ...d, rpText: declaration.text } : d;
    else if (same(held, d)) {
      // K's and Rp's own declarations, one formula: each finding quotes its own.
      if (sub === 'rp') group.declaration = { ...held, rpText: declaration.text };
      else group.declaration = { ...d, rpText: held.rpText ?? held.text };
    }
    // A leaf declaring another formula than its group's K: the K's stands (the first one found is kept).
  }
}

function pickYear(view: SheetView, g: FormGroup, ks: number[], subRow: number, headerText: (c: number) => string[]): void {
  const yearOf = (c: number) => Math.max(-1, ...headerText(c).flatMap((t) => (t.match(/\b20\d\d\b/g) ?? []).map(Number)));
  let chosen: number | undefined;
  // The Renstra's K target is its end's; its Rp is the years' sum, which no one column holds: not read.
  if (g.role === 'renstraTarget') {
    chosen = ks.find((c) => /akhir periode|akhir renstra/i.test(headerText(c).join(' ')));
    if (chosen === undefined) {
      const years = ks.map(yearOf);
      const latest = Math.max(...years);
      if (latest > 0 && years.filter((y) => y === latest).length === 1) chosen = ks[years.indexOf(latest)];
    }
  }
  g.k = chosen;
  g.rp = undefined;
  g.pct = undefined;
  g.split = true;
}

const VALUE_ROLES = new Set<GroupRole>([
  'renstraTarget', 'lastRealisation', 'target', 'quarter', 'realisation', 'capaian', 'cumulative', 'cumulativeCapaian',
]);

export function isValueRole(role: GroupRole): boolean {
  return VALUE_ROLES.has(role);
}

/** The footer's average: `Rata-rata capaian kinerja`, `Rata - rata …`, `Rerata …`, `Nilai rata-rata …`. */
const FOOTER_AVERAGE = /^(?:nilai )?(?:ratarata|rerata) (?:tingkat )?capaian/;
/** A letter or two off in `rata-rata` or `capaian` (`Rata-rta`, `Capain`): only ever tried at the footer's start. */
const correctAverageTypos = typoCorrector(['ratarata', 'capaian'], 2);

export function isFooterAverage(text: string): boolean {
  // `Rata-rata`, `Rata - rata`, `Rata rata`, `Rata2` as one word, so that either half mistyped is one word mistyped.
  const t = clean(text).toLowerCase().replace(/^(nilai )?([a-z]+) ?- ?([a-z]+)/, '$1$2$3').replace(/^(nilai )?rata ?(?:rata|2)\b/, '$1ratarata');
  if (FOOTER_AVERAGE.test(t)) return true;
  // A typo keeps the first letter: every body row's first text passes here, and most are done at once.
  return /^(nilai )?r/.test(t) && FOOTER_AVERAGE.test(correctAverageTypos(t));
}

/** A section row's label: the Perangkat Daerah (or unit) the rows below it belong to. */
const SECTION = /^(?:perangkat daerah|opd|skpd|unit kerja|satuan kerja|satker|unit organisasi)\s*:/i;

/** A footer row of one Program's (or Kegiatan's): its words name the level. */
const PROGRAM_FOOTER = /^(?:(?:nilai )?rata\s?-?\s?rata|rerata|predikat)\b.*\b(?:program|kegiatan)\b/i;

/** The footer's other rows: its predicate, its notes, its signatures. */
const FOOTER_NOTES = /^(predikat|faktor pendorong|faktor penghambat|tindak lanjut|disusun|dievaluasi|mengetahui)/i;

/** A footer row's opening words. */
function opensFooter(text: string): boolean {
  return FOOTER_NOTES.test(text) || isFooterAverage(text);
}
/** A form's title: `EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH`, `Evaluasi Hasil Pelaksanaan RKPD …`. */
const FORM_TITLE = /^evaluasi\s+(?:terhadap\s+)?hasil\s+(?:pelaksanaan\s+)?(?:renja|rkpd)\b/i;
/**
 * A signature block's opening (`Diverifikasi oleh,`) or its place and date (`Medan, 10 Januari 2026`): the body has
 * ended — on a row without a number (a Keterangan reading `Disetujui dalam Perubahan Renja` is a body row's note).
 */
const SIGN_OFF = /^(diverifikasi|diperiksa|disetujui|menyetujui|mengesahkan)\b|^[a-z .'-]{3,40},\s*\d{1,2}\s+[a-z]+\s+20\d\d$/i;
const SIGNATURE = /^(kepala\b|nip\.?\s|pembina|penata|sekretaris\b)|,\s*\d{0,2}\s*[a-z]+\s+20\d\d$/i;

function hasNumber(view: SheetView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (typeof view.cell(row, c)?.value === 'number') return true;
  return false;
}

function rowTexts(view: SheetView, row: number, left: number, right: number): string[] {
  const out: string[] = [];
  for (let c = left; c <= right; c++) {
    const t = view.text(row, c);
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out;
}

/** Body rows: from below the header to the first footer row; a row counts when it has a code, a label or an indicator. */
function findBody(view: SheetView, layout: FormLayout): void {
  const keyCols = [...layout.codeCols, layout.labelCol, layout.indicatorCol].filter((c): c is number => c !== undefined);
  let blank = 0;
  let r = layout.headerBottom + 1;
  const footerCols = footerColumns(layout);
  for (; r < view.rowCount; r++) {
    const texts = rowTexts(view, r, layout.left, layout.right);
    if (isFooterRow(view, r, layout, footerCols)) {
      // A Program's own footer (`Rata-rata capaian kinerja program`, `Predikat kinerja program`) is passed over: the
      // body goes on with the next Program (it had ended there, the Programs below dropped and every roll-up over
      // them false). Not checked: the SPEC's footer is the form's.
      if (texts.some((t) => PROGRAM_FOOTER.test(t))) continue;
      break;
    }
    if (texts.some((t) => SIGN_OFF.test(t)) && !hasNumber(view, r, layout.left, layout.right)) break;
    // The next form's title (a second Perangkat Daerah's form below this one, with no footer or signature between) —
    // a title row, no code or number of its own (a Kegiatan named `Evaluasi terhadap Hasil RKPD` is a body row).
    if (texts.some((t) => FORM_TITLE.test(t)) && !hasNumber(view, r, layout.left, layout.right) && !layout.codeCols.some((c) => view.text(r, c) !== '')) break;
    if (isRepeatedNumbering(view, r, layout)) continue;
    if (isTotalRow(view, r, layout)) {
      layout.totalRow ??= r;
      blank = 0;
      continue;
    }
    const has = keyCols.some((c) => {
      const m = view.mergeAt(r, c);
      // A label merged across the value columns (a section title) still counts; a signature does not.
      const t = view.text(r, c);
      return t !== '' && !(m && m.left < c && keyCols.includes(m.left) === false) && !SIGNATURE.test(t);
    });
    if (!has) {
      if (texts.length === 0 && ++blank >= 3 && layout.bodyRows.length > 0) break;
      continue;
    }
    // A section row naming the Perangkat Daerah (`Perangkat Daerah : RSUD Wanagiri`, an RKPD form's) is no level of
    // the hierarchy (read as a Program, its Kegiatan were missing from the roll-up formulas above it).
    if (texts.some((t) => SECTION.test(t)) && !hasNumber(view, r, layout.left, layout.right)) continue;
    blank = 0;
    layout.bodyRows.push(r);
  }
  layout.bodyBottom = Math.max(layout.bodyRows.length ? layout.bodyRows[layout.bodyRows.length - 1] : layout.headerBottom, layout.totalRow ?? -1);
  layout.footer = findFooter(view, layout, r);
}

/** The columns isFooterRow looks at: the value columns, the first of them, and the percentage ones. */
interface FooterColumns {
  valueCols: number[];
  firstValue: number;
  percentCols: Set<number>;
}

function footerColumns(layout: FormLayout): FooterColumns {
  const valueCols = layout.groups.filter((g) => VALUE_ROLES.has(g.role)).flatMap((g) => g.cols);
  const percentCols = new Set(layout.groups.filter((g) => g.role === 'capaian' || g.role === 'cumulativeCapaian').flatMap((g) => g.cols));
  return { valueCols, firstValue: Math.min(layout.right + 1, ...valueCols), percentCols };
}

/**
 * A footer row: its first text from the form's left, before the value columns (No, Kode, the label, the indicator),
 * opens with the footer's words, and it has no code or indicator of its own beside values of its own. A Keterangan
 * note (`Faktor penghambat: …`) is no first text, and an indicator named `Predikat akreditasi …` carries its values:
 * both are a body row's, and the body had ended there (the rows below it dropped from the average).
 */
function isFooterRow(view: SheetView, r: number, layout: FormLayout, { valueCols, firstValue, percentCols }: FooterColumns): boolean {
  let first = layout.left;
  while (first < firstValue && view.text(r, first) === '') first++;
  // Its own text: not a label merged down from the row above.
  if (first >= firstValue || view.anchor(r, first).row !== r || !opensFooter(view.text(r, first))) return false;
  const own = (c: number | undefined) => {
    if (c === undefined || view.text(r, c) === '') return false;
    const at = view.anchor(r, c);
    return at.row === r && at.col === c;
  };
  if (!layout.codeCols.some(own) && !own(layout.indicatorCol)) return true;
  // The footer's own numbers are its average's, in the percentage columns.
  return !valueCols.some((c) => !percentCols.has(c) && typeof view.cell(r, c)?.value === 'number');
}

function isRepeatedNumbering(view: SheetView, r: number, layout: FormLayout): boolean {
  const cells = numberedCells(view, r);
  return cells.length >= 6 && cells.length >= rowTexts(view, r, layout.left, layout.right).length - 1 && cells.some((c) => c.declaration);
}

function findFooter(view: SheetView, layout: FormLayout, from: number): FormFooter {
  const footer: FormFooter = {};
  const capaian = layout.groups.find((g) => g.role === 'capaian');
  for (let r = from; r < Math.min(view.rowCount, from + 12); r++) {
    for (let c = layout.left; c <= layout.right; c++) {
      const t = view.text(r, c);
      const isAverage = isFooterAverage(t);
      const isPredicate = /^predikat/i.test(t);
      if (!isAverage && !isPredicate) continue;
      const m = view.mergeAt(r, c);
      const after = m ? m.right + 1 : c + 1;
      const at = valueCellAfter(view, r, after, layout.right, capaian?.k);
      if (at) {
        if (isAverage && !footer.average) footer.average = at;
        if (isPredicate && !footer.predicate) footer.predicate = at;
      }
      break;
    }
  }
  return footer;
}

/** The footer's value cell: the capaian column when it lies right of the label, else the first non-empty cell. */
function valueCellAfter(view: SheetView, row: number, from: number, right: number, preferred: number | undefined): { row: number; col: number } | null {
  if (preferred !== undefined && preferred >= from) {
    const a = view.anchor(row, preferred);
    return a;
  }
  for (let c = from; c <= right; c++) if (view.text(row, c) !== '') return view.anchor(row, c);
  return from <= right ? { row, col: from } : null;
}

/**
 * A `Jumlah`/`Total` row: its first cell says so, and its code and indicator cells are empty or that same label
 * merged across them (`JUMLAH` over A:H).
 */
function isTotalRow(view: SheetView, r: number, layout: FormLayout): boolean {
  let first = layout.left;
  while (first <= layout.right && view.text(r, first) === '') first++;
  // A summary label (`JUMLAH`, `Total`, `Jumlah Total`), not an indicator whose name starts so (`Jumlah laporan …`
  // on a Program's second indicator row) nor such a name in the indicator column.
  if (first > layout.right || summaryKindOf(normaliseLabel(view.text(r, first)))?.kind !== 'total') return false;
  const label = view.mergeAt(r, first);
  if (first === layout.indicatorCol && (label === undefined || label.left === first)) return false;
  const ownsNothing = (c: number) => view.text(r, c) === '' || (label !== undefined && c >= label.left && c <= label.right) || c === first;
  return (layout.indicatorCol === undefined || ownsNothing(layout.indicatorCol)) && layout.codeCols.every(ownsNothing);
}
