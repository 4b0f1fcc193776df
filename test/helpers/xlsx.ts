// Loads .xlsx fixtures into grids the way the CLI does.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { Grid } from '../../src/core/grid';
import { gridOf } from '../../src/xlsx/grid';

export const FIXTURES = join(__dirname, '..', 'fixtures');

export async function loadGrid(file: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return gridOf(wb);
}
