// Reads a table's value cells once each, learns its notation, and decides ambiguous numerals (SPEC §3.1).
import { a1, GridCell, SheetView } from '../grid';
import { Measure, readCell, Reading } from '../read/cell';
import { Notation, notationOfChoice } from '../read/number';
import { isAdditive, RUPIAH, Unit } from '../read/units';
import { ColumnKind, ValueCell } from './model';

export class CellReader {
  readonly cells: ValueCell[] = [];
  private readonly byPosition = new Map<number, ValueCell>();
  /** Texts repeat (`100%`, `-`, `0`): share their readings, except ambiguous ones, which are decided in place. */
  private readonly byText = [new Map<string, Reading>(), new Map<string, Reading>()];

  constructor(private readonly view: SheetView, private readonly categories?: ReadonlySet<string>) {}

  /** The value cell shown at (row, col), read once; null when the column is absent. */
  read(row: number, col: number | undefined, column: ColumnKind): ValueCell | null {
    if (col === undefined) return null;
    const at = this.view.anchor(row, col);
    const position = at.row * 20000 + at.col;
    const known = this.byPosition.get(position);
    if (known) return known;
    const grid = this.view.raw(at.row, at.col);
    const reading = this.readingOf(grid, column === 'target');
    const cell = new TableCell(at.row, at.col, column, reading, !!grid?.formula);
    this.byPosition.set(position, cell);
    this.cells.push(cell);
    return cell;
  }

  private readingOf(grid: GridCell | undefined, allowRange: boolean): Reading {
    const v = grid?.value;
    if (typeof v !== 'string') return readCell(grid, { allowRange, categories: this.categories });
    const cache = this.byText[allowRange ? 1 : 0];
    const known = cache.get(v);
    if (known) return known;
    const reading = readCell(grid, { allowRange, categories: this.categories });
    if (!measuresOf(reading).some((m) => m.ambiguous)) cache.set(v, reading);
    return reading;
  }

  /** Notations proved by the table's text numbers (ambiguous ones prove nothing). */
  notations(): Set<Notation> {
    const out = new Set<Notation>();
    for (const c of this.cells) for (const m of measuresOf(c.reading)) if (m.notation && !m.numeric) out.add(m.notation);
    return out;
  }

}

/** A value cell with a stable shape; its A1 address is built only when a finding asks for it. */
class TableCell implements ValueCell {
  resolution?: ValueCell['resolution'] = undefined;
  unitMismatch?: ValueCell['unitMismatch'] = undefined;
  percentScaleMixed?: boolean = undefined;

  constructor(
    readonly row: number,
    readonly col: number,
    readonly column: ColumnKind,
    readonly reading: Reading,
    readonly formula: boolean,
  ) {}

  get address(): string {
    return a1(this.row, this.col);
  }
}

export function measuresOf(reading: Reading): Measure[] {
  switch (reading.kind) {
    case 'number':
      return [reading.measure];
    case 'multiple':
      return reading.measures;
    case 'range':
      return [reading.low, reading.high];
    default:
      return [];
  }
}

/**
 * Decides each ambiguous numeral of a cell: a count or currency unit (the cell's own, else the row's)
 * means thousands; else the notation the table uses elsewhere; else Indonesian, flagged.
 */
export function resolveAmbiguous(cell: ValueCell, rowUnit: Unit | null, tableNotation: Notation | null): void {
  const implied = cell.column === 'pagu' || cell.column === 'spent' ? RUPIAH : rowUnit;
  for (const m of measuresOf(cell.reading)) {
    if (!m.ambiguous) continue;
    const { thousands, decimal, separator } = m.ambiguous;
    let asThousands: boolean;
    if (isAdditive(m.unit) || (m.unit === null && isAdditive(implied))) {
      asThousands = true;
      cell.resolution ??= 'unit';
    } else if (tableNotation) {
      asThousands = notationOfChoice(separator, true) === tableNotation;
      cell.resolution ??= 'table';
    } else {
      asThousands = separator === '.';
      cell.resolution = 'fallback';
    }
    m.value = asThousands ? thousands : decimal;
    delete m.ambiguous;
  }
}
