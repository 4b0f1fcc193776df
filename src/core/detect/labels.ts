// Header labels (SPEC §2.1, §2.2): case-, space- and punctuation-insensitive, a year may follow.

export type Role =
  | 'no' | 'objective' | 'indicator' | 'unit' | 'target' | 'quarter' | 'annual' | 'capaian' | 'polarity'
  | 'pagu' | 'spent' | 'absorption' | 'average';

export type LabelClass =
  | { role: Role; quarter?: number; cumulative?: boolean }
  | { role: 'percent' | 'realisasi' | 'budget-group' | 'performance-group' | 'subquarter'; quarter?: number };

export interface Label {
  cls: LabelClass | null;
  /** The label says its values are percentages: `Target (%)`. */
  percentHint: boolean;
  /** The label mentions quarters (`Realisasi Triwulan`), so I–IV under it are quarters. */
  quarterContext: boolean;
  cumulative: boolean;
}

const ROLES: Record<string, Role | 'percent' | 'realisasi' | 'budget-group' | 'performance-group'> = {
  'no': 'no', 'nomor': 'no', 'no urut': 'no',
  'sasaran strategis': 'objective', 'sasaran kegiatan': 'objective', 'sasaran program': 'objective', 'sasaran': 'objective',
  'kegiatan': 'objective', 'program': 'objective', 'program kegiatan': 'objective',
  'indikator kinerja utama': 'indicator', 'indikator kinerja': 'indicator', 'indikator kinerja kegiatan': 'indicator',
  'indikator kinerja program': 'indicator', 'indikator kinerja sasaran': 'indicator', 'iku': 'indicator', 'ikk': 'indicator',
  'indikator': 'indicator', 'indikator sasaran': 'indicator',
  'satuan': 'unit',
  'target': 'target', 'target kinerja': 'target', 'target pk': 'target',
  'tahunan': 'annual', 'realisasi tahunan': 'annual', 'total': 'annual', 'jumlah': 'annual', 'realisasi kinerja': 'annual',
  'capaian': 'capaian', 'persentase capaian': 'capaian', 'capaian kinerja': 'capaian', 'tingkat capaian': 'capaian',
  'polaritas': 'polarity', 'sifat indikator': 'polarity',
  'pagu': 'pagu', 'pagu anggaran': 'pagu', 'pagu rp': 'pagu',
  'realisasi anggaran': 'spent',
  'serapan': 'absorption', 'penyerapan': 'absorption', 'serapan anggaran': 'absorption', 'penyerapan anggaran': 'absorption',
  'persentase serapan': 'absorption', 'persentase penyerapan': 'absorption', 'anggaran %': 'absorption',
  'rata rata capaian': 'average', 'rata rata': 'average', 'rata rata capaian kinerja': 'average',
  '%': 'percent', 'persen': 'percent', 'persentase': 'percent',
  'realisasi': 'realisasi',
  'anggaran': 'budget-group', 'anggaran rp': 'budget-group',
  'kinerja': 'performance-group',
};

const QUARTER = /^(?:realisasi )?(?:(?:s d|sd|sampai dengan) )?(?:triwulan|tw|trw|q) ?(iv|iii|ii|i|[1-4])(?: kumulatif)?$/;
const ROMAN: Record<string, number> = { i: 0, ii: 1, iii: 2, iv: 3 };

/** Already normal: lower-case words and numbers, single spaces (a year still has to go). */
const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const YEAR = /\b(?:19|20)\d{2}\b/;
const DIGIT_OR_PERCENT = /[\d%]/;

