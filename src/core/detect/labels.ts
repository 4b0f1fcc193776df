// Header labels (SPEC §2.1, §2.2): case-, space- and punctuation-insensitive, a year may follow.
import { typoCorrector } from './typos';
import { MAGNITUDES } from '../read/units';

export type Role =
  | 'no' | 'objective' | 'indicator' | 'unit' | 'target' | 'quarter' | 'annual' | 'capaian' | 'polarity'
  | 'pagu' | 'spent' | 'absorption' | 'average'
  /** Pagu Awal: read, never checked against spending (SPEC §10.2). */
  | 'initialPagu'
  /** Sisa (Anggaran) = pagu − spent; % Sisa = 100 − absorption. */
  | 'remaining' | 'remainingPercent'
  /** Kode: a row's place in a hierarchy (1, 1.02, 1.02.01.2.02). */
  | 'code'
  /** A target whose path carries the horizon Renstra/RPJMD/akhir periode: not the year's target. */
  | 'mediumTermTarget';

export type PeriodKind = 'quarter' | 'semester' | 'month';

export type LabelClass =
  | { role: Role; quarter?: number; cumulative?: boolean; period?: PeriodKind }
  | { role: 'percent' | 'realisasi' | 'budget-group' | 'performance-group' | 'subquarter' | 'year-group' | 'caption'; quarter?: number; period?: PeriodKind };

export interface Label {
  cls: LabelClass | null;
  /** The label says its values are percentages: `Target (%)`. */
  percentHint: boolean;
  /** The label mentions quarters (`Realisasi Triwulan`), so I–IV under it are quarters. */
  quarterContext: boolean;
  cumulative: boolean;
  /** A year in the label (`Tahun 2024`, `Capaian Kinerja Tahun 2018`). */
  year: number | null;
  /** Renstra/RPJMD/akhir periode (medium-term), `s.d. tahun lalu` (to last year), `tahun berjalan` (this year). */
  horizon: 'medium-term' | 'last-year' | 'current' | null;
  /** K/Kinerja/Volume/Fisik, Rp/Anggaran/Keuangan/Keu, or %. */
  measure: 'K' | 'Rp' | '%' | null;
}

