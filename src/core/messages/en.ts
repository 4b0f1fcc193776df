// Finding messages in English (on request).
import type { Catalogue } from './index';
import { list, num, pct, quote, rupiah, str } from './format';
import { FORM_MESSAGES } from '../renja/messages';

const COLUMN: Record<string, string> = {
  indicator: 'Indicator', target: 'Target', pagu: 'Pagu (budget ceiling)', spent: 'Budget spent', quarter: 'Quarter',
  annual: 'Annual realisation', capaian: 'Capaian', absorption: 'Budget %', average: 'Average capaian', unit: 'Unit (Satuan)', remaining: 'Remaining budget (Sisa)', remainingPercent: 'Remaining %', initialPagu: 'Initial pagu', amount: 'Rupiah',
};
const col = (v: unknown) => COLUMN[String(v)] ?? String(v);
const L = 'en' as const;
const PERIOD = { quarter: 'quarter', semester: 'semester', month: 'month' } as const;
const period = (p: keyof typeof PERIOD | undefined) => PERIOD[p ?? 'quarter'];
const ORDER = { quarter: 'I, II, III, IV', semester: 'I, II', month: '1 to 12' } as const;
const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const unit = (u: string | null) => (u === null ? '' : u === '%' ? ' %' : ` ${u}`);

