// What the add-in needs from Office, in one seam: Excel.run, requirement sets, document settings, language,
// limits. The real host (host.ts) wraps Office.js; tests, the bench and the browser preview pass an in-memory
// host with the same shape. Nothing here refers to Office's globals, so the CLI build can compile the adapter.
import { ExcelContext } from './api';

export interface RunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  save(): Promise<void>;
}

/** Excel on the web refuses a request or a response above 5 MB ("Resource limits and performance optimization
 *  for Office Add-ins", learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization). */
export const OFFICE_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Document settings hold at most 2 MB (Office.Settings.set reference; OfficeDev/office-js#621, #3957). */
export const OFFICE_SETTINGS_LIMIT = 2 * 1024 * 1024;

export interface OfficeHost {
  run<T>(options: RunOptions, batch: (context: ExcelContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: DocumentSettings;
  /** Office's display language, e.g. `id-ID` or `en-US`. */
  displayLanguage: string;
  /** Light or dark, from the Office theme. */
  theme(): 'light' | 'dark';
  /** Bytes one request or response may carry (Excel on the web: 5 MB). */
  readonly payloadLimit: number;
  /** Bytes the document settings may hold (2 MB). */
  readonly settingsLimit: number;
}