const ROLES: Record<string, Role | 'percent' | 'realisasi' | 'budget-group' | 'performance-group'> = {
  'no': 'no', 'nomor': 'no', 'no urut': 'no',
  'sasaran strategis': 'objective', 'sasaran kegiatan': 'objective', 'sasaran program': 'objective', 'sasaran': 'objective',
  'kegiatan': 'objective', 'program': 'objective', 'program kegiatan': 'objective', 'sub kegiatan': 'objective',
  'program kegiatan sub kegiatan': 'objective', 'kegiatan sub kegiatan': 'objective', 'uraian': 'objective', 'nama': 'objective',
  'nama kegiatan': 'objective', 'nama program': 'objective', 'uraian kegiatan': 'objective', 'output': 'objective',
  'indikator kinerja utama': 'indicator', 'indikator kinerja': 'indicator', 'indikator kinerja kegiatan': 'indicator',
  'indikator kinerja program': 'indicator', 'indikator kinerja sasaran': 'indicator', 'iku': 'indicator', 'ikk': 'indicator',
  'indikator': 'indicator', 'indikator sasaran': 'indicator', 'jenis iku': 'indicator', 'iku ikd': 'indicator', 'ikd': 'indicator',
  'satuan': 'unit',
  'target': 'target', 'target kinerja': 'target', 'target pk': 'target', 'target perjanjian kinerja': 'target',
  'tahunan': 'annual', 'realisasi tahunan': 'annual', 'total': 'annual', 'jumlah': 'annual', 'realisasi kinerja': 'annual',
  'realisasi s d desember': 'annual', 'realisasi s d semester ii': 'annual', 'realisasi s d semester 2': 'annual',
  'capaian': 'capaian', 'persentase capaian': 'capaian', 'capaian tahun ini': 'capaian', 'capaian tahun berjalan': 'capaian', 'capaian kinerja': 'capaian', 'tingkat capaian': 'capaian', 'capaian tahunan': 'capaian',
  'tingkat capaian kinerja': 'capaian', 'pencapaian': 'capaian', 'persentase pencapaian': 'capaian',
  // The classic LAKIP measurement form: Rencana Tingkat Capaian (the target) and its Persentase Pencapaian.
  'rencana tingkat capaian': 'target', 'rencana tingkat capaian target': 'target', 'persentase pencapaian rencana tingkat capaian': 'capaian',
  'real': 'realisasi',
  'polaritas': 'polarity', 'sifat indikator': 'polarity',
  'pagu': 'pagu', 'pagu anggaran': 'pagu', 'pagu rp': 'pagu', 'pagu revisi': 'pagu', 'pagu akhir': 'pagu',
  'pagu perubahan': 'pagu', 'dipa': 'pagu', 'pagu dipa': 'pagu', 'alokasi anggaran': 'pagu', 'alokasi anggaran rp': 'pagu',
  'anggaran setelah perubahan': 'pagu', 'pagu setelah revisi': 'pagu', 'pagu sesudah revisi': 'pagu', 'pagu dipa revisi': 'pagu',
  'pagu setelah perubahan': 'pagu',
  // A Pemda's budget documents: APBD (Murni / Perubahan), DPA, DPPA (the revised DPA).
  'apbd': 'pagu', 'anggaran apbd': 'pagu', 'pagu apbd': 'pagu', 'apbd perubahan': 'pagu', 'apbd p': 'pagu', 'apbd murni': 'initialPagu',
  'dpa': 'pagu', 'anggaran dpa': 'pagu', 'dppa': 'pagu', 'anggaran dppa': 'pagu', 'pagu dppa': 'pagu', 'pagu revisi terakhir': 'pagu', 'pagu sebelum revisi': 'initialPagu', 'pagu sebelum perubahan': 'initialPagu', 'pagu belanja': 'pagu', 'pagu dana': 'pagu', 'jumlah anggaran': 'pagu', 'dipa revisi': 'pagu',
  'anggaran murni': 'initialPagu', 'anggaran sebelum perubahan': 'initialPagu', 'dipa awal': 'initialPagu', 'dipa induk': 'initialPagu',
  'alokasi': 'pagu', 'pagu indikatif': 'pagu', 'pagu awal': 'initialPagu', 'pagu definitif': 'pagu', 'pagu dpa': 'pagu', 'anggaran perubahan': 'pagu',
  'realisasi anggaran': 'spent', 'realisasi keuangan': 'spent', 'realisasi belanja': 'spent',
  'serapan': 'absorption', 'penyerapan': 'absorption', 'serapan anggaran': 'absorption', 'penyerapan anggaran': 'absorption',
  'persentase serapan': 'absorption', 'tingkat serapan': 'absorption', 'tingkat serapan anggaran': 'absorption', 'capaian keuangan': 'absorption', 'persentase penyerapan': 'absorption', 'anggaran %': 'absorption',
  'capaian realisasi anggaran': 'absorption', 'persentase realisasi anggaran': 'absorption', 'persentase realisasi keuangan': 'absorption',
  'sisa': 'remaining', 'sisa anggaran': 'remaining', 'sisa dana': 'remaining', 'sisa pagu': 'remaining',
  'kode': 'code', 'kode rekening': 'code', 'kode program': 'code', 'kode kegiatan': 'code', 'kode sub kegiatan': 'code',
  'kode subkegiatan': 'code', 'kode urusan': 'code', 'kode bidang': 'code', 'kode akun': 'code', 'kode output': 'code',
  'rata rata capaian': 'average', 'rata rata': 'average', 'rata rata capaian kinerja': 'average',
  '%': 'percent', 'persen': 'percent', 'persentase': 'percent',
  'realisasi': 'realisasi', 'jumlah realisasi': 'realisasi', 'total realisasi': 'realisasi', 'realisasi total': 'realisasi',
  'anggaran': 'budget-group', 'anggaran rp': 'budget-group', 'keuangan': 'budget-group',
  'kinerja': 'performance-group',
};

