// Command-line arguments of `cermat` (SPEC §7, §8). Returns a usage problem as text, never throws.
import { CategoryScale, Language, Settings, validateSettings, withDefaults } from '../core/settings';
import { normaliseName } from '../core/names';
import { parseNumeral } from '../core/read/number';
import { editDistance } from '../core/read/units';
import { parseRatingScale } from '../core/renja/predicate';

export interface Options {
  files: string[];
  json: boolean;
  out: string | null;
  settings: Settings;
  help: boolean;
  version: boolean;
  /** `--explain CODE`: print the help entry of one finding code (or `list`) instead of checking files. */
  explain: string | null;
  /** `--findings-sheet`: the copy written by `--out` gets a "Temuan Cermat" sheet listing every finding. */
  findingsSheet: boolean;
}

const FLAGS_WITH_VALUE = new Set(['--out', '--lang', '--absent-in-average', '--cap', '--negative-formula', '--polarity-from-name', '--implausible-above', '--tolerance', '--polarity', '--scale', '--rating-scale', '--explain']);
const KNOWN_FLAGS = [...FLAGS_WITH_VALUE, '--json', '--help', '--version', '--findings-sheet'];

/** A usage problem, Indonesian first, then English, on one line. */
const problem = (id: string, en: string) => ({ problem: `${id} / ${en}` });

