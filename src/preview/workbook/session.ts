// The page's side of the workbook worker: open a file (with progress), then ask for patched copies of it.
// Without Worker support the same work runs on the main thread.
import { Grid } from '../../core/grid';
import { CellEdit, NewColumn } from '../../xlsx/patch';
import { SheetPart } from '../../xlsx/read';
import { WorkbookCore } from './core';
import { FromWorker, ToWorker } from './protocol';
import { spawnWorker } from './spawn';

export type Progress = (step: string, done: number, total: number) => void;

interface Channel {
  send(msg: ToWorker, transfer?: Transferable[]): void;
  close(): void;
}

export class WorkbookSession {
  private waiting: ((reply: FromWorker) => void) | null = null;
  private progress: Progress | null = null;
  private readonly channel: Channel;

  constructor() {
    const receive = (reply: FromWorker) => {
      if (reply.type === 'progress') this.progress?.(reply.step, reply.done, reply.total);
      else this.waiting?.(reply);
    };
    if (typeof Worker !== 'undefined') {
      const worker = spawnWorker();
      worker.onmessage = (e: MessageEvent<FromWorker>) => receive(e.data);
      worker.onerror = (e) => receive({ type: 'failed', message: e.message || 'worker failed' });
      this.channel = { send: (msg, transfer) => worker.postMessage(msg, transfer ?? []), close: () => worker.terminate() };
    } else {
      const core = new WorkbookCore();
      this.channel = { send: (msg) => setTimeout(() => core.handle(msg, receive), 0), close: () => undefined };
    }
  }

  private ask(msg: ToWorker, transfer?: Transferable[]): Promise<FromWorker> {
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.channel.send(msg, transfer);
    });
  }

  /** Reads the workbook (the buffer is handed over to the worker). */
  async open(data: ArrayBuffer, progress: Progress): Promise<{ grid: Grid; sheets: SheetPart[] }> {
    this.progress = progress;
    const reply = await this.ask({ type: 'open', data }, [data]);
    this.progress = null;
    if (reply.type === 'opened') return { grid: reply.grid, sheets: reply.sheets };
    throw new Error(reply.type === 'failed' ? reply.message : 'unexpected reply');
  }

  /** The original package with these edits (the same writer as `cermat --out`). */
  async patch(edits: CellEdit[], columns: NewColumn[]): Promise<ArrayBuffer> {
    const reply = await this.ask({ type: 'patch', edits, columns });
    if (reply.type === 'patched') return reply.data;
    throw new Error(reply.type === 'failed' ? reply.message : 'unexpected reply');
  }

  close(): void {
    this.channel.close();
  }
}
