// The recalculated copy is the original with the planned cells changed (SPEC §12): untouched zip entries are
// copied byte for byte, the edited sheets, styles (appended), notes parts, their rels and content types rewritten;
// a new capaian column looks like its left neighbour; formula cells keep their formula and value.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { nodeCodec } from '../../src/xlsx/codec-node';
import { readXlsx } from '../../src/xlsx/read';
import { patchXlsx } from '../../src/xlsx/patch';
import { InflateBudget, inflateEntry, readZip, ZipArchive } from '../../src/xlsx/zip';
import { DEFAULT_STYLES, capaianSheet, rawXlsx, row, staleFormulasWorkbook } from './build';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const ROOT = join(__dirname, '..', '..');
const GOLDEN = join(ROOT, 'test/fixtures/xlsx/golden-libreoffice.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'cermat-patch-'));

const rawEntry = (zip: ZipArchive, name: string) => {
  const e = zip.byName.get(name)!;
  return Buffer.from(zip.bytes.subarray(e.offset, e.end));
};
const text = (zip: ZipArchive, name: string) => new TextDecoder().decode(inflateEntry(zip, zip.byName.get(name)!, nodeCodec, new InflateBudget()));

async function recalculate(input: string, out: string): Promise<number> {
  let err = '';
  const code = await run([input, '--json', '--out', out], { stdout: () => undefined, stderr: (t) => (err += t) });
  if (code === 2) throw new Error(err);
  return code;
}

describe('the LibreOffice-made golden workbook through --out', () => {
  const out = join(dir, 'golden.out.xlsx');
  let before: ZipArchive;
  let after: ZipArchive;
  beforeAll(async () => {
    await recalculate(GOLDEN, out);
    before = readZip(readFileSync(GOLDEN));
    after = readZip(readFileSync(out));
  });

  it('keeps every untouched part byte for byte (raw zip entries compared)', () => {
    // Allowed to change: the two edited sheets, styles, the first sheet's notes (comments + VML), the second
    // sheet's new notes and its rels, and the content types (for the new parts).
    const mayChange = new Set(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/styles.xml', 'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml', 'xl/worksheets/_rels/sheet2.xml.rels', '[Content_Types].xml']);
    const unchanged = before.entries.map((e) => e.name).filter((n) => !mayChange.has(n));
    // The parts the issue names are among them.
    expect(unchanged).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/media/image1.png',
      'xl/printerSettings/printerSettings1.bin', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet3.xml', 'xl/comments3.xml',
      'xl/worksheets/_rels/sheet1.xml.rels', 'docProps/core.xml']));
    for (const name of unchanged) expect([name, rawEntry(after, name).equals(rawEntry(before, name))]).toEqual([name, true]);
    // Nothing lost, the original order kept, new parts after.
    expect(after.entries.slice(0, before.entries.length).map((e) => e.name)).toEqual(before.entries.map((e) => e.name));
  });

  it('keeps the edited sheet\'s drawing, data validation, conditional format and print settings', () => {
    const a = text(before, 'xl/worksheets/sheet1.xml');
    const b = text(after, 'xl/worksheets/sheet1.xml');
    for (const re of [/<dataValidations[\s\S]*?<\/dataValidations>/, /<conditionalFormatting[\s\S]*?<\/conditionalFormatting>/, /<drawing [^>]*>/,
      /<legacyDrawing [^>]*>/, /<pageSetup [^>]*>/, /<printOptions [^>]*>/]) {
      expect(b.match(re)?.[0]).toBe(a.match(re)![0]);
    }
  });

  it('writes the capaian as numbers formatted 0.00 %, marks and notes the findings, keeps the user\'s note', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Tabel II.1')!;
    expect(ws.getCell('H4').value).toBe(0.875);
    expect(ws.getCell('H4').numFmt).toBe('0.00%');
    expect(ws.getCell('H4').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    const note = (address: string, sheet = ws) => {
      const n = sheet.getCell(address).note as ExcelJS.Comment | string | undefined;
      return typeof n === 'string' ? n : (n?.texts ?? []).map((t) => t.text).join('');
    };
    expect(note('H4')).toMatch(/^Cermat: /);
    expect(note('A1')).toBe('Catatan pengguna: sumber data SIPD');
    // The hidden sheet and its note are there as they were.
    expect(wb.getWorksheet('Bantu')!.state).toBe('hidden');
    expect(note('A2', wb.getWorksheet('Bantu')!)).toBe('Catatan di lembar tersembunyi');
  });

  it('appends to the styles part: every existing cell format keeps its index and definition', () => {
    const xfs = (xml: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1].match(/<xf\b[\s\S]*?(?:\/>|<\/xf>)/g)!;
    const old = xfs(text(before, 'xl/styles.xml'));
    const now = xfs(text(after, 'xl/styles.xml'));
    expect(now.length).toBeGreaterThan(old.length);
    expect(now.slice(0, old.length)).toEqual(old);
    expect(/<cellXfs count="(\d+)"/.exec(text(after, 'xl/styles.xml'))![1]).toBe(String(now.length));
  });

  it('recalculating a recalculated copy again reuses the fills and cell formats already there: the styles part does not grow', async () => {
    // The second run marks H5 blue (its capaian-implausible is left alone once the capaian-mismatch is mended): one
    // new fill and format. A third run has the same findings as the second and adds none.
    const second = join(dir, 'golden.out2.xlsx');
    const third = join(dir, 'golden.out3.xlsx');
    await recalculate(out, second);
    await recalculate(second, third);
    const counts = (file: string) => ['fills', 'cellXfs'].map((s) => new RegExp(`<${s} count="(\\d+)"`).exec(text(readZip(readFileSync(file)), 'xl/styles.xml'))![1]);
    expect(counts(third)).toEqual(counts(second));
  });

  it('adds the new capaian column styled, sized like its left neighbour', () => {
    const sheet = text(after, 'xl/worksheets/sheet2.xml');
    const style = (ref: string) => Number(new RegExp(`<c r="${ref}"[^>]*?\\ss="(\\d+)"`).exec(sheet)?.[1] ?? 0);
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text(after, 'xl/styles.xml'))![1].match(/<xf\b[\s\S]*?(?:\/>|<\/xf>)/g)!;
    const attrs = (i: number, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(xfs[i])?.[1];
    // Header: the neighbour's font, border and fill.
    expect(/<c r="E3"[^>]*t="inlineStr"><is><t>Capaian \(%\)<\/t>/.test(sheet)).toBe(true);
    for (const a of ['fontId', 'borderId', 'fillId']) expect([a, attrs(style('E3'), a)]).toEqual([a, attrs(style('D3'), a)]);
    // Body: the neighbour's font and border, with the percent format.
    for (const r of [4, 5]) {
      for (const a of ['fontId', 'borderId']) expect([r, a, attrs(style(`E${r}`), a)]).toEqual([r, a, attrs(style(`D${r}`), a)]);
      expect(attrs(style(`E${r}`), 'numFmtId')).toBe('10');
    }
    const cols = /<cols>([\s\S]*?)<\/cols>/.exec(sheet)![1];
    const width = (c: number) => new RegExp(`<col[^>]*min="${c}"[^>]*>`).exec(cols)?.[0].match(/width="([^"]*)"/)?.[1];
    expect(width(5)).toBe(width(4));
  });

  // It still opens in LibreOffice: test/xlsx/libreoffice.test.ts (one LibreOffice start for every copy).

  it('is idempotent: a second recalculation keeps one Cermat note per cell and changes no value', async () => {
    const again = join(dir, 'golden.again.xlsx');
    await recalculate(out, again);
    const first = readXlsx(readFileSync(out), nodeCodec).grid;
    const second = readXlsx(readFileSync(again), nodeCodec).grid;
    expect(second).toEqual(first);
    const comments = text(readZip(readFileSync(again)), 'xl/comments1.xml');
    expect(comments.match(/Cermat: /g)!.length).toBe(text(after, 'xl/comments1.xml').match(/Cermat: /g)!.length);
  });
});

