// Messages for the form's own codes (SPEC §11), Indonesian first, in a planner's words: which rows a roll-up sums
// and which it should, what a typed number hides, why percentages do not add up. The catalogues in
// src/core/messages take these in.
import { Language } from '../settings';
import { list, num, pct, quote, rupiah, str } from '../messages/format';
import { cents } from '../compute/math';
import { FormFindingCode, FormFindingDataMap } from './findings';

type FormCatalogue = { [C in FormFindingCode]: (d: FormFindingDataMap[C]) => string };

const rp = (v: number, lang: Language, scale?: number) => rupiah(Math.abs(v), lang, scale);
const rows = (n: number) => (n > 1 ? 'rows' : 'row');
const isRatio = (declaration: string) => /[/:]/.test(declaration);
const shownValue = (v: number, declaration: string, part: string, lang: Language, scale?: number) =>
  isRatio(declaration) ? pct(cents(v), lang) : part === 'Rp' ? rp(v, lang, scale) : num(cents(v), lang);

export const FORM_MESSAGES: Record<Language, FormCatalogue> = {
  id: {
    'form-formula-mismatch': (d) =>
      `Baris ini tidak mengikuti rumus kolom "${str(d.declaration)}" (${d.part}): seharusnya ${shownValue(d.expected, d.declaration, d.part, 'id', d.scale)}, ` +
      `tertulis ${shownValue(d.actual, d.declaration, d.part, 'id', d.scale)}${d.formula ? ` (${str(d.formula)})` : ''}.`,
    'percent-summed': (d) =>
      `"${str(d.declaration)}" menjumlahkan nilai indikator "${quote(d.indicator)}" (${str(d.unit)}): ${list(d.values.filter((v) => v !== 0), 'id')} menjadi ${num(d.actual, 'id')}. ` +
      `Persentase atau indeks tidak dapat dijumlahkan; yang dipakai nilai terakhir${d.used !== null ? ` (${num(d.used, 'id')})` : ''}` +
      (d.capaian !== null ? `, sehingga tingkat capaiannya ${pct(d.capaian, 'id')}` : '') +
      (d.percentCell && d.statedPercent !== null ? ` (${d.percentCell} menulis ${pct(d.statedPercent, 'id')}).` : '.'),
    'rollup-mismatch': (d) =>
      `Baris induk ${rp(d.actual, 'id', d.scale)} tidak sama dengan jumlah baris anaknya (baris ${list(d.rows, 'id')}) ${rp(d.expected, 'id', d.scale)}: selisih ${rp(d.actual - d.expected, 'id', d.scale)}.`,
    'formula-inconsistent': (d) => {
      if (d.reason === 'shape') {
        return `${d.cell} ${str(d.formula)} berbeda dari rumus ${d.others} sel lain di kolomnya pada tingkat ${str(d.level)}, yang di sel ini berbunyi ${str(d.expected)}.`;
      }
      const verb = /^=AVERAGE/i.test(d.formula) ? 'merata-ratakan' : 'menjumlahkan';
      const parts: string[] = [];
      const who = `${d.cell}${d.level ? ` (${d.level})` : ''}`;
      if (d.extra.length) parts.push(`${who} ${verb} baris yang bukan anak langsungnya (baris ${list(d.extra, 'id')})`);
      if (d.missing.length) parts.push(`${d.extra.length ? 'dan tidak ikut' : `${who} tidak ikut`} ${verb} anaknya, baris ${list(d.missing, 'id')}`);
      // Only a child named twice in the formula: that is the whole slip.
      const onlyTwice = parts.length === 0 && d.twice.length > 0;
      if (onlyTwice) parts.push(`${who} ${verb} baris ${list(d.twice, 'id')} dua kali`);
      let text = parts.join(' ');
      if (d.difference !== null && d.difference > 1e-6) {
        text += `: hasilnya ${rp(d.difference, 'id', d.scale)} ${d.more ? 'lebih besar' : 'lebih kecil'} dari jumlah anaknya`;
      } else if (d.difference !== null) text += `: selisihnya dengan jumlah anaknya ${rp(d.difference, 'id', d.scale)}, tetapi rumusnya akan keliru bila baris itu terisi`;
      if (d.twice.length && !onlyTwice) text += `; baris ${list(d.twice, 'id')} jadi terhitung dua kali`;
      return `${text}. Rumusnya ${str(d.formula)}; anak langsungnya baris ${list(d.children, 'id')}.`;
    },
    'formula-constant': (d) =>
      `Rumus ${str(d.formula)} memuat angka yang diketik langsung (${list(d.constants, 'id')}): asal angka itu tidak terlihat dan tidak ikut berubah bila datanya berubah. Rujuk sel yang memuatnya.`,
    'predicate-mismatch': (d) =>
      `Predikat tertulis "${quote(d.stated)}", padahal rata-rata capaian ${pct(d.average, 'id')}` +
      (d.statedAverage !== null ? ` (tertulis ${pct(d.statedAverage, 'id')})` : '') + ` termasuk "${d.expected}" menurut skala penilaian.`,
  },
  en: {
    'form-formula-mismatch': (d) =>
      `This row does not follow the column formula "${str(d.declaration)}" (${d.part}): it should be ${shownValue(d.expected, d.declaration, d.part, 'en', d.scale)}, ` +
      `it shows ${shownValue(d.actual, d.declaration, d.part, 'en', d.scale)}${d.formula ? ` (${str(d.formula)})` : ''}.`,
    'percent-summed': (d) =>
      `"${str(d.declaration)}" adds up the values of "${quote(d.indicator)}" (${str(d.unit)}): ${list(d.values.filter((v) => v !== 0), 'en')} make ${num(d.actual, 'en')}. ` +
      `Percentages and indices do not add up; the latest value${d.used !== null ? ` (${num(d.used, 'en')})` : ''} is used` +
      (d.capaian !== null ? `, so the achievement is ${pct(d.capaian, 'en')}` : '') +
      (d.percentCell && d.statedPercent !== null ? ` (${d.percentCell} shows ${pct(d.statedPercent, 'en')}).` : '.'),
    'rollup-mismatch': (d) =>
      `The parent row's ${rp(d.actual, 'en', d.scale)} is not the sum of its child rows (${rows(d.rows.length)} ${list(d.rows, 'en')}), ${rp(d.expected, 'en', d.scale)}: ${rp(d.actual - d.expected, 'en', d.scale)} apart.`,
    'formula-inconsistent': (d) => {
      if (d.reason === 'shape') {
        return `${d.cell} ${str(d.formula)} differs from the other ${d.others} formulas of its column at the ${str(d.level)} level, which here would read ${str(d.expected)}.`;
      }
      const verb = /^=AVERAGE/i.test(d.formula) ? 'averages' : 'adds up';
      const parts: string[] = [];
      const who = `${d.cell}${d.level ? ` (${d.level})` : ''}`;
      if (d.extra.length) parts.push(`${who} ${verb} ${d.extra.length > 1 ? 'rows that are not its direct children' : 'a row that is not one of its direct children'} (${rows(d.extra.length)} ${list(d.extra, 'en')})`);
      if (d.missing.length) parts.push(`${d.extra.length ? 'and leaves out' : `${who} leaves out`} its child ${rows(d.missing.length)} ${list(d.missing, 'en')}`);
      const onlyTwice = parts.length === 0 && d.twice.length > 0;
      if (onlyTwice) parts.push(`${who} ${verb} ${rows(d.twice.length)} ${list(d.twice, 'en')} twice`);
      let text = parts.join(' ');
      if (d.difference !== null && d.difference > 1e-6) {
        text += `: the result is ${rp(d.difference, 'en', d.scale)} ${d.more ? 'more' : 'less'} than its children's sum`;
      } else if (d.difference !== null) text += `: it differs from its children's sum by ${rp(d.difference, 'en', d.scale)}, but the formula goes wrong once those rows are filled`;
      if (d.twice.length && !onlyTwice) text += `; ${rows(d.twice.length)} ${list(d.twice, 'en')} ${d.twice.length > 1 ? 'are' : 'is'} counted twice`;
      return `${text}. The formula is ${str(d.formula)}; its direct ${d.children.length > 1 ? 'children are rows' : 'child is row'} ${list(d.children, 'en')}.`;
    },
    'formula-constant': (d) =>
      `The formula ${str(d.formula)} has a number typed into it (${list(d.constants, 'en')}): where it came from is hidden, and it does not follow the data. Refer to the cell that holds it.`,
    'predicate-mismatch': (d) =>
      `The stated predicate is "${quote(d.stated)}", but the average achievement ${pct(d.average, 'en')}` +
      (d.statedAverage !== null ? ` (stated ${pct(d.statedAverage, 'en')})` : '') + ` is "${d.expected}" on the rating scale.`,
  },
};

export function formMessageOf<C extends FormFindingCode>(code: C, data: FormFindingDataMap[C], lang: Language): string {
  return (FORM_MESSAGES[lang][code] as (d: FormFindingDataMap[C]) => string)(data);
}
