// Loads .xlsx fixtures into grids the way the CLI does (the package reader of src/xlsx).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Grid } from '../../src/core/grid';
import { nodeCodec } from '../../src/xlsx/codec-node';
import { readXlsx } from '../../src/xlsx/read';

export const FIXTURES = join(__dirname, '..', 'fixtures');

export async function loadGrid(file: string): Promise<Grid> {
  return readXlsx(readFileSync(file), nodeCodec).grid;
}
