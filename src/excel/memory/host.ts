// OfficeHost over a MemoryWorkbook: for tests, the bench and the browser preview, where there is no Excel.
// As strict as Excel where Cermat can lose data (see context.ts); its limits can be lowered (payloadLimit,
// settingsLimit, mergeAreaLimit) so that tests force chunking with a few hundred rows, and failures can be
// injected into any sync (failSync) or settings save (failSaves).
import { ExcelContext } from '../api';
import { DocumentSettings, OFFICE_PAYLOAD_LIMIT, OFFICE_SETTINGS_LIMIT, OfficeHost, RunOptions } from '../seam';
import { MemoryContext, MemoryError } from './context';
import { MemoryWorkbook } from './model';
import { localeOf } from './typing';
import { utf8Length } from '../wire';

export interface MemoryHostOptions {
  /** Supported requirement sets and their highest version, e.g. { ExcelApi: '1.17' }. */
  sets?: Record<string, string>;
  language?: string;
  theme?: 'light' | 'dark';
  /** Bytes a request or response may carry (Excel on the web: 5 MB); lower it in tests to force chunking. */
  payloadLimit?: number;
  /** Bytes the document settings may hold when saved (2 MB). */
  settingsLimit?: number;
  /** Merged areas one getMergedAreasOrNullObject call may return (512). */
  mergeAreaLimit?: number;
}

export class MemoryHost implements OfficeHost {
  readonly contexts: MemoryContext[] = [];
  readonly runOptions: RunOptions[] = [];
  displayLanguage: string;
  /** What a saved workbook keeps: settings as of the last save. */
  private saved = new Map<string, unknown>();
  private live = new Map<string, unknown>();
  readonly settings: DocumentSettings;
  readonly payloadLimit: number;
  readonly settingsLimit: number;
  /** Syncs (counted over the host's life, from 1) that fail part-way, with the fraction of the batch run first. */
  private readonly faults = new Map<number, number>();
  /** Settings saves still to fail. */
  failSaves = 0;

  constructor(readonly book: MemoryWorkbook, private readonly options: MemoryHostOptions = {}) {
    this.displayLanguage = options.language ?? 'id-ID';
    this.payloadLimit = options.payloadLimit ?? OFFICE_PAYLOAD_LIMIT;
    this.settingsLimit = options.settingsLimit ?? OFFICE_SETTINGS_LIMIT;
    this.settings = {
      get: (name) => this.live.get(name) ?? null,
      set: (name, value) => void this.live.set(name, JSON.parse(JSON.stringify(value))),
      remove: (name) => void this.live.delete(name),
      save: async () => {
        if (this.failSaves > 0) {
          this.failSaves--;
          throw new MemoryError('GeneralException', 'settings not saved (injected failure)');
        }
        const size = this.settingsBytes();
        if (size > this.settingsLimit) throw new MemoryError('SettingsTooLarge', `document settings of ${size} bytes exceed the limit of ${this.settingsLimit}`);
        this.saved = new Map(this.live);
      },
    };
  }

  /** The size of the settings as Office stores them (one JSON object). */
  settingsBytes(): number {
    return utf8Length(JSON.stringify(Object.fromEntries(this.live)));
  }

  /** Makes the n-th sync from now on (1 = the next) fail after running `fraction` of its batch. */
  failSync(n: number, fraction = 0.5): void {
    this.faults.set(this.syncs + n, fraction);
  }

  private readonly listeners = new Set<() => void>();

  /** Called after every Excel.run, so a view of the workbook (the preview's grid) can redraw. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  run<T>(options: RunOptions, batch: (context: ExcelContext) => Promise<T>): Promise<T> {
    const ctx = new MemoryContext(this.book, {
      payloadLimit: this.payloadLimit,
      mergeAreaLimit: this.options.mergeAreaLimit,
      locale: localeOf(this.displayLanguage),
      supports: (version) => this.isSetSupported('ExcelApi', version),
      fault: () => {
        const f = this.faults.get(this.syncs);
        this.faults.delete(this.syncs);
        return f ?? null;
      },
    });
    this.contexts.push(ctx);
    this.runOptions.push(options);
    return batch(ctx).finally(() => this.listeners.forEach((l) => l()));
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
