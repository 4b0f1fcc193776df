// The findings sheet ("Temuan Cermat", issue 15) written into the recalculated copy: read back by ExcelJS (the
// independent oracle), by the project's reader and by fast-xml-parser for the links (ExcelJS 4 drops a hyperlink
// that has a location but no relationship), and opened by LibreOffice in libreoffice.test.ts. The rest of the copy
// is the copy without the sheet, byte for byte, apart from the sheet's listing and the appended styles.
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findingsSheet } from '../../src/core/findings-sheet';
import { buildWritePlan } from '../../src/core/plan';
import { FileReport, fileReport } from '../../src/core/report';
import { Language, withDefaults } from '../../src/core/settings';
import { analyseWorkbook } from '../../src/core/workbook';
import { nodeCodec } from '../../src/xlsx/codec-node';
import { editsOf } from '../../src/xlsx/edits';
import { findingsSheetPart } from '../../src/xlsx/new-sheet';
import { patchXlsx } from '../../src/xlsx/patch';
import { readXlsx, relationships } from '../../src/xlsx/read';
import { InflateBudget, ZipArchive, inflateEntry, readZip } from '../../src/xlsx/zip';
import { capaianSheet, rawXlsx } from './build';
import { excelJsGrid } from './oracle';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = readFileSync(join(ROOT, 'test/fixtures/lkj-dki-jakarta-2025.xlsx'));
const dir = mkdtempSync(join(tmpdir(), 'cermat-findings-sheet-'));

/** The recalculated copy of a workbook, with or without the findings sheet, and the report it lists. */
function recalculated(bytes: Uint8Array, lang: Language, withSheet: boolean): { bytes: Uint8Array; report: FileReport } {
  const { grid, pkg } = readXlsx(bytes, nodeCodec, { keepSheetXml: true });
  const settings = { ...withDefaults(), language: lang };
  const analysis = analyseWorkbook(grid, settings);
  const report = fileReport('book.xlsx', analysis, lang);
  const { edits, columns } = editsOf(grid, analysis, buildWritePlan(grid, analysis, lang));
  const names = pkg.sheetNames;
  const sheets = withSheet ? [findingsSheetPart(findingsSheet(report, lang, names), names)] : [];
  return { bytes: patchXlsx(pkg, edits, columns, sheets), report };
}

const text = (zip: ZipArchive, name: string) => new TextDecoder().decode(inflateEntry(zip, zip.byName.get(name)!, nodeCodec, new InflateBudget()));
const raw = (zip: ZipArchive, name: string) => {
  const e = zip.byName.get(name)!;
  return Buffer.from(zip.bytes.subarray(e.offset, e.end));
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, isArray: (name) => ['sheet', 'Relationship', 'hyperlink', 'row', 'c', 'xf', 'font', 'Override'].includes(name) });

/** The worksheet part of a sheet, found as Excel finds it: workbook.xml's r:id through the workbook's relationships. */
function sheetPart(zip: ZipArchive, name: string): string {
  const wb = parser.parse(text(zip, 'xl/workbook.xml'));
  const sheet = (wb.workbook.sheets.sheet as Record<string, string>[]).find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rel = relationships(text(zip, 'xl/_rels/workbook.xml.rels'), 'xl/workbook.xml').find((r) => r.id === sheet.id)!;
  return rel.target;
}