describe('patching odd packages', () => {
  it('never changes a formula cell: formula and cached value stay byte for byte', async () => {
    const formula = '<c r="{ref}"><f>D2/C2</f><v>0.5</v></c>';
    const bytes = rawXlsx([{ name: 'Tabel II.1', xml: row(1, ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)']) +
      row(2, [1, 'Persentase layanan', 80, 60, formula]) + row(3, [2, 'Persentase dokumen', '80%', '60%', '90%']) }]);
    const input = join(dir, 'formula.xlsx');
    writeFileSync(input, bytes);
    const out = join(dir, 'formula.out.xlsx');
    await recalculate(input, out);
    const sheet = text(readZip(readFileSync(out)), 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<c r="E2"[^>]*><f>D2\/C2<\/f><v>0.5<\/v><\/c>/);
    // The other capaian is written.
    expect(sheet).toMatch(/<c r="E3" s="\d+"><v>0.75<\/v><\/c>/);
  });

  it('writes prefixed elements into a sheet written with a namespace prefix (x:worksheet)', () => {
    const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const sheetXml = `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${NS}"><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>No</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    const { pkg } = readXlsx(rawXlsx([{ name: 'A', xml: sheetXml }]), nodeCodec);
    const out = readZip(patchXlsx(pkg, [{ sheet: 'A', row: 0, col: 1, value: 0.5, format: '0.00%' }, { sheet: 'A', row: 3, col: 0, fill: 'FFFFC7CE', note: 'Cermat: x' }]));
    const xml = text(out, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<x:c r="B1" s="\d+"><x:v>0.5<\/x:v><\/x:c><\/x:row><x:row r="4"><x:c r="A4" s="\d+"\/><\/x:row>/);
    expect(xml).toMatch(/<x:legacyDrawing r:id="rId\d+"\/><\/x:worksheet>$/);
    expect(xml).toMatch(/<x:worksheet [^>]*xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships"/);
    // And it reads back.
    expect(readXlsx(patchXlsx(pkg, [{ sheet: 'A', row: 0, col: 1, value: 0.5, format: '0.00%' }]), nodeCodec).grid.sheets[0].cells[0][1]).toEqual({ value: 0.5, format: '0.00%' });
  });

  it.each([
    ['a prefixed root over unprefixed rows and cells', (NS: string) => `<x:worksheet xmlns:x="${NS}" xmlns="${NS}"><sheetData>${row(1, ['No', 'X'])}${row(2, [1, 2])}</sheetData></x:worksheet>`, /<c r="B3" s="\d+"><v>0.5<\/v><\/c>/],
    ['an unprefixed root and sheetData over x:row and x:c', (NS: string) => `<worksheet xmlns="${NS}" xmlns:x="${NS}"><sheetData>${row(1, ['No', 'X']).replace(/<(\/?)(row|c|v|is|t)\b/g, '<$1x:$2')}</sheetData></worksheet>`, /<x:row r="3"><x:c r="B3" s="\d+"><x:v>0.5<\/x:v><\/x:c><\/x:row>/],
  ])('writes into %s (valid XML; --out had failed with "unterminated cell")', (_, sheetXml, expected) => {
    const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const { pkg } = readXlsx(rawXlsx([{ name: 'A', xml: `<?xml version="1.0"?>${sheetXml(NS)}` }]), nodeCodec);
    const bytes = patchXlsx(pkg, [{ sheet: 'A', row: 0, col: 1, value: 'Y' }, { sheet: 'A', row: 2, col: 1, value: 0.5, format: '0.00%' }]);
    expect(text(readZip(bytes), 'xl/worksheets/sheet1.xml')).toMatch(expected);
    expect(readXlsx(bytes, nodeCodec).grid.sheets[0].cells[2][1]).toEqual({ value: 0.5, format: '0.00%' });
  });

  it('widens the sheet\'s dimension to a new column, and leaves it where the writes lie inside', () => {
    const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const sheetXml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><dimension ref="A1:D3"/><sheetData>${row(1, [1, 2, 3, 4])}${row(3, [1, 2, 3, 4])}</sheetData></worksheet>`;
    const { pkg } = readXlsx(rawXlsx([{ name: 'A', xml: sheetXml }]), nodeCodec);
    const dim = (edits: Parameters<typeof patchXlsx>[1]) => /<dimension ref="([^"]+)"\/>/.exec(text(readZip(patchXlsx(pkg, edits)), 'xl/worksheets/sheet1.xml'))![1];
    expect(dim([{ sheet: 'A', row: 0, col: 4, value: 'Capaian (%)' }, { sheet: 'A', row: 3, col: 4, value: 0.5 }])).toBe('A1:E4');
    expect(dim([{ sheet: 'A', row: 2, col: 1, value: 0.5 }])).toBe('A1:D3');
  });

  it('appends fills and number formats in a prefixed styles part (x:styleSheet) with its prefix', () => {
    const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const styles = `<?xml version="1.0" encoding="UTF-8"?><x:styleSheet xmlns:x="${NS}">` +
      '<x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts>' +
      '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
      '<x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs></x:styleSheet>';
    const { pkg } = readXlsx(rawXlsx([{ name: 'A', xml: row(1, [1]) }], { styles }), nodeCodec);
    const out = text(readZip(patchXlsx(pkg, [{ sheet: 'A', row: 0, col: 1, value: 0.5, format: '0.0%' }, { sheet: 'A', row: 0, col: 0, fill: 'FFFFC7CE' }])), 'xl/styles.xml');
    // An unprefixed <fill> or <numFmt> there is in no namespace: LibreOffice dropped the fill, Excel repairs the file.
    expect(out).toContain('<x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFFFC7CE"/><x:bgColor indexed="64"/></x:patternFill></x:fill></x:fills>');
    expect(out).toMatch(/<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0%"\/><\/x:numFmts>/);
    expect(out).not.toMatch(/<(fill|numFmt|patternFill)\b/);
  });

  it.each([['double', '"'], ['single', "'"]])('gives no note to a cell with a threaded comment (SPEC §13; %s quotes); its capaian is still written', async (name, q) => {
    const sheetXml = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      row(1, ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)']) + row(2, [1, 'Persentase layanan', '80%', '60%', '90%']) +
      row(3, [2, 'Persentase dokumen', '80%', '60%', '95%']) + '</sheetData></worksheet>';
    const threaded = '<?xml version="1.0" encoding="UTF-8"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">' +
      `<threadedComment ref=${q}E2${q} dT="2025-01-01T00:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>Sudah dicek</text></threadedComment></ThreadedComments>`;
    const rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>';
    const input = join(dir, `threaded-${name}.xlsx`);
    writeFileSync(input, rawXlsx([{ name: 'Tabel II.1', xml: sheetXml }], { parts: { 'xl/worksheets/_rels/sheet1.xml.rels': rels, 'xl/threadedComments/threadedComment1.xml': threaded } }));
    const out = join(dir, `threaded-${name}.out.xlsx`);
    await recalculate(input, out);
    const zip = readZip(readFileSync(out));
    const comments = [...zip.byName.keys()].find((n) => /comments\d*\.xml$/.test(n) && !n.includes('threaded'));
    // E3's mismatch gets a note; E2's does not (its thread stays the only comment there).
    expect(comments).toBeDefined();
    const xml = text(zip, comments!);
    expect(xml).toContain('ref="E3"');
    expect(xml).not.toContain('ref="E2"');
    expect(text(zip, 'xl/worksheets/sheet1.xml')).toMatch(/<c r="E2" s="\d+"><v>0.75<\/v><\/c>/);
  });

  it('creates a styles part when the package has none', () => {
    const { pkg } = readXlsx(rawXlsx([{ name: 'A', xml: row(1, [1]) }], { styles: null }), nodeCodec);
    const patched = patchXlsx(pkg, [{ sheet: 'A', row: 0, col: 0, value: 0.25, format: '0.00%' }]);
    expect(readXlsx(patched, nodeCodec).grid.sheets[0].cells[0][0]).toEqual({ value: 0.25, format: '0.00%' });
  });

  it('adds no second content type for an extension the package already declares in single quotes (VML)', () => {
    const ct = "<?xml version='1.0' encoding='UTF-8'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>" +
      "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/><Default Extension='xml' ContentType='application/xml'/>" +
      "<Default Extension='VML' ContentType='application/vnd.openxmlformats-officedocument.vmlDrawing'/>" +
      "<Override PartName='/xl/workbook.xml' ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'/>" +
      "<Override PartName='/xl/worksheets/sheet1.xml' ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'/>" +
      "<Override PartName='/xl/styles.xml' ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'/></Types>";
    const { pkg } = readXlsx(rawXlsx([{ name: 'A', xml: row(1, [1]) }], { parts: { '[Content_Types].xml': ct } }), nodeCodec);
    const out = readZip(patchXlsx(pkg, [{ sheet: 'A', row: 0, col: 0, fill: 'FFFFC7CE', note: 'Cermat: x' }]));
    const types = text(out, '[Content_Types].xml');
    expect(types.match(/Extension=["']vml["']/gi)).toHaveLength(1);
    expect(types.match(/PartName=["']\/xl\/comments1\.xml["']/g)).toHaveLength(1);
  });

  it('gives a new styles part a relationship id no other relationship has, whatever quotes the part uses', () => {
    const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const rels = "<?xml version='1.0' encoding='UTF-8'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>" +
      `<Relationship Id='rId1' Type='${REL}/worksheet' Target='worksheets/sheet1.xml'/><Relationship Id='rId2' Type='${REL}/theme' Target='theme/theme1.xml'/></Relationships>`;
    const { pkg } = readXlsx(rawXlsx([{ name: 'A', xml: row(1, [1]) }], { styles: null, parts: { 'xl/_rels/workbook.xml.rels': rels } }), nodeCodec);
    const bytes = patchXlsx(pkg, [{ sheet: 'A', row: 0, col: 0, value: 0.25, format: '0.00%' }]);
    const patched = readZip(bytes);
    const ids = [...text(patched, 'xl/_rels/workbook.xml.rels').matchAll(/\sId=["']([^"']+)["']/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(readXlsx(bytes, nodeCodec).grid.sheets[0].cells[0][0]).toEqual({ value: 0.25, format: '0.00%' });
  });

  it('merges the new column\'s header over its left neighbour\'s header rows and gives it the neighbour\'s width', async () => {
    const sheetXml = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<cols><col min="1" max="3" width="9" customWidth="1"/><col min="4" max="4" width="21.5" customWidth="1"/><col min="5" max="8" width="30" customWidth="1"/></cols><sheetData>' +
      row(1, ['No', 'Indikator Kinerja', 'Target', 'Realisasi']).replace(/<c /g, '<c s="4" ') +
      '<row r="2"><c r="A2" s="4"/><c r="B2" s="4"/><c r="C2" s="4"/><c r="D2" s="4"/></row>' +
      capaianSheet(2, false).replace(/^<row r="1">.*?<\/row>/, '').replace(/r="(\d+)"/g, (_m, n) => `r="${Number(n) + 1}"`).replace(/<c r="([A-Z]+)(\d+)"/g, (_m, c, n) => `<c r="${c}${Number(n) + 1}"`) +
      '</sheetData><mergeCells count="4"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/><mergeCell ref="C1:C2"/><mergeCell ref="D1:D2"/></mergeCells></worksheet>';
    const input = join(dir, 'merged-header.xlsx');
    writeFileSync(input, rawXlsx([{ name: 'Tabel II.1', xml: sheetXml }], { styles: DEFAULT_STYLES }));
    const out = join(dir, 'merged-header.out.xlsx');
    await recalculate(input, out);
    const { grid } = readXlsx(readFileSync(out), nodeCodec);
    expect(grid.sheets[0].merges).toContainEqual({ top: 0, left: 4, bottom: 1, right: 4 });
    expect(grid.sheets[0].cells[0][4]).toEqual({ value: 'Capaian (%)' });
    const xml = text(readZip(readFileSync(out)), 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<mergeCells count="5">/);
    expect(xml).toContain('<col min="5" max="5" width="21.5" customWidth="1"/><col min="6" max="8" width="30" customWidth="1"/>');
    // Header cells of the merge take the neighbour's bordered style.
    expect(xml).toMatch(/<c r="E1" s="4" t="inlineStr">/);
    expect(xml).toMatch(/<c r="E2" s="4"\/>/);
  });
});

describe('part names that differ only in case (OPC compares them without case, ECMA-376 Part 2 §9.1.1.1)', () => {
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const comments = (ref: string, note: string) => '<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<authors><author>Budi</author></authors><commentList><comment ref="${ref}" authorId="0"><text><r><t>${note}</t></r></text></comment></commentList></comments>`;
  const vml = '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>';
  const lowerNames = (zip: ZipArchive) => zip.entries.map((e) => e.name.toLowerCase());

  it('adds the new note to the existing notes part its relationship names in another case (no second part, no lost note)', () => {
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/comments" Target="../Comments1.xml"/><Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/VMLDrawing1.vml"/></Relationships>`;
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheetData>${row(1, [1, 2])}</sheetData><legacyDrawing r:id="rId2"/></worksheet>`;
    const { pkg } = readXlsx(rawXlsx([{ name: 'A', xml: sheet }], { parts: {
      'xl/worksheets/_rels/Sheet1.xml.rels': rels, 'xl/comments1.xml': comments('A1', 'Catatan lama'), 'xl/drawings/vmlDrawing1.vml': vml,
    } }), nodeCodec);
    const out = readZip(patchXlsx(pkg, [{ sheet: 'A', row: 0, col: 1, fill: 'FFFFC7CE', note: 'Cermat: periksa' }]));
    const names = lowerNames(out);
    expect(names.length).toBe(new Set(names).size);
    const xml = text(out, 'xl/comments1.xml');
    expect(xml).toContain('Catatan lama');
    expect(xml).toContain('Cermat: periksa');
    expect(text(out, 'xl/drawings/vmlDrawing1.vml').match(/<v:shape\b/g)).toHaveLength(2);
    // The sheet's own relationships part (named in another case than the sheet's rels path) kept, not doubled.
    expect(names.filter((n) => n.endsWith('sheet1.xml.rels'))).toHaveLength(1);
  });

  it('names a new notes part so that no existing part has the same name in another case', () => {
    const { pkg } = readXlsx(rawXlsx([{ name: 'A', xml: row(1, [1, 2]) }], { parts: { 'xl/Comments1.xml': comments('A1', 'milik lembar lain') } }), nodeCodec);
    const out = readZip(patchXlsx(pkg, [{ sheet: 'A', row: 0, col: 1, fill: 'FFFFC7CE', note: 'Cermat: periksa' }]));
    const names = lowerNames(out);
    expect(names.length).toBe(new Set(names).size);
    expect(text(out, 'xl/Comments1.xml')).not.toContain('Cermat');
    expect(text(out, 'xl/comments2.xml')).toContain('Cermat: periksa');
  });
});

describe('a Strict OOXML package (Excel\'s "Strict Open XML Spreadsheet", ECMA-376 Part 1 Strict)', () => {
  const T_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const T_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const S_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
  const S_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
  /** The same package with every Transitional namespace and relationship type replaced by its Strict one. */
  function strictOf(bytes: Uint8Array): Uint8Array {
    const files = unzipSync(bytes);
    for (const [name, data] of Object.entries(files)) files[name] = strToU8(strFromU8(data).split(T_MAIN).join(S_MAIN).split(T_REL).join(S_REL));
    return zipSync(files);
  }

  it('gets its new notes, relationships, styles and findings sheet in Strict namespaces, not Transitional ones', () => {
    const bytes = strictOf(rawXlsx([{ name: 'A', xml: row(1, [1, 2]) }], { styles: null }));
    const { pkg } = readXlsx(bytes, nodeCodec);
    expect(pkg.strict).toBe(true);
    const findings = { name: 'Temuan Cermat', header: ['Sel', 'Pesan'], rows: [['A!B1', 'periksa']], widths: [10, 40], wrap: [1], links: [{ row: 0, col: 0, location: "'A'!B1" }] };
    const out = readZip(patchXlsx(pkg, [{ sheet: 'A', row: 0, col: 1, value: 0.5, format: '0.00%', fill: 'FFFFC7CE', note: 'Cermat: periksa' }], [], [findings]));
    const parts = out.entries.filter((e) => /\.(xml|rels)$/.test(e.name)).map((e) => [e.name, text(out, e.name)] as const);
    for (const [name, xml] of parts) expect([name, xml.includes(T_MAIN) || xml.includes(T_REL)]).toEqual([name, false]);
    const sheetRels = text(out, 'xl/worksheets/_rels/sheet1.xml.rels');
    expect(sheetRels).toContain(`Type="${S_REL}/comments"`);
    expect(sheetRels).toContain(`Type="${S_REL}/vmlDrawing"`);
    expect(text(out, 'xl/comments1.xml')).toContain(`<comments xmlns="${S_MAIN}">`);
    expect(text(out, 'xl/worksheets/sheet1.xml')).toMatch(new RegExp(`xmlns:r="${S_REL.replace(/[./]/g, '\\$&')}"[^>]*>[\\s\\S]*<legacyDrawing r:id="rId\\d+"/>`));
    expect(text(out, 'xl/_rels/workbook.xml.rels')).toContain(`Type="${S_REL}/styles"`);
    // Read back: the value written, the new sheet listed.
    const again = readXlsx(patchXlsx(pkg, [{ sheet: 'A', row: 0, col: 1, value: 0.5, format: '0.00%' }], [], [findings]), nodeCodec);
    expect(again.grid.sheets.map((s) => s.name)).toEqual(['A', 'Temuan Cermat']);
    expect(again.grid.sheets[0].cells[0][1]).toEqual({ value: 0.5, format: '0.00%' });
  });

  it('keeps a Transitional package Transitional', () => {
    const { pkg } = readXlsx(rawXlsx([{ name: 'A', xml: row(1, [1, 2]) }]), nodeCodec);
    expect(pkg.strict).toBe(false);
    const out = readZip(patchXlsx(pkg, [{ sheet: 'A', row: 0, col: 1, fill: 'FFFFC7CE', note: 'Cermat: periksa' }]));
    expect(text(out, 'xl/comments1.xml')).toContain(`<comments xmlns="${T_MAIN}">`);
    expect(text(out, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain(`Type="${T_REL}/comments"`);
  });
});

describe('formulas reading a written cell (their saved results out of date in the copy)', () => {
  // test/xlsx/build.ts: E2 typed 50 is wrong (60/80 = 75); E5 averages E2:E4 (saved 86.67), E6 grades E5 (saved
  // "Tinggi"), Rekap!A1 repeats E5; Rekap!B1 = 1+1 reads nothing written.
  it('drops their saved results (formulas kept, other formulas untouched) and has the workbook recalculated on opening', async () => {
    const input = join(dir, 'stale.xlsx');
    writeFileSync(input, staleFormulasWorkbook());
    const out = join(dir, 'stale.out.xlsx');
    await recalculate(input, out);
    const zip = readZip(readFileSync(out));
    const s1 = text(zip, 'xl/worksheets/sheet1.xml');
    const s2 = text(zip, 'xl/worksheets/sheet2.xml');
    // E2 written on the column's 0–100 scale (a formula reads it): 75.
    expect(s1).toMatch(/<c r="E2"[^>]*><v>75<\/v><\/c>/);
    // (E5 is marked too: its stated 86.67 was the average-mismatch.)
    expect(s1).toMatch(/<c r="E5"( s="\d+")?><f>AVERAGE\(E2:E4\)<\/f><\/c>/);
    expect(s1).toContain('<c r="E6" t="str"><f>IF(E5&gt;90,"Sangat Tinggi","Tinggi")</f></c>');
    expect(s2).toContain('<c r="A1"><f>\'Tabel II.1\'!E5</f></c>');
    expect(s2).toContain('<c r="B1"><f>1+1</f><v>2</v></c>');
    // calcId gone: Excel recalculates a workbook last calculated by an older engine (or none) in full on opening.
    expect(text(zip, 'xl/workbook.xml')).toContain('<calcPr/>');
    // Read again: the dropped results are read as empty (said on stderr), not held against the written capaian.
    let json = '';
    let err = '';
    await run([out, '--json'], { stdout: (t) => (json += t), stderr: (t) => (err += t) });
    expect(err).toMatch(/3 sel rumus tanpa hasil tersimpan/);
    const again = JSON.parse(json) as { findings: { code: string; cell: string }[] };
    expect(again.findings.filter((f) => /mismatch/.test(f.code))).toEqual([]);
  });

  it('leaves workbook.xml byte for byte where no formula reads a written cell', async () => {
    const input = join(dir, 'unread.xlsx');
    writeFileSync(input, staleFormulasWorkbook(false));
    const out = join(dir, 'unread.out.xlsx');
    await recalculate(input, out);
    expect(rawEntry(readZip(readFileSync(out)), 'xl/workbook.xml').equals(rawEntry(readZip(readFileSync(input)), 'xl/workbook.xml'))).toBe(true);
  });
});
