// Builds .xlsx packages part by part for tests: what odd producers write (prefixes, inline strings, no cell
// references), hostile files (zip bombs, encrypted, other zips) and big sheets, without ExcelJS's opinions.
import { strToU8, unzipSync, zipSync } from 'fflate';
import * as zlib from 'node:zlib';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface RawSheet {
  name: string;
  /** The `<sheetData>` content (rows), or a whole worksheet part when it starts with `<?xml` or `<worksheet`. */
  xml: string;
  state?: 'hidden' | 'veryHidden';
}

export interface RawOptions {
  sharedStrings?: string[];
  /** The whole styles part; default: General, 0%, 0.00% and a date format at cellXfs 0, 1, 2, 3. */
  styles?: string | null;
  date1904?: boolean;
  /** `<calcPr fullCalcOnLoad="1"/>`, as XlsxWriter writes it (every formula's cached result a placeholder). */
  fullCalcOnLoad?: boolean;
  /** Extra parts, by path. */
  parts?: Record<string, string | Uint8Array>;
}

export const DEFAULT_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${NS}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/></cellXfs>' +
  '</styleSheet>';

export function rawXlsx(sheets: RawSheet[], options: RawOptions = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, text: string | Uint8Array) => (files[path] = typeof text === 'string' ? strToU8(text) : text);
  const overrides: string[] = [];
  sheets.forEach((s, i) => {
    const whole = /^\s*<(\?xml|(\w+:)?worksheet)/.test(s.xml);
    put(`xl/worksheets/sheet${i + 1}.xml`, whole ? s.xml : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>${s.xml}</sheetData></worksheet>`);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  });
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (options.sharedStrings) {
    put('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${options.sharedStrings.length}">${options.sharedStrings.join('')}</sst>`);
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    overrides.push('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>');
  }
  if (options.styles !== null) {
    put('xl/styles.xml', options.styles ?? DEFAULT_STYLES);
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    overrides.push('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
  }
  put('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' + overrides.join('') + '</Types>');
  put('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  put('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}" xmlns:r="${REL}">` +
    (options.date1904 ? '<workbookPr date1904="1"/>' : '') +
    `<sheets>${sheets.map((s, i) => `<sheet name="${s.name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets>${options.fullCalcOnLoad ? '<calcPr calcId="124519" fullCalcOnLoad="1"/>' : ''}</workbook>`);
  put('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  for (const [path, data] of Object.entries(options.parts ?? {})) put(path, data);
  return zipSync(files);
}

/** A cell of a row: a number, an inline string, or raw `<c>` XML when it starts with '<'. */
export function row(r: number, cells: (string | number | null)[]): string {
  let out = `<row r="${r}">`;
  cells.forEach((v, i) => {
    if (v === null) return;
    const ref = colName(i) + r;
    if (typeof v === 'number') out += `<c r="${ref}"><v>${v}</v></c>`;
    else if (v.startsWith('<')) out += v.replace('{ref}', ref);
    else out += `<c r="${ref}" t="inlineStr"><is><t>${v.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
  });
  return out + '</row>';
}

export function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A capaian table (header row 1) with `n` indicators, each 80 % target and 60 % realisation. */
export function capaianSheet(n: number, withCapaian = true): string {
  const rows: string[] = [row(1, ['No', 'Indikator Kinerja', 'Target', 'Realisasi', ...(withCapaian ? ['Capaian (%)'] : [])])];
  for (let i = 1; i <= n; i++) rows.push(row(i + 1, [i, `Persentase layanan ${i}`, '80%', '60%', ...(withCapaian ? ['70%'] : [])]));
  return rows.join('');
}

interface RawEntry {
  name: string;
  /** The entry's data as stored (deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the headers declare. */
  size: number;
  /** The CRC-32 the headers declare: a stored entry's own by default (a bomb's is never reached: its size stops it first). */
  crc?: number;
}

/** A zip of entries exactly as given: declared sizes may lie, CRCs are left 0 (the reader does not check them). */
function zipOf(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    const crc = e.crc ?? (e.method === 0 ? zlib.crc32(e.data) >>> 0 : 0);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * A workbook whose sheet part inflates to `total` bytes of spaces from a small deflate stream; `honest` declares
 * the size in the directory, otherwise the directory claims 100 bytes (a lying header, caught only while inflating).
 */
export function zipBomb(total: number, honest: boolean): Uint8Array {
  const block = 16 * 2 ** 20;
  // Non-final deflate blocks of 16 MiB each (byte-aligned by the sync flush), repeated, then a final empty block.
  const piece = zlib.deflateRawSync(Buffer.alloc(block, 0x20), { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 9 });
  const count = Math.ceil(total / block);
  const bomb = Buffer.concat([...Array.from({ length: count }, () => piece), Buffer.from([0x03, 0x00])]);
  // The rest of a real package around it, so the reader gets as far as the sheet.
  const pkg = unzipSync(rawXlsx([{ name: 'Tabel II.1', xml: '' }]));
  const entries: RawEntry[] = Object.entries(pkg).map(([name, data]) => name === 'xl/worksheets/sheet1.xml'
    ? { name, data: bomb, method: 8, size: honest ? count * block : 100 }
    : { name, data, method: 0, size: data.length });
  return zipOf(entries);
}

/**
 * A small capaian workbook, stored (not deflated), damaged one way: `crc`, a digit of the sheet changed after its
 * CRC-32 was taken (`80%` read as `90%`, as a disk or a transfer can do); `duplicate`, the sheet twice under one part
 * name, the second copy different; `duplicate-case`, the second copy's name in capitals.
 */
export function damagedXlsx(kind: 'crc' | 'duplicate' | 'duplicate-case'): Uint8Array {
  const pkg = unzipSync(rawXlsx([{ name: 'Tabel II.1', xml: capaianSheet(3) }]));
  const sheet = 'xl/worksheets/sheet1.xml';
  const entries: RawEntry[] = Object.entries(pkg).map(([name, data]) => ({ name, data, method: 0, size: data.length }));
  const original = pkg[sheet];
  const changed = strToU8(new TextDecoder().decode(original).replace('80%', '90%'));
  if (kind === 'crc') {
    const i = entries.findIndex((e) => e.name === sheet);
    entries[i] = { ...entries[i], data: changed, size: changed.length, crc: zlib.crc32(original) >>> 0 };
  } else {
    entries.push({ name: kind === 'duplicate' ? sheet : sheet.toUpperCase(), data: changed, method: 0, size: changed.length });
  }
  return zipOf(entries);
}

/**
 * A compound file (OLE2) as Office writes around an encrypted package: the header and a directory sector naming
 * the EncryptionInfo and EncryptedPackage streams (their contents are not needed to recognise it).
 */
export function encryptedPackage(): Uint8Array {
  const out = Buffer.alloc(512 * 4);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x3e, 24); // minor version
  out.writeUInt16LE(3, 26); // major version 3 (512-byte sectors)
  out.writeUInt16LE(0xfffe, 28); // little endian
  out.writeUInt16LE(9, 30); // sector shift
  out.writeUInt16LE(6, 32); // mini sector shift
  out.writeUInt32LE(1, 44); // one FAT sector
  out.writeUInt32LE(1, 48); // directory starts at sector 1
  out.writeUInt32LE(0x1000, 56);
  out.writeUInt32LE(0xfffffffe, 60);
  out.writeUInt32LE(0xfffffffe, 68);
  out.fill(0xff, 76, 512); // DIFAT
  out.writeUInt32LE(0, 76); // FAT at sector 0
  const fat = 512;
  out.fill(0xff, fat, fat + 512);
  out.writeUInt32LE(0xfffffffd, fat); // sector 0: FAT
  out.writeUInt32LE(0xfffffffe, fat + 4); // sector 1: directory, end of chain
  const dir = 1024;
  ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].forEach((name, i) => {
    const at = dir + i * 128;
    Buffer.from(name, 'utf16le').copy(out, at);
    out.writeUInt16LE((name.length + 1) * 2, at + 64);
    out[at + 66] = i === 0 ? 5 : 2;
    out.writeUInt32LE(0xffffffff, at + 68);
    out.writeUInt32LE(0xffffffff, at + 72);
    out.writeUInt32LE(i === 0 ? 1 : 0xffffffff, at + 76);
  });
  return out;
}

/** A Word document's package: a zip with no workbook. */
export function docx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': strToU8('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Laporan</w:t></w:r></w:p></w:body></w:document>'),
  });
}

/**
 * A table whose typed capaian a footer's formulas read (so it keeps the 0–100 scale): E2 typed 50 is wrong (60/80 =
 * 75), E3 120 and E4 90 right; E5 `=AVERAGE(E2:E4)` saved as 86.67, E6 `=IF(E5>90,"Sangat Tinggi","Tinggi")` saved as
 * "Tinggi" (after the write: 95, Sangat Tinggi); a recap sheet repeating E5 in A1, and B1 `=1+1` reading nothing
 * written; workbook.xml with `calcId`. Without the formulas (`formulas = false`): E2 typed `50%`, no footer, no A1.
 */
export function staleFormulasWorkbook(formulas = true): Uint8Array {
  const table = row(1, ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)']) +
    (formulas
      ? row(2, [1, 'Indeks kepuasan', 80, 60, 50]) + row(3, [2, 'Persentase dokumen', 90, 108, 120]) + row(4, [3, 'Jumlah layanan', 100, 90, 90]) +
        row(5, ['', 'Rata-rata', null, null, '<c r="{ref}"><f>AVERAGE(E2:E4)</f><v>86.666666666666671</v></c>']) +
        row(6, ['', 'Predikat', null, null, '<c r="{ref}" t="str"><f>IF(E5&gt;90,"Sangat Tinggi","Tinggi")</f><v>Tinggi</v></c>'])
      : row(2, [1, 'Indeks kepuasan', 80, 60, '50%']));
  const recap = row(1, [formulas ? '<c r="{ref}"><f>\'Tabel II.1\'!E5</f><v>86.666666666666671</v></c>' : null, '<c r="{ref}"><f>1+1</f><v>2</v></c>']);
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>` +
    '<sheet name="Tabel II.1" sheetId="1" r:id="rId1"/><sheet name="Rekap" sheetId="2" r:id="rId2"/></sheets><calcPr calcId="191029"/></workbook>';
  return rawXlsx([{ name: 'Tabel II.1', xml: table }, { name: 'Rekap', xml: recap }], { parts: { 'xl/workbook.xml': workbook } });
}
