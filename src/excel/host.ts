// The real host: Office.js behind the seam of seam.ts.
import { ExcelContext } from './api';
import { OFFICE_PAYLOAD_LIMIT, OFFICE_SETTINGS_LIMIT, OfficeHost } from './seam';

export * from './seam';

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
