// RuleTester-style: per finding code, grids that must stay quiet and grids that must report given cells.
// Every invalid case also renders its findings' messages in both languages: each must show the data it carries
// (names, numbers, words), and the rendered text is compared with the reviewed message golden (jest snapshot).
import { Grid } from '../../src/core/grid';
import { Finding, FindingCode, Severity } from '../../src/core/findings';
import { messageOf } from '../../src/core/messages';
import { num, quote } from '../../src/core/messages/format';
import { Language, Settings } from '../../src/core/settings';
import { analyseWorkbook } from '../../src/core/workbook';

export interface Invalid {
  name: string;
  grid: Grid;
  findings: { cell: string; sheet?: string; severity?: Severity; data?: Record<string, unknown> }[];
  settings?: Partial<Settings>;
}

export interface Valid {
  name: string;
  grid: Grid;
  settings?: Partial<Settings>;
}

/** Data fields a message shows in words of its own (a column's name, a reason) rather than verbatim. */
const SHOWN_IN_WORDS = new Set(['column', 'field', 'reason', 'period', 'formula', 'missingHere', 'sheets', 'lookedFor', 'date', 'role', 'candidates', 'rows', 'declaration', 'from']);

/** The data values a message must show, as it would print them. */
export function mustShow(f: Finding, lang: Language): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim() !== '') out.push(quote(v));
    else if (typeof v === 'number') out.push(num(v, lang));
  };
  for (const [k, v] of Object.entries(f.data as Record<string, unknown>)) {
    if (SHOWN_IN_WORDS.has(k)) continue;
    if (Array.isArray(v)) v.forEach(add);
    else add(v);
  }
  return out;
}

export function renderBoth(f: Finding): string {
  return `${f.code} ${f.sheet}!${f.cell}\n  id: ${messageOf(f, 'id')}\n  en: ${messageOf(f, 'en')}`;
}

export function runCheckTests(code: FindingCode, cases: { valid: Valid[]; invalid: Invalid[] }): void {
  describe(code, () => {
    for (const v of cases.valid) {
      it(`stays quiet: ${v.name}`, () => {
        const found = analyseWorkbook(v.grid, v.settings).findings.filter((f) => f.code === code);
        expect(found).toEqual([]);
      });
    }
    for (const inv of cases.invalid) {
      it(`reports: ${inv.name}`, () => {
        const found = analyseWorkbook(inv.grid, inv.settings).findings.filter((f) => f.code === code);
        expect(found.map((f) => f.cell).sort()).toEqual(inv.findings.map((f) => f.cell).sort());
        for (const want of inv.findings) {
          const f = found.find((x) => x.cell === want.cell)!;
          if (want.sheet) expect(f.sheet).toBe(want.sheet);
          if (want.severity) expect(f.severity).toBe(want.severity);
          if (want.data) expect(f.data).toMatchObject(want.data);
        }
        for (const f of found) {
          for (const lang of ['id', 'en'] as const) {
            const text = messageOf(f, lang);
            for (const shown of mustShow(f, lang)) expect({ code, lang, text, contains: text.includes(shown) ? shown : `MISSING ${shown}` }).toEqual({ code, lang, text, contains: shown });
          }
        }
        expect(found.map(renderBoth).join('\n')).toMatchSnapshot('messages');
      });
    }
  });
}