/** `capaian` (or `capaian kinerja`, `persentase capaian`, `tingkat capaian`) followed only by its formula's words. */
const CAPAIAN_EXPLAINED = /^(?:persentase |tingkat )?capaian(?: kinerja)?(?=.* (?:target|t|x|kali|thd|terhadap|dibanding|dibandingkan|\d+)(?: |$))(?: (?:realisasi|target|r|t|x|kali|thd|terhadap|dibanding|dibandingkan|dengan|per|dari|atas|\d+))+$/;

/** Unit captions under a header (`(Rp.)`, `(%)`, `Keu`, `Fisik`): header, never data. */
const CAPTION = /^(rp|%|keu|fisik|k|volume|orang|unit)$/;

// Also `Real. TW I`, `Triwulan Pertama`, and with the quarter's months after it (`Triwulan I (Jan-Mar)`).
const QUARTER = /^(?:realisasi |real )?(?:(?:s d|sd|sampai dengan) )?(?:triwulan|tw|trw|q) ?(iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat)(?: kumulatif)?(?: (?:jan|januari|apr|april|jul|juli|okt|oktober)(?: s d| sd)? (?:mar|maret|jun|juni|sep|sept|september|des|desember))?$/;
const ROMAN: Record<string, number> = { i: 0, ii: 1, iii: 2, iv: 3 };
const ORDINAL: Record<string, number> = { pertama: 0, kedua: 1, ketiga: 2, keempat: 3 };

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

const NO_LABEL: Label = { cls: null, percentHint: false, quarterContext: false, cumulative: false, year: null, horizon: null, measure: null };
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

const MONTHS: Record<string, number> = {
  januari: 0, jan: 0, februari: 1, feb: 1, pebruari: 1, maret: 2, mar: 2, april: 3, apr: 3, mei: 4, juni: 5, jun: 5,
  juli: 6, jul: 6, agustus: 7, agu: 7, agt: 7, ags: 7, september: 8, sep: 8, sept: 8, oktober: 9, okt: 9, november: 10,
  nov: 10, nop: 10, desember: 11, des: 11,
};
const MONTH = /^(?:realisasi )?(?:(?:s d|sd|sampai dengan) )?(?:bulan )?([a-z]+|1[0-2]|[1-9])$/;
const SEMESTER = /^(?:realisasi )?(?:(?:s d|sd) )?(?:semester|smt|sem) ?(ii|i|[12])$/;

/** The first year (19xx/20xx) a label names, if any. */
export function yearOf(text: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(text);
  return m ? Number(m[1]) : null;
}

/** A label as meant where one of its key words is mistyped (`Realisai`, `Triwlan I`, `Targt`). */
const correctTypos = typoCorrector(['realisasi', 'triwulan', 'target', 'capaian', 'indikator', 'anggaran', 'semester', 'satuan', 'keuangan', 'serapan', 'kinerja', 'polaritas', 'persentase', 'tahunan', 'jumlah']);

/**
 * A label without what only scales or dates its amounts: `Pagu (Rp 000)`, `(Rp Juta)`, `(Ribu Rp)`, `(dalam ribuan
 * rupiah)` → `pagu rp`; `Pagu TA 2025` → `pagu`; `Realisasi s.d. 31 Desember 2025` → `realisasi s d desember`.
 */
function withoutScale(n: string, year: number | null): string {
  let out = n.replace(SCALE, ' rp').replace(/\s+/g, ' ').trim();
  if (year !== null) out = out.replace(/ (?:ta|th|thn|tahun anggaran)$/, '');
  return out.replace(/\b(s d|sd|sampai dengan) \d{1,2} (desember|des|juni|jun)\b/, '$1 $2');
}
const SCALE = /(?:^|\s)(?:rp (?:000|ribu|ribuan|juta|jutaan)|(?:ribu|ribuan|juta|jutaan) rp|(?:dalam )?(?:ribuan|jutaan|ribu|juta) rupiah|rp 000 000)(?=\s|$)/g;

