// SPEC §5.6: across tables of one workbook.
import { runCheckTests } from '../helpers/check-tester';
import { grid, sheet } from '../helpers/grid';

const pk = (rows: string[][]) => sheet('PK', [['Sasaran', 'Indikator Kinerja', 'Target'], ...rows]);
const ii1 = (rows: string[][]) => sheet('II.1', [['Sasaran', 'Indikator Kinerja', 'Target', 'Tahunan'], ...rows]);
const ii15 = (rows: (string | number)[][]) => sheet('II.15', [['Sasaran', 'IKU', 'Pagu', 'Realisasi', 'Target', 'Realisasi Kinerja'], ...rows]);

runCheckTests('cross-table-mismatch', {
  valid: [
    { name: 'same targets after reading', grid: grid(pk([['S', 'Data Supply', '1000 data'], ['S', 'Nilai Kinerja Anggaran', 'Baik (88)']]), ii1([['S', 'Data supply', '1.000 Data', '1905 data'], ['S', 'Nilai Kinerja Anggaran', 'Baik', 'Baik']])) },
    {
      name: 'an agreement of another year is no reference (PK Target 2024 beside II.1 of 2025)',
      grid: grid(
        sheet('PK', [['Sasaran', 'Indikator Kinerja', 'Target 2024'], ['S', 'Data Supply', '1000 data']]),
        sheet('II.1', [['Sasaran', 'Indikator Kinerja', 'Target 2025', 'Realisasi 2025'], ['S', 'Data Supply', '900 data', '905 data']]),
      ),
    },
    {
      name: 'targets of several years and nothing realised are a medium-term plan, no agreement',
      grid: grid(
        sheet('Renstra', [['Sasaran', 'Indikator Kinerja', 'Target 2025', 'Target 2026'], ['S', 'Data Supply', '1000 data', '1100 data']]),
        ii1([['S', 'Data Supply', '900 data', '905 data']]),
      ),
    },
  ],
  invalid: [
    {
      name: 'II.1 target differs from the agreement',
      grid: grid(pk([['S', 'Data Supply', '1000 data']]), ii1([['S', 'Data Supply', '900 data', '905 data']])),
      findings: [{ cell: 'C2', sheet: 'II.1', data: { field: 'target', value: '900', other: '1000', otherSheet: 'PK', otherCell: 'C2' } }],
    },
    // A dated agreement target (`Target 2025`, `Target Tahun 2025`, `Tahun 2025` over `Target`) was no table at all.
    ...([
      ['Target 2025'], ['Target Tahun 2025'], ['Target (2025)'],
    ] as const).map(([label]) => ({
      name: `the agreement's target dated: ${label}`,
      grid: grid(sheet('PK', [['Sasaran', 'Indikator Kinerja', label], ['S', 'Data Supply', '1000 data']]), ii1([['S', 'Data Supply', '900 data', '905 data']])),
      findings: [{ cell: 'C2', sheet: 'II.1', data: { field: 'target', value: '900', other: '1000', otherSheet: 'PK', otherCell: 'C2' } }],
    })),
    {
      name: 'the agreement\'s target under a year group: Tahun 2025 over Target',
      grid: grid(
        sheet('PK', [['Sasaran', 'Indikator Kinerja', 'Tahun 2025'], ['Sasaran', 'Indikator Kinerja', 'Target'], ['S', 'Data Supply', '1000 data']], ['A1:A2', 'B1:B2']),
        ii1([['S', 'Data Supply', '900 data', '905 data']]),
      ),
      findings: [{ cell: 'C2', sheet: 'II.1', data: { field: 'target', value: '900', other: '1000', otherSheet: 'PK', otherCell: 'C3' } }],
    },
    {
      // Matched despite the unit in brackets after one name (were two indicator-unmatched, the difference missed).
      name: 'a unit in brackets after the name: Jumlah kader terlatih (orang)',
      grid: grid(pk([['S', 'Jumlah kader terlatih', '1.250 orang']]), ii1([['S', 'Jumlah kader terlatih (orang)', '1200', '1100']])),
      findings: [{ cell: 'C2', sheet: 'II.1', data: { field: 'target', value: '1200', other: '1250', otherSheet: 'PK', otherCell: 'C2' } }],
    },
    {
      // The eselon PK lists the Program and its budget beside each target: still the agreement (was read as a budget
      // table missing its spending: column-missing, realisation-missing on every row, the mismatch reported on the PK).
      name: 'the agreement with a Program │ Anggaran (Rp) column',
      grid: grid(
        sheet('PK', [['No', 'Sasaran Program', 'Indikator Kinerja', 'Target', 'Program', 'Anggaran (Rp)'], [1, 'S', 'Data Supply', '1000 data', 'Program A', 1000000000]]),
        ii1([['S', 'Data Supply', '900 data', '905 data']]),
      ),
      findings: [{ cell: 'C2', sheet: 'II.1', data: { field: 'target', value: '900', other: '1000', otherSheet: 'PK', otherCell: 'D2' } }],
    },
    {
      name: 'a dated agreement with its Program and budget: Target 2025 │ Program │ Anggaran (Rp)',
      grid: grid(
        sheet('PK', [['No', 'Sasaran', 'Indikator Kinerja', 'Target 2025', 'Program', 'Anggaran (Rp)'], [1, 'S', 'Data Supply', '1000 data', 'Program A', 1000000000]]),
        ii1([['S', 'Data Supply', '900 data', '905 data']]),
      ),
      findings: [{ cell: 'C2', sheet: 'II.1', data: { field: 'target', value: '900', other: '1000', otherSheet: 'PK', otherCell: 'D2' } }],
    },
    {
      name: 'without an agreement, II.15 realisation differs from II.1',
      grid: grid(ii1([['S', 'Data Supply', '1000 data', '1905 data']]), ii15([['S', 'Data Supply', 100, 90, '1000 data', '1.950 data']])),
      findings: [{ cell: 'F2', sheet: 'II.15', data: { field: 'annual', value: '1950', other: '1905', otherSheet: 'II.1' } }],
    },
  ],
});

