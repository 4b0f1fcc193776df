// Plain-text output a planner can read: per table its indicators with capaian, then findings by severity.
import { FileReport, JsonValue } from '../core/report';
import { formatNumeral } from '../core/read/number';
import { SEVERITY_LABEL } from '../core/messages';
import { percent } from '../core/messages/format';
import { Language } from '../core/settings';

const KIND: Record<Language, Record<string, string>> = {
  id: { capaian: 'tabel capaian', budget: 'tabel anggaran dan kinerja', agreement: 'perjanjian kinerja (acuan, tidak diperiksa)' },
  en: { capaian: 'capaian table', budget: 'budget and performance table', agreement: 'performance agreement (reference, not checked)' },
};
const WORDS = {
  id: { tables: 'tabel', indicators: 'indikator', mean: 'capaian rata-rata', none: 'tidak dihitung', noFindings: 'Tidak ada temuan.', absorption: 'serapan', average: 'rata-rata', group: 'Kelompok' },
  en: { tables: 'tables', indicators: 'indicators', mean: 'mean capaian', none: 'not computed', noFindings: 'No findings.', absorption: 'absorption', average: 'average', group: 'Group' },
};

function val(v: JsonValue, lang: Language): string {
  if (v === null) return '–';
  if (typeof v === 'number') return formatNumeral(v, lang, Number.isInteger(v) ? 0 : 2);
  if (Array.isArray(v)) return `${val(v[0], lang)}–${val(v[1], lang)}`;
  return v.score === null ? v.category : `${v.category} (${val(v.score, lang)})`;
}

function cut(s: string, n: number): string {
  return s.length <= n ? s.padEnd(n) : s.slice(0, n - 1) + '…';
}

export function textReport(r: FileReport, lang: Language): string {
  const w = WORDS[lang];
  const lines: string[] = [`${r.file}: ${r.summary.tables} ${w.tables}, ${r.summary.indicators} ${w.indicators}`];
  for (const t of r.tables) {
    lines.push('', `${t.sheet} ${t.range} — ${KIND[lang][t.kind]}` + (t.kind === 'agreement' ? '' : `, ${w.mean} ${percent(t.capaian, lang, w.none)}`));
    for (const i of t.indicators) {
      const withUnit = (v: JsonValue) => (v === null || !i.unit || typeof v === 'object' && !Array.isArray(v) ? val(v, lang) : `${val(v, lang)} ${i.unit}`);
      const main = `  ${String(i.row).padStart(4)}  ${cut(i.name, 48)}  T ${withUnit(i.target)}`;
      lines.push(t.kind === 'agreement' ? main : `${main}  R ${withUnit(i.realisation)}  → ${percent(i.capaian, lang, w.none)}`);
    }
    for (const g of t.groups) {
      if (t.kind !== 'budget') continue;
      lines.push(`  ${w.group} "${cut(g.name, 40).trim()}": ${w.absorption} ${percent(g.absorption, lang, w.none)}, ${w.average} ${percent(g.average, lang, w.none)}`);
    }
  }
  lines.push('');
  if (r.findings.length === 0) lines.push(w.noFindings);
  for (const sev of ['error', 'warning', 'info'] as const) {
    const fs = r.findings.filter((f) => f.severity === sev);
    if (fs.length === 0) continue;
    lines.push(`${SEVERITY_LABEL[lang][sev]} (${fs.length}):`);
    for (const f of fs) lines.push(`  ${`${f.sheet}!${f.cell}`.padEnd(18)} ${f.code.padEnd(22)} ${f.message}`);
  }
  return lines.join('\n') + '\n';
}