/** Reads a flag's number in either notation (`0,05`, `0.05`); one separator is the decimal one. */
export function flagNumber(text: string): number | null {
  const t = text.trim();
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

type NumberRule = { min: number; strict: boolean; example: string; none?: boolean };
const NUMBER_FLAGS: Record<string, NumberRule> = {
  '--cap': { min: 0, strict: true, example: '120', none: true },
  '--implausible-above': { min: 0, strict: true, example: '150' },
  '--tolerance': { min: 0, strict: false, example: '0.05' },
};

/** What a number flag expects, in words, for the message about a bad value. */
function expected(rule: NumberRule): { id: string; en: string } {
  const both = rule.example.includes('.') ? `${rule.example.replace('.', ',')} atau ${rule.example}` : rule.example;
  const idWords = `angka ${rule.strict ? 'lebih dari' : 'minimal'} ${rule.min}, mis. ${both}`;
  const enWords = `a number ${rule.strict ? 'above' : 'of at least'} ${rule.min}, e.g. ${rule.example}`;
  return rule.none ? { id: `${idWords}, atau none`, en: `${enWords}, or none` } : { id: idWords, en: enWords };
}

function readNumberFlag(flag: string, value: string): number | null | { problem: string } {
  const rule = NUMBER_FLAGS[flag];
  if (rule.none && value.trim().toLowerCase() === 'none') return null;
  const n = flagNumber(value);
  const words = expected(rule);
  if (n === null) return problem(`${flag} "${value}" bukan angka; yang diharapkan ${words.id}`, `${flag} "${value}" is not a number; expected ${words.en}`);
  if (rule.strict ? n <= rule.min : n < rule.min) return problem(`${flag} ${value} di luar batas; yang diharapkan ${words.id}`, `${flag} ${value} is out of range; expected ${words.en}`);
  return n;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T | { problem: string } {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.join('|');
  return problem(`${flag} tidak mengenal "${value}"; pilih ${list}`, `${flag} does not take "${value}"; choose ${list}`);
}

export function parseArgs(argv: string[]): Options | { problem: string } {
  const o: Options = { files: [], json: false, out: null, settings: withDefaults(), help: false, version: false, explain: null, findingsSheet: false };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (FLAGS_WITH_VALUE.has(arg) && value === undefined) {
      value = argv[++i];
      if (value === undefined) return problem(`${arg} perlu nilai`, `${arg} needs a value`);
    }
    switch (arg) {
      case '--json': o.json = true; break;
      case '--findings-sheet': o.findingsSheet = true; break;
      case '--help': case '-h': o.help = true; break;
      case '--version': case '-v': o.version = true; break;
      case '--out': o.out = value!; break;
      case '--explain': o.explain = value!.trim(); break;
      case '--lang': {
        const lang = oneOf(arg, value!, ['id', 'en'] as const);
        if (typeof lang !== 'string') return lang;
        o.settings.language = lang as Language;
        break;
      }
      case '--absent-in-average': {
        const v = oneOf(arg, value!, ['omit', 'zero'] as const);
        if (typeof v !== 'string') return v;
        o.settings.absentInAverage = v;
        break;
      }
      case '--polarity-from-name': {
        const v = oneOf(arg, value!, ['on', 'off'] as const);
        if (typeof v !== 'string') return v;
        o.settings.inferPolarity = v === 'on';
        break;
      }
      case '--negative-formula': {
        const v = oneOf(arg, value!, ['two-t-minus-r', 't-over-r'] as const);
        if (typeof v !== 'string') return v;
        o.settings.negativeFormula = v;
        break;
      }
      case '--cap': case '--implausible-above': case '--tolerance': {
        const n = readNumberFlag(arg, value!);
        if (n !== null && typeof n === 'object') return n;
        if (arg === '--cap') o.settings.averageCap = n;
        else if (arg === '--implausible-above') o.settings.implausibleAbove = n!;
        else o.settings.tolerance = n!;
        break;
      }
      case '--polarity': {
        const m = /^(.+)=(positif|negatif|positive|negative)$/i.exec(value!);
        if (!m) return problem(`--polarity perlu "NAMA INDIKATOR=negatif" (atau =positif), tertulis "${value}"`, `--polarity takes "INDICATOR NAME=negatif" (or =positif), got "${value}"`);
        o.settings.polarityOverrides = { ...o.settings.polarityOverrides, [normaliseName(m[1])]: /^neg/i.test(m[2]) ? 'negative' : 'positive' };
        break;
      }
      case '--rating-scale': {
        const r = parseRatingScale(value!);
        if (!r) return problem(`--rating-scale perlu empat batas naik "50,65,75,90" (Sangat Rendah ≤50, Rendah ≤65, Sedang ≤75, Tinggi ≤90), tertulis "${value}"`, `--rating-scale takes four increasing bounds "50,65,75,90", got "${value}"`);
        o.settings.ratingScale = r;
        break;
      }
      case '--scale': {
        const scale = parseScale(value!);
        if (!scale) return problem(`--scale perlu "NAMA:Kategori=min-max,Kategori=min-max", tertulis "${value}"`, `--scale takes "NAME:Category=min-max,Category=min-max", got "${value}"`);
        o.settings.scales = [...o.settings.scales, scale];
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') {
          const near = KNOWN_FLAGS.find((f) => editDistance(f, arg) <= 2);
          return near
            ? problem(`opsi tidak dikenal ${arg} (maksudnya ${near}?)`, `unknown option ${arg} (did you mean ${near}?)`)
            : problem(`opsi tidak dikenal ${arg}`, `unknown option ${arg}`);
        }
        o.files.push(argv[i]);
    }
  }
  // Every flag was checked above; this guards settings that arrive some other way in future.
  const bad = validateSettings(o.settings);
  if (bad) return problem(`nilai pengaturan ${bad.setting} tidak valid`, `invalid value for the ${bad.setting} setting`);
  if (!o.help && !o.version && o.explain === null && o.files.length === 0) return problem('tidak ada file masukan (cermat FILE.xlsx …)', 'no input file (cermat FILE.xlsx …)');
  if (o.out && o.files.length !== 1) return problem('--out hanya untuk satu file masukan', '--out takes exactly one input file');
  if (o.findingsSheet && !o.out && !o.help && !o.version && o.explain === null) {
    return problem('--findings-sheet hanya bersama --out OUT.xlsx (lembar temuan ditulis ke salinan)', '--findings-sheet needs --out OUT.xlsx (the sheet is written into the copy)');
  }
  return o;
}

/** `Predikat:Istimewa=95-100,Baik=80-95` → a custom category scale; null when malformed. */
export function parseScale(text: string): CategoryScale | null {
  const [name, body] = text.split(/:(.*)/s);
  if (!name || !body) return null;
  const bands: CategoryScale['bands'] = [];
  for (const part of body.split(',')) {
    const m = /^\s*(.+?)\s*=\s*([\d.,]+)\s*(?:-|–|s\.?d\.?)\s*([\d.,]+)\s*$/.exec(part);
    const min = m && parseNumeral(m[2]);
    const max = m && parseNumeral(m[3]);
    if (!m || !min || !max || min.value > max.value) return null;
    bands.push({ category: m[1], min: min.value, max: max.value });
  }
  return { name: name.trim(), bands };
}

export const HELP = `cermat — memeriksa dan menghitung ulang tabel LKj (Tabel II.1, II.15, Perjanjian Kinerja) dalam file .xlsx

Pemakaian / usage:
  cermat FILE.xlsx [FILE.xlsx …] [--json] [--out OUT.xlsx [--findings-sheet]] [--lang id|en] [pengaturan]

  --json                     satu dokumen JSON di stdout (berindentasi di terminal, satu baris ke file/pipa) /
                             one JSON document on stdout (indented at a terminal, one line to a file or pipe)
  --out OUT.xlsx             tulis salinan yang sudah dihitung ulang dan ditandai (file masukan tidak diubah)
                             write a recalculated, highlighted copy (the input is never modified)
  --findings-sheet           dengan --out: tambahkan lembar "Temuan Cermat" berisi setiap temuan, dengan tautan ke selnya
                             with --out: add a sheet listing every finding ("Cermat findings" with --lang en), each
                             linked to its cell
  --lang id|en               bahasa pesan / message language (default: id)
  --explain KODE|list        penjelasan satu kode temuan (arti, alasan, cara memperbaiki, contoh), atau daftar kode
                             explain one finding code (meaning, why it matters, how to fix it, an example), or list them

Pengaturan / settings (SPEC §8); angka boleh ditulis 0,05 atau 0.05 / numbers in either notation:
  --absent-in-average omit|zero   indikator tanpa capaian dalam rata-rata: dikeluarkan (omit, default) atau dihitung 0
  --cap N|none                    batas capaian dalam rata-rata saja, mis. 120 (default: none)
  --negative-formula two-t-minus-r|t-over-r
                                  rumus polaritas negatif: (2T − R)/T (default) atau T/R
  --implausible-above N           capaian di atas N% ditandai capaian-implausible (default: 150)
  --tolerance N                   selisih yang diterima untuk persentase tertulis (default: 0.01)
  --polarity "NAMA INDIKATOR=negatif"
                                  polaritas per indikator (mengalahkan kolom Polaritas); boleh berulang
  --polarity-from-name on|off     baca polaritas negatif dari nama indikator (angka kematian, prevalensi…; default: on)
                                  read negative polarity from the indicator's name (default: on)
  --scale "NAMA:Kategori=min-max,…"
                                  skala kategori tambahan, mis. "Predikat:Istimewa=95-100,Baik=80-95"
                                  (bawaan: predikat AKIP AA…D dan kategori NKA)
  --rating-scale A,B,C,D          skala predikat formulir evaluasi Renja (SPEC §11): Sangat Rendah ≤A, Rendah ≤B, Sedang ≤C,
                                  Tinggi ≤D, di atasnya Sangat Tinggi (default: 50,65,75,90)
                                  the Renja evaluation form's rating scale (default: 50,65,75,90)

Status keluar / exit status: 0 tanpa temuan kesalahan (peringatan dan info tidak dihitung), 1 ada temuan kesalahan,
  2 masukan tidak terbaca atau pemakaian salah / 0 no error-severity finding, 1 at least one, 2 unreadable input or bad usage.
`;
