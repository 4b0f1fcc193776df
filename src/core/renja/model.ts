// The Permendagri 86/2017 evaluation form ("Evaluasi terhadap Hasil Renja Perangkat Daerah", SPEC §11) as read:
// its numbered column groups with their K/Rp/% sub-columns, its rows as a hierarchy, and its footer.

/** What a numbered column group holds (SPEC §11, recognised by its label and by the declarations). */
export type GroupRole =
  | 'no' | 'code' | 'label' | 'indicator' | 'unit'
  | 'renstraTarget' | 'lastRealisation' | 'target' | 'quarter' | 'realisation' | 'capaian' | 'cumulative' | 'cumulativeCapaian'
  | 'responsible' | 'notes' | 'other';

/** A formula the numbered row declares: `12 = 8+9+10+11` or `13 = 12/7 x 100`. */
export type Declaration = (
  | { text: string; result: number; kind: 'sum'; terms: number[] }
  | { text: string; result: number; kind: 'ratio'; numerator: number; denominator: number }
) & {
  /** A form numbered on every leaf column: the Rp column's own declaration as printed (`12 = 8 + 10`). */
  rpText?: string;
};

export interface FormGroup {
  /** The column number of the numbered row; null for an inserted, unnumbered column (Satuan). */
  number: number | null;
  role: GroupRole;
  /** 1–4 for a quarter group. */
  quarter?: number;
  label: string;
  /** Every column of the group, left to right (0-based). */
  cols: number[];
  /** Sub-columns: kinerja (K), rupiah (Rp), a quarter's percentage (%). */
  k?: number;
  rp?: number;
  pct?: number;
  /** The Rp sub-column's header as printed (`Rp`, `Rp (000)`), when the form has a K/Rp row. */
  rpLabel?: string;
  declaration?: Declaration;
  /** Split by year into several K │ Rp pairs: only a Renstra's end-of-period K is read from it. */
  split?: boolean;
}

export type Level = 'urusan' | 'bidang' | 'program' | 'kegiatan' | 'subkegiatan';
export const LEVELS: Level[] = ['urusan', 'bidang', 'program', 'kegiatan', 'subkegiatan'];

export interface FormIndicator {
  name: string;
  /** The row holding this indicator's K values (a continuation row of a merged label has its own). */
  row: number;
  /** The cell the name is in. */
  cell: { row: number; col: number };
  /** Two numbered indicators written in one cell share the row's values. */
  shared: boolean;
}

export interface FormRow {
  /** The row's first sheet row, 0-based: where its label and Rp values are. */
  row: number;
  /** Every sheet row of the node (a label merged over two rows holds two indicators). */
  rows: number[];
  code: string | null;
  level: Level | null;
  /** How the level was found. */
  levelFrom: 'code' | 'word' | 'formulas' | 'position' | null;
  label: string;
  unitText: string | null;
  indicators: FormIndicator[];
  /** Index (into the form's rows) of the parent row, null for a top-level row. */
  parent: number | null;
  children: number[];
}

export interface FormLayout {
  sheet: string;
  headerTop: number;
  numberedRow: number;
  /** The K/Rp sub-header row, if any. */
  subRow: number | null;
  /** The last header row. */
  headerBottom: number;
  left: number;
  right: number;
  groups: FormGroup[];
  declarations: Declaration[];
  /** 0-based sheet rows of the body, in order. */
  bodyRows: number[];
  bodyBottom: number;
  /** A `Jumlah`/`Total` row among or after the body rows (its Rp compared with the top-level rows'), if any. */
  totalRow?: number;
  labelCol?: number;
  indicatorCol?: number;
  unitCol?: number;
  codeCols: number[];
  footer: FormFooter;
}

export interface FormFooter {
  /** The `Rata-rata capaian kinerja` value cell. */
  average?: { row: number; col: number };
  /** The `Predikat kinerja` value cell. */
  predicate?: { row: number; col: number };
}

export function groupOf(layout: FormLayout, role: GroupRole, quarter?: number): FormGroup | undefined {
  return layout.groups.find((g) => g.role === role && (quarter === undefined || g.quarter === quarter));
}

export function groupByNumber(layout: FormLayout, n: number): FormGroup | undefined {
  return layout.groups.find((g) => g.number === n);
}

export function quarterGroups(layout: FormLayout): FormGroup[] {
  return layout.groups.filter((g) => g.role === 'quarter').sort((a, b) => (a.quarter ?? 0) - (b.quarter ?? 0));
}
