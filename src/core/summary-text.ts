// "Salin ringkasan": what the LKj's Bab III narrative quotes — the capaian of each indicator, each table's average
// and the budget absorption of each group — as an HTML table (pasted into Word or Google Docs as a table) and as
// plain text (tab-separated columns, readable as it is and pasted into a spreadsheet as columns). In the chosen
// language; the numbers in its notation. Pure: the pane, the preview and the CLI each put it where they need it.
import { formatNumeral } from './read/number';
import { percent } from './messages/format';
import { FileReport, GroupReport, JsonValue, TableReport } from './report';
import { Language } from './settings';

export interface ReportSummary {
  html: string;
  text: string;
}

const WORDS = {
  id: {
    title: 'Ringkasan capaian kinerja',
    no: 'No',
    indicator: 'Indikator kinerja',
    target: 'Target',
    realisation: 'Realisasi',
    capaian: 'Capaian',
    average: 'Rata-rata capaian',
    group: 'Program / kegiatan',
    pagu: 'Pagu (Rp)',
    spent: 'Realisasi (Rp)',
    absorption: 'Serapan anggaran',
    budgetOf: (sheet: string) => `Serapan anggaran — ${sheet}`,
    notComputed: 'tidak dihitung',
    noTable: 'Tidak ada tabel capaian yang dikenali.',
  },
  en: {
    title: 'Performance summary',
    no: 'No',
    indicator: 'Performance indicator',
    target: 'Target',
    realisation: 'Realisation',
    capaian: 'Capaian',
    average: 'Mean capaian',
    group: 'Programme / activity',
    pagu: 'Pagu (Rp)',
    spent: 'Spent (Rp)',
    absorption: 'Budget absorption',
    budgetOf: (sheet: string) => `Budget absorption — ${sheet}`,
    notComputed: 'not computed',
    noTable: 'No capaian table recognised.',
  },
};

/** A value as the table states it: a number in the language's notation, a range, a category. */
function valueText(v: JsonValue, lang: Language): string {
  if (v === null) return '–';
  if (typeof v === 'number') return number(v, lang);
  if (Array.isArray(v)) return `${number(v[0], lang)}–${number(v[1], lang)}`;
  return v.category;
}

function number(v: number, lang: Language): string {
  const decimals = Number.isInteger(v) ? 0 : 2;
  return formatNumeral(v, lang, decimals);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** One line of a tab-separated table: no tab or line break inside a cell. */
const flat = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

interface Block {
  caption: string;
  head: string[];
  rows: string[][];
  /** The closing row (the table's average), set apart. */
  foot?: string[];
}

function indicatorBlock(t: TableReport, lang: Language): Block {
  const w = WORDS[lang];
  const unit = (u: string | null) => (u ? ` ${u}` : '');
  return {
    caption: `${t.sheet} (${t.range})`,
    head: [w.no, w.indicator, w.target, w.realisation, w.capaian],
    rows: t.indicators.map((i, n) => [
      String(n + 1),
      i.name,
      valueText(i.target, lang) + (i.target === null ? '' : unit(i.unit)),
      valueText(i.realisation, lang) + (i.realisation === null ? '' : unit(i.unit)),
      percent(i.capaian, lang, w.notComputed),
    ]),
    foot: ['', w.average, '', '', percent(t.capaian, lang, w.notComputed)],
  };
}

function budgetBlock(t: TableReport, lang: Language): Block | null {
  const w = WORDS[lang];
  const groups = t.groups.filter((g: GroupReport) => g.absorption !== null || g.pagu !== null);
  if (groups.length === 0) return null;
  const money = (v: number | null) => (v === null ? '–' : formatNumeral(v, lang, Number.isInteger(v) ? 0 : 2));
  return {
    caption: w.budgetOf(t.sheet),
    head: [w.no, w.group, w.pagu, w.spent, w.absorption],
    rows: groups.map((g, n) => [String(n + 1), g.name, money(g.pagu), money(g.spent), percent(g.absorption, lang, w.notComputed)]),
  };
}

/** The blocks of a report: per capaian, budget or form table its indicators, then the budget table's groups. */
function blocksOf(report: FileReport, lang: Language): Block[] {
  const blocks: Block[] = [];
  for (const t of report.tables) {
    if (t.kind === 'agreement') continue; // the agreement is the reference, not a result
    if (t.indicators.length > 0) blocks.push(indicatorBlock(t, lang));
    if (t.kind === 'budget') {
      const b = budgetBlock(t, lang);
      if (b) blocks.push(b);
    }
  }
  return blocks;
}

function htmlOf(blocks: Block[], lang: Language): string {
  const w = WORDS[lang];
  const cell = (tag: 'th' | 'td', s: string, right: boolean) =>
    `<${tag} style="border:1px solid #000;padding:2px 6px;${right ? 'text-align:right;' : ''}">${escape(s)}</${tag}>`;
  // Numbers (every column but the name) right-aligned, as the LKj tables print them.
  const row = (cells: string[], tag: 'th' | 'td') => `<tr>${cells.map((c, i) => cell(tag, c, tag === 'td' && i !== 1 && i !== 0)).join('')}</tr>`;
  const tables = blocks.map((b) => [
    `<table style="border-collapse:collapse;">`,
    `<caption style="text-align:left;font-weight:bold;">${escape(b.caption)}</caption>`,
    `<thead>${row(b.head, 'th')}</thead>`,
    `<tbody>${b.rows.map((r) => row(r, 'td')).join('')}</tbody>`,
    b.foot ? `<tfoot>${row(b.foot, 'th')}</tfoot>` : '',
    `</table>`,
  ].join(''));
  const body = tables.length ? tables.join('<br>') : `<p>${escape(w.noTable)}</p>`;
  return `<div lang="${lang}"><p><strong>${escape(w.title)}</strong></p>${body}</div>`;
}

function textOf(blocks: Block[], lang: Language): string {
  const w = WORDS[lang];
  if (blocks.length === 0) return `${w.title}\n\n${w.noTable}\n`;
  const line = (cells: string[]) => cells.map(flat).join('\t').replace(/\t+$/, '');
  const parts = blocks.map((b) => [b.caption, line(b.head), ...b.rows.map(line), ...(b.foot ? [line(b.foot)] : [])].join('\n'));
  return `${w.title}\n\n${parts.join('\n\n')}\n`;
}

/** The summary of a checked workbook, as HTML and as plain text, in `lang`. */
export function reportSummary(report: FileReport, lang: Language): ReportSummary {
  const blocks = blocksOf(report, lang);
  return { html: htmlOf(blocks, lang), text: textOf(blocks, lang) };
}