describe('the findings sheet in the worked example\'s copy', () => {
  let plain: ZipArchive;
  let withSheet: ZipArchive;
  let report: FileReport;
  const out = join(dir, 'example.findings.xlsx');
  beforeAll(() => {
    plain = readZip(recalculated(EXAMPLE, 'id', false).bytes);
    const r = recalculated(EXAMPLE, 'id', true);
    report = r.report;
    withSheet = readZip(r.bytes);
    writeFileSync(out, r.bytes);
  });

  it('has findings to list (the example is the one the README walks through)', () => {
    expect(report.findings.length).toBeGreaterThan(20);
    expect(report.findings.some((f) => f.code === 'capaian-mismatch' && f.sheet === 'Tabel II.15' && f.cell === 'I7')).toBe(true);
  });

  it('is the last sheet, named Temuan Cermat, a row per finding under a bold header (ExcelJS)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tabel I.1', 'Tabel I.1 Anggaran', 'Tabel II.1', 'Tabel II.15', 'Temuan Cermat']);
    const ws = wb.getWorksheet('Temuan Cermat')!;
    expect(ws.rowCount).toBe(report.findings.length + 1);
    expect(ws.actualRowCount).toBe(report.findings.length + 1);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['No', 'Lembar', 'Sel', 'Tingkat', 'Kode', 'Pesan']);
    for (let c = 1; c <= 6; c++) expect([c, ws.getRow(1).getCell(c).font?.bold]).toEqual([c, true]);
    report.findings.forEach((f, i) => {
      const row = ws.getRow(i + 2);
      const severity = { error: 'Kesalahan', warning: 'Peringatan', info: 'Info' }[f.severity];
      expect((row.values as unknown[]).slice(1)).toEqual([i + 1, f.sheet, f.cell, severity, f.code, f.message]);
      expect(row.getCell(1).font?.bold).not.toBe(true);
      expect(row.getCell(6).alignment?.wrapText).toBe(true);
    });
    // Widths: the message column wide, the number column narrow, none left at the default.
    const widths = [1, 2, 3, 4, 5, 6].map((c) => ws.getColumn(c).width ?? 0);
    expect(widths[5]).toBeGreaterThanOrEqual(60);
    expect(widths[0]).toBeLessThanOrEqual(6);
    for (const w of widths) expect(w).toBeGreaterThan(0);
    // The code column fits the longest code.
    expect(widths[4]).toBeGreaterThanOrEqual(Math.max(...report.findings.map((f) => f.code.length)));
    // The header stays in view.
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('links each cell to the finding\'s cell; the capaian-mismatch row to \'Tabel II.15\'!I7', () => {
    const part = sheetPart(withSheet, 'Temuan Cermat');
    const ws = parser.parse(text(withSheet, part)).worksheet;
    const links = ws.hyperlinks.hyperlink as { ref: string; location: string; id?: string }[];
    expect(links).toHaveLength(report.findings.length);
    const i = report.findings.findIndex((f) => f.code === 'capaian-mismatch' && f.sheet === 'Tabel II.15' && f.cell === 'I7');
    expect(links.find((l) => l.ref === `C${i + 2}`)?.location).toBe("'Tabel II.15'!I7");
    report.findings.forEach((f, k) => expect(links.find((l) => l.ref === `C${k + 2}`)?.location).toBe(`'${f.sheet}'!${f.cell}`));
    // A location link needs no relationship: the sheet has none.
    for (const l of links) expect(l.id).toBeUndefined();
    expect(withSheet.byName.has(part.replace(/([^/]+)$/, '_rels/$1.rels'))).toBe(false);
  });

  it('reads back through the project\'s reader: the sheet\'s cells, every other sheet as in the copy without it', () => {
    const a = readXlsx(plain.bytes, nodeCodec).grid;
    const b = readXlsx(withSheet.bytes, nodeCodec).grid;
    expect(b.sheets.map((s) => s.name)).toEqual([...a.sheets.map((s) => s.name), 'Temuan Cermat']);
    for (const s of a.sheets) expect(b.sheets.find((x) => x.name === s.name)).toEqual(s);
    const sheet = b.sheets.find((s) => s.name === 'Temuan Cermat')!;
    expect(sheet.cells.filter((r) => r && r.some((c) => c !== undefined))).toHaveLength(report.findings.length + 1);
    const i = report.findings.findIndex((f) => f.code === 'capaian-mismatch' && f.cell === 'I7');
    expect(sheet.cells[i + 1].map((c) => c?.value)).toEqual([i + 1, 'Tabel II.15', 'I7', 'Kesalahan', 'capaian-mismatch', report.findings[i].message]);
  });

  it('leaves every other sheet\'s cells as they are in the copy without it (ExcelJS)', async () => {
    const a = await excelJsGrid(plain.bytes);
    const b = await excelJsGrid(withSheet.bytes);
    expect(b.sheets.slice(0, a.sheets.length)).toEqual(a.sheets);
    expect(b.sheets).toHaveLength(a.sheets.length + 1);
  });

  it('changes no other part: the new part, its listing and appended styles only', () => {
    const listing = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml']);
    const names = plain.entries.map((e) => e.name);
    expect(withSheet.entries.slice(0, names.length).map((e) => e.name)).toEqual(names);
    const part = sheetPart(withSheet, 'Temuan Cermat');
    expect(names).not.toContain(part);
    expect(withSheet.entries.map((e) => e.name).slice(names.length)).toEqual([part]);
    for (const name of names.filter((n) => !listing.has(n))) expect([name, raw(withSheet, name).equals(raw(plain, name))]).toEqual([name, true]);
    // docProps/app.xml is left as it was (Excel rewrites its sheet list on save).
    expect(names).toContain('docProps/app.xml');
    // Each listing part is the old one with one element added.
    const removeOne = (xml: string, re: RegExp) => {
      const m = xml.match(re);
      expect(m).toHaveLength(1);
      return xml.replace(re, '');
    };
    expect(removeOne(text(withSheet, 'xl/workbook.xml'), /<sheet name="Temuan Cermat" sheetId="5" r:id="rId8"\/>/g)).toBe(text(plain, 'xl/workbook.xml'));
    expect(removeOne(text(withSheet, 'xl/_rels/workbook.xml.rels'), /<Relationship Id="rId8" Type="[^"]*\/worksheet" Target="worksheets\/sheet5.xml"\/>/g))
      .toBe(text(plain, 'xl/_rels/workbook.xml.rels'));
    expect(removeOne(text(withSheet, '[Content_Types].xml'), /<Override PartName="\/xl\/worksheets\/sheet5.xml" ContentType="application\/vnd.openxmlformats-officedocument.spreadsheetml.worksheet\+xml"\/>/g))
      .toBe(text(plain, '[Content_Types].xml'));
  });

  it('appends its fonts and cell formats to the styles, every existing one at its index', () => {
    const before = parser.parse(text(plain, 'xl/styles.xml')).styleSheet;
    const after = parser.parse(text(withSheet, 'xl/styles.xml')).styleSheet;
    expect(after.cellXfs.xf.slice(0, before.cellXfs.xf.length)).toEqual(before.cellXfs.xf);
    expect(after.fonts.font.slice(0, before.fonts.font.length)).toEqual(before.fonts.font);
    expect(after.fills).toEqual(before.fills);
    expect(Number(after.cellXfs.count)).toBe(after.cellXfs.xf.length);
    expect(Number(after.fonts.count)).toBe(after.fonts.font.length);
    expect(after.cellXfs.xf.length).toBeGreaterThan(before.cellXfs.xf.length);
    // The header's format points at a new bold font.
    const ws = parser.parse(text(withSheet, sheetPart(withSheet, 'Temuan Cermat'))).worksheet;
    const headerXf = after.cellXfs.xf[Number(ws.sheetData.row[0].c[0].s)];
    expect(Number(headerXf.fontId)).toBeGreaterThanOrEqual(before.fonts.font.length);
    expect(after.fonts.font[Number(headerXf.fontId)]).toHaveProperty('b');
  });

  // It opens in LibreOffice with the sheet and its links: test/xlsx/libreoffice.test.ts.
});

