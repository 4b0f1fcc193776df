// The recalculated copy (SPEC §12): the original package with only the planned cells changed. Untouched zip
// entries are copied raw; rewritten are the sheets with edited cells, the styles part (appended), the notes
// parts (comments + legacy VML drawing), their relationships and [Content_Types].xml.
import { Range, a1, parseRangeA1, rangeA1 } from '../core/grid';
import { XlsxPackage, relationships, relsPathOf, xmlText } from './read';
import { StylesPatch, setAttrs } from './styles';
import { END, EOF, START, STRICT, TEXT, TRANSITIONAL, XmlScanner, attrIn, decodeXstring, encodeXstring, escapeAttr, prefixAt } from './xml';
import { InflateBudget, NewPart, entryName, inflateEntry, writeZip } from './zip';
import { NewSheet, listSheet, newSheetXml, sheetNamesIn, worksheetRelType } from './new-sheet';
import { appendRelationships, freeRelId, relationshipXml } from './rels';
import { sheetNameProblem } from '../core/sheet-name';

/** Excel's limit on a cell's text, and so on a note. */
export const MAX_NOTE = 32767;

export interface CellEdit {
  sheet: string;
  /** 0-based. */
  row: number;
  col: number;
  /** A number, or a text (written as an inline string). Never written into a cell holding a formula. */
  value?: number | string;
  /** Number format code, e.g. `0.00%`. */
  format?: string;
  /** Solid fill colour, ARGB (`FFFFC7CE`). */
  fill?: string;
  /** The note's text (capped at 32,767 characters). */
  note?: string;
  /** Keep the part of an existing note that is not Cermat's (text before the first line starting with this). */
  notePrefix?: string;
  /**
   * A formula cell reading a written cell: its saved result is out of date, so it is dropped (the formula stays) and
   * the spreadsheet program computes it on opening; the workbook is marked to recalculate on load.
   */
  stale?: boolean;
}

/** A column Cermat adds right of a table (`Capaian (%)`): styled, merged and sized like its left neighbour. */
export interface NewColumn {
  sheet: string;
  col: number;
  headerTop: number;
  /** The left neighbour's header merge, when it spans several rows: the new header is merged the same way. */
  headerMerge?: Range;
}

const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const CT_VML = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** CT_Worksheet's children in schema order: where a new mergeCells or legacyDrawing must go. */
const WORKSHEET_ORDER = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr',
  'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks',
  'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF',
  'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

const enc = new TextEncoder();

interface Op {
  at: number;
  to: number;
  text: string;
}

function applyOps(s: string, ops: Op[]): string {
  ops.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let last = 0;
  for (const op of ops) {
    parts.push(s.slice(last, op.at), op.text);
    last = op.to;
  }
  parts.push(s.slice(last));
  return parts.join('');
}

/**
 * The edited package, as bytes of a new .xlsx. `newSheets` (the findings sheet) are added after the workbook's own
 * sheets; without them workbook.xml and its relationships stay byte for byte.
 */
