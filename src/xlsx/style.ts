// ExcelJS cells loaded from a file share style objects: a change is made on a style of the cell's own.
import ExcelJS from 'exceljs';

/** Applies the change to a copy of the cell's style; a key set to undefined is removed. */
export function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style, ...change };
  for (const key of Object.keys(change) as (keyof ExcelJS.Style)[]) if (change[key] === undefined) delete style[key];
  cell.style = style;
}
