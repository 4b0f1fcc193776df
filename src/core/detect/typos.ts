// Header labels as meant where a key word is mistyped (`Realisai`, `Triwlan I`, `Tingkat Capain`): a misspelt label
// would otherwise lose its column's role — and, in the evaluation form, every check on that column, without a word.
import { editDistance } from '../read/units';

/** Words header labels are made of, beside the key words: never read as a typo of another. */
const KNOWN = [
  'tahun', 'tahunan', 'berjalan', 'sebelumnya', 'lalu', 'renstra', 'rpjmd', 'periode', 'akhir', 'awal', 'kumulatif',
  'sampai', 'dengan', 'strategis', 'program', 'kegiatan', 'uraian', 'nomor', 'urusan', 'bidang', 'pemerintahan',
  'daerah', 'perangkat', 'renja', 'rkpd', 'dievaluasi', 'penanggung', 'jawab', 'keterangan', 'catatan', 'output',
  'outcome', 'utama', 'perjanjian', 'definitif', 'perubahan', 'revisi', 'alokasi', 'belanja', 'penyerapan', 'rupiah',
  'volume', 'fisik', 'kategori', 'predikat', 'tingkat', 'total', 'jumlah', 'rerata', 'persen', 'persentase', 'sifat',
  'polaritas', 'nilai', 'indeks', 'januari', 'februari', 'pebruari', 'maret', 'april', 'agustus', 'september',
  'oktober', 'november', 'desember', 'triwulan', 'semester', 'bulan', 'sasaran', 'tujuan', 'prioritas', 'kinerja',
  'anggaran', 'keuangan', 'serapan', 'capaian', 'realisasi', 'target', 'indikator', 'satuan', 'kode', 'rekening',
  // Words of their own one letter from a key word (a column `Tanggapan` is no `Anggaran`, `Pagu Indikatif` no indicator).
  'tanggapan', 'anggapan', 'angkatan', 'indikatif', 'terapan', 'tahanan', 'tabungan', 'kenangan', 'realitas', 'kesatuan',
  'saran', 'tanggal', 'kendala', 'solusi', 'bobot', 'lokasi', 'sumber', 'frekuensi', 'formula',
  'definisi', 'operasional', 'baseline', 'kondisi', 'tahapan', 'sebaran', 'realokasi', 'nopember',
];

/** Misspellings too far for one letter but common: read as the word meant. */
const ALIASES: Record<string, string> = { presentase: 'persentase', prosentase: 'persentase', prosentasi: 'persentase' };

/**
 * A corrector for the given key words: a word of five letters or more that is no known word, starts with the key
 * word's letter and is one letter off exactly one key word — and near no other known word — is read as that key
 * word (typos keep the first letter; two letters off reads too many real words as key words: `kenangan` → keuangan).
 * `letters: 2` allows two letters off, for key words only ever read in a fixed phrase (the form's footer average).
 */
export function typoCorrector(keyWords: readonly string[], letters: 1 | 2 = 1): (text: string) => string {
  const keys = new Set(keyWords);
  const vocabulary = [...new Set([...keyWords, ...KNOWN])];
  const known = new Set(vocabulary);
  const meant = new Map<string, string>();
  const correct = (word: string): string => {
    if (known.has(word)) return word;
    const alias = ALIASES[word];
    if (alias !== undefined && keys.has(alias)) return alias;
    let found = meant.get(word);
    if (found === undefined) {
      const near = vocabulary.filter((w) => Math.abs(w.length - word.length) <= letters && editDistance(word, w, letters) <= letters);
      found = near.length === 1 && keys.has(near[0]) && near[0][0] === word[0] ? near[0] : word;
      if (meant.size >= 10000) meant.clear();
      meant.set(word, found);
    }
    return found;
  };
  return (text) => (/[a-z]{5}/.test(text) ? text.replace(/[a-z]{5,}/g, correct) : text);
}