const STATED_SCALE = /(?:^|\s)(?:rp (000 000|000|ribu|ribuan|juta|jutaan|miliar|milyar)|(ribu|ribuan|juta|jutaan|miliar|milyar) (?:rp|rupiah)|dalam (ribuan|jutaan) rupiah)(?=\s|$)/;

/**
 * What a column's amounts are worth in rupiah, as its header says (`Pagu (Rp 000)`, `Anggaran (Juta Rp)` over the
 * column, `Rp (000)` under `Keuangan`): 1,000 or 1,000,000 (or 1e9); null where the header states no scale. Takes
 * the header texts normalised (normaliseLabel), top to bottom; the lowest that states one counts.
 */
export function amountScaleOf(texts: readonly string[]): number | null {
  for (let i = texts.length - 1; i >= 0; i--) {
    const m = STATED_SCALE.exec(texts[i]);
    // The magnitude words of a rupiah Satuan (`000 000` is `000.000` before normalising).
    if (m) return MAGNITUDES[(m[1] ?? m[2] ?? m[3]).replace(' ', '.')];
  }
  return null;
}

function classify(text: string): Label {
  const year = yearOf(text);
  const n = withoutScale(correctTypos(normaliseLabel(text)), year);
  const cumulative = /\b(s d|sd|kumulatif|sampai dengan)\b/.test(n);
  const quarterContext = /\b(triwulan|tw|trw)\b/.test(n);
  const percentHint = n.includes('%') && n !== '%';
  const horizon = /\b(renstra|rpjmd|akhir periode|rpjm)\b/.test(n)
    ? 'medium-term'
    : /\b(tahun lalu|tahun sebelumnya)\b/.test(n) ? 'last-year' : /\btahun berjalan\b/.test(n) ? 'current' : null;
  const bare = n.replace(/\s*%\s*/g, ' ').replace(/\s+/g, ' ').trim();
  const measure = /^(k|kinerja|volume|fisik)$/.test(bare) ? 'K' : /^(rp|anggaran|keuangan|keu|anggaran rp)$/.test(bare) ? 'Rp' : n === '%' ? '%' : null;
  const label: Label = { cls: null, percentHint, quarterContext, cumulative, year, horizon, measure };
  const q = QUARTER.exec(bare);
  if (q) {
    const quarter = q[1] in ROMAN ? ROMAN[q[1]] : q[1] in ORDINAL ? ORDINAL[q[1]] : Number(q[1]) - 1;
    label.cls = { role: 'quarter', quarter, cumulative, period: 'quarter' };
    return label;
  }
  if (/^(realisasi )?(s d|sd) (triwulan|tw) (iv|4)$/.test(bare)) {
    label.cls = { role: 'quarter', quarter: 3, cumulative: true, period: 'quarter' };
    return label;
  }
  const sem = SEMESTER.exec(bare);
  if (sem) {
    label.cls = { role: 'quarter', quarter: sem[1] === 'i' || sem[1] === '1' ? 0 : 1, cumulative, period: 'semester' };
    return label;
  }
  const month = MONTH.exec(bare);
  if (month && (month[1] in MONTHS || (/^\d+$/.test(month[1]) && bare.includes('bulan')))) {
    const index = month[1] in MONTHS ? MONTHS[month[1]] : Number(month[1]) - 1;
    // `Realisasi s.d. Desember` is the year's realisation (SPEC §10.2); `s.d. Jan` … `s.d. Des` under a `Realisasi`
    // group are cumulative months (mapColumns makes the last the annual where plain months stand beside them).
    label.cls = cumulative && index === 11 && bare.startsWith('realisasi') ? { role: 'annual' } : { role: 'quarter', quarter: index, cumulative, period: 'month' };
    return label;
  }
  if (bare in ROMAN) {
    label.cls = { role: 'subquarter', quarter: ROMAN[bare] };
    return label;
  }
  if (bare === '' && year !== null && n === '') {
    label.cls = { role: 'year-group' };
    return label;
  }
  // `Tahun 2025`, and with its place in time (`Tahun Lalu (2024)`, `2025 (Tahun Ini)`, `Tahun 2025 (Tahun Berjalan)`):
  // the year decides (they had been no group: column-ambiguous, last year's figures taken as this year's).
  if (/^(ta|tahun|tahun anggaran|th|thn)( (lalu|ini|berjalan|sebelumnya))?$/.test(bare) && year !== null) {
    label.cls = { role: 'year-group' };
    return label;
  }
  if (/^(% sisa|sisa %)( anggaran)?$/.test(n) || /^persentase sisa( anggaran)?$/.test(bare)) {
    label.cls = { role: 'remainingPercent' };
    return label;
  }
  // `Pagu Anggaran (Rp)`, `DIPA (Rp)`: the currency after a label names no other role than the label's.
  // `% Anggaran` before the bare word (`anggaran`, a budget group) is looked up.
  const percentOf = /^% (capaian|anggaran|keuangan|serapan|realisasi anggaran|fisik|kinerja)$/.exec(n);
  const role = percentOf ? (/^(?:capaian|fisik|kinerja)$/.test(percentOf[1]) ? 'capaian' : 'absorption')
    : ROLES[n] ?? ROLES[bare] ?? (bare === '' && n === '%' ? 'percent' : undefined) ?? (bare.endsWith(' rp') ? ROLES[bare.slice(0, -3)] : undefined);
  // The spending as a percentage (`Realisasi Keuangan (%)`, `% Realisasi Anggaran`) is the absorption, not the spent.
  if (role === 'spent' && n.includes('%')) label.cls = { role: 'absorption' };
  else if (role) label.cls = { role } as LabelClass;
  else if (/^realisasi (rp|anggaran rp|keuangan|keuangan rp|anggaran)$/.test(bare)) label.cls = { role: 'spent' };
  // The Pemda `realisasi fisik dan keuangan` table's flat labels: `Target Keuangan (Rp)` the pagu, `Target Fisik` and
  // `Realisasi Fisik` the indicator's (each had been no column: column-missing, nothing checked).
  else if (/^(?:target|pagu) (?:keuangan|anggaran)(?: rp)?$/.test(bare)) label.cls = { role: 'pagu' };
  else if (/^target fisik$/.test(bare)) label.cls = { role: 'target' };
  else if (/^realisasi fisik$/.test(bare)) label.cls = { role: 'realisasi' };
  else if (/^(?:capaian|persentase|tingkat capaian) fisik$/.test(bare)) label.cls = { role: 'capaian' };
  else if (/^sisa (anggaran|dana|pagu)? ?rp$/.test(bare)) label.cls = { role: 'remaining' };
  else if (/^rata rata capaian\b/.test(bare)) label.cls = { role: 'average' };
  else if (/^indikator\b/.test(bare)) label.cls = { role: 'indicator' };
  // One column for the levels and the indicators under them (`Sasaran / Indikator`, `Tujuan/Sasaran/Indikator`,
  // `Sasaran Strategis / IKU`): the indicators' column, the levels its heading rows.
  else if (/^(?:(?:tujuan|sasaran|program|kegiatan|sub kegiatan|rincian output|output|ro|kro)(?: strategis| program| kegiatan)? (?:dan )?)+(?:indikator|iku)\b/.test(bare)) label.cls = { role: 'indicator' };
  else if (/^target\b/.test(bare) && horizon === 'medium-term') label.cls = { role: 'mediumTermTarget' };
  else if (/^target (kinerja|pk|perjanjian kinerja|tahunan|tahun|rkt|iku|ikk|renja|awal|perubahan|revisi)\b/.test(bare) && !/\brealisasi\b/.test(bare)) label.cls = { role: 'target' };
  // The capaian with its formula or its measure spelled out: `Capaian (%) (Realisasi/Target x 100)`, `Capaian (R/T x
  // 100%)`, `Capaian thd Target`, `Capaian Kinerja (%) (5/4 x 100)`; never against a medium-term target (a horizon).
  else if (CAPAIAN_EXPLAINED.test(bare) && horizon === null) label.cls = { role: 'capaian' };
  // This year's realisation named by its period or its plan (`Realisasi Akhir Tahun`, `Realisasi Tahun Berjalan`,
  // `Realisasi RKT`): read as the bare word, a group's context deciding as for `Realisasi`.
  else if (/^realisasi (akhir tahun|tahun berjalan|tahun ini|rkt|iku|ikk|pk|renja)$/.test(bare)) label.cls = { role: 'realisasi' };
  // A mid-year table's capaian to date (`Capaian s.d. TW III (%)`, `Capaian s.d. Semester I`): the table's capaian (it
  // had been no column: a second Capaian (%) column was added beside it, and its own figures never checked).
  else if (/^(?:persentase |tingkat )?capaian(?: kinerja)? (?:s d|sd|sampai dengan) (?:triwulan|tw|trw|semester|bulan)\b/.test(bare)) label.cls = { role: 'capaian' };
  else if (/^realisasi\b/.test(bare) && quarterContext) label.cls = { role: 'realisasi' };
  else if (/^(realisasi|capaian) (s d|sd) (desember|semester (ii|2)|akhir tahun)$/.test(bare)) label.cls = { role: 'annual' };
  else if (/^realisasi bulan( ke)?$/.test(bare) || bare === 'bulan') label.cls = { role: 'realisasi' };
  else if (CAPTION.test(bare) || (n === '%' && bare === '')) label.cls = { role: 'caption' };
  return label;
}

