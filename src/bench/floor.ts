// The least any design of the analysis must do on the bench's workbooks, timed by `npm run bench` beside the real
// analysis (each in a fresh process): it bounds what the speed target can ask of the engine. Not used by the CLI.
//
// It does a fraction of the job, as cheaply as JavaScript allows: the columns are known (no detection), every value
// cell goes through the real cell reader (readings cached by text, no object per cell: typed arrays), then per
// indicator a capaian, a write, and where the stated capaian differs a finding and its comment. No units, quarters,
// groups, ambiguity, cross-table matching, sorting, or any of the other checks.
import { a1, Grid } from '../core/grid';
import { agrees, isZero, round2 } from '../core/compute/math';
import { Finding } from '../core/findings';
import { messageOf } from '../core/messages';
import { CellWrite, PERCENT_FORMAT } from '../core/plan';
import { readCell, Reading } from '../core/read/cell';
import { DEFAULT_SETTINGS } from '../core/settings';

interface Columns {
  /** The first body row (0-based), under the header rows. */
  body: number;
  target: number;
  realisation: number;
  stated: number;
  /** The value columns read, first to last. */
  first: number;
  last: number;
}

/** Where the bench's generator puts the values (0-based columns). */
const BENCH_COLUMNS: Record<string, Columns> = {
  'Tabel II.1': { body: 1, target: 3, realisation: 8, stated: 9, first: 3, last: 9 },
  'Tabel II.15': { body: 2, target: 6, realisation: 7, stated: 8, first: 3, last: 9 },
};

export interface LowerBoundResult {
  cellsRead: number;
  writes: CellWrite[];
  /** Each with the comment `--out` would put on its cell. */
  findings: { finding: Finding; comment: string }[];
}

export function lowerBoundPass(grid: Grid): LowerBoundResult {
  const out: LowerBoundResult = { cellsRead: 0, writes: [], findings: [] };
  for (let s = 0; s < grid.sheets.length; s++) {
    const sheet = grid.sheets[s];
    const cols = BENCH_COLUMNS[sheet.name];
    if (cols === undefined) continue;
    const rows = sheet.cells;
    const width = cols.last + 1;
    /** 1 where the cell reads as a number (its value beside it); 0 for anything else. */
    const isNumber = new Uint8Array(rows.length * width);
    const value = new Float64Array(rows.length * width);
    const byText = new Map<string, Reading>();
    for (let r = cols.body; r < rows.length; r++) {
      const row = rows[r];
      if (row === undefined) continue;
      for (let c = cols.first; c <= cols.last && c < row.length; c++) {
        const cell = row[c];
        if (!cell) continue;
        const v = cell.value;
        let reading: Reading | undefined = typeof v === 'string' ? byText.get(v) : undefined;
        if (reading === undefined) {
          reading = readCell(cell);
          if (typeof v === 'string') byText.set(v, reading);
        }
        out.cellsRead++;
        if (reading.kind === 'number') {
          isNumber[r * width + c] = 1;
          value[r * width + c] = reading.measure.value;
        }
      }
    }
    for (let r = cols.body; r < rows.length; r++) {
      const t = r * width + cols.target;
      const a = r * width + cols.realisation;
      if (!isNumber[t] || !isNumber[a] || isZero(value[t])) continue;
      const capaian = round2((value[a] / value[t]) * 100);
      const address = a1(r, cols.stated);
      out.writes.push({ sheet: sheet.name, row: r, col: cols.stated, address, value: capaian / 100, format: PERCENT_FORMAT, kind: 'capaian' });
      const st = r * width + cols.stated;
      // As statedPercent reads it: `85%` and a General 85 both say 85 percent.
      if (!isNumber[st] || agrees(value[st], capaian, DEFAULT_SETTINGS.tolerance)) continue;
      const finding: Finding = {
        code: 'capaian-mismatch', severity: 'error', sheet: sheet.name, cell: address,
        data: { stated: value[st], computed: capaian },
      };
      out.findings.push({ finding, comment: messageOf(finding, 'id') });
    }
  }
  return out;
}
