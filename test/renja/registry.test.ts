// The form's five codes through the whole workbook analysis (the registry's workbook checks over the forms found),
// RuleTester-style like every other code: quiet grids, reported cells with their data, messages in both languages.
import { runCheckTests } from '../helpers/check-tester';
import { form, gridOf } from './form';

const clean = { name: 'a clean quarter-to-date form', grid: gridOf(form()) };

runCheckTests('form-formula-mismatch', {
  valid: [clean, { name: 'a percentage K stated as the mean of its quarters', grid: gridOf(form({ L7: 72.5, N7: ['L7/F7*100', 90.625], N10: 78.91 })) }],
  invalid: [
    { name: 'a leaf Rp that is not the sum of its quarters', grid: gridOf(form({ M8: 140, O8: ['M8/G8*100', 70] })), findings: [{ cell: 'M8', severity: 'error', data: { part: 'Rp', expected: 130, actual: 140 } }] },
    { name: 'a typed percentage that breaks 9 = 8/5 x 100', grid: gridOf(form({ N9: 85 })), findings: [{ cell: 'N9', data: { part: 'K', expected: 80, actual: 85 } }] },
  ],
});

runCheckTests('percent-summed', {
  valid: [clean, { name: 'one non-zero quarter', grid: gridOf(form({ H7: 0, L7: ['H7+J7', 75] })) }],
  invalid: [
    {
      name: 'two percentages added', grid: gridOf(form({ L7: ['H7+J7', 145], N7: ['L7/F7*100', 181.25] })),
      findings: [{ cell: 'L7', severity: 'warning', data: { values: [70, 75], actual: 145, used: 75, capaian: 93.75, percentCell: 'N7', statedPercent: 181.25 } }],
    },
  ],
});

runCheckTests('formula-inconsistent', {
  valid: [clean, { name: 'neutral parentheses and IFERROR', grid: gridOf(form({ N8: ['(L8/F8)*100', 75], N9: ['IFERROR(L9/F9*100,0)', 80] })) }],
  invalid: [
    {
      name: 'a roll-up counting a grandchild twice', grid: gridOf(form({ G5: ['SUM(G6,G8)', 550], O5: ['M5/G5*100', 48.18181818181818] })),
      findings: [{ cell: 'G5', severity: 'warning', data: { reason: 'rollup', extra: [8], twice: [8], difference: 200, more: true } }],
    },
    { name: 'a term multiplied by one', grid: gridOf(form({ M8: ['K8*1+I8', 130] })), findings: [{ cell: 'M8', data: { reason: 'shape', expected: '=I8+K8' } }] },
  ],
});

runCheckTests('formula-constant', {
  valid: [clean, { name: 'three digits', grid: gridOf(form({ K8: ['130-I8', 70] })) }],
  invalid: [{ name: 'a typed amount', grid: gridOf(form({ K8: ['1070-1000', 70] })), findings: [{ cell: 'K8', severity: 'warning', data: { constants: [1070, 1000] } }] }],
});

runCheckTests('predicate-mismatch', {
  valid: [clean, { name: 'a predicate in capitals', grid: gridOf(form({ N11: 'TINGGI' })) }],
  invalid: [
    { name: 'a predicate above its average', grid: gridOf(form({ N11: 'Sangat Tinggi' })), findings: [{ cell: 'N11', severity: 'error', data: { stated: 'Sangat Tinggi', expected: 'Tinggi', average: 79.69 } }] },
    { name: 'a scale set lower', grid: gridOf(form()), settings: { ratingScale: [50, 65, 75, 79] }, findings: [{ cell: 'N11', data: { expected: 'Sangat Tinggi' } }] },
  ],
});