describe('the findings sheet in other workbooks', () => {
  it('leaves the input\'s bytes as they were (a Node Buffer, whose slice is a view), though every offset moves', () => {
    const input = readFileSync(join(ROOT, 'test/fixtures/lkj-dki-jakarta-2025.xlsx'));
    const before = Buffer.from(input);
    recalculated(input, 'id', true);
    expect(input.equals(before)).toBe(true);
  });

  it('is named and headed in English with --lang en', async () => {
    const { bytes, report } = recalculated(EXAMPLE, 'en', true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Cermat findings')!;
    expect(ws).toBeDefined();
    expect(wb.getWorksheet('Temuan Cermat')).toBeUndefined();
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['No', 'Sheet', 'Cell', 'Severity', 'Code', 'Message']);
    expect(ws.getRow(2).getCell(4).value).toBe('Error');
    expect(ws.getRow(2).getCell(6).value).toBe(report.findings[0].message);
    expect(report.findings[0].message).toMatch(/[A-Za-z]/);
  });

  it('takes a free name when the workbook already has a Temuan Cermat sheet, and links names with an apostrophe', () => {
    const bytes = rawXlsx([{ name: "Tabel II.1 'A'", xml: capaianSheet(3) }, { name: 'Temuan Cermat', xml: '' }]);
    const { bytes: out, report } = recalculated(bytes, 'id', true);
    expect(report.findings.length).toBeGreaterThan(0);
    const zip = readZip(out);
    const grid = readXlsx(out, nodeCodec).grid;
    expect(grid.sheets.map((s) => s.name)).toEqual(["Tabel II.1 'A'", 'Temuan Cermat', 'Temuan Cermat (2)']);
    const ws = parser.parse(text(zip, sheetPart(zip, 'Temuan Cermat (2)'))).worksheet;
    const onSheet = report.findings.findIndex((f) => f.sheet === "Tabel II.1 'A'");
    expect(onSheet).toBeGreaterThanOrEqual(0);
    const link = (ws.hyperlinks.hyperlink as { ref: string; location: string }[]).find((l) => l.ref === `C${onSheet + 2}`);
    expect(link?.location).toBe(`'Tabel II.1 ''A'''!${report.findings[onSheet].cell}`);
  });

  it('lists the sheet in a prefixed workbook.xml that binds no r: prefix (declared on the element)', async () => {
    const files = unzipSync(rawXlsx([{ name: 'Tabel II.1', xml: capaianSheet(3) }]));
    const wbXml = strFromU8(files['xl/workbook.xml']);
    const prefixed = wbXml.replace('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
      '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">').replace('<sheets>', '<x:sheets>').replace('</sheets>', '</x:sheets>')
      .replace('</workbook>', '</x:workbook>').replace(/<sheet (.*?) r:id="rId1"\/>/, '<x:sheet $1 xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships" rel:id="rId1"/>');
    expect(prefixed).not.toBe(wbXml);
    files['xl/workbook.xml'] = strToU8(prefixed);
    const { bytes: out, report } = recalculated(zipSync(files), 'id', true);
    const written = strFromU8(unzipSync(out)['xl/workbook.xml']);
    expect(written).toMatch(/<x:sheet name="Temuan Cermat" sheetId="2" xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships" r:id="rId\w+"\/><\/x:sheets>/);
    // ExcelJS reads no prefixed workbook.xml at all: the project's reader is the check here.
    const grid = readXlsx(out, nodeCodec).grid;
    expect(grid.sheets.map((s) => s.name)).toEqual(['Tabel II.1', 'Temuan Cermat']);
    expect(grid.sheets[1].cells.filter((r) => r && r.some((c) => c !== undefined))).toHaveLength(report.findings.length + 1);
  });

  it('writes a styles part when the workbook has none, with the header bold', async () => {
    const bytes = rawXlsx([{ name: 'Tabel II.1', xml: capaianSheet(3) }], { styles: null });
    const { bytes: out, report } = recalculated(bytes, 'id', true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Temuan Cermat')!;
    expect(ws.actualRowCount).toBe(report.findings.length + 1);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  it('is a header alone when there is nothing to list', async () => {
    const bytes = rawXlsx([{ name: 'Tabel II.1', xml: capaianSheet(3) }]);
    const { grid, pkg } = readXlsx(bytes, nodeCodec, { keepSheetXml: true });
    const analysis = analyseWorkbook(grid, withDefaults());
    const empty: FileReport = { ...fileReport('x.xlsx', analysis, 'id'), findings: [] };
    const sheet = findingsSheetPart(findingsSheet(empty, 'id', pkg.sheetNames), pkg.sheetNames);
    const out = patchXlsx(pkg, [], [], [sheet]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Temuan Cermat')!;
    expect(ws.actualRowCount).toBe(1);
    expect(ws.getRow(1).getCell(6).value).toBe('Pesan');
    expect(text(readZip(out), sheetPart(readZip(out), 'Temuan Cermat'))).not.toContain('<hyperlinks');
  });

  it('refuses a name the workbook already has, or one Excel would refuse', () => {
    const bytes = rawXlsx([{ name: 'Tabel II.1', xml: capaianSheet(3) }]);
    const { pkg } = readXlsx(bytes, nodeCodec, { keepSheetXml: true });
    const sheet = { name: 'tabel ii.1', header: ['No'], rows: [], widths: [5], wrap: [], links: [] };
    expect(() => patchXlsx(pkg, [], [], [sheet])).toThrow(/already has a sheet/);
    expect(() => patchXlsx(pkg, [], [], [{ ...sheet, name: 'Temuan: Cermat' }])).toThrow(/sheet name/);
    expect(() => patchXlsx(pkg, [], [], [{ ...sheet, name: 'x'.repeat(32) }])).toThrow(/1 to 31/);
  });
});
