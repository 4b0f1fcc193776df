// Command-line arguments of `cermat` (SPEC §7, §8). Returns a usage problem as text, never throws.
import { CategoryScale, Language, Settings, validateSettings, withDefaults } from '../core/settings';
import { normaliseName } from '../core/names';
import { parseNumeral } from '../core/read/number';

export interface Options {
  files: string[];
  json: boolean;
  out: string | null;
  settings: Settings;
  help: boolean;
  version: boolean;
}

const FLAGS_WITH_VALUE = new Set(['--out', '--lang', '--absent-in-average', '--cap', '--negative-formula', '--implausible-above', '--tolerance', '--polarity', '--scale']);

export function parseArgs(argv: string[]): Options | { problem: string } {
  const o: Options = { files: [], json: false, out: null, settings: withDefaults(), help: false, version: false };
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
      if (value === undefined) return { problem: `${arg} needs a value` };
    }
    const number = () => Number(String(value).replace(',', '.'));
    switch (arg) {
      case '--json': o.json = true; break;
      case '--help': case '-h': o.help = true; break;
      case '--version': case '-v': o.version = true; break;
      case '--out': o.out = value!; break;
      case '--lang': o.settings.language = value as Language; break;
      case '--absent-in-average': o.settings.absentInAverage = value as Settings['absentInAverage']; break;
      case '--cap': o.settings.averageCap = value === 'none' ? null : number(); break;
      case '--negative-formula': o.settings.negativeFormula = value as Settings['negativeFormula']; break;
      case '--implausible-above': o.settings.implausibleAbove = number(); break;
      case '--tolerance': o.settings.tolerance = number(); break;
      case '--polarity': {
        const m = /^(.+)=(positif|negatif|positive|negative)$/i.exec(value!);
        if (!m) return { problem: `--polarity takes "INDICATOR NAME=negatif" (or =positif), got ${value}` };
        o.settings.polarityOverrides = { ...o.settings.polarityOverrides, [normaliseName(m[1])]: /^neg/i.test(m[2]) ? 'negative' : 'positive' };
        break;
      }
      case '--scale': {
        const scale = parseScale(value!);
        if (!scale) return { problem: `--scale takes "NAME:Category=min-max,Category=min-max", got ${value}` };
        o.settings.scales = [...o.settings.scales, scale];
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') return { problem: `unknown option ${arg}` };
        o.files.push(argv[i]);
    }
  }
  const bad = validateSettings(o.settings);
  if (bad) return { problem: `invalid value for ${bad.setting}: ${String(bad.value)}` };
  if (!o.help && !o.version && o.files.length === 0) return { problem: 'no input file (cermat FILE.xlsx …)' };
  if (o.out && o.files.length !== 1) return { problem: '--out takes exactly one input file' };
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
  cermat FILE.xlsx [FILE.xlsx …] [--json] [--out OUT.xlsx] [--lang id|en] [pengaturan]

  --json                     satu dokumen JSON di stdout / one JSON document on stdout
  --out OUT.xlsx             tulis salinan yang sudah dihitung ulang dan ditandai (file masukan tidak diubah)
                             write a recalculated, highlighted copy (the input is never modified)
  --lang id|en               bahasa pesan / message language (default: id)

Pengaturan / settings (SPEC §8):
  --absent-in-average omit|zero   indikator tanpa capaian dalam rata-rata: dikeluarkan (omit, default) atau dihitung 0
  --cap N|none                    batas capaian dalam rata-rata saja, mis. 120 (default: none)
  --negative-formula two-t-minus-r|t-over-r
                                  rumus polaritas negatif: (2T − R)/T (default) atau T/R
  --implausible-above N           capaian di atas N% ditandai capaian-implausible (default: 150)
  --tolerance N                   selisih yang diterima untuk persentase tertulis (default: 0.01)
  --polarity "NAMA INDIKATOR=negatif"
                                  polaritas per indikator (mengalahkan kolom Polaritas); boleh berulang
  --scale "NAMA:Kategori=min-max,…"
                                  skala kategori tambahan, mis. "Predikat:Istimewa=95-100,Baik=80-95"
                                  (bawaan: predikat AKIP AA…D dan kategori NKA)

Status keluar / exit status: 0 tanpa galat, 1 ada temuan galat, 2 masukan tidak terbaca atau pemakaian salah.
`;
