// The unit catalogue of SPEC §3.2: canonical names, their kind, and suggestions for unknown words.

/**
 * `rate`: so many per so many of something (`per 100.000 KH`, `kasus/1.000 KH`, `rasio`): not additive. `quantity`: a
 * length, area, mass or volume (`km`, `ha`, `ton`): a road's length in good condition is a state more often than a
 * flow, so not added up over the quarters (as an unknown word was not), and decimals are its own (no whole count).
 */
export type UnitKind = 'count' | 'currency' | 'percent' | 'score' | 'duration' | 'rate' | 'quantity';

export interface Unit {
  /** Canonical name, e.g. `orang`, `%`, `rupiah`. */
  name: string;
  kind: UnitKind;
  /**
   * What a bare number in this unit is worth: a Satuan `Juta Rupiah` (`Rp Juta`, `Ribu Rupiah`, `Rp 000`) makes the
   * row's `1.500` Rp 1,500,000,000 (it had been Rp 1,500 beside a realisation typed `Rp 1.350.000.000`: 90,000,000 %
   * written). Absent: 1.
   */
  scale?: number;
}

const CATALOGUE: Record<string, { kind: UnitKind; words: string[] }> = {
  orang: { kind: 'count', words: ['orang', 'jiwa', 'pmi', 'peserta', 'org'] },
  data: { kind: 'count', words: ['data'] },
  kasus: { kind: 'count', words: ['kasus', 'pengaduan'] },
  dokumen: { kind: 'count', words: ['dokumen', 'dok'] },
  laporan: { kind: 'count', words: ['laporan', 'lap'] },
  kegiatan: { kind: 'count', words: ['kegiatan'] },
  desa: { kind: 'count', words: ['desa'] },
  unit: { kind: 'count', words: ['unit'] },
  paket: { kind: 'count', words: ['paket'] },
  lembaga: { kind: 'count', words: ['lembaga'] },
  perusahaan: { kind: 'count', words: ['perusahaan'] },
  sekolah: { kind: 'count', words: ['sekolah'] },
  kali: { kind: 'count', words: ['kali'] },
  berkas: { kind: 'count', words: ['berkas'] },
  sertifikat: { kind: 'count', words: ['sertifikat'] },
  // The output unit of a Satker's `Layanan Perkantoran` RO: months of service delivered, 12 a year, adding up over the
  // quarters — a count, not the duration its first word would make it (3 + 3 + 3 + 3 had read as 3: capaian 25 %).
  'bulan layanan': { kind: 'count', words: ['bulan layanan'] },
  // Everyday Pemda units beyond the SPEC's list (each had been unit-unknown, or suggested as another kind: `rumah` as
  // rupiah, `ekor` as skor, `menit` as unit).
  rumah: { kind: 'count', words: ['rumah'] },
  ekor: { kind: 'count', words: ['ekor'] },
  keluarga: { kind: 'count', words: ['keluarga', 'kk'] },
  kelurahan: { kind: 'count', words: ['kelurahan'] },
  // Counts Pemda tables name as often (each had been unit-unknown, and — not known as a count — `1.500 Pasien` was
  // read as 1.5 in a table proving the point a decimal mark: 83,333 % written).
  // Each its own unit, synonyms only where a word is another's spelling (a visit is no tourist, a recommendation no
  // finding: merged, a real mismatch between them would be hidden).
  pasien: { kind: 'count', words: ['pasien'] },
  siswa: { kind: 'count', words: ['siswa', 'murid'] },
  mahasiswa: { kind: 'count', words: ['mahasiswa'] },
  guru: { kind: 'count', words: ['guru'] },
  balita: { kind: 'count', words: ['balita'] },
  bayi: { kind: 'count', words: ['bayi'] },
  anak: { kind: 'count', words: ['anak'] },
  umkm: { kind: 'count', words: ['umkm'] },
  ukm: { kind: 'count', words: ['ukm'] },
  ikm: { kind: 'count', words: ['ikm'] },
  koperasi: { kind: 'count', words: ['koperasi'] },
  'pelaku usaha': { kind: 'count', words: ['pelaku usaha'] },
  wisatawan: { kind: 'count', words: ['wisatawan'] },
  pengunjung: { kind: 'count', words: ['pengunjung'] },
  kunjungan: { kind: 'count', words: ['kunjungan'] },
  temuan: { kind: 'count', words: ['temuan'] },
  rekomendasi: { kind: 'count', words: ['rekomendasi'] },
  kecamatan: { kind: 'count', words: ['kecamatan'] },
  puskesmas: { kind: 'count', words: ['puskesmas'] },
  posyandu: { kind: 'count', words: ['posyandu'] },
  faskes: { kind: 'count', words: ['faskes'] },
  kelompok: { kind: 'count', words: ['kelompok', 'poktan'] },
  gapoktan: { kind: 'count', words: ['gapoktan'] },
  produk: { kind: 'count', words: ['produk'] },
  inovasi: { kind: 'count', words: ['inovasi'] },
  aplikasi: { kind: 'count', words: ['aplikasi'] },
  izin: { kind: 'count', words: ['izin', 'ijin', 'perizinan'] },
  regulasi: { kind: 'count', words: ['regulasi'] },
  perda: { kind: 'count', words: ['perda'] },
  perkada: { kind: 'count', words: ['perkada', 'perbup', 'perwal'] },
  lokasi: { kind: 'count', words: ['lokasi'] },
  titik: { kind: 'count', words: ['titik'] },
  kawasan: { kind: 'count', words: ['kawasan'] },
  ruas: { kind: 'count', words: ['ruas'] },
  buah: { kind: 'count', words: ['buah'] },
  lembar: { kind: 'count', words: ['lembar'] },
  eksemplar: { kind: 'count', words: ['eksemplar'] },
  jenis: { kind: 'count', words: ['jenis'] },
  event: { kind: 'count', words: ['event'] },
  km: { kind: 'quantity', words: ['km', 'kilometer'] },
  meter: { kind: 'quantity', words: ['meter'] },
  ha: { kind: 'quantity', words: ['ha', 'hektar', 'hektare'] },
  m2: { kind: 'quantity', words: ['m2', 'm²'] },
  km2: { kind: 'quantity', words: ['km2', 'km²'] },
  ton: { kind: 'quantity', words: ['ton'] },
  kg: { kind: 'quantity', words: ['kg'] },
  liter: { kind: 'quantity', words: ['liter'] },
  rupiah: { kind: 'currency', words: ['rupiah', 'rp', 'idr'] },
  '%': { kind: 'percent', words: ['%', 'persen', 'prosen', 'persentase'] },
  nilai: { kind: 'score', words: ['nilai', 'skor', 'poin', 'indeks'] },
  hari: { kind: 'duration', words: ['hari'] },
  bulan: { kind: 'duration', words: ['bulan'] },
  jam: { kind: 'duration', words: ['jam'] },
  menit: { kind: 'duration', words: ['menit'] },
  tahun: { kind: 'duration', words: ['tahun'] },
};

