// What table detection finds: where a table's header and body are and what each column holds.
import { Range } from '../grid';
import { Role } from './labels';

export type TableKind = 'capaian' | 'budget' | 'agreement';

export interface QuarterColumn {
  col: number;
  /** 0 for Triwulan I … 3 for Triwulan IV. */
  quarter: number;
  cumulative: boolean;
}

export interface ColumnMap {
  single: Partial<Record<Exclude<Role, 'quarter'>, number>>;
  /** Quarter columns left to right, duplicates included. */
  quarters: QuarterColumn[];
  /** Columns whose header says `(%)`. */
  percentHint: Set<number>;
  /** The header texts of each column, top to bottom (to recognise a repeated header block). */
  headerTexts: Map<number, string[]>;
}

export interface TableLayout {
  sheet: string;
  kind: TableKind;
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
  /** A closing `Jumlah`/`Total`/`Rata-rata` row. */
  summaryRow: number | null;
  summaryKind: 'total' | 'average' | null;
  /** The last row of the table (body or summary). */
  bottom: number;
}

export function layoutRange(t: TableLayout): Range {
  return { top: t.headerTop, left: t.left, bottom: t.bottom, right: t.right };
}
