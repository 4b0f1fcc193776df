// A worksheet Cermat adds to the recalculated copy (the findings sheet, issue 15): its part, written from scratch
// with inline strings, a bold header row frozen at the top, column widths, wrapped columns and links to cells
// inside the workbook. The package's other parts change only where the sheet must be listed: workbook.xml's
// <sheets>, the workbook's relationships and [Content_Types].xml (see patchXlsx); the styles get appended entries.
import { a1 } from '../core/grid';
import { FindingsSheet } from '../core/findings-sheet';
import { relationships } from './read';
import { StylesPatch } from './styles';
import { EOF, Flavour, START, TRANSITIONAL, XmlScanner, encodeXstring, escapeAttr } from './xml';

export interface NewSheet {
  name: string;
  /** The first row, written bold and kept in view (frozen) when scrolling. */
  header: string[];
  rows: (string | number | null)[][];
  /** Width of each column, in characters. */
  widths: number[];
  /** 0-based columns whose text wraps. */
  wrap: number[];
  /** Links inside the workbook: `row` counts the data rows (0 = the row below the header), `location` is `'Sheet'!A1`. */
  links: { row: number; col: number; location: string }[];
  /** An existing sheet of this name is rewritten with it (Cermat's own findings sheet of an earlier run). */
  replaces?: boolean;
}

const REL = TRANSITIONAL.rel;
/** Excel's limit on a cell's text. */
const MAX_TEXT = 32767;

export function sheetNamesIn(workbookXml: string): string[] {
  const names: string[] = [];
  const sc = new XmlScanner(workbookXml);
  for (let k = sc.next(); k !== EOF; k = sc.next()) if (k === START && sc.name === 'sheet') names.push(sc.attr('name') ?? '');
  return names;
}

/** Column widths (characters) of the findings sheet: No, Lembar, Sel, Tingkat, Kode, Pesan. */
const FINDINGS_WIDTH = { min: [5, 12, 8, 10, 12, 40], max: [6, 32, 10, 14, 30, 90] };

/** The findings sheet (core/findings-sheet.ts) in the writer's terms: the cell column links to each finding's cell. */
export function findingsSheetPart(sheet: FindingsSheet, workbookSheets: string[]): NewSheet {
  const rows = sheet.rows.map((r) => [r.no, r.sheet, r.cell, r.severity, r.code, r.message]);
  const widths = FINDINGS_WIDTH.min.map((min, c) => {
    let longest = sheet.header[c].length;
    for (const r of rows) longest = Math.max(longest, String(r[c]).length);
    return Math.min(FINDINGS_WIDTH.max[c], Math.max(min, longest + 2));
  });
  const known = new Set(workbookSheets);
  const links = sheet.rows.flatMap((r, i) => (known.has(r.sheet) && /^[A-Z]{1,3}[1-9]\d*$/.test(r.cell) ? [{ row: i, col: 2, location: r.link }] : []));
  return { name: sheet.name, header: sheet.header, rows, widths, wrap: [5], links };
}

/** The cell formats the sheet uses, appended to the styles part. */
function sheetStyles(styles: StylesPatch): { header: number; body: number; wrap: number; link: number } {
  return {
    header: styles.addXf(styles.fontLike('bold'), { vertical: 'center', wrap: true }),
    body: styles.addXf(0, { vertical: 'top' }),
    wrap: styles.addXf(0, { vertical: 'top', wrap: true }),
    link: styles.addXf(styles.fontLike('link'), { vertical: 'top' }),
  };
}

function cell(ref: string, style: number, value: string | number | null): string {
  const s = style > 0 ? ` s="${style}"` : '';
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return `<c r="${ref}"${s}/>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  const text = value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value;
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${encodeXstring(text)}</t></is></c>`;
}

/** The worksheet part of a new sheet. */
export function newSheetXml(sheet: NewSheet, styles: StylesPatch, flavour: Flavour = TRANSITIONAL): string {
  const st = sheetStyles(styles);
  const width = sheet.header.length;
  const wrap = new Set(sheet.wrap);
  const linked = new Set(sheet.links.map((l) => `${l.row}:${l.col}`));
  const cols = sheet.widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('');
  let data = `<row r="1">${sheet.header.map((h, c) => cell(a1(0, c), st.header, h)).join('')}</row>`;
  sheet.rows.forEach((r, i) => {
    let cells = '';
    for (let c = 0; c < width; c++) {
      const style = linked.has(`${i}:${c}`) ? st.link : wrap.has(c) ? st.wrap : st.body;
      cells += cell(a1(i + 1, c), style, r[c] ?? null);
    }
    data += `<row r="${i + 2}">${cells}</row>`;
  });
  const links = sheet.links.map((l) => {
    const ref = a1(l.row + 1, l.col);
    const shown = sheet.rows[l.row]?.[l.col];
    const display = typeof shown === 'string' || typeof shown === 'number' ? ` display="${escapeAttr(String(shown))}"` : '';
    return `<hyperlink ref="${ref}" location="${escapeAttr(l.location)}"${display}/>`;
  }).join('');
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${flavour.main}" xmlns:r="${flavour.rel}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${a1(sheet.rows.length, Math.max(0, width - 1))}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${data}</sheetData>` +
    (links ? `<hyperlinks>${links}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>';
}

/** workbook.xml with the sheet listed last in `<sheets>` (later sheets' indexes, and so defined names, unchanged). */
export function listSheet(workbookXml: string, name: string, relId: string): string {
  const close = /<\/(\w+:)?sheets\s*>/.exec(workbookXml);
  if (!close) throw new Error('workbook.xml without <sheets>');
  const prefix = close[1] ?? '';
  let sheetId = 0;
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\ssheetId\s*=\s*["'](\d+)["']/g)) sheetId = Math.max(sheetId, Number(m[1]));
  // The prefix bound to the relationships namespace on the new element's ancestors (the root and <sheets>; one bound on
  // a sibling <sheet> does not reach it), else a declaration on the element itself.
  const open = /<(?:\w+:)?sheets\b[^>]*>/.exec(workbookXml);
  const ancestors = (/<(?![?!])[^>]*>/.exec(workbookXml)?.[0] ?? '') + (open?.[0] ?? '');
  const bound = /\sxmlns:([\w.-]+)\s*=\s*["'](http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships|http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships)["']/.exec(ancestors);
  const rid = bound ? `${bound[1]}:id="${relId}"` : `xmlns:r="${REL}" r:id="${relId}"`;
  const el = `<${prefix}sheet name="${escapeAttr(name)}" sheetId="${sheetId + 1}" ${rid}/>`;
  return workbookXml.slice(0, close.index) + el + workbookXml.slice(close.index);
}

/** The worksheet relationship type the workbook already uses (transitional or strict), for the new sheet's. */
export function worksheetRelType(relsXml: string, source: string): string {
  return relationships(relsXml, source).find((r) => /\/worksheet$/.test(r.type))?.type ?? `${REL}/worksheet`;
}
