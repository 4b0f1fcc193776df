// The package reader on what other producers write (WPS-like and hand-rolled packages ExcelJS may not read):
// namespace prefixes, cells without references, inline and rich strings with phonetic runs, shared formulas,
// entities and CDATA, the 1904 date system, errors, booleans, t="d" dates, sheet order and visibility; and the zip
// layer's bounds and raw copies.
import { zipSync, strToU8 } from 'fflate';
import { nodeCodec } from '../../src/xlsx/codec-node';
import { fflateCodec } from '../../src/xlsx/codec';
import { shiftFormula } from '../../src/xlsx/formula';
import { XlsxError, readXlsx } from '../../src/xlsx/read';
import { patchXlsx } from '../../src/xlsx/patch';
import { InflateBudget, TooLargeError, inflateEntry, readZip, writeZip } from '../../src/xlsx/zip';
import { capaianSheet, rawXlsx, row } from './build';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

describe('reading odd producers', () => {
  it('reads prefixed elements, cells and rows without references, single quotes, entities and CDATA', () => {
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x='${NS}'><x:sheetData>` +
      "<x:row><x:c t='inlineStr'><x:is><x:t>a &amp; b &lt;c&gt; &#8211; &#x2014;</x:t></x:is></x:c><x:c><x:v>42</x:v></x:c></x:row>" +
      '<x:row><x:c t="str"><x:f>A1&amp;"x"</x:f><x:v><![CDATA[<raw> & text]]></x:v></x:c><x:c/><x:c t="b"><x:v>1</x:v></x:c></x:row>' +
      '<x:row r="5"><x:c r="C5" t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="n"><x:v>1.5E-3</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const { grid } = readXlsx(rawXlsx([{ name: 'A', xml: sheet }]), nodeCodec);
    const c = grid.sheets[0].cells;
    expect(c[0][0]).toEqual({ value: 'a & b <c> \u2013 \u2014' });
    expect(c[0][1]).toEqual({ value: 42 });
    expect(c[1][0]).toEqual({ value: '<raw> & text', formula: 'A1&"x"' });
    expect(c[1][1]).toBeUndefined();
    expect(c[1][2]).toEqual({ value: true });
    expect(c[4][2]).toEqual({ value: { error: '#DIV/0!' } });
    expect(c[4][3]).toEqual({ value: 0.0015 });
  });

  it('joins rich-text runs, leaves phonetic runs out, and decodes _xHHHH_ escapes', () => {
    const strings = ['<si><r><t>Capaian </t></r><r><rPr><b/></rPr><t xml:space="preserve">Kinerja </t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh><r><t>2025</t></r></si>',
      '<si><t>bel_x0007_di sini_x005F_x0041_</t></si>', '<si/>'];
    const { grid } = readXlsx(rawXlsx([{ name: 'A', xml: row(1, ['<c r="{ref}" t="s"><v>0</v></c>', '<c r="{ref}" t="s"><v>1</v></c>', '<c r="{ref}" t="s"><v>2</v></c>']) }], { sharedStrings: strings }), nodeCodec);
    expect(grid.sheets[0].cells[0].slice(0, 2)).toEqual([{ value: 'Capaian Kinerja 2025' }, { value: 'bel\u0007di sini_x0041_' }]);
    // An empty shared string is an empty cell.
    expect(grid.sheets[0].cells[0][2]).toBeUndefined();
  });

  it('expands shared formulas to each cell, moving relative references only', () => {
    const xml = row(1, ['<c r="{ref}"><f t="shared" ref="A1:A3" si="0">B1*$C$1+SUM(B$1:B1)+Sheet2!D1+\'Tabel II.1\'!E1+LOG10(B1)+"B1"</f><v>1</v></c>']) +
      row(2, ['<c r="{ref}"><f t="shared" si="0"/><v>2</v></c>']) + row(3, ['<c r="{ref}"><f t="shared" si="0"/><v>3</v></c>']);
    const { grid } = readXlsx(rawXlsx([{ name: 'A', xml }]), nodeCodec);
    expect(grid.sheets[0].cells[2][0]).toEqual({ value: 3, formula: 'B3*$C$1+SUM(B$1:B3)+Sheet2!D3+\'Tabel II.1\'!E3+LOG10(B3)+"B1"' });
    expect(shiftFormula('A1+$A1+A$1+A:A+1:1+Table1[[#This Row],[A1]]', 2, 1)).toBe('B3+$A3+B$1+B:B+3:3+Table1[[#This Row],[A1]]');
    expect(shiftFormula('A1', -1, 0)).toBe('#REF!');
  });

  it('gives every cell an array formula fills that formula (Excel writes its text in the first only): never written', () => {
    const xml = row(1, ['<c r="{ref}"><f t="array" ref="A1:A3">B1:B3/C1:C3*100</f><v>75</v></c>']) + row(2, [120]) +
      row(4, ['<c r="{ref}"><f t="shared" ref="A4:A5" si="0">B4</f><v>1</v></c>']) + row(5, ['<c r="{ref}"><f t="shared" si="0"/><v>2</v></c>']);
    const c = readXlsx(rawXlsx([{ name: 'A', xml }]), nodeCodec).grid.sheets[0].cells;
    expect([c[0][0], c[1][0], c[2]]).toEqual([{ value: 75, formula: 'B1:B3/C1:C3*100' }, { value: 120, formula: 'B1:B3/C1:C3*100' }, undefined]);
    expect([c[3][0], c[4][0]]).toEqual([{ value: 1, formula: 'B4' }, { value: 2, formula: 'B5' }]);
    // A ref over whole columns marks the cells there are, and makes none (it had made a million: 19 s, 1.4 GB).
    const wide = readXlsx(rawXlsx([{ name: 'A', xml: row(1, ['<c r="{ref}"><f t="array" ref="A1:Z1048576">B1:B9*2</f><v>4</v></c>', 2]) }]), nodeCodec).grid.sheets[0].cells;
    expect([wide.length, wide[0]]).toEqual([1, [{ value: 4, formula: 'B1:B9*2' }, { value: 2, formula: 'B1:B9*2' }]]);
  });

  it('lists the ranges conditional formats cover (sqref lists, Excel 2010 rules in extLst), not a data validation\'s', () => {
    const sheet = `<worksheet xmlns="${NS}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">` +
      `<sheetData>${row(1, [1])}</sheetData>` +
      '<conditionalFormatting sqref="E2:E9 G2"><cfRule type="cellIs" operator="lessThan" priority="1"><formula>100</formula></cfRule></conditionalFormatting>' +
      '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="dataBar" id="{1}"/>' +
      '<xm:sqref>H2:H9</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>' +
      '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1"><x14:dataValidation><xm:sqref>J2:J9</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>';
    const { grid } = readXlsx(rawXlsx([{ name: 'A', xml: sheet }]), nodeCodec);
    expect(grid.sheets[0].conditionalRanges).toEqual([
      { top: 1, left: 4, bottom: 8, right: 4 }, { top: 1, left: 6, bottom: 1, right: 6 }, { top: 1, left: 7, bottom: 8, right: 7 },
    ]);
  });

  it('reads a conditional format over whole columns (`sqref="E:E"`) as reaching the sheet\'s end', () => {
    const sheet = `<worksheet xmlns="${NS}"><sheetData>${row(1, [1])}</sheetData>` +
      '<conditionalFormatting sqref="E:E $G$2:$G$9"><cfRule type="cellIs" operator="lessThan" priority="1"><formula>100</formula></cfRule></conditionalFormatting></worksheet>';
    const { grid } = readXlsx(rawXlsx([{ name: 'A', xml: sheet }]), nodeCodec);
    expect(grid.sheets[0].conditionalRanges).toEqual([{ top: 0, left: 4, bottom: Infinity, right: 4 }, { top: 1, left: 6, bottom: 8, right: 6 }]);
  });

  it('keeps number formats (built-in ids and custom codes) and the date system; t="d" dates become serials with a date format', () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="${NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0 &quot;orang&quot;"/><numFmt numFmtId="9" formatCode="0%"/></numFmts>` +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const xml = row(1, ['<c r="{ref}" s="1"><v>0.7</v></c>', '<c r="{ref}" s="2"><v>0.5143</v></c>', '<c r="{ref}" s="3"><v>1905</v></c>', '<c r="{ref}" s="4"><v>45662</v></c>',
      '<c r="{ref}" t="d"><v>2025-01-05T00:00:00</v></c>', '<c r="{ref}" s="99"><v>7</v></c>']);
    const { grid, pkg } = readXlsx(rawXlsx([{ name: 'A', xml }], { styles, date1904: true }), nodeCodec);
    expect(grid.sheets[0].cells[0]).toEqual([{ value: 0.7, format: '0%' }, { value: 0.5143, format: '0.00%' }, { value: 1905, format: '#,##0 "orang"' },
      { value: 45662, format: 'mm-dd-yy' }, { value: 45662, format: 'yyyy-mm-dd' }, { value: 7 }]);
    expect(pkg.date1904).toBe(true);
  });

  it('reads references, styles and types as written by hand: lower case, no row, leading zeros, spaces, long and unknown', () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="${NS}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="9"/></cellXfs></styleSheet>`;
    const xml = `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>` +
      // c2: column C of row 2; D: no row number, stays on row 2; E002: row 2; s=" 1" is style 1 as Number() reads it.
      '<row r="2"><c r="c2" s=" 1"><v>0.5</v></c><c r="D"><v>6</v></c><c r="E002" t="str"><v>x</v></c></row>' +
      // A row number and a style of 16 digits (past the in-place reading of 15 digits; Number() reads 3 and 1),
      // a type V8 would not know ("q": read as a number), a reference with a space after its row.
      '<row r="3"><c r="A0000000000000003" s="0000000000000001"><v>1</v></c><c r="B3 " t="q"><v>2</v></c><c r="C3" t="inlineStr"><is><t>y</t></is></c></row>' +
      '</sheetData></worksheet>';
    const cells = readXlsx(rawXlsx([{ name: 'A', xml }], { styles }), nodeCodec).grid.sheets[0].cells;
    expect(cells[1]).toEqual([undefined, undefined, { value: 0.5, format: '0%' }, { value: 6 }, { value: 'x' }]);
    expect(cells[2]).toEqual([{ value: 1, format: '0%' }, { value: 2 }, { value: 'y' }]);
  });

  it('lists worksheets in workbook order with their visibility; only a merge\'s top-left keeps its value', () => {
    const bytes = rawXlsx([{ name: 'Kedua & <dua>', xml: row(1, ['x', 'y']) + row(2, ['z']), state: 'hidden' }, { name: 'Pertama', xml: row(1, [1]), state: 'veryHidden' }]);
    const { grid, pkg } = readXlsx(bytes, nodeCodec);
    expect(pkg.sheets.map((s) => [s.name, s.state])).toEqual([['Kedua & <dua>', 'hidden'], ['Pertama', 'veryHidden']]);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Kedua & <dua>', 'Pertama']);
    const merged = rawXlsx([{ name: 'A', xml: `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>${row(1, ['kepala', 'hilang'])}${row(2, ['juga hilang', 'tetap'])}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>` }]);
    const g = readXlsx(merged, nodeCodec).grid.sheets[0];
    expect(g.cells[0]).toEqual([{ value: 'kepala' }, undefined]);
    expect(g.cells[1]).toEqual([{ value: 'juga hilang' }, { value: 'tetap' }]);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it('reports progress through the shared strings, each sheet, and within a long sheet', () => {
    const calls: [string, number, number][] = [];
    readXlsx(rawXlsx([{ name: 'A', xml: capaianSheet(10000) }, { name: 'B', xml: row(1, [1]) }]), nodeCodec, (step, done, total) => calls.push([step, done, total]));
    expect(calls[0]).toEqual(['strings', 0, 2]);
    const sheet = calls.filter((c) => c[0] === 'sheet').map((c) => c[1]);
    expect(sheet.some((d) => d > 0 && d < 1)).toBe(true);
    expect(sheet).toEqual([...sheet].sort((a, b) => a - b));
    expect(sheet[sheet.length - 1]).toBe(2);
  });

  it('reads every row across the reader\'s progress stops: rows and cells without r, indented, a formula on the stop row', () => {
    // The reader stops after every 4,096th row to report progress; rows numbered by position (no r) and whitespace
    // between elements must read on as if it had not stopped.
    const lines: string[] = [];
    for (let i = 1; i <= 9000; i++) {
      const f = i === 4096 || i === 8192 ? `<f>A${i}*2</f>` : '';
      lines.push(`  <row>\n    <c>${f}<v>${i}</v></c>\n    <c t="inlineStr"><is><t>baris ${i}</t></is></c>\n  </row>`);
    }
    const { grid } = readXlsx(rawXlsx([{ name: 'A', xml: '\n' + lines.join('\n') + '\n' }]), nodeCodec, () => undefined);
    const cells = grid.sheets[0].cells;
    expect(cells.length).toBe(9000);
    for (const i of [1, 4095, 4096, 4097, 8192, 8193, 9000]) {
      expect(cells[i - 1][0]).toEqual({ value: i, ...(i === 4096 || i === 8192 ? { formula: `A${i}*2` } : {}) });
      expect(cells[i - 1][1]).toEqual({ value: `baris ${i}` });
    }
    expect(cells.every((r, i) => r[0]?.value === i + 1 && r[1]?.value === `baris ${i + 1}`)).toBe(true);
  });

  it('reads a part written in UTF-16 (with its byte order mark) and patches it as UTF-8', () => {
    const sheet = `<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${NS}"><sheetData>${row(1, ['Capaian kinerja \u2013 2025'])}</sheetData></worksheet>`;
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, 'utf16le')]));
    const { grid, pkg } = readXlsx(rawXlsx([{ name: 'A', xml: '' }], { parts: { 'xl/worksheets/sheet1.xml': utf16 } }), nodeCodec);
    expect(grid.sheets[0].cells[0][0]).toEqual({ value: 'Capaian kinerja \u2013 2025' });
    const patched = readZip(patchXlsx(pkg, [{ sheet: 'A', row: 0, col: 1, value: 1 }]));
    const bytes = inflateEntry(patched, patched.byName.get('xl/worksheets/sheet1.xml')!, nodeCodec, new InflateBudget());
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>.*Capaian kinerja \u2013 2025.*<c r="B1"><v>1<\/v><\/c>/);
  });

  it('reads a formula without a saved result as empty, and every formula so in a workbook Excel must recalculate', () => {
    const xml = row(1, ['<c r="{ref}"><f>B1*2</f></c>', '<c r="{ref}"><f>C1+1</f><v>0</v></c>', 5]);
    const plain = readXlsx(rawXlsx([{ name: 'A', xml }]), nodeCodec);
    expect([plain.grid.sheets[0].cells[0].slice(0, 3), plain.pkg.uncalculated]).toEqual([[{ value: null, formula: 'B1*2' }, { value: 0, formula: 'C1+1' }, { value: 5 }], 1]);
    // XlsxWriter's 0 for every formula, with fullCalcOnLoad: not a result (it had made a capaian-mismatch per row).
    const stale = readXlsx(rawXlsx([{ name: 'A', xml }], { fullCalcOnLoad: true }), nodeCodec);
    expect([stale.grid.sheets[0].cells[0].slice(0, 3), stale.pkg.uncalculated]).toEqual([[{ value: null, formula: 'B1*2' }, { value: null, formula: 'C1+1' }, { value: 5 }], 2]);
  });

  it('reads an mc:AlternateContent\'s Choice, not its Fallback (the Fallback\'s cells had overwritten the Choice\'s)', () => {
    const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
    const sheet = `<worksheet xmlns="${NS}" xmlns:mc="${MC}"><sheetData><row r="1"><c r="A1"><v>1</v></c>` +
      '<mc:AlternateContent><mc:Choice Requires="x14ac"><c r="B1"><v>75</v></c></mc:Choice><mc:Fallback><c r="B1"><v>50</v></c></mc:Fallback></mc:AlternateContent>' +
      '<c r="C1"><v>3</v></c></row></sheetData></worksheet>';
    expect(readXlsx(rawXlsx([{ name: 'A', xml: sheet }]), nodeCodec).grid.sheets[0].cells[0]).toEqual([{ value: 1 }, { value: 75 }, { value: 3 }]);
  });

  it('finds parts whose names differ only in case from their relationship (OPC compares names without case)', () => {
    const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/Sheet1.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="Styles.xml"/></Relationships>`;
    const bytes = rawXlsx([{ name: 'A', xml: row(1, ['<c r="{ref}" s="2"><v>0.5</v></c>']) }], { parts: { 'xl/_rels/workbook.xml.rels': rels } });
    const { grid, pkg } = readXlsx(bytes, nodeCodec);
    // It had been refused: "holds no Excel workbook (no worksheet)".
    expect(grid.sheets[0].cells[0][0]).toEqual({ value: 0.5, format: '0.00%' });
    expect([pkg.sheets[0].path, pkg.stylesPath]).toEqual(['xl/worksheets/sheet1.xml', 'xl/styles.xml']);
  });

  it('names the problem of a package without a workbook or worksheet', () => {
    const noSheets = zipSync({ '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': strToU8(`<workbook xmlns="${NS}"><sheets/></workbook>`) });
    expect(() => readXlsx(noSheets, nodeCodec)).toThrow(XlsxError);
    expect(() => readXlsx(noSheets, nodeCodec)).toThrow(/no Excel workbook/);
  });
});

describe('the zip layer', () => {
  // 8 MiB of one letter: a few KB deflated.
  const archive = readZip(zipSync({ 'a.xml': strToU8('x'.repeat(10)), 'b.bin': new Uint8Array(8 * 2 ** 20).fill(0x41) }, { level: 6 }));

  it.each([['zlib', nodeCodec], ['fflate', fflateCodec]] as const)('%s: the package budget stops inflating past its limit', (_n, codec) => {
    expect(archive.byName.get('b.bin')!.compressedSize).toBeLessThan(2 ** 20);
    expect(() => inflateEntry(archive, archive.byName.get('b.bin')!, codec, new InflateBudget(2 ** 20))).toThrow(TooLargeError);
    expect(inflateEntry(archive, archive.byName.get('b.bin')!, codec, new InflateBudget(16 * 2 ** 20)).length).toBe(8 * 2 ** 20);
    // The budget is the package's: what one part used is gone for the next.
    const budget = new InflateBudget(12 * 2 ** 20);
    inflateEntry(archive, archive.byName.get('b.bin')!, codec, budget);
    expect(() => inflateEntry(archive, archive.byName.get('b.bin')!, codec, budget)).toThrow(TooLargeError);
  });

  it.each([['zlib', nodeCodec], ['fflate', fflateCodec]] as const)('%s: a part may not unpack past its declared size', (_n, codec) => {
    const e = { ...archive.byName.get('b.bin')!, size: 1000 };
    expect(() => inflateEntry(archive, e, codec, new InflateBudget())).toThrow(expect.objectContaining({ lying: true }));
  });

  it('copies kept entries raw and writes new ones readable', () => {
    const z = zipSync({ 'keep.xml': strToU8('<a>keep</a>'), 'change.xml': strToU8('<a>old</a>') });
    const original = readZip(z);
    const out = readZip(writeZip(original, [{ name: 'keep.xml', keep: original.byName.get('keep.xml')! }, { name: 'change.xml', data: strToU8('<a>new</a>') }, { name: 'added.xml', data: strToU8('<b/>') }], nodeCodec));
    const raw = (a: typeof original, n: string) => Buffer.from(a.bytes.subarray(a.byName.get(n)!.offset, a.byName.get(n)!.end));
    expect(raw(out, 'keep.xml').equals(raw(original, 'keep.xml'))).toBe(true);
    const text = (n: string) => new TextDecoder().decode(inflateEntry(out, out.byName.get(n)!, nodeCodec, new InflateBudget()));
    expect([text('keep.xml'), text('change.xml'), text('added.xml')]).toEqual(['<a>keep</a>', '<a>new</a>', '<b/>']);
    // The CRCs are the texts' (what unzip tools check).
    expect(out.entries.map((e) => e.crc)).toEqual(['<a>keep</a>', '<a>new</a>', '<b/>'].map(e2crc));
  });
});

function e2crc(t: string): number {
  let c = -1;
  for (const b of Buffer.from(t)) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ -1) >>> 0;
}
