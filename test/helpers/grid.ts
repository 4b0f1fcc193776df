// Builds grids for tests from plain arrays: a cell is a value, or { v, fmt, f } for formats and formulas.
import { Grid, GridCell, parseRangeA1, Range, Scalar, Sheet } from '../../src/core/grid';

export type TestCell = Scalar | undefined | { v: Scalar; fmt?: string; f?: string };

export function sheet(name: string, rows: TestCell[][], merges: string[] = []): Sheet {
  const cells: (GridCell | undefined)[][] = rows.map((row) =>
    row.map((c) => {
      if (c === undefined || c === null || c === '') return undefined;
      if (typeof c === 'object' && 'v' in c) {
        const g: GridCell = { value: c.v };
        if (c.fmt) g.format = c.fmt;
        if (c.f) g.formula = c.f;
        return g;
      }
      return { value: c as Scalar };
    }),
  );
  return { name, cells, merges: merges.map((m) => parseRangeA1(m) as Range) };
}

export function grid(...sheets: Sheet[]): Grid {
  return { sheets };
}

/** A Tabel II.1-like sheet: header on row 1, the given body rows below (No, Sasaran, IKU, Target, TW I–IV, Tahunan, extra). */
export function capaianSheet(body: TestCell[][], extraHeaders: string[] = [], name = 'Tabel II.1'): Sheet {
  const header = ['No', 'Sasaran Strategis', 'Indikator Kinerja Utama', 'Target', 'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', 'Tahunan', ...extraHeaders];
  return sheet(name, [header, ...body]);
}

/** A Tabel II.15-like sheet with two header rows; body columns A–J. */
export function budgetSheet(body: TestCell[][], merges: string[] = [], name = 'Tabel II.15'): Sheet {
  const top = ['No', 'Sasaran Strategis', 'IKU', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Kinerja', 'Kinerja', 'Kinerja', 'Kinerja'];
  const sub = ['No', 'Sasaran Strategis', 'IKU', 'Pagu', 'Realisasi', '%', 'Target', 'Realisasi', '%', 'Rata-rata Capaian (%)'];
  return sheet(name, [top, sub, ...body], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:J1', ...merges]);
}
