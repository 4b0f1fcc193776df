// What the add-in needs from Office, in one seam: Excel.run, requirement sets, document settings, language.
// The real host wraps Office.js; tests and the browser preview pass an in-memory host with the same shape.

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

export interface OfficeHost {
  run<T>(options: RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: DocumentSettings;
  /** Office's display language, e.g. `id-ID` or `en-US`. */
  displayLanguage: string;
  /** Light or dark, from the Office theme. */
  theme(): 'light' | 'dark';
}

/** The host inside Office (Excel on Windows, Mac and the web). */
export function officeHost(): OfficeHost {
  const doc = Office.context.document.settings;
  return {
    run: (options, batch) => Excel.run(options as Excel.RunOptions, batch),
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
