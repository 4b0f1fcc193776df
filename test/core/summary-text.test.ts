// "Salin ringkasan" (issue 15): the capaian per indicator, each table's average and the budget absorption, as HTML
// and plain text, in the chosen language — from the worked example's report and from small reports.
import { join } from 'node:path';
import { analyseWorkbook } from '../../src/core/workbook';
import { FileReport, fileReport, TableReport } from '../../src/core/report';
import { reportSummary } from '../../src/core/summary-text';
import { FIXTURES, loadGrid } from '../helpers/xlsx';

let id: FileReport;
let en: FileReport;
beforeAll(async () => {
  const a = analyseWorkbook(await loadGrid(join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx')));
  id = fileReport('lkj.xlsx', a, 'id');
  en = fileReport('lkj.xlsx', a, 'en');
});

const lines = (text: string) => text.split('\n');

describe('reportSummary on the worked example', () => {
  it('gives each Tabel II.1 indicator its capaian and the table its mean, tab-separated, in Indonesian notation', () => {
    const { text } = reportSummary(id, 'id');
    const l = lines(text);
    expect(l[0]).toBe('Ringkasan capaian kinerja');
    const start = l.indexOf('Tabel II.1 (A5:I19)');
    expect(start).toBeGreaterThan(0);
    expect(l[start + 1]).toBe('No\tIndikator kinerja\tTarget\tRealisasi\tCapaian');
    const rows = l.slice(start + 2, start + 15);
    expect(rows.map((r) => r.split('\t')[4])).toEqual(['51,43 %', '100,00 %', '125,00 %', '505,00 %', '100,00 %', '239,91 %', '98,92 %', '100,00 %', '190,50 %', '374,40 %', 'tidak dihitung', 'tidak dihitung', 'tidak dihitung']);
    expect(rows.every((r, i) => r.startsWith(`${i + 1}\t`))).toBe(true);
    expect(l[start + 15]).toBe('\tRata-rata capaian\t\t\t188,52 %');
  });

  it('gives the budget table its absorption per group, and leaves out the agreement', () => {
    const { text, html } = reportSummary(id, 'id');
    const l = lines(text);
    const budget = l.indexOf('Serapan anggaran — Tabel II.15');
    expect(budget).toBeGreaterThan(0);
    expect(l[budget + 1]).toBe('No\tProgram / kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSerapan anggaran');
    expect([l[budget + 2].split('\t')[4], l[budget + 3].split('\t')[4]]).toEqual(['95,96 %', '97,20 %']);
    expect(l[budget + 2]).toMatch(/^1\t.+\t[\d.]+\t[\d.]+\t95,96 %$/);
    expect(text).not.toContain('Tabel I.1 (');
    expect(html).not.toContain('Tabel I.1 (');
    // The budget table's indicators too: I7's capaian as computed, not as stated.
    const ii15 = l.indexOf(l.find((x) => x.startsWith('Tabel II.15 ('))!);
    expect(l.slice(ii15).find((x) => x.startsWith('1\t'))!.split('\t')[4]).toBe('51,43 %');
  });

  it('writes one HTML table per block with a caption, header cells and the average in the footer', () => {
    const { html } = reportSummary(id, 'id');
    expect(html.startsWith('<div lang="id">')).toBe(true);
    const tables = html.match(/<table[^>]*>/g) ?? [];
    expect(tables.length).toBe((html.match(/<caption/g) ?? []).length);
    expect(tables.length).toBeGreaterThanOrEqual(3); // Tabel II.1, Tabel II.15 indicators, Tabel II.15 budget
    expect(html).toMatch(/<caption[^>]*>Tabel II\.1 \(A5:I19\)<\/caption><thead><tr><th[^>]*>No<\/th><th[^>]*>Indikator kinerja<\/th>/);
    expect(html).toMatch(/<tfoot><tr><th[^>]*><\/th><th[^>]*>Rata-rata capaian<\/th><th[^>]*><\/th><th[^>]*><\/th><th[^>]*>188,52 %<\/th><\/tr><\/tfoot>/);
    expect(html).toMatch(/<td[^>]*>95,96 %<\/td>/);
  });

  it('speaks English with English notation', () => {
    const { text, html } = reportSummary(en, 'en');
    expect(lines(text)[0]).toBe('Performance summary');
    expect(text).toContain('No\tPerformance indicator\tTarget\tRealisation\tCapaian');
    expect(text).toContain('\tMean capaian\t\t\t188.52 %');
    expect(text).toContain('\t95.96 %');
    expect(text).toContain('not computed');
    expect(text).not.toContain('188,52');
    expect(html.startsWith('<div lang="en">')).toBe(true);
    expect(html).toContain('Budget absorption — Tabel II.15');
  });
});

describe('reportSummary on small reports', () => {
  const table = (over: Partial<TableReport>): TableReport => ({
    sheet: 'Tabel <A&B>', kind: 'capaian', range: 'A1:E3', columns: {}, reportingYear: 2025, capaian: 12.5, groups: [],
    indicators: [{
      row: 2, name: 'Persentase "layanan" <cepat>\tdan\ntepat', objective: '', unit: '%', polarity: 'positive',
      target: 1234.5, quarters: [], annual: [10, 20], realisation: [10, 20], capaian: 12.5, statedCapaian: null, years: [], history: [],
    }],
    ...over,
  });
  const report = (tables: TableReport[]): FileReport => ({ file: 'x.xlsx', tables, findings: [], summary: { tables: tables.length, indicators: 1, errors: 0, warnings: 0, infos: 0 } });

  it('escapes HTML, keeps tabs and line breaks out of a text cell, prints ranges and thousands', () => {
    const { html, text } = reportSummary(report([table({})]), 'id');
    expect(html).toContain('Tabel &lt;A&amp;B&gt; (A1:E3)');
    expect(html).toContain('Persentase &quot;layanan&quot; &lt;cepat&gt;\tdan\ntepat');
    expect(html).not.toContain('<cepat>');
    const row = lines(text).find((l) => l.startsWith('1\t'))!;
    expect(row.split('\t')).toEqual(['1', 'Persentase "layanan" <cepat> dan tepat', '1.234,50 %', '10–20 %', '12,50 %']);
  });

  it('says so when there is no table to summarise (an agreement alone is none)', () => {
    const none = reportSummary(report([table({ kind: 'agreement' })]), 'id');
    expect(none.text).toBe('Ringkasan capaian kinerja\n\nTidak ada tabel capaian yang dikenali.\n');
    expect(none.html).toContain('<p>Tidak ada tabel capaian yang dikenali.</p>');
    expect(none.html).not.toContain('<table');
    expect(reportSummary(report([]), 'en').text).toContain('No capaian table recognised.');
  });

  it('says “tidak dihitung” for a capaian that could not be computed', () => {
    const t = table({ capaian: null });
    t.indicators[0].capaian = null;
    const { text } = reportSummary(report([t]), 'id');
    expect(lines(text).find((l) => l.startsWith('1\t'))!.endsWith('\ttidak dihitung')).toBe(true);
    expect(text).toContain('\tRata-rata capaian\t\t\ttidak dihitung');
  });
});
