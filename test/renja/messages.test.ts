// Every form code renders in both languages and shows the numbers and rows behind it.
import { formMessageOf, FORM_MESSAGES } from '../../src/core/renja/messages';
import { FORM_FINDING_CODES, FormFindingDataMap } from '../../src/core/renja/findings';

const CASES: { [C in keyof FormFindingDataMap]: FormFindingDataMap[C][] } = {
  'form-formula-mismatch': [
    { declaration: '12 = 8+9+10+11', part: 'Rp', expected: 130000, actual: 140000, formula: null },
    { declaration: '13 = 12/7 x 100', part: 'K', expected: 70, actual: 75, formula: '=X6/N6*100' },
  ],
  'percent-summed': [{ declaration: '14 = 6 + 12', values: [85, 80], actual: 165, used: 80, capaian: 80, unit: '%', indicator: 'Persentase dokumen', percentCell: 'AD12', statedPercent: 165 }],
  'rollup-mismatch': [{ expected: 1938579751, actual: 1971343265, column: 'amount', header: 'Realisasi › Triwulan I › Rp', rows: [13, 55, 70] }],
  'formula-inconsistent': [
    { reason: 'rollup', cell: 'R12', formula: '=SUM(R13+R55+R70+R91+R96)', rows: [13, 55, 70, 91, 96], children: [13, 55, 70], extra: [91, 96], missing: [], twice: [91, 96], difference: 32763514, more: true, level: 'Bidang Urusan' },
    { reason: 'rollup', cell: 'K21', formula: '=SUM(K23:K24)', rows: [23, 24], children: [22, 23, 24], extra: [], missing: [22], twice: [], difference: 6500000000, more: false, level: 'Kegiatan' },
    { reason: 'rollup', cell: 'M39', formula: '=SUM(M42:M44)', rows: [42, 43, 44], children: [40, 41, 42, 43, 44], extra: [], missing: [40, 41], twice: [], difference: 0, more: false, level: 'Kegiatan' },
    { reason: 'shape', cell: 'Y47', formula: '=Z47/N47-P47-S47-V47', expected: '=Z47*N47-P47-S47-V47', others: 43, level: 'Sub Kegiatan' },
  ],
  'formula-constant': [{ formula: '=3251126996-R23', constants: [3251126996] }],
  'predicate-mismatch': [{ stated: 'Sangat Tinggi', expected: 'Tinggi', average: 83.9, statedAverage: 83.9 }],
};

describe('form messages', () => {
  it('cover every form code in both languages', () => {
    for (const lang of ['id', 'en'] as const) expect(Object.keys(FORM_MESSAGES[lang]).sort()).toEqual([...FORM_FINDING_CODES].sort());
  });
  it.each(FORM_FINDING_CODES.flatMap((code) => (CASES[code] as object[]).map((d, i) => [code, i, d] as const)))('%s #%d', (code, _i, data) => {
    const id = formMessageOf(code, data as never, 'id');
    const en = formMessageOf(code, data as never, 'en');
    expect(id).not.toBe(en);
    expect(id).toMatchSnapshot('id');
    expect(en).toMatchSnapshot('en');
  });
  it('explains a double-counting roll-up in planner words', () => {
    expect(formMessageOf('formula-inconsistent', CASES['formula-inconsistent'][0], 'id')).toBe(
      'R12 (Bidang Urusan) menjumlahkan baris yang bukan anak langsungnya (baris 91 dan 96): hasilnya Rp32.763.514 lebih besar dari jumlah anaknya; ' +
        'baris 91 dan 96 jadi terhitung dua kali. Rumusnya =SUM(R13+R55+R70+R91+R96); anak langsungnya baris 13, 55 dan 70.',
    );
    expect(formMessageOf('formula-inconsistent', CASES['formula-inconsistent'][1], 'en')).toBe(
      "K21 (Kegiatan) leaves out its child row 22: the result is Rp6,500,000,000 less than its children's sum. The formula is =SUM(K23:K24); its direct children are rows 22, 23 and 24.",
    );
  });
});
