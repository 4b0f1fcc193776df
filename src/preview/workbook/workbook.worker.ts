// The preview's workbook worker: receives the file's bytes, answers with progress, the grid, and patched copies.
import { WorkbookCore } from './core';
import { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
};
const core = new WorkbookCore();
scope.onmessage = (e) => core.handle(e.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