/** Lower case, punctuation to spaces, years and `tahun YYYY` dropped; `%` kept as its own token. */
export function normaliseLabel(text: string): string {
  // Body rows pass here once each (row numbers, names): most are plain already.
  if (PLAIN.test(text) && !YEAR.test(text)) return text;
  // Without digits or `%` there is no year and no `%` to set apart: one pass does.
  if (!DIGIT_OR_PERCENT.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return normaliseLabelFully(text);
}

/** The normalisation step by step, without shortcuts: what normaliseLabel's fast paths must give too. */
export function normaliseLabelFully(text: string): string {
  return text
    .toLowerCase()
    .replace(/%/g, ' % ')
    .replace(/\btahun\s+(?:19|20)\d{2}\b/g, ' ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const NO_LABEL: Label = { cls: null, percentHint: false, quarterContext: false, cumulative: false };
const CACHE = new Map<string, Label>();
const CACHE_LIMIT = 20000;

/** Memoised: body rows are scanned cell by cell for the next table's header. */
export function classifyLabel(text: string): Label {
  // No header label is this long; an indicator name is.
  if (text.length > 80) return NO_LABEL;
  let label = CACHE.get(text);
  if (!label) {
    label = classify(text);
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(text, label);
  }
  return label;
}

function classify(text: string): Label {
  const n = normaliseLabel(text);
  const cumulative = /\b(s d|sd|kumulatif|sampai dengan)\b/.test(n);
  const quarterContext = /\b(triwulan|tw|trw)\b/.test(n);
  const percentHint = n.includes('%') && n !== '%';
  const bare = n.replace(/\s*%\s*/g, ' ').replace(/\s+/g, ' ').trim();
  const label: Label = { cls: null, percentHint, quarterContext, cumulative };
  const q = QUARTER.exec(bare);
  if (q) {
    const quarter = q[1] in ROMAN ? ROMAN[q[1]] : Number(q[1]) - 1;
    label.cls = { role: 'quarter', quarter, cumulative };
    return label;
  }
  if (/^(realisasi )?(s d|sd) (triwulan|tw) (iv|4)$/.test(bare)) {
    label.cls = { role: 'quarter', quarter: 3, cumulative: true };
    return label;
  }
  if (bare in ROMAN) {
    label.cls = { role: 'subquarter', quarter: ROMAN[bare] };
    return label;
  }
  const role = ROLES[n] ?? ROLES[bare] ?? (bare === '' && n === '%' ? 'percent' : undefined);
  if (role) label.cls = { role } as LabelClass;
  else if (/^% (capaian|anggaran|serapan)$/.test(n)) label.cls = { role: n.endsWith('capaian') ? 'capaian' : 'absorption' };
  else if (/^realisasi (rp|anggaran rp|keuangan)$/.test(bare)) label.cls = { role: 'spent' };
  else if (/^rata rata capaian\b/.test(bare)) label.cls = { role: 'average' };
  else if (/^realisasi\b/.test(bare) && quarterContext) label.cls = { role: 'realisasi' };
  return label;
}

/**
 * The role of a column from its header texts, top to bottom: the lowest specific label decides, and a
 * group label above gives `%` and `Realisasi` their meaning.
 */
export function resolveColumn(texts: string[]): { role: Role; quarter?: number; cumulative?: boolean; percentHint: boolean } | null {
  const labels = texts.map(classifyLabel);
  const budget = labels.some((l) => l.cls?.role === 'budget-group' || l.cls?.role === 'pagu');
  const quarterContext = labels.some((l) => l.quarterContext);
  const cumulative = labels.some((l) => l.cumulative);
  const percentHint = labels.some((l) => l.percentHint);
  for (const l of labels) {
    if (l.cls?.role === 'quarter') return { role: 'quarter', quarter: l.cls.quarter, cumulative, percentHint };
  }
  for (let i = labels.length - 1; i >= 0; i--) {
    const cls = labels[i].cls;
    if (!cls) continue;
    switch (cls.role) {
      case 'budget-group':
      case 'performance-group':
        continue;
      case 'subquarter':
        if (quarterContext) return { role: 'quarter', quarter: cls.quarter, cumulative, percentHint };
        continue;
      case 'percent':
        return { role: budget ? 'absorption' : 'capaian', percentHint: true };
      case 'realisasi':
        if (quarterContext && i < labels.length - 1) continue;
        return { role: budget ? 'spent' : 'annual', percentHint };
      default:
        return { role: cls.role, percentHint };
    }
  }
  if (budget && labels[labels.length - 1]?.cls?.role === 'budget-group') return { role: 'pagu', percentHint };
  return null;
}
