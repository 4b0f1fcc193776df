// Plain-text output a planner can read: per table its indicators with capaian, then findings by severity.
import { columnsLine, FileReport, JsonValue } from '../core/report';
import { formatNumeral } from '../core/read/number';
import { SEVERITY_LABEL } from '../core/messages';
import { percent } from '../core/messages/format';
import { Language } from '../core/settings';
import { HELP as FINDING_HELP, helpFor } from '../core/checks/help';
import { parseArgs } from './args';
import { editDistance } from '../core/read/units';
import { FormReport } from '../core/renja/report';
import { formLines } from '../core/renja/text';
import { appendAll } from '../core/arrays';

const KIND: Record<Language, Record<string, string>> = {
  id: { capaian: 'tabel capaian', budget: 'tabel anggaran dan kinerja', recap: 'rekap anggaran', agreement: 'perjanjian kinerja (acuan, tidak diperiksa)', renja: 'evaluasi hasil Renja Perangkat Daerah' },
  en: { capaian: 'capaian table', budget: 'budget and performance table', recap: 'budget recap', agreement: 'performance agreement (reference, not checked)', renja: 'evaluation of the Renja results' },
};
const WORDS = {
  id: {
    tables: 'tabel', indicators: 'indikator', mean: 'capaian rata-rata', none: 'tidak dihitung', noFindings: 'Tidak ada temuan.', absorption: 'serapan', average: 'rata-rata', group: 'Kelompok',
    noTable: 'Tidak ada tabel yang dikenali di buku kerja ini; tidak ada yang diperiksa atau dihitung (lihat peringatan table-not-found).',
  },
  en: {
    tables: 'tables', indicators: 'indicators', mean: 'mean capaian', none: 'not computed', noFindings: 'No findings.', absorption: 'absorption', average: 'average', group: 'Group',
    noTable: 'No table recognised in this workbook; nothing was checked or computed (see the table-not-found warning).',
  },
};

function val(v: JsonValue, lang: Language): string {
  if (v === null) return '–';
  if (typeof v === 'number') return formatNumeral(v, lang, Number.isInteger(v) ? 0 : 2);
  if (Array.isArray(v)) return `${val(v[0], lang)}–${val(v[1], lang)}`;
  return v.score === null ? v.category : `${v.category} (${val(v.score, lang)})`;
}

/**
 * Text from a workbook made safe for a terminal: a control character (ESC, BEL, … — a cell holding `ESC ] 0 ;`
 * had set the terminal's title, `ESC [ 2 J` cleared the screen) or a bidirectional override (which reorders what a
 * reviewer reads) is shown as `�`; inside a line, a line break or a tab is a space (`keepLines`: line breaks stay,
 * for whole outputs). One for one, so that columns stay aligned.
 */
export function printable(text: string, keepLines = false): string {
  return text.replace(UNPRINTABLE, (c) => (c === '\n' && keepLines ? c : c === '\n' || c === '\t' || c === '\r' || c === '\v' || c === '\f' ? ' ' : '\ufffd'));
}

// C0 controls, DEL, C1 controls; the bidirectional embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function cut(s: string, n: number): string {
  return s.length <= n ? s.padEnd(n) : s.slice(0, n - 1) + '…';
}

/** How one report is laid out: the terminal's width (null: lines as they are) and whether a file came before it. */
export interface Layout {
  width: number | null;
  afterAnotherFile: boolean;
}

const FINDING_CELL = 18;
const FINDING_CODE = 22;

export function textReport(r: FileReport, lang: Language, layout: Layout = nextLayout()): string {
  const w = WORDS[lang];
  const lines: string[] = [`${r.file}: ${r.summary.tables} ${w.tables}, ${r.summary.indicators} ${w.indicators}`];
  if (r.tables.length === 0) lines.push(w.noTable);
  for (const t of r.tables) {
    // A budget recap (rupiah only, no indicator) has no capaian to speak of: its rows say their absorption only.
    const recap = t.kind === 'budget' && t.indicators.length === 0;
    lines.push('', `${t.sheet} ${t.range} — ${KIND[lang][recap ? 'recap' : t.kind]}` + (t.kind === 'agreement' || recap ? '' : `, ${w.mean} ${percent(t.capaian, lang, w.none)}`));
    lines.push(`  ${columnsLine(t, lang)}`);
    if (t.form) {
      appendAll(lines, renjaLines(r, t.sheet, t.form, lang));
      continue;
    }
    for (const i of t.indicators) {
      const withUnit = (v: JsonValue) => (v === null || !i.unit || typeof v === 'object' && !Array.isArray(v) ? val(v, lang) : `${val(v, lang)} ${i.unit}`);
      const main = `  ${String(i.row).padStart(4)}  ${cut(i.name, 48)}  T ${withUnit(i.target)}`;
      lines.push(t.kind === 'agreement' ? main : `${main}  R ${withUnit(i.realisation)}  → ${percent(i.capaian, lang, w.none)}`);
    }
    for (const g of t.groups) {
      if (t.kind !== 'budget') continue;
      lines.push(`  ${w.group} "${cut(g.name, 40).trim()}": ${w.absorption} ${percent(g.absorption, lang, w.none)}` + (recap ? '' : `, ${w.average} ${percent(g.average, lang, w.none)}`));
    }
  }
  lines.push('');
  if (r.findings.length === 0) lines.push(w.noFindings);
  for (const sev of ['error', 'warning', 'info'] as const) {
    const fs = r.findings.filter((f) => f.severity === sev);
    if (fs.length === 0) continue;
    lines.push(`${SEVERITY_LABEL[lang][sev]} (${fs.length}):`);
    for (const f of fs) {
      const head = `  ${`${f.sheet}!${f.cell}`.padEnd(FINDING_CELL)} ${f.code.padEnd(FINDING_CODE)} `;
      if (layout.width === null) lines.push(head + f.message);
      // The message hangs under itself; on a narrow terminal it starts on its own line instead.
      else if (head.length <= layout.width - 30) lines.push(...wrap(head + f.message, layout.width, head.length));
      else lines.push(head.trimEnd(), ...wrap(' '.repeat(6) + f.message, layout.width, 6));
    }
  }
  const safe = lines.map((l) => printable(l));
  const text = (layout.width === null ? safe : safe.flatMap((l) => (l.length > layout.width! ? wrap(l, layout.width!, hangOf(l)) : [l]))).join('\n') + '\n';
  return layout.afterAnotherFile ? '\n' + text : text;
}

