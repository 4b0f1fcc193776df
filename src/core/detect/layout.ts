// What table detection finds: where a table's header and body are and what each column holds.
import { Range } from '../grid';
import { PeriodKind, Role } from './labels';

export type TableKind = 'capaian' | 'budget' | 'agreement';

export interface QuarterColumn {
  col: number;
  /** The period's index: 0 for Triwulan I / Semester I / January. */
  quarter: number;
  cumulative: boolean;
}

/** A year group other than the reporting year's, with a target and a realisation: checked, never written (SPEC §10.3). */
export interface YearGroup {
  year: number;
  target?: number;
  annual?: number;
  capaian?: number;
}

/** A column of another year read for display only (`Capaian Kinerja Tahun 2018`). */
export interface HistoryColumn {
  col: number;
  year: number | null;
  role: Role;
}

export interface ColumnMap {
  single: Partial<Record<Exclude<Role, 'quarter'>, number>>;
  /** Period columns (quarters, semesters or months) of the reporting year, left to right, duplicates included. */
  quarters: QuarterColumn[];
  /** What the period columns are; quarters when there are none. */
  periodKind: PeriodKind;
  /**
   * The last period a cumulative column reaches (`s.d. TW III`: 2), when the table has one: a mid-year table reported
   * to that period, whose later periods are not missing.
   */
  reportedTo?: number;
  /** Columns whose header says `(%)`. */
  percentHint: Set<number>;
  /** The header texts of each column, top to bottom, normalised (to recognise a repeated header block). */
  headerTexts: Map<number, string[]>;
  /** The header texts of each column as printed, top to bottom (to name a column in a message). */
  headerLabels: Map<number, string[]>;
  /** The reporting year (SPEC §10.3), or null when the header names none. */
  reportingYear: number | null;
  /** Other years with a target and a realisation. */
  yearGroups: YearGroup[];
  /** Columns of other years without a target and realisation beside them. */
  history: HistoryColumn[];
  /** Roles with two candidate columns in the reporting year (SPEC §10.5): nothing is written in the table. */
  ambiguous: { role: Role; cols: number[] }[];
  /** Every rupiah column a parent row must sum (pagu, Pagu Awal, spent, Sisa, monthly spending). */
  amounts: number[];
  /** A budget-only table's spending per period (TW I … IV, months 1 … 12), whose sum is the row's spent. */
  periodAmounts: number[];
  /** Columns of a code split over several cells under one merged `Kode`. */
  codeColumns: number[];
  /**
   * Level columns side by side (`Program │ Kegiatan │ Sub Kegiatan`), left to right: a row's name is in the one it
   * fills, and the column is its level. Empty with one level column.
   */
  levelColumns: number[];
}

export interface TableLayout {
  sheet: string;
  kind: TableKind;
  /** A budget table without indicator column (SPEC §10.4): every row is its own group. */
  budgetOnly: boolean;
  /** Header rows, 0-based inclusive. */
  headerTop: number;
  headerBottom: number;
  left: number;
  right: number;
  columns: ColumnMap;
  /** Data rows in order (repeated header rows and numbering rows left out). */
  bodyRows: number[];
  /** Rows of a repeated header block inside the body, skipped. */
  skippedRows: number[];
  /**
   * Of the skipped rows, the subtotals (`Sub Total`, `Sub Jumlah`) and a level's own totals after its rows (`Jumlah
   * Program …`): no data rows, but their rupiah are checked against the rows above them.
   */
  subtotalRows: number[];
  /**
   * `Rata-rata` rows inside the body, each closing the group above it (a II.15 with a `Rata-rata Capaian Kinerja` row
   * under each Sasaran): the group's stated average, not the end of the table.
   */
  groupAverageRows: number[];
  /** A closing `Jumlah`/`Total`/`Rata-rata` row. */
  summaryRow: number | null;
  summaryKind: 'total' | 'average' | null;
  /** The last row of the table (body or summary). */
  bottom: number;
}

export function layoutRange(t: TableLayout): Range {
  return { top: t.headerTop, left: t.left, bottom: t.bottom, right: t.right };
}

export const PERIOD_COUNT: Record<PeriodKind, number> = { quarter: 4, semester: 2, month: 12 };
