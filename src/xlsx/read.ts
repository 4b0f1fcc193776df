// Reads an .xlsx package straight into the core's Grid: the zip's parts inflated within the §12 bound and their
// XML scanned (workbook and relationships, shared strings, styles' number formats, each worksheet). What the
// writer needs later (the zip, part names, formats) is kept in the returned package.
import { Grid, GridCell, Range, Scalar, Sheet, parseRangeA1 } from '../core/grid';
import { rangesOfList } from '../core/formula/analyse';
import { shiftFormula } from './formula';
import { END, EOF, START, STRICT, TEXT, XmlError, XmlScanner, decodeEntities, decodeXstring } from './xml';
import { Codec, InflateBudget, TooLargeError, ZipArchive, ZipError, checkDeclaredSize, entryName, inflateEntry, isZip, readZip } from './zip';

export type XlsxProblem = 'not-xlsx' | 'xls' | 'encrypted' | 'ods' | 'no-workbook' | 'too-large' | 'zip-bomb' | 'corrupt';

const PROBLEM_TEXT: Record<XlsxProblem, string> = {
  'not-xlsx': 'not a readable .xlsx workbook / bukan buku kerja .xlsx yang dapat dibaca',
  xls: 'a legacy .xls workbook: save it as .xlsx first / buku kerja .xls lama: simpan dulu sebagai .xlsx',
  encrypted: 'the workbook is password-protected: save an unprotected copy / buku kerja dilindungi kata sandi: simpan salinan tanpa kata sandi',
  ods: 'an OpenDocument .ods spreadsheet: save it as .xlsx first / lembar kerja OpenDocument .ods: simpan dulu sebagai .xlsx',
  'no-workbook': 'this file holds no Excel workbook (a .docx or other zip?) / file ini tidak berisi buku kerja Excel (.docx atau zip lain?)',
  'too-large': 'unpacks to more than 256 MiB; refused / terurai lebih dari 256 MiB; ditolak',
  'zip-bomb': 'a part unpacks to more than the file declares (a zip bomb?); refused / bagian file terurai melebihi ukuran yang dinyatakan (bom zip?); ditolak',
  corrupt: 'damaged .xlsx file / file .xlsx rusak',
};

export class XlsxError extends Error {
  constructor(readonly problem: XlsxProblem, detail?: string) {
    super(PROBLEM_TEXT[problem] + (detail ? ` (${detail})` : ''));
  }
}

export interface SheetPart {
  name: string;
  /** Package path of the worksheet part, e.g. `xl/worksheets/sheet1.xml`. */
  path: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface XlsxPackage {
  zip: ZipArchive;
  codec: Codec;
  workbookPath: string;
  sheets: SheetPart[];
  /** Every sheet name workbook.xml lists, in its order: chart and dialog sheets too, unlike `sheets`. */
  sheetNames: string[];
  stylesPath?: string;
  date1904: boolean;
  /** ECMA-376 Strict namespaces (Excel's "Strict Open XML Spreadsheet"): parts written into it are Strict too. */
  strict: boolean;
  /**
   * Formula cells without a result Cermat can trust: no `<v>` (openpyxl, SheetJS write none), or every formula's when
   * the workbook asks Excel to recalculate it on opening (`fullCalcOnLoad`: XlsxWriter stores 0 for each). Their
   * values are read as empty; the CLI says how many there are.
   */
  uncalculated: number;
  /** The number format code of each cellXfs index (undefined for General). */
  xfFormats: (string | undefined)[];
  /** Each worksheet's XML as read, when asked for (the writer then needs not inflate it again). */
  sheetXml?: Map<string, string>;
}

export interface ReadOptions {
  progress?: Progress;
  /** Keep each worksheet's XML for a later patch (costs its size in memory, saves inflating it again). */
  keepSheetXml?: boolean;
}

export interface ReadResult {
  grid: Grid;
  pkg: XlsxPackage;
}

/** How far the reading is: `done` of `total` sheets (fractions within a sheet), after the shared strings. */
export type Progress = (step: 'strings' | 'sheet', done: number, total: number) => void;

/** ECMA-376 Part 1, 18.8.30: the built-in formats a workbook may use by id alone. */
export const BUILTIN_FORMATS: Record<number, string> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00',
  5: '"$"#,##0_);("$"#,##0)', 6: '"$"#,##0_);[Red]("$"#,##0)', 7: '"$"#,##0.00_);("$"#,##0.00)', 8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
  9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};