const BY_WORD = new Map<string, Unit>();
for (const [name, { kind, words }] of Object.entries(CATALOGUE)) {
  for (const w of words) BY_WORD.set(w, { name, kind });
}
const ALL_WORDS = [...BY_WORD.keys()].filter((w) => w.length >= 3);

export const PERCENT: Unit = { name: '%', kind: 'percent' };
export const RUPIAH: Unit = { name: 'rupiah', kind: 'currency' };

/** Counts and money add up over quarters; percentages, scores and durations do not. */
export function isAdditive(unit: Unit | null): boolean {
  return unit !== null && (unit.kind === 'count' || unit.kind === 'currency');
}

function normaliseWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.,:;()[\]]+$/g, '')
    .replace(/^[.,:;()[\]]+/g, '')
    .trim();
}

/**
 * A rate, as Pemda tables state their health and welfare indicators: `per 100.000 KH`, `per 1.000 penduduk`,
 * `kasus/1.000 KH`, `/100.000 penduduk`, `Rp per kapita`, `rasio`, `‰`. It is so many of something per so many of
 * another: it does not add up over the quarters (`kasus/1.000 KH` had read as `kasus`, a count: 2 + 3 + 2.5 + 2.8
 * summed to a realisation of 10.3 and a wrong capaian written), and it is no unknown word. So is an average per day
 * or week (`Pasien/hari`, `kunjungan per hari`) and a yield (`Ton/Ha`); a count per month or year (`orang/bulan`,
 * `orang per tahun`) stays its count, as the evaluation form's declared sums add them.
 */