/** A caption under the header: `(Rp.)`, `(%)`, `Keu`, `Fisik`, `Rp` — header, never data. */
export function isCaption(text: string): boolean {
  const n = normaliseLabel(text);
  return n === '%' || CAPTION.test(n.replace(/\s*%\s*/g, ' ').trim());
}

/** A plan's label over its periods: `Rencana Aksi`, `Rencana Penarikan Dana (RPD)`, `Target Triwulan`, `Proyeksi`. */
const PLANNED = /^(?:target|rencana|renc|rpd|proyeksi)\b/;

/** An `Rp` sub-column below the label at i (`Target` › `Kinerja │ Rp`): that label's money, not its performance. */
function moneyBelow(labels: Label[], i: number): boolean {
  return labels.slice(i + 1).some((l) => l.measure === 'Rp');
}

/** What a column's whole header path says (SPEC §10.1). */
export interface ColumnMeaning {
  role: Role;
  /** The period index (0 = Triwulan I / Semester I / January) for a period column. */
  quarter?: number;
  period?: PeriodKind;
  cumulative?: boolean;
  /** A period under a budget label (`Realisasi Anggaran` › `TW I`): spending of the period, not the indicator's. */
  spending?: boolean;
  percentHint: boolean;
  year: number | null;
  horizon: Label['horizon'];
  measure: Label['measure'];
}

