// One message catalogue per language; findings get their words only here.
import { Finding, FindingCode, FindingData, Severity } from '../findings';
import { Language } from '../settings';
import { en } from './en';
import { id } from './id';

export const CATALOGUES: Record<Language, Record<FindingCode, (d: FindingData) => string>> = { id, en };

export function messageOf(f: Pick<Finding, 'code' | 'data'>, lang: Language): string {
  return CATALOGUES[lang][f.code](f.data);
}

export const SEVERITY_LABEL: Record<Language, Record<Severity, string>> = {
  id: { error: 'Galat', warning: 'Peringatan', info: 'Info' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};