const RATE = /(?:^|\s)per\s*\d|\/\s*\d|(?:^|\s)per\s+(?:kapita|penduduk|jiwa|hari|minggu|ha|hektar|km)\b|\S\s*\/\s*(?:hari|minggu|ha|hektar|km|kapita)\b|^(?:rasio|ratio|permil|per\s?mil|‰)$/;

const RUPIAH_SCALE = /^(?:\(?\s*(?:dalam\s+)?(?:(ribu|ribuan|rb|juta|jutaan|jt|miliar|milyar|000|000\.000)\s+)?(?:rp\.?|rupiah|idr)\s*(?:\(?\s*(ribu|ribuan|rb|juta|jutaan|jt|miliar|milyar|000|000\.000)\s*\)?)?\s*\)?)$/;
/**
 * Magnitude words by what they multiply: after a numeral (`1,5 juta`, `Rp 1,5 M`, read by the cell reader) and in a
 * rupiah Satuan (`Juta Rupiah`, `Rp 000`). Each reader's pattern says which of them it takes.
 */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  ribu: 1e3, ribuan: 1e3, rb: 1e3, '000': 1e3, juta: 1e6, jutaan: 1e6, jt: 1e6, '000.000': 1e6,
  miliar: 1e9, milyar: 1e9, m: 1e9, mlyr: 1e9, mlr: 1e9, triliun: 1e12, t: 1e12,
};

/** A unit word or phrase to its catalogue unit; a phrase is tried whole, then (unless a rate) by its first word. */
export function lookupUnit(text: string): Unit | null {
  const t = normaliseWord(text);
  if (t === '') return null;
  const scaled = RUPIAH_SCALE.exec(t);
  if (scaled && (scaled[1] ?? scaled[2]) !== undefined) return { ...RUPIAH, scale: MAGNITUDES[scaled[1] ?? scaled[2]] };
  const whole = BY_WORD.get(t);
  if (whole) return whole;
  if (RATE.test(t)) return { name: t.replace(/\s+/g, ' '), kind: 'rate' };
  const first = t.split(/[\s/]+/)[0];
  return BY_WORD.get(normaliseWord(first)) ?? null;
}

/** The one catalogue unit within edit distance 2 of an unknown word (1 for short words), if any. */
export function suggestUnit(text: string): Unit | null {
  const word = normaliseWord(text).split(/[\s/]+/)[0];
  if (word.length < 3) return null;
  const limit = word.length <= 4 ? 1 : 2;
  let best: Unit | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const w of ALL_WORDS) {
    // A typo keeps the first letter (`Oran` → orang); another first letter is another word (`menit` is no unit).
    if (w[0] !== word[0] || Math.abs(w.length - word.length) > limit) continue;
    const d = editDistance(word, w, limit);
    if (d > limit) continue;
    const unit = BY_WORD.get(w)!;
    if (d < bestDistance) {
      best = unit;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && best && best.name !== unit.name) {
      tie = true;
    }
  }
  return tie ? null : best;
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > limit) return rowMin;
    prev = cur;
  }
  return prev[b.length];
}

const TRAILING_BRACKET = /\(\s*([^()]+?)\s*\)\s*$/;

/** A unit named in brackets at the end of an indicator's name (`Jumlah kader terlatih (orang)`, `… (%)`), if any. */
export function unitInName(name: string): Unit | null {
  const m = TRAILING_BRACKET.exec(name);
  return m ? lookupUnit(m[1]) : null;
}

/** The name without its bracketed unit (`Jumlah kader terlatih (orang)` → `Jumlah kader terlatih`). */
export function nameWithoutUnit(name: string): string {
  return unitInName(name) ? name.replace(TRAILING_BRACKET, '').trim() : name;
}