runCheckTests('indicator-name-differs', {
  valid: [{ name: 'names differ only in case and spacing', grid: grid(pk([['S', 'Implementasi  Kerjasama', '80%']]), ii1([['S', 'implementasi kerjasama.', '80%', '100%']])) }],
  invalid: [{
    name: 'SISCO against SSKO in the same position',
    grid: grid(
      pk([['S', 'Pengaduan yang diproses berbasis SSKO P2MI', '100%'], ['S', 'Implementasi Kerjasama', '80%']]),
      ii1([['S', 'Pengaduan yang diproses berbasis SISCO P2MI', '100%', '100%'], ['S', 'Implementasi Kerjasama', '80%', '100%']]),
    ),
    findings: [{ cell: 'B2', sheet: 'II.1', severity: 'info', data: { otherCell: 'B2', otherName: 'Pengaduan yang diproses berbasis SSKO P2MI' } }],
  }],
});

runCheckTests('indicator-unmatched', {
  valid: [{ name: 'every indicator in both', grid: grid(pk([['S', 'A satu', '1']]), ii1([['S', 'A satu', '1', '1']])) }],
  invalid: [{
    name: 'one only in II.1, one only in the agreement',
    grid: grid(pk([['S', 'Indikator pertama', '1'], ['S', 'Sesuatu yang lain sama sekali', '2']]), ii1([['S', 'Indikator pertama', '1', '1'], ['S', 'Indikator tambahan baru', '3', '3']])),
    findings: [{ cell: 'B3', sheet: 'II.1' }, { cell: 'A1', sheet: 'II.1', data: { otherCell: 'B3', missingHere: true } }],
  }],
});
