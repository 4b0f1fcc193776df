// Finding messages in English (on request).
import type { Catalogue } from './index';
import { list, num, pct, quote, str } from './format';

const COLUMN: Record<string, string> = {
  indicator: 'Indicator', target: 'Target', pagu: 'Pagu (budget ceiling)', spent: 'Budget spent', quarter: 'Quarter',
  annual: 'Annual realisation', capaian: 'Capaian', absorption: 'Budget %', average: 'Average capaian', unit: 'Unit (Satuan)',
};
const col = (v: unknown) => COLUMN[String(v)] ?? String(v);
const L = 'en' as const;
const PERIOD = { quarter: 'quarter', semester: 'semester', month: 'month' } as const;
const period = (p: keyof typeof PERIOD | undefined) => PERIOD[p ?? 'quarter'];
const unit = (u: string | null) => (u === null ? '' : u === '%' ? ' %' : ` ${u}`);

export const en: Catalogue = {
  'table-not-found': (d) => `No recognisable table. Looked for a header row with: ${list(d.lookedFor, L)}.`,
  'column-missing': (d) => `The ${col(d.column)} column is missing; it is required.`,
  'quarter-missing': (d) => `Quarter ${list(d.missing, L)} column missing while other quarters are present.`,
  'quarter-order': (d) => `Quarter columns are not in the order I, II, III, IV (found: ${list(d.order, L)}). Computation still follows the labels.`,
  'quarter-duplicate': (d) => `Quarter ${str(d.quarter)} appears twice (columns ${list(d.columns, L)}); the leftmost is used.`,
  'no-room-for-capaian': (d) => `No Capaian column and column ${str(d.column)} to the right is not empty; capaian not written.`,
  'value-unreadable': (d) => `"${quote(d.text)}" cannot be read as a number.`,
  'value-multiple': (d) => `The cell holds two measurements (${list(d.values, L)}).` + (d.used !== null ? ` Used: ${num(d.used, L)} ${str(d.unit)}.` : d.unit ? ` None is in the indicator's unit (${str(d.unit)}); neither can be used.` : ' Neither can be used.'),
  'value-error': (d) => `The cell holds the Excel error ${str(d.error)}.`,
  'value-negative': (d) => `Negative value (${num(d.value, L)}) in the ${col(d.column)} column.`,
  'number-ambiguous': (d) => `This number could mean thousands or decimals; read as ${num(d.read, L)} (Indonesian notation). Please check.`,
  'number-notation-mixed': (d) => `The table writes numbers in two notations, Indonesian (35,17) and English (35.17), e.g. cells ${list(d.examples, L)}.`,
  'unit-mismatch': (d) => `Unit "${str(d.actual)}" differs from the indicator's unit "${str(d.expected)}".`,
  'unit-unknown': (d) => `Unknown unit "${str(d.word)}".` + (d.suggestion ? ` Probably "${str(d.suggestion)}" (used).` : ''),
  'percent-scale-mixed': (d) => `${num(d.value, L)} looks like a fraction while the row's other values are whole percentages.`,
  'annual-sum-mismatch': (d) => `Annual realisation ${num(d.actual, L)}${unit(d.unit)} differs from the sum of the ${period(d.period)}s, ${num(d.expected, L)}${unit(d.unit)}.`,
  'annual-underivable': (d) => `Annual realisation ${num(d.actual, L)}${unit(d.unit)} equals neither the last ${period(d.period)} (${num(d.last, L)}${unit(d.unit)}) nor the ${period(d.period)}s' mean (${num(d.mean, L)}${unit(d.unit)}).`,
  'annual-missing': (d) => `Annual realisation is empty while quarters hold data.` + (d.derived !== null ? ` Derived from the quarters: ${num(d.derived, L)}.` : ''),
  'cumulative-decreasing': (d) => `The cumulative realisation falls from ${num(d.previous, L)} to ${num(d.value, L)}.`,
  'target-missing': (d) => `Indicator "${quote(d.indicator)}" has no target; capaian cannot be computed.`,
  'target-zero': (d) => `The target of "${quote(d.indicator)}" is 0; capaian cannot be computed (division by zero).`,
  'realisation-missing': (d) => `Indicator "${quote(d.indicator)}" has no realisation for the year; capaian not computed.`,
  'category-unscored': (d) => `Target and realisation are categories without scores (${str(d.target)} / ${str(d.realisation)}); capaian not computed. Add scores, e.g. "Baik (88)".`,
  'capaian-mismatch': (d) => `Stated capaian ${pct(d.stated, L)}, computed ${pct(d.computed, L)}.`,
  'capaian-unverifiable': (d) => `States ${pct(d.stated, L)}, but no capaian can be computed from the target and realisation.`,
  'capaian-implausible': (d) => `Capaian ${pct(d.capaian, L)} is above ${pct(d.threshold, L)}: the target may be too low or units mixed.`,
  'pagu-missing': (d) => `Group "${quote(d.group)}" has no pagu (budget ceiling).`,
  'pagu-zero': (d) => `The pagu of group "${quote(d.group)}" is 0; the budget percentage cannot be computed.`,
  'spent-over-pagu': (d) => `Spent Rp${num(d.spent, L)} exceeds the pagu Rp${num(d.pagu, L)}.`,
  'absorption-mismatch': (d) => `Stated budget % ${pct(d.stated, L)}, computed spent ÷ pagu ${pct(d.computed, L)}.`,
  'average-mismatch': (d) => `Stated average capaian of ${d.group ? `group "${quote(d.group)}"` : 'the table'} ${pct(d.stated, L)}, computed ${pct(d.computed, L)}.`,
  'total-mismatch': (d) => `The total row states ${num(d.actual, L)}; its column adds up to ${num(d.expected, L)}.`,
  'cross-table-mismatch': (d) => `${d.field === 'unit' ? 'Unit' : d.field === 'target' ? 'Target' : 'Annual realisation'} of "${quote(d.name)}" differs from ${str(d.otherSheet)}${d.otherCell ? '!' + d.otherCell : ''}: ${str(d.value)} here, ${str(d.other)} there.`,
  'indicator-name-differs': (d) => `Indicator name "${quote(d.name)}" differs from ${str(d.otherSheet)}${d.otherCell ? '!' + d.otherCell : ''}: "${quote(d.otherName)}".`,
  'indicator-unmatched': (d) =>
    d.missingHere
      ? `Indicator "${quote(d.name)}" (${str(d.otherSheet)}${d.otherCell ? '!' + d.otherCell : ''}) is missing from table ${str(d.sheet)}.`
      : `Indicator "${quote(d.name)}" of table ${str(d.sheet)} is not found in table ${str(d.otherSheet)}.`,
};