/**
 * The meaning of a column from its header texts, top to bottom: the lowest label that names a role decides,
 * a group label above gives `%` and `Realisasi` their meaning, and year, horizon and measure come from anywhere in
 * the path.
 */
export function resolveColumn(texts: string[]): ColumnMeaning | null {
  const labels = texts.map(classifyLabel);
  const budget = labels.some((l) => l.cls?.role === 'budget-group' || l.cls?.role === 'pagu' || l.cls?.role === 'spent');
  const quarterContext = labels.some((l) => l.quarterContext);
  const cumulative = labels.some((l) => l.cumulative);
  const percentHint = labels.some((l) => l.percentHint) || labels.some((l, i) => i > 0 && l.cls?.role === 'percent');
  let year: number | null = null;
  let horizon: Label['horizon'] = null;
  let measure: Label['measure'] = null;
  for (let i = labels.length - 1; i >= 0; i--) {
    year ??= labels[i].year;
    horizon ??= labels[i].horizon;
    measure ??= labels[i].measure;
  }
  const base = { percentHint, year, horizon, measure };
  // The lowest period label is the column's period (`TW I` › `Jan`: January); a target or capaian below a period
  // (`TW I` › `Target | Realisasi | %`) is that period's own target or capaian, no realisation: not read.
  for (let i = labels.length - 1; i >= 0; i--) {
    const cls = labels[i].cls;
    if (cls?.role !== 'quarter') continue;
    if (labels.slice(i + 1).some((l) => l.cls?.role === 'target' || l.cls?.role === 'capaian' || l.cls?.role === 'percent')) return null;
    // Under a target or a plan (`Target` › `TW I`, `Rencana Aksi` › `TW I`, `Rencana Penarikan Dana` › `TW I`) the period
    // is planned, not realised: not read (beside `Realisasi` › `TW I` it had been taken as four more quarters, the
    // plan's the ones used).
    const planned = (t: string, j: number) => {
      const n = normaliseLabel(t);
      return (labels[j].cls?.role === 'target' || PLANNED.test(n)) && !/\brealisasi\b/.test(n);
    };
    if (texts.slice(0, i).some(planned)) return null;
    const money = moneyBelow(labels, i);
    // The year's spending to its last period (`Realisasi s.d. Triwulan IV` › `Rp`) is the spent.
    const last = cls.period === 'month' ? cls.quarter === 11 : cls.period === 'semester' ? cls.quarter === 1 : cls.quarter === 3;
    if (money && (cls.cumulative || cumulative) && last) return { ...base, role: 'spent' };
    return { ...base, role: 'quarter', quarter: cls.quarter, period: cls.period, cumulative: cls.cumulative || cumulative, spending: budget || money };
  }
  // Under a `Kode` group every column is a part of the code (`Kode` › `Urusan │ Bidang │ Program │ Kegiatan │ Sub
  // Kegiatan`, SIPD's split code): the level names below it are no names of rows.
  if (labels.slice(0, -1).some((l) => l.cls?.role === 'code')) return { ...base, role: 'code' };
  for (let i = labels.length - 1; i >= 0; i--) {
    const cls = labels[i].cls;
    if (!cls) continue;
    switch (cls.role) {
      case 'budget-group':
      case 'performance-group':
      case 'year-group':
      case 'caption':
        continue;
      case 'subquarter':
        if (quarterContext) return { ...base, role: 'quarter', quarter: cls.quarter, period: 'quarter', cumulative, spending: budget };
        continue;
      case 'percent':
        return { ...base, role: budget ? 'absorption' : 'capaian', percentHint: true };
      case 'realisasi':
        if (quarterContext && i < labels.length - 1) continue;
        if (budget && percentHint) return { ...base, role: 'absorption' };
        return { ...base, role: budget || moneyBelow(labels, i) ? 'spent' : 'annual' };
      case 'annual':
        // `Jumlah` under `Realisasi Anggaran` is the budget spent of the year.
        if (labels.slice(0, i).some((l) => l.cls?.role === 'spent')) return { ...base, role: 'spent' };
        return { ...base, role: 'annual', cumulative };
      case 'target':
        // Under `Keuangan`/`Anggaran` or over an `Rp` sub-column, a target is the pagu (the usual Pemda `Fisik │ Keuangan`
        // table had two target candidates and no pagu: column-missing, nothing checked).
        if (budget || moneyBelow(labels, i)) return { ...base, role: 'pagu' };
        return { ...base, role: horizon === 'medium-term' ? 'mediumTermTarget' : 'target' };
      case 'capaian':
        // Under `Keuangan`/`Anggaran` or over an `Rp` sub-column, a capaian is the budget's absorption (it had made two
        // capaian candidates with `Kinerja` › `Capaian`: nothing checked or written).
        if (budget || moneyBelow(labels, i)) return { ...base, role: 'absorption' };
        return { ...base, role: 'capaian' };
      default:
        return { ...base, role: cls.role };
    }
  }
  if (budget && labels[labels.length - 1]?.cls?.role === 'budget-group') return { ...base, role: 'pagu' };
  return null;
}
