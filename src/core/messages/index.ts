// One message catalogue per language; findings get their words only here.
import { DataOf, Finding, FindingCode, Severity } from '../findings';
import { Language } from '../settings';
import { en } from './en';
import { id } from './id';

/** Per language, per code, a message typed against that code's data. */
export type Catalogue = { [C in FindingCode]: (d: DataOf<C>) => string };

export const CATALOGUES: Record<Language, Catalogue> = { id, en };

export function messageOf(f: Pick<Finding, 'code' | 'data'>, lang: Language): string {
  // The union's code and data belong together; TypeScript cannot see that through an index.
  const render = CATALOGUES[lang][f.code] as (d: typeof f.data) => string;
  return render(f.data);
}

export const SEVERITY_LABEL: Record<Language, Record<Severity, string>> = {
  id: { error: 'Kesalahan', warning: 'Peringatan', info: 'Info' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};
