// Amounts in a column whose header scales them (`Pagu (Rp 000)`, `Anggaran (Juta Rp)` over Pagu and Realisasi):
// findings carry the scale and their messages say it (`Rp1.200 ribu`), so no message states thousands as rupiah.
import { amountScaleOf, normaliseLabel } from '../../src/core/detect/labels';
import { rupiah } from '../../src/core/messages/format';
import { analyseWorkbook } from '../../src/core/workbook';
import { fileReport } from '../../src/core/report';
import { grid, sheet } from '../helpers/grid';

describe('amountScaleOf: the scale a column header states', () => {
  it.each<[string[], number | null]>([
    [['Pagu (Rp 000)'], 1000],
    [['Pagu (Rp.000,-)'], 1000],
    [['Realisasi (Ribu Rp)'], 1000],
    [['(dalam ribuan rupiah)'], 1000],
    [['Anggaran (Rp 000)', 'Pagu'], 1000],
    [['Anggaran (Juta Rp)', 'Realisasi'], 1e6],
    [['Keuangan', 'Rp (000.000)'], 1e6],
    [['Realisasi (Rp Juta)'], 1e6],
    [['Pagu (Rp Miliar)'], 1e9],
    // A lower header row that states one wins over the group's.
    [['Anggaran (Rp Juta)', 'Pagu (Rp 000)'], 1000],
    [['Pagu (Rp)'], null],
    [['Pagu'], null],
    [['Target 2000'], null],
    [['Jumlah 000'], null],
    [['Keuangan (Rp)'], null],
  ])('%j → %s', (texts, scale) => {
    expect(amountScaleOf(texts.map(normaliseLabel))).toBe(scale);
  });
});

describe('rupiah: the amount as the cell shows it, with the scale word', () => {
  it.each<[number, 'id' | 'en', number | undefined, string]>([
    [7022542, 'id', 1000, 'Rp7.022.542 ribu'],
    [7022542, 'en', 1000, 'Rp7,022,542 thousand'],
    [1500, 'id', 1e6, 'Rp1.500 juta'],
    [2, 'en', 1e9, 'Rp2 billion'],
    [-200, 'id', 1000, '-Rp200 ribu'],
    [7022542000, 'id', undefined, 'Rp7.022.542.000'],
  ])('%d %s scale %s → %s', (v, lang, scale, text) => {
    expect(rupiah(v, lang, scale)).toBe(text);
  });
});

const recap = (headers: string[][], rows: (string | number)[][], merges: string[] = []) => grid(sheet('Rekap', [...headers, ...rows], merges));

describe('budget findings in a scaled column', () => {
  it('spent-over-pagu: scale 1000 and `ribu` in both languages when both columns are in thousands', () => {
    const a = analyseWorkbook(recap([['No', 'Kegiatan', 'Pagu (Rp 000)', 'Realisasi (Rp 000)', '%']], [[1, 'Kegiatan A', 1000, 1200, '120']]));
    const f = a.findings.filter((x) => x.code === 'spent-over-pagu');
    expect(f.map((x) => [x.cell, x.data])).toEqual([['D2', { pagu: 1000, spent: 1200, scale: 1000 }]]);
    expect(fileReport('r.xlsx', a, 'id').findings.find((x) => x.code === 'spent-over-pagu')?.message).toBe('Realisasi anggaran Rp1.200 ribu melebihi pagu Rp1.000 ribu.');
    expect(fileReport('r.xlsx', a, 'en').findings.find((x) => x.code === 'spent-over-pagu')?.message).toBe('Spent Rp1,200 thousand exceeds the pagu Rp1,000 thousand.');
  });

  it('spent-over-pagu without a scale: no scale in the data, rupiah as before', () => {
    const a = analyseWorkbook(recap([['No', 'Kegiatan', 'Pagu', 'Realisasi', '%']], [[1, 'Kegiatan A', 1000, 1200, '120']]));
    expect(a.findings.filter((x) => x.code === 'spent-over-pagu').map((x) => x.data)).toEqual([{ pagu: 1000, spent: 1200 }]);
    expect(fileReport('r.xlsx', a, 'id').findings.find((x) => x.code === 'spent-over-pagu')?.message).toBe('Realisasi anggaran Rp1.200 melebihi pagu Rp1.000.');
  });

  it('spent-over-pagu with the columns on different scales: the words are left out rather than guessed', () => {
    const a = analyseWorkbook(recap([['No', 'Kegiatan', 'Pagu (Rp 000)', 'Realisasi', '%']], [[1, 'Kegiatan A', 1000, 1200, '120']]));
    expect(a.findings.filter((x) => x.code === 'spent-over-pagu').map((x) => x.data)).toEqual([{ pagu: 1000, spent: 1200 }]);
  });

  it('remaining-mismatch and rollup-mismatch under a merged `Anggaran (Rp Juta)`', () => {
    const a = analyseWorkbook(recap([
      ['Kode', 'Uraian', 'Anggaran (Rp Juta)', 'Anggaran (Rp Juta)', '%', 'Anggaran (Rp Juta)'],
      ['Kode', 'Uraian', 'Pagu', 'Realisasi', '%', 'Sisa'],
    ], [
      // The Program's 1.500 over its Kegiatan's 600 + 800; its Sisa 150 where 1.500 − 1.300 = 200.
      ['1', 'Program A', 1500, 1300, '86,67', 150],
      ['1.1', 'Kegiatan A1', 600, 500, '83,33', 100],
      ['1.2', 'Kegiatan A2', 800, 800, '100', 0],
    ], ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2']));
    const data = Object.fromEntries(a.findings.filter((x) => x.code === 'remaining-mismatch' || x.code === 'rollup-mismatch').map((x) => [`${x.code}@${x.cell}`, x.data]));
    expect(data['remaining-mismatch@F3']).toEqual({ expected: 200, actual: 150, column: 'remaining', scale: 1e6 });
    expect(data['rollup-mismatch@C3']).toMatchObject({ expected: 1400, actual: 1500, scale: 1e6 });
    const messages = fileReport('r.xlsx', a, 'id').findings.map((x) => x.message);
    expect(messages).toContain('Sisa anggaran tertulis Rp150 juta, padahal pagu − realisasi = Rp200 juta.');
    expect(messages.find((m) => m.includes('baris induk'))).toContain('Rp1.500 juta');
  });
});