export function patchXlsx(pkg: XlsxPackage, edits: CellEdit[], newColumns: NewColumn[] = [], newSheets: NewSheet[] = []): Uint8Array {
  const budget = new InflateBudget();
  const replaced = new Map<string, string>();
  const added: { name: string; data: string }[] = [];
  // Part names compare without case (OPC, ECMA-376 Part 2 §9.1.1.1): a relationship to `../Comments1.xml` is the entry
  // `xl/comments1.xml`, and a new part never takes an existing part's name in another case (Excel refuses the file).
  const inPackage = (p: string) => entryName(pkg.zip, p) !== undefined;
  const partName = (p: string) => entryName(pkg.zip, p) ?? added.find((a) => a.name.toLowerCase() === p.toLowerCase())?.name ?? p;
  const inflate = (path: string): string | undefined => {
    const name = entryName(pkg.zip, path);
    const e = name === undefined ? undefined : pkg.zip.byName.get(name);
    return e ? xmlText(inflateEntry(pkg.zip, e, pkg.codec, budget)) : undefined;
  };
  // Each small part is inflated at most once, however many steps look at it (VML drawings, workbook.xml, rels);
  // a worksheet is read once by its own step and not kept (it can be tens of megabytes).
  const inflated = new Map<string, string | undefined>();
  const read = (path: string): string | undefined => {
    const name = partName(path);
    if (!inflated.has(name)) inflated.set(name, inflate(name));
    return inflated.get(name);
  };
  const exists = (p: string) => inPackage(p) || added.some((a) => a.name.toLowerCase() === p.toLowerCase());
  /** A part as it stands in the copy being made: added, rewritten, or as read. */
  const current = (p: string) => {
    const name = partName(p);
    return added.find((a) => a.name === name)?.data ?? replaced.get(name) ?? read(name);
  };
  /** Sets a part's new content: an added part, a part of the original package (under its own name), or a new part. */
  const put = (p: string, data: string) => {
    const name = partName(p);
    const a = added.find((x) => x.name === name);
    if (a) a.data = data;
    else if (inPackage(name)) replaced.set(name, data);
    else added.push({ name, data });
  };
  let contentTypes = read('[Content_Types].xml') ?? '';
  const ctBefore = contentTypes;

  const flavour = pkg.strict ? STRICT : TRANSITIONAL;
  let stylesPath = pkg.stylesPath;
  const styles = new StylesPatch(stylesPath ? read(stylesPath) : undefined, flavour.main);

  const bySheet = new Map<string, CellEdit[]>();
  for (const e of edits) {
    let list = bySheet.get(e.sheet);
    if (!list) bySheet.set(e.sheet, (list = []));
    list.push(e);
  }
  for (const nc of newColumns) if (!bySheet.has(nc.sheet)) bySheet.set(nc.sheet, []);
  const vmlBlocks = usedVmlBlocks(pkg, read);

  for (const part of pkg.sheets) {
    const sheetEdits = bySheet.get(part.name);
    if (!sheetEdits) continue;
    const columns = newColumns.filter((c) => c.sheet === part.name);
    const xml = pkg.sheetXml?.get(part.path) ?? inflate(part.path);
    if (xml === undefined) continue;
    const relsPath = relsPathOf(part.path);
    const relsXml = read(relsPath);
    const rels = relsXml ? relationships(relsXml, part.path) : [];
    const noted = sheetEdits.filter((e) => e.note !== undefined);
    let notes: SheetNotes | undefined;
    if (noted.length > 0) {
      const commentsRel = rels.find((r) => r.type.endsWith('/comments') && !r.external);
      const vmlRel = rels.find((r) => r.type.endsWith('/vmlDrawing') && !r.external);
      // A cell with a threaded comment (Excel 365) keeps it and gets no note (SPEC §13): its legacy note mirrors the thread.
      const threaded = new Set<string>();
      for (const r of rels) {
        if (r.external || !/\/threadedComment$/i.test(r.type)) continue;
        for (const m of (read(r.target) ?? '').matchAll(/<(?:\w+:)?threadedComment\b[^>]*?\sref\s*=\s*(["'])([^"']+)\1/g)) threaded.add(m[2].toUpperCase());
      }
      notes = {
        threaded,
        commentsPath: commentsRel?.target,
        commentsXml: commentsRel ? read(commentsRel.target) : undefined,
        vmlPath: vmlRel?.target,
        vmlXml: vmlRel ? read(vmlRel.target) : undefined,
      };
    }
    const newRels: string[] = [];
    const newIds: string[] = [];
    const nextId = () => {
      const id = freeRelId(relsXml, part.path, newIds);
      newIds.push(id);
      return id;
    };
    // A sheet with notes but no VML drawing gets one: its relationship id is known before the sheet is patched.
    const newVmlRelId = notes && !notes.vmlPath ? nextId() : undefined;
    const result = patchSheet(xml, sheetEdits, columns, styles, notes, newVmlRelId);
    replaced.set(part.path, result.xml);
    if (notes && result.comments) {
      let commentsPath = notes.commentsPath;
      if (!commentsPath) {
        let n = 1;
        while (exists(`xl/comments${n}.xml`)) n++;
        commentsPath = `xl/comments${n}.xml`;
        added.push({ name: commentsPath, data: '' });
        newRels.push(relationshipXml(nextId(), `${flavour.rel}/comments`, relativeTarget(part.path, commentsPath)));
        contentTypes = addOverride(contentTypes, commentsPath, CT_COMMENTS);
      }
      put(commentsPath, notesComments(notes.commentsXml, result.comments, flavour.main));
      let vmlPath = notes.vmlPath;
      if (!vmlPath) {
        let n = 1;
        while (exists(`xl/drawings/vmlDrawing${n}.vml`)) n++;
        vmlPath = `xl/drawings/vmlDrawing${n}.vml`;
        added.push({ name: vmlPath, data: '' });
        newRels.push(relationshipXml(newVmlRelId!, `${flavour.rel}/vmlDrawing`, relativeTarget(part.path, vmlPath)));
        contentTypes = addDefault(contentTypes, 'vml', CT_VML);
      }
      put(vmlPath, notesVml(notes.vmlXml, result.newShapes, vmlBlocks));
      if (newRels.length > 0) put(relsPath, appendRelationships(relsXml, newRels));
    }
  }

  // Formula results dropped as stale: the workbook asks to be recalculated in full on opening. Excel does so for a
  // workbook last calculated by an older engine than its own (calcPr's calcId, ECMA-376 Part 1 §18.2.2; MS-XLS
  // RecalcId), and a workbook without one counts as such, as LibreOffice's files do; `fullCalcOnLoad` is not used, as
  // Cermat reads it as "no saved result is to be trusted" (XlsxWriter's zeros).
  if (edits.some((e) => e.stale)) {
    const workbookXml = current(pkg.workbookPath);
    const calcPr = workbookXml === undefined ? null : /<(\w+:)?calcPr\b[^>]*?\scalcId\s*=\s*(["'])[^"']*\2[^>]*>/.exec(workbookXml);
    if (workbookXml !== undefined && calcPr) {
      const tag = calcPr[0].replace(/\scalcId\s*=\s*(["'])[^"']*\1/, '');
      put(pkg.workbookPath, workbookXml.slice(0, calcPr.index) + tag + workbookXml.slice(calcPr.index + calcPr[0].length));
    }
  }

  if (newSheets.length > 0) {
    const wbRelsPath = relsPathOf(pkg.workbookPath);
    const dir = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf('/') + 1);
    for (const sheet of newSheets) {
      const own = sheet.replaces ? pkg.sheets.find((s) => s.name === sheet.name) : undefined;
      if (own) {
        put(own.path, newSheetXml(sheet, styles, flavour));
        continue;
      }
      const workbookXml = current(pkg.workbookPath);
      if (workbookXml === undefined) throw new Error('no workbook part');
      const bad = sheetNameProblem(sheet.name, sheetNamesIn(workbookXml));
      if (bad) throw new Error(bad);
      let n = 1;
      while (exists(`${dir}worksheets/sheet${n}.xml`)) n++;
      const path = `${dir}worksheets/sheet${n}.xml`;
      const wbRels = current(wbRelsPath);
      const id = freeRelId(wbRels, pkg.workbookPath);
      const rel = relationshipXml(id, worksheetRelType(wbRels ?? '', pkg.workbookPath), relativeTarget(pkg.workbookPath, path));
      put(wbRelsPath, appendRelationships(wbRels, [rel]));
      put(pkg.workbookPath, listSheet(workbookXml, sheet.name, id));
      contentTypes = addOverride(contentTypes, path, CT_WORKSHEET);
      added.push({ name: path, data: newSheetXml(sheet, styles, flavour) });
    }
  }

  if (styles.changed) {
    if (!stylesPath) {
      stylesPath = 'xl/styles.xml';
      let n = 1;
      while (exists(stylesPath)) stylesPath = `xl/styles${n++}.xml`;
      const wbRelsPath = relsPathOf(pkg.workbookPath);
      const wbRels = current(wbRelsPath);
      const rel = relationshipXml(freeRelId(wbRels, pkg.workbookPath), `${flavour.rel}/styles`, relativeTarget(pkg.workbookPath, stylesPath));
      put(wbRelsPath, appendRelationships(wbRels, [rel]));
      contentTypes = addOverride(contentTypes, stylesPath, CT_STYLES);
      added.push({ name: stylesPath, data: styles.toXml() });
    } else {
      replaced.set(stylesPath, styles.toXml());
    }
  }
  if (contentTypes !== ctBefore) put('[Content_Types].xml', contentTypes);

  const parts: NewPart[] = [];
  for (const e of pkg.zip.entries) {
    const text = replaced.get(e.name);
    // Rewritten parts are UTF-8, whatever a UTF-16 original declared.
    parts.push(text === undefined ? { name: e.name, keep: e } : { name: e.name, data: enc.encode(text.replace(/^(<\?xml[^>]*encoding=["'])utf-16(["'])/i, '$1UTF-8$2')) });
  }
  for (const a of added) parts.push({ name: a.name, data: enc.encode(a.data) });
  return writeZip(pkg.zip, parts, pkg.codec);
}

/** The relationship target of `target` as seen from `source` (both package paths). */
function relativeTarget(source: string, target: string): string {
  const from = source.split('/').slice(0, -1);
  const to = target.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

/**
 * Whether [Content_Types].xml already has a `Default` for the extension or an `Override` for the part, read by
 * parsing (either quote style; extensions compare case-insensitively, as OPC says): a second entry for the same
 * extension or part makes Excel call the file corrupt.
 */
function hasContentType(ct: string, element: 'Default' | 'Override', value: string): boolean {
  const sc = new XmlScanner(ct);
  const attr = element === 'Default' ? 'Extension' : 'PartName';
  for (let k = sc.next(); k !== EOF; k = sc.next()) {
    if (k !== START || sc.name !== element) continue;
    const v = sc.attr(attr);
    if (v !== undefined && (element === 'Default' ? v.toLowerCase() === value.toLowerCase() : v === value)) return true;
  }
  return false;
}

function addOverride(ct: string, part: string, type: string): string {
  if (hasContentType(ct, 'Override', `/${part}`)) return ct;
  return ct.replace(/<\/(\w+:)?Types>\s*$/, (m) => `<Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>` + m);
}

function addDefault(ct: string, ext: string, type: string): string {
  if (hasContentType(ct, 'Default', ext)) return ct;
  return ct.replace(/<\/(\w+:)?Types>\s*$/, (m) => `<Default Extension="${ext}" ContentType="${type}"/>` + m);
}

interface SheetNotes {
  /** Cells with a threaded comment: never given a note. */
  threaded: Set<string>;
  commentsPath?: string;
  commentsXml?: string;
  vmlPath?: string;
  vmlXml?: string;
}

interface PatchedSheet {
  xml: string;
  /** Notes to set, by cell address. */
  comments?: Map<string, string>;
  /** Cells that get a note and had none: each needs a VML shape. */
  newShapes: { row: number; col: number }[];
}

interface ColInfo {
  min: number;
  max: number;
  attrs: string;
}

function patchSheet(xml: string, edits: CellEdit[], columns: NewColumn[], styles: StylesPatch, notes: SheetNotes | undefined,
  legacyDrawingId: string | undefined): PatchedSheet {
  // Edits by row, then column; the merged header area of a new column gets its left neighbour's style too.
  const rows = new Map<number, Map<number, CellEdit>>();
  const put = (e: CellEdit) => {
    let r = rows.get(e.row);
    if (!r) rows.set(e.row, (r = new Map()));
    const prev = r.get(e.col);
    if (!prev) r.set(e.col, e);
    else {
      r.set(e.col, { sheet: e.sheet, row: e.row, col: e.col, value: e.value ?? prev.value, format: e.format ?? prev.format, fill: e.fill ?? prev.fill,
        note: e.note ?? prev.note, notePrefix: e.notePrefix ?? prev.notePrefix, stale: e.stale ?? prev.stale });
    }
  };
  for (const e of edits) put(e);
  const newCols = new Set(columns.map((c) => c.col));
  for (const c of columns) {
    const m = c.headerMerge;
    if (m && m.bottom > m.top) for (let r = m.top; r <= m.bottom; r++) if (!rows.get(r)?.has(c.col)) put({ sheet: c.sheet, row: r, col: c.col });
  }
  const pendingRows = [...rows.keys()].sort((a, b) => a - b);
  let nextPending = 0;

  const P = rootPrefix(xml);
  // Rows and cells are written with their neighbours' prefix, which may differ from the other elements' (a valid
  // `<worksheet>` over `<x:row>`, `<x:c>`): the prefix of the last row and cell seen.
  let rowP = P;
  let cellP = P;
  const existingNotes = notes?.commentsXml ? commentTexts(notes.commentsXml) : new Map<string, string>();
  const comments = new Map<string, string>();
  const newShapes: { row: number; col: number }[] = [];
  const colStyles: ColInfo[] = [];
  const ops: Op[] = [];
  const sc = new XmlScanner(xml);
  const s = xml;
  let depth = 0;
  let inData = false;
  let row = -1;
  let rowEdits: Map<number, CellEdit> | undefined;
  let rowStyle = -1;
  let rowCols: number[] = [];
  let nextCol = 0;
  let col = -1;
  const leftStyles = new Map<number, number>();
  let hasLegacyDrawing = false;
  /** The worksheet's children (where a new one goes, in schema order), its start tag and its end tag. */
  const children: { name: string; start: number }[] = [];
  let root: { start: number; end: number } | undefined;
  let rootClose = -1;
  let mergeCellsEnd = -1;
  let mergeCellsTag: { start: number; end: number; count: number; self: boolean } | undefined;
  let colsSeen = false;

  const columnStyle = (c: number) => {
    for (const ci of colStyles) if (c + 1 >= ci.min && c + 1 <= ci.max) return Number(/\sstyle\s*=\s*["'](\d+)["']/.exec(ci.attrs)?.[1] ?? 0);
    return 0;
  };
  const baseStyleOf = (c: number, own: number | undefined) => {
    if (newCols.has(c) && c > 0) return leftStyles.get(c - 1) ?? (rowStyle >= 0 ? rowStyle : columnStyle(c - 1));
    return own ?? (rowStyle >= 0 ? rowStyle : columnStyle(c));
  };
  const noteFor = (r: number, c: number, e: CellEdit) => {
    if (e.note === undefined) return;
    const addr = a1(r, c);
    if (notes?.threaded.has(addr)) return;
    const old = existingNotes.get(addr);
    let text = e.note;
    if (old !== undefined && e.notePrefix) {
      const cut = old.split('\n' + e.notePrefix)[0];
      const base = cut.startsWith(e.notePrefix) ? '' : cut;
      text = (base ? base + '\n' : '') + e.note;
    }
    comments.set(addr, text.length > MAX_NOTE ? text.slice(0, MAX_NOTE - 1) + '\u2026' : text);
    if (old === undefined) newShapes.push({ row: r, col: c });
  };
  /** A new `<c>` for an edit where the sheet has no cell. */
  const newCell = (r: number, c: number, e: CellEdit) => {
    // A stale result belongs to a formula cell, which is there: never a new cell of its own.
    if (e.stale && e.value === undefined && e.fill === undefined && e.note === undefined && e.format === undefined) return '';
    noteFor(r, c, e);
    const style = styles.styleFor(baseStyleOf(c, undefined), e.format, e.fill);
    return cellXml(cellP, a1(r, c), style, e.value);
  };
  const flushCellsBefore = (limit: number, at: number) => {
    let text = '';
    while (nextCol < rowCols.length && rowCols[nextCol] < limit) {
      const c = rowCols[nextCol++];
      text += newCell(row, c, rowEdits!.get(c)!);
    }
    if (text) ops.push({ at, to: at, text });
  };
  const rowXml = (r: number) => {
    const es = rows.get(r)!;
    const cols = [...es.keys()].sort((a, b) => a - b);
    rowStyle = -1;
    leftStyles.clear();
    let cells = '';
    cellP = rowP;
    for (const c of cols) cells += newCell(r, c, es.get(c)!);
    return `<${rowP}row r="${r + 1}">${cells}</${rowP}row>`;
  };
  const flushRowsBefore = (limit: number, at: number) => {
    let text = '';
    while (nextPending < pendingRows.length && pendingRows[nextPending] < limit) text += rowXml(pendingRows[nextPending++]);
    if (text) ops.push({ at, to: at, text });
  };

  for (let k = sc.next(); k !== EOF; k = sc.next()) {
    if (k === TEXT) continue;
    if (k === END) {
      depth--;
      if (inData && sc.name === 'row' && rowEdits) {
        flushCellsBefore(Infinity, sc.start);
        rowEdits = undefined;
      } else if (sc.name === 'sheetData' && depth === 1) {
        inData = false;
        flushRowsBefore(Infinity, sc.start);
      } else if (sc.name === 'mergeCells' && depth === 1) {
        mergeCellsEnd = sc.start;
      } else if (depth === 0) {
        rootClose = sc.start;
      }
      continue;
    }
    const name = sc.name;
    if (depth === 0) root = { start: sc.start, end: sc.end };
    if (depth === 1) {
      children.push({ name, start: sc.start });
      if (name === 'legacyDrawing') hasLegacyDrawing = true;
      if (name === 'mergeCells') {
        mergeCellsTag = { start: sc.start, end: sc.end, count: Number(sc.attr('count') ?? 0), self: sc.selfClosing };
      }
      if (name === 'dimension') {
        // The used range grows to take in the written cells (a new Capaian column right of it): readers that trust it
        // (pandas, openpyxl's read-only mode) had dropped the column.
        const ref = sc.attr('ref');
        const was = ref ? parseRangeA1(ref) : null;
        if (was && pendingRows.length > 0) {
          let right = was.right;
          for (const es of rows.values()) for (const c of es.keys()) if (c > right) right = c;
          const grown = { top: Math.min(was.top, pendingRows[0]), left: was.left, bottom: Math.max(was.bottom, pendingRows[pendingRows.length - 1]), right };
          if (grown.top !== was.top || grown.bottom !== was.bottom || grown.right !== was.right) {
            ops.push({ at: sc.start, to: sc.end, text: setAttrs(s.slice(sc.start, sc.end), { ref: rangeA1(grown) }) });
          }
        }
      }
      if (name === 'cols') {
        colsSeen = true;
        const from = sc.start;
        const inner: ColInfo[] = [];
        if (!sc.selfClosing) {
          for (let kk = sc.next(); kk !== EOF && !(kk === END && sc.name === 'cols'); kk = sc.next()) {
            if (kk === START && sc.name === 'col') {
              const min = Number(sc.attr('min'));
              const max = Number(sc.attr('max'));
              inner.push({ min, max, attrs: s.slice(sc.attrStart, sc.attrEnd) });
            }
          }
        }
        for (const c of inner) colStyles.push(c);
        if (columns.length > 0) ops.push({ at: from, to: sc.end, text: colsXml(`<${P}`, inner, columns) });
        continue;
      }
      if (name === 'sheetData') {
        if (columns.length > 0 && !colsSeen) {
          const widths = colsXml(`<${P}`, [], columns);
          if (widths) ops.push({ at: sc.start, to: sc.start, text: widths });
        }
        if (sc.selfClosing) {
          let text = '';
          while (nextPending < pendingRows.length) text += rowXml(pendingRows[nextPending++]);
          ops.push({ at: sc.start, to: sc.end, text: `<${P}sheetData>${text}</${P}sheetData>` });
          continue;
        }
        inData = true;
        depth++;
        continue;
      }
    }
    if (inData && name === 'row') {
      rowP = prefixAt(xml, sc.start);
      cellP = rowP;
      const r = sc.attr('r');
      row = r !== undefined ? Number(r) - 1 : row + 1;
      col = -1;
      flushRowsBefore(row, sc.start);
      const es = rows.get(row);
      rowEdits = undefined;
      if (es) {
        if (pendingRows[nextPending] === row) nextPending++;
        rowEdits = es;
        rowCols = [...es.keys()].sort((a, b) => a - b);
        nextCol = 0;
        leftStyles.clear();
        const rs = sc.attr('s');
        rowStyle = rs !== undefined && sc.attr('customFormat') === '1' ? Number(rs) : -1;
        if (sc.selfClosing) {
          const tag = s.slice(sc.start, sc.end).replace(/\s*\/>$/, '>');
          let cells = '';
          for (const c of rowCols) cells += newCell(row, c, es.get(c)!);
          ops.push({ at: sc.start, to: sc.end, text: `${tag}${cells}</${rowP}row>` });
          rowEdits = undefined;
          continue;
        }
      }
      if (!sc.selfClosing) {
        depth++;
        // A row without edits: on to its end tag without reading its cells.
        if (!rowEdits) {
          const close = s.indexOf(`</${rowP}row>`, sc.end);
          if (close >= 0) sc.pos = close;
        }
      }
      continue;
    }
    if (inData && name === 'c') {
      const start = sc.start;
      const tagEnd = sc.end;
      const ref = sc.attr('r');
      col = ref !== undefined ? colOf(ref) : col + 1;
      cellP = prefixAt(xml, start);
      const cellEnd = `</${cellP}c>`;
      // A cell's children hold no cell: its end tag is the next one (text cannot hold a raw '<').
      if (!sc.selfClosing) {
        const close = s.indexOf(cellEnd, tagEnd);
        if (close < 0) throw new Error('unterminated cell');
        sc.pos = close + cellEnd.length;
      }
      if (!rowEdits) continue;
      const end = sc.pos;
      const e = rowEdits.get(col);
      const own = e || newCols.has(col + 1) ? ownStyle(s, sc.attrStart, sc.attrEnd) : undefined;
      if (newCols.has(col + 1)) leftStyles.set(col, own ?? (rowStyle >= 0 ? rowStyle : columnStyle(col)));
      flushCellsBefore(col, start);
      if (!e) continue;
      nextCol++;
      noteFor(row, col, e);
      const whole = s.slice(start, end);
      const hasFormula = /<(\w+:)?f[\s>/]/.test(whole.slice(tagEnd - start));
      const style = styles.styleFor(baseStyleOf(col, own), e.format, e.fill);
      if (e.value === undefined || hasFormula) {
        // Only the look changes: the value (and any formula) stays byte for byte.
        if (style !== (own ?? 0) || (own === undefined && style !== 0)) ops.push({ at: start, to: tagEnd, text: setAttrs(s.slice(start, tagEnd), { s: String(style) }) });
        // But a stale result, which goes (the formula stays).
        if (e.stale && hasFormula) {
          const v = /<(\w+:)?v(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/\1v\s*>)/.exec(whole.slice(tagEnd - start));
          if (v) ops.push({ at: tagEnd + v.index, to: tagEnd + v.index + v[0].length, text: '' });
        }
      } else {
        ops.push({ at: start, to: end, text: cellXml(cellP, ref ?? a1(row, col), style, e.value) });
      }
      continue;
    }
    if (!sc.selfClosing) depth++;
  }

  // New merges: the header of each new column, over its left neighbour's header rows.
  const merges = columns.filter((c) => c.headerMerge && c.headerMerge.bottom > c.headerMerge.top)
    .map((c) => `<${P}mergeCell ref="${a1(c.headerMerge!.top, c.col)}:${a1(c.headerMerge!.bottom, c.col)}"/>`);
  /** Where a new child of the worksheet goes: before the first present child that the schema puts after it. */
  const slot = (child: string) => {
    const rank = WORKSHEET_ORDER.indexOf(child);
    return children.find((c) => WORKSHEET_ORDER.indexOf(c.name) > rank)?.start ?? rootClose;
  };
  if (merges.length > 0) {
    if (mergeCellsTag) {
      const tag = s.slice(mergeCellsTag.start, mergeCellsTag.end);
      const open = setAttrs(tag.replace(/\s*\/>$/, '>'), { count: String(mergeCellsTag.count + merges.length) });
      if (mergeCellsTag.self) ops.push({ at: mergeCellsTag.start, to: mergeCellsTag.end, text: `${open}${merges.join('')}</${P}mergeCells>` });
      else {
        ops.push({ at: mergeCellsTag.start, to: mergeCellsTag.end, text: open });
        ops.push({ at: mergeCellsEnd, to: mergeCellsEnd, text: merges.join('') });
      }
    } else {
      const at = slot('mergeCells');
      ops.push({ at, to: at, text: `<${P}mergeCells count="${merges.length}">${merges.join('')}</${P}mergeCells>` });
    }
  }
  if (comments.size > 0 && !hasLegacyDrawing && legacyDrawingId) {
    const at = slot('legacyDrawing');
    ops.push({ at, to: at, text: `<${P}legacyDrawing r:id="${legacyDrawingId}"/>` });
    const rootTag = root ? s.slice(root.start, root.end) : '';
    const rel = rootTag.includes(STRICT.main) ? STRICT.rel : TRANSITIONAL.rel;
    if (root && !/\sxmlns:r\s*=/.test(rootTag)) ops.push({ at: root.start, to: root.end, text: setAttrs(rootTag, { 'xmlns:r': rel }) });
  }
  const out = applyOps(xml, ops);
  return { xml: out, comments: comments.size > 0 ? comments : undefined, newShapes };
}

/**
 * The namespace prefix the worksheet's elements are written with: its first child's (`<x:worksheet>` over unprefixed
 * children, or the reverse, is valid XML; the root's prefix had made `--out` look for `</x:c>` and fail with
 * "unterminated cell"), else the root's.
 */
function rootPrefix(xml: string): string {
  const sc = new XmlScanner(xml);
  let root: string | undefined;
  for (let k = sc.next(); k !== EOF; k = sc.next()) {
    if (k !== START) continue;
    const prefix = prefixAt(xml, sc.start);
    if (root !== undefined) return prefix;
    root = prefix;
    if (sc.selfClosing) break;
  }
  return root ?? '';
}

function cellXml(P: string, ref: string, style: number, value: number | string | undefined): string {
  const s = style > 0 ? ` s="${style}"` : '';
  if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return `<${P}c r="${ref}"${s}/>`;
  if (typeof value === 'number') return `<${P}c r="${ref}"${s}><${P}v>${value}</${P}v></${P}c>`;
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  return `<${P}c r="${ref}"${s} t="inlineStr"><${P}is><${P}t${space}>${encodeXstring(value)}</${P}t></${P}is></${P}c>`;
}

/** The `s` attribute of a cell's start tag, if any. */
function ownStyle(s: string, from: number, to: number): number | undefined {
  const v = attrIn(s, from, to, 's');
  return v !== undefined ? Number(v) : undefined;
}

function colOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return col - 1;
}

/** The `<cols>` element with each new column given its left neighbour's width (and only that column changed). */
function colsXml(open: string, cols: ColInfo[], columns: NewColumn[]): string {
  const prefix = open.slice(1);
  let list = cols.map((c) => ({ ...c }));
  for (const nc of columns) {
    const n = nc.col + 1; // 1-based
    const left = list.find((c) => n - 1 >= c.min && n - 1 <= c.max);
    const same = list.find((c) => n >= c.min && n <= c.max);
    if (left && same === left) continue;
    const next: ColInfo[] = [];
    for (const c of list) {
      if (n < c.min || n > c.max) next.push(c);
      else {
        if (c.min < n) next.push({ min: c.min, max: n - 1, attrs: c.attrs });
        if (c.max > n) next.push({ min: n + 1, max: c.max, attrs: c.attrs });
      }
    }
    if (left) next.push({ min: n, max: n, attrs: left.attrs });
    list = next.sort((a, b) => a.min - b.min);
  }
  if (list.length === 0) return cols.length === 0 ? '' : `<${prefix}cols></${prefix}cols>`;
  const body = list.map((c) => {
    const attrs = c.attrs.replace(/\smin\s*=\s*("[^"]*"|'[^']*')/, ` min="${c.min}"`).replace(/\smax\s*=\s*("[^"]*"|'[^']*')/, ` max="${c.max}"`);
    return `<${prefix}col${attrs}/>`;
  }).join('');
  return `<${prefix}cols>${body}</${prefix}cols>`;
}

/** Text of each existing comment, by cell address (upper case). */
function commentTexts(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const sc = new XmlScanner(xml);
  for (let k = sc.next(); k !== EOF; k = sc.next()) {
    if (k !== START || sc.name !== 'comment') continue;
    const ref = (sc.attr('ref') ?? '').toUpperCase();
    let text = '';
    let depth = sc.selfClosing ? 0 : 1;
    let inT = false;
    let inPh = 0;
    while (depth > 0) {
      const kk = sc.next();
      if (kk === EOF) break;
      if (kk === START && !sc.selfClosing) {
        depth++;
        const nm: string = sc.name;
        if (nm === 't') inT = true;
        if (nm === 'rPh') inPh++;
      } else if (kk === END) {
        depth--;
        const nm: string = sc.name;
        if (nm === 't') inT = false;
        if (nm === 'rPh') inPh--;
      } else if (kk === TEXT && inT && inPh === 0) text += sc.text();
    }
    out.set(ref, decodeXstring(text));
  }
  return out;
}

const AUTHOR = 'Cermat';

/** The comments part with the given notes set (others kept as they were, byte for byte). */
function notesComments(xml: string | undefined, notes: Map<string, string>, main: string): string {
  const base = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${main}"><authors></authors><commentList></commentList></comments>`;
  // Authors: find or add Cermat.
  const authors: string[] = [];
  const sc = new XmlScanner(base);
  const ops: Op[] = [];
  let authorsEnd = -1;
  let authorsSelf: { start: number; end: number } | undefined;
  let listEnd = -1;
  let listSelf: { start: number; end: number } | undefined;
  let commentsEnd = -1;
  let prefix = '';
  for (let k = sc.next(); k !== EOF; k = sc.next()) {
    if (k === START) {
      if (sc.name === 'comments') prefix = prefixAt(base, sc.start);
      if (sc.name === 'authors' && sc.selfClosing) authorsSelf = { start: sc.start, end: sc.end };
      if (sc.name === 'commentList' && sc.selfClosing) listSelf = { start: sc.start, end: sc.end };
      if (sc.name === 'author') {
        let t = '';
        if (!sc.selfClosing) while (sc.next() === TEXT) t += sc.text();
        authors.push(t);
      }
      if (sc.name === 'comment') {
        const ref = (sc.attr('ref') ?? '').toUpperCase();
        const from = sc.start;
        sc.skipElement();
        if (notes.has(ref)) ops.push({ at: from, to: sc.end, text: '' });
      }
    } else if (k === END) {
      if (sc.name === 'authors') authorsEnd = sc.start;
      if (sc.name === 'commentList') listEnd = sc.start;
      if (sc.name === 'comments') commentsEnd = sc.start;
    }
  }
  let authorId = authors.indexOf(AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    const a = `<${prefix}author>${AUTHOR}</${prefix}author>`;
    if (authorsSelf) ops.push({ at: authorsSelf.start, to: authorsSelf.end, text: `<${prefix}authors>${a}</${prefix}authors>` });
    else if (authorsEnd >= 0) ops.push({ at: authorsEnd, to: authorsEnd, text: a });
  }
  let list = '';
  for (const [ref, text] of notes) {
    const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
    // One run, as Excel writes notes (some readers see only runs).
    list += `<${prefix}comment ref="${ref}" authorId="${authorId}"><${prefix}text><${prefix}r><${prefix}rPr><${prefix}sz val="9"/><${prefix}rFont val="Tahoma"/></${prefix}rPr>` +
      `<${prefix}t${space}>${encodeXstring(text)}</${prefix}t></${prefix}r></${prefix}text></${prefix}comment>`;
  }
  if (listSelf) ops.push({ at: listSelf.start, to: listSelf.end, text: `<${prefix}commentList>${list}</${prefix}commentList>` });
  else if (listEnd >= 0) ops.push({ at: listEnd, to: listEnd, text: list });
  else ops.push({ at: commentsEnd, to: commentsEnd, text: `<${prefix}commentList>${list}</${prefix}commentList>` });
  return applyOps(base, ops);
}

/** Shape-id blocks (o:idmap data) already used by the package's VML drawings. */
function usedVmlBlocks(pkg: XlsxPackage, read: (p: string) => string | undefined): Set<number> {
  const used = new Set<number>();
  for (const e of pkg.zip.entries) {
    if (!/\.vml$/i.test(e.name)) continue;
    const xml = read(e.name) ?? '';
    for (const m of xml.matchAll(/<o:idmap[^>]*\sdata\s*=\s*(["'])([^"']*)\1/g)) for (const n of m[2].split(/[\s,]+/)) if (n) used.add(Number(n));
  }
  return used;
}

/** The VML drawing with a note shape for every new note (existing shapes kept as written). */
function notesVml(xml: string | undefined, shapes: { row: number; col: number }[], usedBlocks: Set<number>): string {
  let base = xml;
  let nextId: number;
  if (base === undefined) {
    const blocks: number[] = [];
    for (let b = 1; blocks.length < Math.max(1, Math.ceil(shapes.length / 1024)); b++) if (!usedBlocks.has(b)) blocks.push(b);
    for (const b of blocks) usedBlocks.add(b);
    base = '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>` +
      '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>' +
      '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype></xml>';
    nextId = blocks[0] * 1024 + 1;
  } else {
    let max = 0;
    for (const m of base.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Number(m[1]));
    nextId = max > 0 ? max + 1 : 1025;
    if (!base.includes('_x0000_t202')) {
      base = base.replace(/<\/xml>\s*$/, '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype></xml>');
    }
  }
  let text = '';
  for (const { row, col } of shapes) {
    text += `<v:shape id="_x0000_s${nextId++}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:180pt;height:80pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${Math.max(0, row - 1)}, 2, ${col + 4}, 15, ${row + 4}, 16</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
  }
  const close = base.lastIndexOf('</xml>');
  return close < 0 ? base + text : base.slice(0, close) + text + base.slice(close);
}
