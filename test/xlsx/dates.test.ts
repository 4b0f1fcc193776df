// SPEC §12 "Dates are dates": a numeric cell with a date format, in a value column, is value-unreadable — from the
// .xlsx package (CLI, preview) and from Excel's own range data (the add-in) alike, by the one core rule.
import { Grid } from '../../src/core/grid';
import { isDateFormat, readCell } from '../../src/core/read/cell';
import { analyseWorkbook } from '../../src/core/workbook';
import { sheetFromData } from '../../src/excel/convert';
import { nodeCodec } from '../../src/xlsx/codec-node';
import { readXlsx } from '../../src/xlsx/read';
import { rawXlsx, row } from './build';

describe('date formats', () => {
  it.each(['dd/mm/yyyy', 'mm-dd-yy', 'd-mmm-yy', 'yyyy-mm-dd', '[$-421]dd mmmm yyyy', 'h:mm', '[h]:mm:ss', 'm/d/yyyy h:mm AM/PM', 'dd/mm/yyyy;@'])('%s is a date or time', (f) => {
    expect(isDateFormat(f)).toBe(true);
  });
  it.each(['General', '0%', '0.00%', '#,##0', '#,##0 "hari"', '0 "bulan"', '[$Rp-421]#,##0', '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)', '0.00E+00', '@', '[Red]0'])('%s is not', (f) => {
    expect(isDateFormat(f)).toBe(false);
  });

  it('reads a dated number as unreadable, quoting the date it shows', () => {
    expect(readCell({ value: 45662, format: 'dd/mm/yyyy' })).toEqual({ kind: 'unreadable', text: '2025-01-05' });
    expect(readCell({ value: 0.7, format: '0%' })).toMatchObject({ kind: 'number' });
  });
});

describe('the same finding from the file and from Excel', () => {
  const header = ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'];
  const codesAt = (grid: Grid, cell: string) => analyseWorkbook(grid).findings.filter((f) => f.cell === cell).map((f) => f.code).sort();

  it('value-unreadable on the date, nothing about a number', () => {
    const fromFile = readXlsx(rawXlsx([{ name: 'Tabel II.1', xml: row(1, header) + row(2, [1, 'Persentase layanan', '80%', '<c r="{ref}" s="3"><v>45662</v></c>', null]) +
      row(3, [2, 'Persentase dokumen', '80%', '60%', null]) }]), nodeCodec).grid;
    // What Office.js gives the add-in for the same sheet: values, formulas, number formats, value types.
    const values = [header, [1, 'Persentase layanan', '80%', 45662, ''], [2, 'Persentase dokumen', '80%', '60%', '']];
    const fromExcel: Grid = { sheets: [sheetFromData({
      name: 'Tabel II.1', top: 0, left: 0, merges: [], values,
      formulas: values, valueTypes: values.map((r) => r.map((v) => (typeof v === 'number' ? 'Double' : v === '' ? 'Empty' : 'String'))),
      numberFormat: values.map((r, i) => r.map((_, j) => (i === 1 && j === 3 ? 'dd/mm/yyyy' : 'General'))),
    } as unknown as Parameters<typeof sheetFromData>[0])] };
    const a = codesAt(fromFile, 'D2');
    expect(a).toContain('value-unreadable');
    expect(a).not.toContain('value-multiple');
    expect(a).not.toContain('value-negative');
    expect(codesAt(fromExcel, 'D2')).toEqual(a);
  });
});
