// The form as a planner reads it in the CLI's text output: its rows by hierarchy (a Program with its Kegiatan and
// Sub Kegiatan, indented), each with its tingkat capaian K and Rp, the number of findings on the row, and the footer.
import { Language } from '../settings';
import { percent } from '../messages/format';
import { FormReport } from './report';

const LEVEL: Record<Language, Record<string, string>> = {
  id: { urusan: 'Urusan', bidang: 'Bidang Urusan', program: 'Program', kegiatan: 'Kegiatan', subkegiatan: 'Sub Kegiatan' },
  en: { urusan: 'Urusan', bidang: 'Bidang Urusan', program: 'Program', kegiatan: 'Kegiatan', subkegiatan: 'Sub Kegiatan' },
};
const WORDS = {
  id: { findings: (n: number) => `${n} temuan`, average: 'Rata-rata capaian kinerja', predicate: 'predikat', stated: 'tertulis', none: '–', legend: 'K: tingkat capaian kinerja, Rp: realisasi anggaran terhadap pagu tahun ini' },
  en: { findings: (n: number) => `${n} finding${n > 1 ? 's' : ''}`, average: 'Average achievement', predicate: 'predicate', stated: 'stated', none: '–', legend: 'K: performance achievement, Rp: spending against this year\u2019s budget' },
};
const DEPTH: Record<string, number> = { urusan: 0, bidang: 1, program: 2, kegiatan: 3, subkegiatan: 4 };

function cut(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

/** Lines for one form: `rowFindings` counts the findings per 1-based sheet row. */
export function formLines(form: FormReport, rowFindings: Map<number, number>, lang: Language): string[] {
  const w = WORDS[lang];
  const lines: string[] = [`  (${w.legend})`];
  const top = Math.min(...form.rows.map((r) => DEPTH[r.level ?? 'subkegiatan'] ?? 4));
  for (const r of form.rows) {
    const depth = (DEPTH[r.level ?? 'subkegiatan'] ?? 4) - top;
    const head = `${'  '.repeat(depth + 1)}${String(r.row).padStart(4)}  ${r.level ? LEVEL[lang][r.level] : ''}${r.code ? ' ' + r.code : ''}  ${cut(r.label, 60)}`;
    const ks = r.indicators.map((i) => `K ${percent(i.capaian, lang, w.none)}`);
    const parts = [...new Set(ks)];
    if (r.capaianRp !== null) parts.push(`Rp ${percent(r.capaianRp, lang, w.none)}`);
    const rowNumbers = new Set<number>([r.row, ...r.indicators.map((i) => i.row)]);
    const n = [...rowNumbers].reduce((s, x) => s + (rowFindings.get(x) ?? 0), 0);
    if (n > 0) parts.push(`[${w.findings(n)}]`);
    lines.push(parts.length ? `${head} — ${parts.join(', ')}` : head);
  }
  if (form.average !== null || form.statedAverage !== null) {
    const stated = form.statedAverage !== null ? ` (${w.stated} ${percent(form.statedAverage, lang, w.none)}${form.statedPredicate ? `, ${form.statedPredicate}` : ''})` : '';
    lines.push(`  ${w.average} ${percent(form.average, lang, w.none)}, ${w.predicate} ${form.predicate ?? w.none}${stated}`);
  }
  return lines;
}
