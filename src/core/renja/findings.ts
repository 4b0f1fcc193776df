// The form's own finding codes (SPEC §11) and the data each carries. The project's Finding union takes these in.

type Num = number | null;

export interface FormFindingDataMap {
  /** A body row breaks a formula its numbered row declares (K or Rp). */
  /** `scale`: an Rp column's header scale (`Rp (000)`: 1000), absent when it states none. */
  'form-formula-mismatch': { declaration: string; part: 'K' | 'Rp'; expected: number; actual: number; formula: string | null; scale?: number };
  /** A declared sum adds two or more non-zero values of a non-additive K; `used` is §4's value (the last). */
  'percent-summed': {
    declaration: string; values: number[]; actual: number; used: Num; capaian: Num; unit: string | null; indicator: string;
    /** The stated percentage computed from the sum (`15 = 14/5 x 100`), which follows it: its cell and value. */
    percentCell: string | null; statedPercent: Num;
  };
  /** A parent's Rp ≠ the sum of its direct children's (stated values); rows 1-based (the shape of §10.4's code). */
  'rollup-mismatch': { expected: number; actual: number; column: 'amount'; header: string; rows: number[]; scale?: number };
  /**
   * `rollup`: a roll-up formula that does not aggregate exactly the row's direct children (rows 1-based; extra are
   * rows it should not count, counted twice included; missing are children it leaves out; difference = its value
   * minus the children's sum, when both are numbers). `shape`: a formula whose R1C1 shape differs from the others
   * of its column at its level; `expected` is the usual formula written for this cell.
   */
  'formula-inconsistent':
    | {
        reason: 'rollup'; cell: string; formula: string; rows: number[]; children: number[]; extra: number[]; missing: number[];
        /** Rows this formula makes count twice: grandchildren beside their parent, or siblings the parent row sums as well. */
        twice: number[];
        /** |value − children's sum| (null for an average); `more`: the value is the larger. */
        difference: Num; more: boolean;
        /** The row's level as printed: Urusan, Bidang Urusan, Program, Kegiatan, Sub Kegiatan. */
        level: string | null;
        /** The Rp column's header scale (`Rp (000)`: 1000), absent when it states none. */
        scale?: number;
      }
    | { reason: 'shape'; cell: string; formula: string; expected: string; others: number; level: string | null };
  /** Numbers of 4+ digits typed into a formula's arithmetic. */
  'formula-constant': { formula: string; constants: number[] };
  /** The stated predicate is not the scale's band of the stated or the computed average. */
  'predicate-mismatch': { stated: string; expected: string; average: number; statedAverage: Num };
}

/** A level as the form prints it (the same words in both languages). */
export const LEVEL_NAME: Record<string, string> = {
  urusan: 'Urusan', bidang: 'Bidang Urusan', program: 'Program', kegiatan: 'Kegiatan', subkegiatan: 'Sub Kegiatan',
};

export type FormFindingCode = keyof FormFindingDataMap;
export const FORM_FINDING_CODES: FormFindingCode[] = [
  'form-formula-mismatch', 'percent-summed', 'rollup-mismatch', 'formula-inconsistent', 'formula-constant', 'predicate-mismatch',
];