export const en: Catalogue = {
  'table-not-found': (d) => d.undeclaredForms
    ? `The Renja evaluation form on ${list(d.undeclaredForms, L)} was not checked: no row of column numbers declares a formula (such as 12 = 8+9+10+11 or 13 = 12/7 x 100). Write the columns' formulas in the row of column numbers to have the form checked.`
    : `No recognisable table. Looked for a header row with: ${list(d.lookedFor, L)}.`,
  'column-missing': (d) => `The ${col(d.column)} column is missing; it is required.`,
  'quarter-missing': (d) => `${cap(period(d.period))} ${list(d.missing, L)} column missing while other ${period(d.period)}s are present.`,
  'quarter-order': (d) => `${cap(period(d.period))} columns are not in the order ${ORDER[d.period ?? 'quarter']} (found: ${list(d.order, L)}). Computation still follows the labels.`,
  'quarter-duplicate': (d) => `${cap(period(d.period))} ${str(d.quarter)} appears twice (columns ${list(d.columns, L)}); the leftmost is used.`,
  'no-room-for-capaian': (d) => d.next
    ? `No Capaian column, and column ${str(d.column)} to the right is the only empty column before the content of column ${str(d.next)} (filling it would join two tables); capaian not written.`
    : `No Capaian column and column ${str(d.column)} to the right is not empty; capaian not written.`,
  'value-unreadable': (d) => `"${quote(d.text)}" cannot be read as a number.`,
  'value-multiple': (d) => `The cell holds two measurements (${list(d.values, L)}).` + (d.used !== null ? ` Used: ${num(d.used, L)} ${str(d.unit)}.` : d.alike ? ` The bare number beside it may be in ${str(d.unit)} too: which is meant is not sure, and neither is used.` : d.unit ? ` None is in the indicator's unit (${str(d.unit)}); neither can be used.` : ' Neither can be used.'),
  'value-error': (d) => `The cell holds the Excel error ${str(d.error)}.`,
  'value-negative': (d) => `Negative value (${num(d.value, L)}) in the ${col(d.column)} column.`,
  'number-ambiguous': (d) => `This number could mean thousands or decimals; read as ${num(d.read, L)} (Indonesian notation). Please check.`,
  'number-notation-mixed': (d) => `The table writes numbers in two notations, Indonesian (35,17) and English (35.17), e.g. cells ${list(d.examples, L)}.`,
  'unit-mismatch': (d) => `Unit "${str(d.actual)}" differs from the indicator's unit "${str(d.expected)}".`,
  'unit-unknown': (d) => `Unknown unit "${str(d.word)}".` + (d.suggestion ? ` Probably "${str(d.suggestion)}" (used).` : ''),
  'percent-scale-mixed': (d) => `${num(d.value, L)} looks like a fraction while the row's other values are whole percentages.`,
  'annual-sum-mismatch': (d) => d.cumulative
    ? `Annual realisation ${num(d.actual, L)}${unit(d.unit)} differs from the last cumulative ${period(d.period)}'s, ${num(d.expected, L)}${unit(d.unit)}.`
    : `Annual realisation ${num(d.actual, L)}${unit(d.unit)} differs from the sum of the ${period(d.period)}s, ${num(d.expected, L)}${unit(d.unit)}.`,
  'annual-underivable': (d) => `Annual realisation ${num(d.actual, L)}${unit(d.unit)} equals neither the last ${period(d.period)} (${num(d.last, L)}${unit(d.unit)}) nor the ${period(d.period)}s' mean (${num(d.mean, L)}${unit(d.unit)}).`,
  'annual-missing': (d) => `Annual realisation is empty while ${period(d.period)}s hold data.` + (d.derived !== null ? ` Derived from the ${period(d.period)}s: ${num(d.derived, L)}.` : ''),
  'cumulative-decreasing': (d) => `The cumulative realisation falls from ${num(d.previous, L)} to ${num(d.value, L)}.`,
  'target-missing': (d) => `Indicator "${quote(d.indicator)}" has no target; capaian cannot be computed.`,
  'target-zero': (d) => `The target of "${quote(d.indicator)}" is 0; capaian cannot be computed (division by zero).`,
  'realisation-missing': (d) => `Indicator "${quote(d.indicator)}" has no realisation for the year; capaian not computed.`,
  'category-unscored': (d) => (d.target === null
    ? `The realisation is a category without a score (${str(d.realisation)}) against a numeric target`
    : d.realisation === null
      ? `The target is a category without a score (${str(d.target)}) against a numeric realisation`
      : `Target and realisation are categories without scores (${str(d.target)} / ${str(d.realisation)})`) + '; capaian not computed. Add scores, e.g. "Baik (88)".',
  'capaian-mismatch': (d) => `Stated capaian${d.indicator ? ` of "${quote(d.indicator)}"` : ''}${d.year ? ` for ${d.year}` : ''} ${pct(d.stated, L)}, computed ${pct(d.computed, L)}.`,
  'capaian-unverifiable': (d) => `States ${pct(d.stated, L)}, but no capaian can be computed from the target and realisation.`,
  'capaian-implausible': (d) => `Capaian ${pct(d.capaian, L)} is above ${pct(d.threshold, L)}: the target may be too low or units mixed.`,
  'pagu-missing': (d) => `Group "${quote(d.group)}" has no pagu (budget ceiling).`,
  'pagu-zero': (d) => `The pagu of group "${quote(d.group)}" is 0; the budget percentage cannot be computed.`,
  'spent-over-pagu': (d) => `Spent ${rupiah(d.spent, L, d.scale)} exceeds the pagu ${rupiah(d.pagu, L, d.scale)}.`,
  'absorption-mismatch': (d) => d.cumulative
    ? `Stated budget % to date ${pct(d.stated, L)}, computed cumulative spent ÷ Renstra budget ${pct(d.computed, L)}.`
    : `Stated budget % ${pct(d.stated, L)}, computed spent ÷ pagu ${pct(d.computed, L)}.`,
  'average-mismatch': (d) => `Stated average capaian of ${d.group ? `group "${quote(d.group)}"` : 'the table'}${d.year !== undefined ? ` for ${d.year}` : ''} ${pct(d.stated, L)}, computed ${pct(d.computed, L)}.`,
  'total-mismatch': (d) => `The total row states ${num(d.actual, L)}; its column adds up to ${num(d.expected, L)}.`,
  'cross-table-mismatch': (d) => `${d.field === 'unit' ? 'Unit' : d.field === 'target' ? 'Target' : 'Annual realisation'} of "${quote(d.name)}" differs from ${str(d.otherSheet)}${d.otherCell ? '!' + d.otherCell : ''}: ${str(d.value)} here, ${str(d.other)} there.`,
  'indicator-name-differs': (d) => `Indicator name "${quote(d.name)}" differs from ${str(d.otherSheet)}${d.otherCell ? '!' + d.otherCell : ''}: "${quote(d.otherName)}".`,
  'indicator-unmatched': (d) =>
    d.missingHere
      ? `Indicator "${quote(d.name)}" (${str(d.otherSheet)}${d.otherCell ? '!' + d.otherCell : ''}) is missing from table ${str(d.sheet)}.`
      : `Indicator "${quote(d.name)}" of table ${str(d.sheet)} is not found in table ${str(d.otherSheet)}.`,
  'column-ambiguous': (d) => `Two columns could be this year's ${d.role === 'annual' ? 'realisation' : d.role}: ${list(d.columns, L)}. Cermat does not guess: no capaian that depends on it is computed and nothing is written in this table. Rename one of the headers.`,
  'polarity-inferred': (d) => d.from === 'target'
    ? `Indicator "${quote(d.indicator)}" is read as negative (lower is better) because its target is an upper bound ("${str(d.phrase)}"); capaian = (2T − R)/T. Add a Polaritas column if that is wrong.`
    : d.from === 'agreement'
    ? `Indicator "${quote(d.indicator)}" is read as negative (lower is better) because its target in the Perjanjian Kinerja is an upper bound ("${str(d.phrase)}"); capaian = (2T − R)/T. Add a Polaritas column if that is wrong.`
    : `Indicator "${quote(d.indicator)}" is read as negative (lower is better) because its name contains "${str(d.phrase)}"; capaian = (2T − R)/T. Add a Polaritas column if that is wrong.`,
  'rollup-mismatch': (d) => `The parent row's "${quote(d.header)}" ${rupiah(d.actual, L, d.scale)} differs from the sum of its child rows (rows ${list(d.rows, L)}), ${rupiah(d.expected, L, d.scale)}: ${rupiah(Math.abs(d.actual - d.expected), L, d.scale)} ${d.actual > d.expected ? 'more' : 'less'}.`,
  'remaining-mismatch': (d) => d.column === 'remaining'
    ? `Stated remaining budget ${rupiah(d.actual, L, d.scale)}, but pagu − spent = ${rupiah(d.expected, L, d.scale)}.`
    : `Stated remaining % ${pct(d.actual, L)}, but 100 − budget % = ${pct(d.expected, L)}.`,
  // SPEC §11: the evaluation form's codes; their words live with the form (src/core/renja/messages.ts).
  'form-formula-mismatch': (d) => FORM_MESSAGES.en['form-formula-mismatch'](d),
  'percent-summed': (d) => FORM_MESSAGES.en['percent-summed'](d),
  'formula-inconsistent': (d) => FORM_MESSAGES.en['formula-inconsistent'](d),
  'formula-constant': (d) => FORM_MESSAGES.en['formula-constant'](d),
  'predicate-mismatch': (d) => FORM_MESSAGES.en['predicate-mismatch'](d),
};
