// OfficeHost over a MemoryWorkbook: for tests and for the browser preview, where there is no Excel.
import { DocumentSettings, OfficeHost, RunOptions } from '../host';
import { MemoryContext } from './context';
import { MemoryWorkbook } from './model';

export interface MemoryHostOptions {
  /** Supported requirement sets and their highest version, e.g. { ExcelApi: '1.17' }. */
  sets?: Record<string, string>;
  language?: string;
  theme?: 'light' | 'dark';
  /** Bytes a request or response may carry (Excel on the web: 5 MB). */
  payloadLimit?: number;
}

export class MemoryHost implements OfficeHost {
  readonly contexts: MemoryContext[] = [];
  readonly runOptions: RunOptions[] = [];
  displayLanguage: string;
  /** What a saved workbook keeps: settings as of the last save. */
  private saved = new Map<string, unknown>();
  private live = new Map<string, unknown>();
  readonly settings: DocumentSettings;

  constructor(readonly book: MemoryWorkbook, private readonly options: MemoryHostOptions = {}) {
    this.displayLanguage = options.language ?? 'id-ID';
    this.settings = {
      get: (name) => this.live.get(name) ?? null,
      set: (name, value) => void this.live.set(name, JSON.parse(JSON.stringify(value))),
      remove: (name) => void this.live.delete(name),
      save: async () => {
        this.saved = new Map(this.live);
      },
    };
  }

  private readonly listeners = new Set<() => void>();

  /** Called after every Excel.run, so a view of the workbook (the preview's grid) can redraw. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  run<T>(options: RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const ctx = new MemoryContext(this.book, this.options.payloadLimit);
    this.contexts.push(ctx);
    this.runOptions.push(options);
    return batch(ctx as unknown as Excel.RequestContext).finally(() => this.listeners.forEach((l) => l()));
  }

  isSetSupported(name: string, version: string): boolean {
    const have = (this.options.sets ?? { ExcelApi: '1.17' })[name];
    if (!have) return false;
    const [a, b] = have.split('.').map(Number);
    const [c, d] = version.split('.').map(Number);
    return a > c || (a === c && (b ?? 0) >= (d ?? 0));
  }

  theme(): 'light' | 'dark' {
    return this.options.theme ?? 'light';
  }

  /** Total context.sync() calls so far. */
  get syncs(): number {
    return this.contexts.reduce((n, c) => n + c.syncs, 0);
  }

  /** Closes and reopens the workbook: unsaved settings are lost, saved ones come back. */
  reopen(): void {
    this.live = new Map(this.saved);
  }
}
