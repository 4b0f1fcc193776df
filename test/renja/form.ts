// Test helper: a small evaluation form (SPEC §11) written cell by cell, in a quarter-to-date variant (two quarters
// shown), with an unnumbered Satuan column, codes in one Kode column, and a footer. `cells` maps A1 → value, or
// [formula, cached value]; tests change cells and build the grid.
import { Grid, GridCell, Range, Scalar, SheetView, parseA1, parseRangeA1 } from '../../src/core/grid';
import { analyseForm, FormAnalysis } from '../../src/core/renja/analyse';
import { checkForm, FormFinding } from '../../src/core/renja/checks';
import { withDefaults, Settings } from '../../src/core/settings';
import { RatingScale } from '../../src/core/renja/predicate';

export type In = Scalar | [string, Scalar] | { value: Scalar; format?: string; formula?: string };
export type Cells = Record<string, In>;

export const SHEET = 'Evaluasi Renja TW II';

export const HEADER: Cells = {
  A1: 'No', B1: 'Kode', C1: 'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan', D1: 'Indikator Kinerja Program (Outcome)/Kegiatan (Output)',
  E1: 'Satuan', F1: 'Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2025) yang Dievaluasi',
  H1: 'Realisasi Kinerja pada Triwulan', L1: 'Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi',
  N1: 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)',
  H2: 'I', J2: 'II',
  A3: 1, B3: 2, C3: 3, D3: 4, F3: 5, H3: 6, J3: 7, L3: '8 = 6 + 7', N3: '9 = 8/5 X 100',
  F4: 'K', G4: 'Rp', H4: 'K', I4: 'Rp', J4: 'K', K4: 'Rp', L4: 'K', M4: 'Rp', N4: 'K', O4: 'Rp',
};

export const HEADER_MERGES = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:G2', 'H1:K1', 'H2:I2', 'J2:K2', 'L1:M2', 'N1:O2', 'F3:G3', 'H3:I3', 'J3:K3', 'L3:M3', 'N3:O3'];

/** A clean form: no finding of any code. Capaian K: 70, 93.75, 75, 80 → average 79.69, Tinggi. */
export function cleanBody(): Cells {
  return {
    B5: '1.02', C5: 'URUSAN PEMERINTAHAN BIDANG KESEHATAN',
    G5: ['SUM(G6)', 350], I5: ['SUM(I6)', 120], K5: ['SUM(K6)', 145], M5: ['I5+K5', 265], O5: ['M5/G5*100', 75.71428571428571],
    B6: '1.02.01', C6: 'Program Penunjang Urusan Pemerintahan Daerah', D6: 'Jumlah dokumen perencanaan', E6: 'Dokumen',
    F6: 10, G6: ['SUM(G7:G9)', 350], H6: 3, I6: ['SUM(I7:I9)', 120], J6: 4, K6: ['SUM(K7:K9)', 145],
    L6: ['H6+J6', 7], M6: ['I6+K6', 265], N6: ['L6/F6*100', 70], O6: ['M6/G6*100', 75.71428571428571],
    B7: '1.02.01.2.01', C7: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', D7: 'Persentase dokumen tepat waktu', E7: '%',
    F7: 80, G7: 100, H7: 70, I7: 40, J7: 75, K7: 50, L7: 75, M7: ['I7+K7', 90], N7: ['L7/F7*100', 93.75], O7: ['M7/G7*100', 90],
    B8: '1.02.01.2.02', C8: 'Administrasi Keuangan Perangkat Daerah', D8: 'Jumlah laporan keuangan', E8: 'Laporan',
    F8: 4, G8: 200, H8: 1, I8: 60, J8: 2, K8: 70, L8: ['H8+J8', 3], M8: ['I8+K8', 130], N8: ['L8/F8*100', 75], O8: ['M8/G8*100', 65],
    B9: '1.02.01.2.03', C9: 'Administrasi Umum Perangkat Daerah', D9: 'Jumlah paket logistik kantor', E9: 'Paket',
    F9: 5, G9: 50, H9: 2, I9: 20, J9: 2, K9: 25, L9: ['H9+J9', 4], M9: ['I9+K9', 45], N9: ['L9/F9*100', 80], O9: ['M9/G9*100', 90],
    A10: 'Rata-rata capaian kinerja (%)', N10: { value: 79.69, format: '0.00' },
    A11: 'Predikat kinerja', N11: 'Tinggi',
  };
}

export const FOOTER_MERGES = ['A10:M10', 'A11:M11'];

export function gridOf(cells: Cells, merges: string[] = [...HEADER_MERGES, ...FOOTER_MERGES], name = SHEET): Grid {
  const rows: (GridCell | undefined)[][] = [];
  for (const [address, input] of Object.entries(cells)) {
    if (input === undefined) continue;
    const at = parseA1(address)!;
    let cell: GridCell;
    if (Array.isArray(input)) cell = { value: input[1], formula: input[0] };
    else if (input !== null && typeof input === 'object' && 'value' in input) cell = { ...input } as GridCell;
    else cell = { value: input as Scalar };
    (rows[at.row] ??= [])[at.col] = cell;
  }
  const ranges = merges.map(parseRangeA1).filter((r): r is Range => r !== null);
  return { sheets: [{ name, cells: rows, merges: ranges }] };
}

export function formOf(cells: Cells, options: { merges?: string[]; settings?: Partial<Settings>; scale?: RatingScale } = {}): FormAnalysis {
  const grid = gridOf(cells, options.merges);
  const form = analyseForm(new SheetView(grid.sheets[0]), withDefaults(options.settings), { scale: options.scale });
  if (!form) throw new Error('form not recognised');
  return form;
}

export function findingsOf(cells: Cells, options: { merges?: string[]; settings?: Partial<Settings>; scale?: RatingScale } = {}): FormFinding[] {
  return checkForm(formOf(cells, options));
}

export function form(changes: Cells = {}): Cells {
  return { ...HEADER, ...cleanBody(), ...changes };
}