/** SPEC §11: the evaluation form by hierarchy, with the number of findings on each row. */
function renjaLines(r: FileReport, sheet: string, form: FormReport, lang: Language): string[] {
  const perRow = new Map<number, number>();
  for (const f of r.findings) {
    const row = Number(/\d+$/.exec(f.cell)?.[0]);
    if (f.sheet === sheet && row) perRow.set(row, (perRow.get(row) ?? 0) + 1);
  }
  return formLines(form, perRow, lang);
}

/** Continuation lines of an indented line start a little further in than the line itself. */
function hangOf(line: string): number {
  return /^ */.exec(line)![0].length + 4;
}

/**
 * Breaks text into lines of at most `width` characters at spaces, never inside a word; continuation lines start
 * with `indent` spaces. The first line keeps its spacing (padded columns); a word longer than a line stands alone.
 */
export function wrap(text: string, width: number, indent = 0): string[] {
  if (text.length <= width) return [text];
  const pad = ' '.repeat(Math.min(indent, Math.max(0, width - 10)));
  const lines: string[] = [];
  let line = '';
  let hasWord = false;
  for (const token of words(text)) {
    if (token.startsWith(' ')) {
      line += token;
      continue;
    }
    if (hasWord && line.length + token.length > width) {
      lines.push(line.trimEnd());
      line = pad;
    }
    line += token;
    hasWord = true;
  }
  lines.push(line.trimEnd());
  return lines;
}

/** Words and the spaces between them; a lone unit or closing mark (`36 %`, `50 % )`) stays with the word before it. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/( +)/)) {
    if (token === '') continue;
    const n = out.length;
    if (/^[%)\]”»]+[.,;:]?$/.test(token) && n >= 2 && out[n - 1] === ' ' && !out[n - 2].startsWith(' ')) out.splice(n - 2, 2, `${out[n - 2]} ${token}`);
    else out.push(token);
  }
  return out;
}

/** Per run of the CLI: the terminal's width, and how many reports were printed (a blank line between files). */
const output = { width: null as number | null, printed: 0 };

function nextLayout(): Layout {
  return { width: output.width, afterAnotherFile: output.printed++ > 0 };
}

/** What the CLI's Io may tell about the terminal; bin.ts sets it from process.stdout. */
export interface Terminal {
  /** Columns of the terminal when stdout is one; absent when output goes to a file or a pipe. */
  columns?: number;
}

/**
 * The start of `run()`: `--explain` answers here (exit status), and the text layout is set for this run.
 * Returns null when run() carries on.
 */
export function beforeRun(opts: ReturnType<typeof parseArgs>, io: { stdout(t: string): void; stderr(t: string): void } & Terminal): number | null {
  output.width = io.columns && io.columns >= 40 ? io.columns : io.columns ? 40 : null;
  output.printed = 0;
  if ('problem' in opts || opts.explain === null || opts.help) return null;
  const lang = opts.settings.language;
  const text = opts.explain === 'list' ? explainList(lang) : explainText(opts.explain, lang);
  if (text === null) {
    const near = Object.keys(FINDING_HELP).find((c) => editDistance(c, opts.explain!) <= 3);
    const hint = near ? ` (maksudnya ${near}? / did you mean ${near}?)` : ' (cermat --explain list)';
    io.stderr(`cermat: kode temuan tidak dikenal / unknown finding code: ${opts.explain}${hint}\n`);
    return 2;
  }
  const width = output.width;
  // A paragraph of the explanation wraps under its own first word.
  io.stdout((width === null ? text.split('\n') : text.split('\n').flatMap((l) => wrap(l, width, hangOf(l) - 4))).join('\n'));
  return 0;
}

const EXPLAIN_WORDS = {
  id: { meaning: 'Artinya', why: 'Mengapa penting', fix: 'Cara memperbaiki', example: 'Contoh' },
  en: { meaning: 'What it means', why: 'Why it matters', fix: 'How to fix it', example: 'Example' },
};

/** The help entry of one code as text, or null for an unknown code. */
export function explainText(code: string, lang: Language): string | null {
  const pair = helpFor(code);
  if (!pair) return null;
  const e = pair[lang];
  const w = EXPLAIN_WORDS[lang];
  const part = (label: string, text: string) => [`${label}:`, `  ${text}`, ''];
  return [`${code} — ${e.title}`, '', ...part(w.meaning, e.meaning), ...part(w.why, e.why), ...part(w.fix, e.fix), ...part(w.example, e.example)].join('\n');
}

/** Every code with its title, for `--explain list`. */
export function explainList(lang: Language): string {
  const codes = Object.keys(FINDING_HELP).sort();
  return codes.map((c) => `${c.padEnd(FINDING_CODE)} ${FINDING_HELP[c]![lang].title}`).join('\n') + '\n';
}
