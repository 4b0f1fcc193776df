// Messages between the preview page and its workbook worker (unzip, parse, patch happen off the main thread).
import { Grid } from '../../core/grid';
import { CellEdit, NewColumn } from '../../xlsx/patch';
import { SheetPart } from '../../xlsx/read';

export type ToWorker =
  | { type: 'open'; data: ArrayBuffer }
  | { type: 'patch'; edits: CellEdit[]; columns: NewColumn[] };

export type FromWorker =
  | { type: 'progress'; step: string; done: number; total: number }
  | { type: 'opened'; grid: Grid; sheets: SheetPart[] }
  | { type: 'patched'; data: ArrayBuffer }
  | { type: 'failed'; message: string };