// Locale-dependent date formats (27–36, 50–58): shown by Excel as the system's short date.
for (const id of [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILTIN_FORMATS[id] = 'yyyy-mm-dd';

const utf8 = new TextDecoder('utf-8');

/** A part's XML text: UTF-8 (a BOM dropped), or UTF-16 when it starts with a UTF-16 byte order mark. */
export function xmlText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return utf8.decode(bytes);
}

/** Sniffs, unzips and reads a workbook; every failure is an XlsxError with a one-line message. */
export function readXlsx(bytes: Uint8Array, codec: Codec, options: ReadOptions | Progress = {}): ReadResult {
  try {
    return readPackage(bytes, codec, typeof options === 'function' ? { progress: options } : options);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    if (e instanceof TooLargeError) throw new XlsxError(e.lying ? 'zip-bomb' : 'too-large');
    if (e instanceof ZipError) throw new XlsxError(e.reason === 'encrypted' ? 'encrypted' : e.reason === 'not-zip' ? 'not-xlsx' : 'corrupt', e.reason === 'encrypted' ? undefined : e.message);
    if (e instanceof XmlError) throw new XlsxError('corrupt', e.message);
    if (e instanceof RangeError) throw new XlsxError('too-large', e.message);
    throw new XlsxError('corrupt', e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function sniffOle2(bytes: Uint8Array): XlsxProblem | null {
  if (bytes.length < 8 || OLE2.some((b, i) => bytes[i] !== b)) return null;
  // An encrypted OOXML package is a compound file holding the streams EncryptionInfo and EncryptedPackage.
  const name = 'EncryptionInfo';
  const limit = Math.min(bytes.length, 64 * 2 ** 20);
  outer: for (let i = 0; i + name.length * 2 <= limit; i++) {
    if (bytes[i] !== 0x45) continue;
    for (let k = 0; k < name.length; k++) if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return 'encrypted';
  }
  return 'xls';
}

function readPackage(bytes: Uint8Array, codec: Codec, { progress, keepSheetXml }: ReadOptions): ReadResult {
  const ole = sniffOle2(bytes);
  if (ole) throw new XlsxError(ole);
  if (!isZip(bytes)) throw new XlsxError('not-xlsx');
  const zip = readZip(bytes);
  const budget = new InflateBudget();
  checkDeclaredSize(zip, budget);
  // OPC part names compare without case: a file Excel opens had been refused as holding no worksheet.
  const resolve = (path: string): string | undefined => entryName(zip, path);
  const text = (path: string): string | undefined => {
    const found = resolve(path);
    const e = found === undefined ? undefined : zip.byName.get(found);
    return e ? xmlText(inflateEntry(zip, e, codec, budget)) : undefined;
  };
  const mimetype = zip.byName.get('mimetype');
  if (mimetype) {
    const mt = text('mimetype') ?? '';
    if (mt.startsWith('application/vnd.oasis.opendocument.spreadsheet')) throw new XlsxError('ods');
    if (mt.startsWith('application/vnd.oasis.opendocument')) throw new XlsxError('no-workbook');
  }
  const rootRels = text('_rels/.rels');
  const officeDoc = rootRels ? relationships(rootRels, '').find((r) => r.type.endsWith('/officeDocument')) : undefined;
  const workbookPath = (officeDoc ? resolve(officeDoc.target) : undefined) ?? resolve('xl/workbook.xml');
  const workbookXml = workbookPath ? text(workbookPath) : undefined;
  if (!workbookPath || workbookXml === undefined || !/<(\w+:)?workbook[\s>]/.test(workbookXml)) throw new XlsxError('no-workbook');
  const wbRels = relationships(text(relsPathOf(workbookPath)) ?? '', workbookPath);
  const relById = new Map(wbRels.map((r) => [r.id, r]));

  let date1904 = false;
  let stale = false;
  const listed: { name: string; rid: string; state: SheetPart['state'] }[] = [];
  const sc = new XmlScanner(workbookXml);
  for (let k = sc.next(); k !== EOF; k = sc.next()) {
    if (k !== START) continue;
    if (sc.name === 'workbookPr') {
      const v = sc.attr('date1904');
      date1904 = v === '1' || v === 'true';
    } else if (sc.name === 'calcPr') {
      const v = sc.attr('fullCalcOnLoad');
      stale = v === '1' || v === 'true';
    } else if (sc.name === 'sheet') {
      const attrs = sc.attrs();
      let rid = '';
      for (const [k2, v] of attrs) if (k2.endsWith(':id')) rid = v;
      const st = attrs.get('state');
      listed.push({ name: attrs.get('name') ?? '', rid, state: st === 'hidden' || st === 'veryHidden' ? st : 'visible' });
    }
  }
  const sheets: SheetPart[] = [];
  for (const s of listed) {
    const rel = relById.get(s.rid);
    // Chart sheets and dialog sheets hold no cells.
    const path = rel && rel.type.endsWith('/worksheet') ? resolve(rel.target) : undefined;
    if (path === undefined) continue;
    sheets.push({ name: s.name, path, state: s.state });
  }
  if (sheets.length === 0) throw new XlsxError('no-workbook', 'no worksheet');

  const sstRel = wbRels.find((r) => r.type.endsWith('/sharedStrings'));
  const stylesRel = wbRels.find((r) => r.type.endsWith('/styles'));
  progress?.('strings', 0, sheets.length);
  const sstXml = sstRel ? text(sstRel.target) : undefined;
  const strings = sstXml ? sharedStrings(sstXml) : [];
  const stylesXml = stylesRel ? text(stylesRel.target) : undefined;
  const xfFormats = stylesXml ? cellFormats(stylesXml) : [];

  const out: Sheet[] = [];
  const sheetXml = keepSheetXml ? new Map<string, string>() : undefined;
  const counts = { stale, uncalculated: 0 };
  for (let i = 0; i < sheets.length; i++) {
    progress?.('sheet', i, sheets.length);
    const xml = text(sheets[i].path) ?? '';
    sheetXml?.set(sheets[i].path, xml);
    out.push(readSheet(sheets[i].name, xml, strings, xfFormats, counts, progress && ((f) => progress('sheet', i + f, sheets.length))));
  }
  progress?.('sheet', sheets.length, sheets.length);
  return {
    grid: { sheets: out },
    pkg: { zip, codec, workbookPath, sheets, sheetNames: listed.map((l) => l.name), strict: workbookXml.includes(STRICT.main), stylesPath: stylesRel ? resolve(stylesRel.target) ?? stylesRel.target : undefined, date1904, uncalculated: counts.uncalculated, xfFormats, sheetXml },
  };
}

export interface Relationship {
  id: string;
  type: string;
  /** Package path (resolved against the source part), or the target as written when external. */
  target: string;
  external: boolean;
}

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function relationships(xml: string, source: string): Relationship[] {
  const out: Relationship[] = [];
  const sc = new XmlScanner(xml);
  for (let k = sc.next(); k !== EOF; k = sc.next()) {
    if (k !== START || sc.name !== 'Relationship') continue;
    const a = sc.attrs();
    const external = a.get('TargetMode') === 'External';
    const target = a.get('Target') ?? '';
    out.push({ id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: external ? target : resolvePart(source, target), external });
  }
  return out;
}

/** A relationship target to a package path (no leading slash). */
export function resolvePart(source: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  const base = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.map((s) => decodeURIComponentSafe(s)).join('/');
}

function decodeURIComponentSafe(s: string): string {
  if (s.indexOf('%') < 0) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The text of an `<si>` or `<is>`: plain `<t>` or rich-text runs joined; phonetic runs (`<rPh>`) left out. */
function stringItem(sc: XmlScanner): string {
  let out = '';
  let depth = 1;
  let inT = false;
  let inPh = 0;
  while (depth > 0) {
    const k = sc.next();
    if (k === EOF) throw new XmlError('unterminated string item');
    if (k === START) {
      if (sc.selfClosing) continue;
      depth++;
      if (sc.name === 'rPh') inPh++;
      else if (sc.name === 't') inT = true;
    } else if (k === END) {
      depth--;
      if (sc.name === 'rPh') inPh--;
      else if (sc.name === 't') inT = false;
    } else if (k === TEXT && inT && inPh === 0) {
      out += sc.text();
    }
  }
  return decodeXstring(out);
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  const sc = new XmlScanner(xml);
  for (let k = sc.next(); k !== EOF; k = sc.next()) {
    if (k === START && sc.name === 'si') out.push(sc.selfClosing ? '' : stringItem(sc));
  }
  return out;
}

/** Number format code per cellXfs index. */
function cellFormats(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  const sc = new XmlScanner(xml);
  let inXfs = false;
  for (let k = sc.next(); k !== EOF; k = sc.next()) {
    if (k === START) {
      if (sc.name === 'numFmt') {
        const id = Number(sc.attr('numFmtId'));
        const code = sc.attr('formatCode');
        if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
      } else if (sc.name === 'cellXfs') {
        inXfs = !sc.selfClosing;
      } else if (inXfs && sc.name === 'xf') {
        const id = Number(sc.attr('numFmtId') ?? '0');
        const code = custom.get(id) ?? BUILTIN_FORMATS[id];
        formats.push(code === 'General' || code === '' ? undefined : code);
        if (!sc.selfClosing) sc.skipElement();
      }
    } else if (k === END && sc.name === 'cellXfs') {
      inXfs = false;
    }
  }
  return formats;
}

/** Column letters (upper or lower case) of an A1 reference to a 0-based column; -1 when there are none. */
function refCol(s: string, from: number, to: number): { col: number; rowAt: number } {
  let col = 0;
  let p = from;
  for (; p < to; p++) {
    const c = s.charCodeAt(p) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return { col: col - 1, rowAt: p };
}

/**
 * Where the reading of a sheet's rows stands: the row and column of the last cell, and that row's cells. Kept in
 * this object, not in readRows' locals, as readRows may hand back a token and be entered again (and code to save
 * locals on the way out would run only after the loop has been optimised, deoptimising it).
 */
interface RowsState {
  row: number;
  col: number;
  current: (GridCell | undefined)[];
  rowsRead: number;
  /** A cell's parts met off the fast path (see cellParts). */
  raw: string | undefined;
  formula: string | undefined;
  inline: string | undefined;
  /** Array (and data-table) formulas: the range each fills, with its formula (`<f t="array" ref="G2:G5">`). */
  arrays: { range: Range; formula: string }[];
  /** The workbook's `fullCalcOnLoad`: no formula's cached value is trusted. */
  stale: boolean;
  /** Formula cells read without a trusted result (see XlsxPackage.uncalculated). */
  uncalculated: number;
}

/** `within` hears, every 4,096 rows, how far into the sheet's XML the reading is (0…1). */
function readSheet(
  name: string, xml: string, strings: string[], xfFormats: (string | undefined)[], counts: { stale: boolean; uncalculated: number },
  within?: (fraction: number) => void,
): Sheet {
  const cells: (GridCell | undefined)[][] = [];
  const merges: Range[] = [];
  const sharedMasters = new Map<string, { formula: string; row: number; col: number }>();
  const sc = new XmlScanner(xml);
  const state: RowsState = { row: -1, col: -1, current: [], rowsRead: 0, raw: undefined, formula: undefined, inline: undefined, arrays: [], stale: counts.stale, uncalculated: 0 };
  const conditional: Range[] = [];
  let inConditional = false;
  let inData = false;
  let k = sc.next();
  while (k !== EOF) {
    if (k === START && inData && (sc.name === 'row' || sc.name === 'c')) {
      // The rows and cells are read by a loop of their own, which hands back the first other token. This loop sees
      // only the few elements around sheetData: it is never optimised with branches it had no feedback for
      // (a sheet's first elements run before V8 records any), which would deoptimise it on the next sheet.
      k = readRows(sc, xml, strings, xfFormats, cells, sharedMasters, state);
      continue;
    }
    if (k === PAUSE) {
      if (within) within(sc.pos / xml.length);
      k = sc.next();
      continue;
    }
    if (k !== START) {
      if (k === END && sc.name === 'sheetData') inData = false;
      else if (k === END && sc.name === 'conditionalFormatting') inConditional = false;
    } else if (sc.name === 'sheetData') {
      inData = !sc.selfClosing;
    } else if (sc.name === 'Fallback' && !sc.selfClosing) {
      // Markup compatibility: Excel reads an `mc:AlternateContent`'s Choice; its Fallback is for older readers (both
      // read, the Fallback's cells had overwritten the Choice's).
      sc.skipElement();
    } else if (sc.name === 'mergeCell') {
      const ref = sc.attr('ref');
      const m = ref ? parseRangeA1(ref) : null;
      if (m) merges.push(m);
    } else if (sc.name === 'conditionalFormatting') {
      // `sqref` lists ranges by spaces; Excel 2010's own rules (in extLst, `x14:`) name them in an `xm:sqref` child.
      conditional.push(...rangesOfList(sc.attr('sqref') ?? ''));
      inConditional = !sc.selfClosing;
    } else if (sc.name === 'sqref' && inConditional && !sc.selfClosing) {
      let text = '';
      while ((k = sc.next()) === TEXT) text += sc.text();
      conditional.push(...rangesOfList(text));
      continue;
    }
    k = sc.next();
  }
  // Every cell an array formula fills holds that formula (Excel writes only the first one's text, and a `<v>` for each
  // of the others): never written. Only the cells the sheet has are marked — a ref over a whole column must not make
  // a million empty ones.
  for (const { range, formula } of state.arrays) {
    const bottom = Math.min(range.bottom, cells.length - 1);
    for (let r = range.top; r <= bottom; r++) {
      const rowCells = cells[r];
      if (!rowCells) continue;
      const right = Math.min(range.right, rowCells.length - 1);
      for (let c = range.left; c <= right; c++) {
        const cell = rowCells[c];
        if (cell !== undefined && cell.formula === undefined) cell.formula = formula;
      }
    }
  }
  // Only a merge's top-left cell holds its value (Excel ignores what lies under the rest).
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < cells.length; r++) {
      const rowCells = cells[r];
      if (!rowCells) continue;
      const last = Math.min(m.right, rowCells.length - 1);
      for (let c = m.left; c <= last; c++) if ((r !== m.top || c !== m.left) && rowCells[c] !== undefined) rowCells[c] = undefined;
    }
  }
  counts.uncalculated += state.uncalculated;
  return conditional.length > 0 ? { name, cells, merges, conditionalRanges: conditional } : { name, cells, merges };
}

/** readRows' answer when it stops after a 4,096th row (not a scanner token). */
const PAUSE = -1;

/**
 * Reads `<row>` and `<c>` elements into `cells`, from the one the scanner stands on, until a token of anything
 * else: returned unread for readSheet (the end of sheetData, a stray element, EOF); or PAUSE after every 4,096th
 * row, the scanner standing just past that row's start tag.
 */
function readRows(
  sc: XmlScanner, s: string, strings: string[], xfFormats: (string | undefined)[], cells: (GridCell | undefined)[][],
  sharedMasters: Map<string, { formula: string; row: number; col: number }>, state: RowsState,
): number {
  let k = START;
  for (; k !== EOF; k = sc.next()) {
    if (k !== START) {
      if (k === END && sc.name === 'sheetData') break;
      continue;
    }
    const tag = sc.name;
    if (tag === 'row') {
      const r = sc.attr('r');
      state.row = r !== undefined ? Number(r) - 1 : state.row + 1;
      state.col = -1;
      state.current = rowOf(cells, state.row);
      // Every 4,096th row readSheet reports progress and enters again: no callback in this loop, and the way out
      // touches nothing V8 would need feedback for (an optimised loop would deoptimise on its first pause).
      if ((++state.rowsRead & 4095) === 0) return PAUSE;
      continue;
    }
    if (tag !== 'c') break;
    // Attributes r, s, t read in one pass over the tag.
    let ref: string | undefined;
    let style = 0;
    let type = 'n';
    const a0 = sc.attrStart;
    const a1 = sc.attrEnd;
    let p = a0;
    while (p < a1) {
      const eq = s.indexOf('=', p);
      if (eq < 0 || eq >= a1) break;
      let ns = p;
      while (s.charCodeAt(ns) <= 32) ns++;
      let ne = eq;
      while (ne > ns && s.charCodeAt(ne - 1) <= 32) ne--;
      let v = eq + 1;
      while (v < a1 && s.charCodeAt(v) !== 34 && s.charCodeAt(v) !== 39) v++;
      const close = s.indexOf(s[v], v + 1);
      if (close < 0) break;
      if (ne - ns === 1) {
        const ch = s.charCodeAt(ns);
        if (ch === 114 /* r */) ref = s.slice(v + 1, close);
        else if (ch === 115 /* s */) style = Number(s.slice(v + 1, close)) || 0;
        else if (ch === 116 /* t */) type = s.slice(v + 1, close);
      }
      p = close + 1;
    }
    if (ref !== undefined) {
      const rc = refCol(ref, 0, ref.length);
      state.col = rc.col;
      const rr = Number(ref.slice(rc.rowAt)) - 1;
      if (rr !== state.row && rr >= 0) {
        state.row = rr;
        state.current = rowOf(cells, state.row);
      }
    } else {
      state.col++;
    }
    let raw: string | undefined;
    let formula: string | undefined;
    let inline: string | undefined;
    let done = sc.selfClosing;
    if (!done && s.startsWith('<v>', sc.end)) {
      // The common cell, `<v>…</v></c>`, read without the scanner; anything else takes the general path.
      const from = sc.end + 3;
      const close = s.indexOf('</v>', from);
      if (close >= 0 && s.startsWith('</c>', close + 4)) {
        raw = s.slice(from, close);
        if (raw.indexOf('<') >= 0) raw = undefined;
        else {
          if (raw.indexOf('&') >= 0 || raw.indexOf('\r') >= 0) raw = decodeEntities(raw.replace(/\r\n?/g, '\n'));
          sc.pos = close + 8;
          done = true;
        }
      }
    }
    if (!done) {
      cellParts(sc, state, sharedMasters);
      raw = state.raw;
      formula = state.formula;
      inline = state.inline;
    }
    let value: Scalar = null;
    switch (type) {
      case 'n':
        if (raw !== undefined && raw !== '') value = Number(raw);
        break;
      case 's':
        if (raw !== undefined && raw !== '') value = strings[Number(raw)] ?? null;
        break;
      case 'str':
        value = raw === undefined ? null : decodeXstring(raw);
        break;
      case 'inlineStr':
        value = inline ?? (raw === undefined ? null : decodeXstring(raw));
        break;
      case 'b':
        if (raw !== undefined && raw !== '') value = raw === '1' || raw === 'true';
        break;
      case 'e':
        if (raw !== undefined) value = { error: raw };
        break;
      case 'd':
        if (raw !== undefined && raw !== '') value = isoToSerial(raw);
        break;
      default:
        if (raw !== undefined && raw !== '') value = Number(raw);
    }
    if (typeof value === 'number' && Number.isNaN(value)) value = null;
    if (formula !== undefined && (raw === undefined || state.stale)) {
      value = null;
      state.uncalculated++;
    }
    if (value === null && formula === undefined) continue;
    if (value === '' && formula === undefined) continue;
    let fmt = xfFormats[style];
    if (type === 'd' && typeof value === 'number' && fmt === undefined) fmt = 'yyyy-mm-dd';
    // Every cell one shape (value, format, formula, in that order), so the core's reads of them stay monomorphic
    // whatever mix of formats and formulas a sheet has; a literal, so V8 can allocate them straight in the old
    // generation once it sees they all live on (a class instance is copied by every scavenge until promoted).
    if (state.col >= 0 && state.col < MAX_COLS && state.row >= 0) state.current[state.col] = { value, format: fmt, formula };
  }
  return k;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (A1:XFD1048576). */
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
/** Where a cell past Excel's last row goes: nowhere (Excel itself drops it when it repairs such a file). */
const OUTSIDE: (GridCell | undefined)[] = [];

/** The row's cells, made on first use; a row past Excel's last one is read and dropped. */
function rowOf(cells: (GridCell | undefined)[][], row: number): (GridCell | undefined)[] {
  if (!(row >= 0 && row < MAX_ROWS)) {
    OUTSIDE.length = 0;
    return OUTSIDE;
  }
  let current = cells[row];
  if (current === undefined) {
    current = [];
    cells[row] = current;
  }
  return current;
}

/**
 * A cell's children off the fast path (`<f>`, `<is>`, a `<v>` with markup or split text, anything unknown), read into
 * state.raw/formula/inline. Its own function so that readRows, run for every cell, stays small to optimise.
 */
function cellParts(sc: XmlScanner, state: RowsState, sharedMasters: Map<string, { formula: string; row: number; col: number }>): void {
  let raw: string | undefined;
  let formula: string | undefined;
  let inline: string | undefined;
  for (;;) {
    const kk = sc.next();
    if (kk === EOF) throw new XmlError('unterminated cell');
    if (kk === END) {
      if (sc.name === 'c') break;
      continue;
    }
    if (kk !== START) continue;
    if (sc.name === 'v') {
      if (!sc.selfClosing) {
        raw = '';
        while (sc.next() === TEXT) raw += sc.text();
      }
    } else if (sc.name === 'f') {
      const ft = sc.attr('t');
      const si = sc.attr('si');
      const fref = sc.attr('ref');
      let ftext = '';
      if (!sc.selfClosing) while (sc.next() === TEXT) ftext += sc.text();
      if (ft === 'shared' && si !== undefined) {
        if (ftext !== '' && fref !== undefined) {
          sharedMasters.set(si, { formula: ftext, row: state.row, col: state.col });
          formula = ftext;
        } else {
          const m = sharedMasters.get(si);
          formula = m ? shiftFormula(m.formula, state.row - m.row, state.col - m.col) : ftext;
        }
      } else {
        formula = ftext;
        if ((ft === 'array' || ft === 'dataTable') && fref !== undefined) {
          const range = parseRangeA1(fref);
          if (range) state.arrays.push({ range, formula: ftext });
        }
      }
    } else if (sc.name === 'is') {
      inline = sc.selfClosing ? '' : stringItem(sc);
    } else if (!sc.selfClosing) {
      sc.skipElement();
    }
  }
  state.raw = raw;
  state.formula = formula;
  state.inline = inline;
}

/** An ISO 8601 date-time (a `t="d"` cell) to an Excel serial in the 1900 date system. */
function isoToSerial(iso: string): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) || !iso.includes('T') ? iso : iso + 'Z');
  if (Number.isNaN(ms)) return null;
  return ms / 86400000 + 25569;
}
