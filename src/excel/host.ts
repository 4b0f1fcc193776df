// What the add-in needs from Office, in one seam: Excel.run, requirement sets, document settings, language.
// The real host wraps Office.js; tests and the browser preview pass an in-memory host with the same shape.
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

/** The real context satisfies the declared subset: this line stops compiling the day it does not. */
const asContext = (context: Excel.RequestContext): ExcelContext => context;

/** The host inside Office (Excel on Windows, Mac and the web). */
export function officeHost(): OfficeHost {
  const doc = Office.context.document.settings;
  return {
    run: (options, batch) => Excel.run(options as Excel.RunOptions, (context) => batch(asContext(context))),
    payloadLimit: OFFICE_PAYLOAD_LIMIT,
    settingsLimit: OFFICE_SETTINGS_LIMIT,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: {
      get: (name) => doc.get(name),
      set: (name, value) => doc.set(name, value),
      remove: (name) => doc.remove(name),
      save: () =>
        new Promise((resolve, reject) =>
          doc.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error?.message ?? 'settings not saved')))),
        ),
    },
    displayLanguage: Office.context.displayLanguage ?? 'id-ID',
    theme: () => {
      const bg = Office.context.officeTheme?.bodyBackgroundColor;
      if (!bg) return 'light';
      const n = parseInt(bg.replace('#', ''), 16);
      const luminance = ((n >> 16) & 255) * 0.299 + ((n >> 8) & 255) * 0.587 + (n & 255) * 0.114;
      return luminance < 128 ? 'dark' : 'light';
    },
  };
}
