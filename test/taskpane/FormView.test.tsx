/** @jest-environment jsdom */
// The evaluation form in the pane (SPEC §11): by hierarchy, each Program opened by keyboard to show its Kegiatan and
// Sub Kegiatan, each row with its code, K and Rp and the number of its findings, the footer's average and predicate.
import * as React from 'react';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { setupUser } from '../helpers/user';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FormView } from '../../src/taskpane/components/FormView';
import { Summary } from '../../src/taskpane/components/Summary';
import { App } from '../../src/taskpane/components/App';
import { actionsFor } from '../../src/taskpane/actions';
import { STRINGS } from '../../src/taskpane/strings';
import { FileReport, fileReport, TableReport } from '../../src/core/report';
import { FormReport, FormRowReport } from '../../src/core/renja/report';
import { analyseWorkbook } from '../../src/core/workbook';
import { Language, Settings } from '../../src/core/settings';
import { Grid } from '../../src/core/grid';
import { MemoryHost } from '../../src/excel/memory/host';
import { MemoryWorkbook } from '../../src/excel/memory/model';
import { FIXTURES, loadGrid } from '../helpers/xlsx';


const SHEET = 'Evaluasi Renja TW IV';
let grid: Grid;
beforeAll(async () => {
  grid = await loadGrid(join(FIXTURES, 'renja', 'renja-evaluasi-2025.xlsx'));
});

function reportOf(lang: Language = 'id', settings: Partial<Settings> = {}): FileReport {
  return fileReport('renja-evaluasi-2025.xlsx', analyseWorkbook(grid, { ...settings, language: lang }), lang);
}

function formTable(r: FileReport): TableReport & { form: FormReport } {
  const t = r.tables.find((x) => x.kind === 'renja');
  expect(t?.form).toBeDefined();
  return t as TableReport & { form: FormReport };
}

function show(r: FileReport, lang: Language = 'id') {
  const t = formTable(r);
  const user = setupUser();
  render(
    <FluentProvider theme={webLightTheme}>
      <FormView form={t.form} sheet={t.sheet} findings={r.findings} lang={lang} strings={STRINGS[lang]} />
    </FluentProvider>,
  );
  return { user };
}

/** The row's own line (its layout), without the rows nested in it. */
function ownText(item: HTMLElement): string {
  return item.querySelector(':scope > .fui-TreeItemLayout')?.textContent ?? '';
}

/** The tree item whose line starts with this level word and code (`Program 1.02.02`, not `Program 1.02.02.1`). */
function rowItem(head: string): HTMLElement {
  const found = screen.getAllByRole('treeitem').filter((i) => ownText(i).startsWith(head) && !/^[\d.]/.test(ownText(i).slice(head.length)));
  expect(found).toHaveLength(1);
  return found[0];
}

/** The codes of the rendered rows of one level, in order. */
const ownLines = (level: string) =>
  screen.queryAllByRole('treeitem').filter((i) => i.getAttribute('data-level') === level).map((i) => /\d[\d.]*/.exec(ownText(i))?.[0]);

describe('FormView: the Renja evaluation form by hierarchy', () => {
  it('shows Urusan, Bidang and both Programs; the Programs start closed with their rows not rendered', () => {
    show(reportOf());
    const tree = screen.getByRole('tree', { name: `Baris evaluasi Renja ${SHEET} menurut hierarki` });
    expect(tree).toBeTruthy();
    expect(ownLines('urusan')).toEqual(['1']);
    expect(ownLines('bidang')).toEqual(['1.02']);
    expect(ownLines('program')).toEqual(['1.02.01', '1.02.02']);
    for (const code of ['1.02.01', '1.02.02']) expect(rowItem(`Program ${code}`).getAttribute('aria-expanded')).toBe('false');
    // Lazily: a closed Program's Kegiatan and Sub Kegiatan are not in the document at all.
    expect(ownLines('kegiatan')).toEqual([]);
    expect(ownLines('subkegiatan')).toEqual([]);
    expect(screen.getAllByRole('treeitem')).toHaveLength(4);
  });

  it('each row shows its code, name and tingkat capaian K and Rp in the pane\'s notation', () => {
    show(reportOf());
    const program = ownText(rowItem('Program 1.02.01'));
    expect(program).toContain('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA');
    expect(program).toContain('K 83,33 %');
    expect(program).toContain('Rp 98,13 %');
    // Urusan and Bidang carry only Rp (SPEC §11).
    const urusan = ownText(rowItem('Urusan 1'));
    expect(urusan).toContain('Rp 96,48 %');
    expect(urusan).not.toMatch(/K \d/);
  });

  it('opens a Program by keyboard (Tab into the tree, arrows) with its Kegiatan and Sub Kegiatan, and closes it again', async () => {
    const { user } = show(reportOf());
    await user.tab();
    expect(document.activeElement).toBe(rowItem('Urusan 1'));
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    const second = rowItem('Program 1.02.02');
    expect(document.activeElement).toBe(second);
    await user.keyboard('{ArrowRight}');
    expect(second.getAttribute('aria-expanded')).toBe('true');
    const inside = within(second);
    const kegiatan = inside.getAllByRole('treeitem').filter((i) => i.getAttribute('data-level') === 'kegiatan').map((i) => ownText(i));
    expect(kegiatan).toHaveLength(2);
    expect(kegiatan[0]).toContain('Kegiatan 1.02.02.2.01');
    expect(kegiatan[1]).toContain('Kegiatan 1.02.02.2.02');
    expect(ownLines('subkegiatan')).toEqual(['1.02.02.2.01.0004', '1.02.02.2.01.0012', '1.02.02.2.01.0014', '1.02.02.2.02.0001', '1.02.02.2.02.0002', '1.02.02.2.02.0020']);
    // The other Program stays closed; its rows stay out of the document.
    expect(screen.queryByText(/1\.02\.01\.2\.01/)).toBeNull();
    const gizi = ownText(rowItem('Sub Kegiatan 1.02.02.2.02.0020'));
    expect(gizi).toContain('Pengelolaan Pelayanan Kesehatan Gizi Masyarakat');
    expect(gizi).toContain('K 84,44 %');
    expect(gizi).toContain('Rp 91,50 %');
    // A target of 0: no K computed, said in words.
    expect(ownText(rowItem('Sub Kegiatan 1.02.02.2.02.0001'))).toContain('K tidak dihitung');
    // Each row is named by its own line (screen readers), never by the rows nested in it.
    expect(screen.getByRole('treeitem', { name: /^Program 1\.02\.02 PROGRAM PEMENUHAN UPAYA KESEHATAN .* K 83,33 % · Rp 89,56 % 2 temuan$/ })).toBe(second);
    expect(screen.getByRole('treeitem', { name: /^Urusan 1 URUSAN PEMERINTAHAN WAJIB .* Rp 96,48 %$/ })).toBe(rowItem('Urusan 1'));
    // ArrowLeft on the open Program closes it; Enter opens it again.
    expect(document.activeElement).toBe(second);
    await user.keyboard('{ArrowLeft}');
    expect(second.getAttribute('aria-expanded')).toBe('false');
    expect(ownLines('subkegiatan')).toEqual([]);
    await user.keyboard('{Enter}');
    expect(second.getAttribute('aria-expanded')).toBe('true');
    expect(ownLines('kegiatan')).toEqual(['1.02.02.2.01', '1.02.02.2.02']);
  });

  it('counts each row\'s findings; a closed Program tells how many lie below it', async () => {
    const { user } = show(reportOf());
    const second = rowItem('Program 1.02.02');
    // O20: rollup-mismatch and formula-inconsistent on the Program's own row; 5 more on rows 21, 24 and 26.
    expect(ownText(second)).toContain('2 temuan');
    expect(ownText(second)).toContain('5 temuan di bawahnya');
    expect(ownText(rowItem('Program 1.02.01'))).toContain('2 temuan di bawahnya');
    expect(ownText(rowItem('Program 1.02.01'))).not.toMatch(/(^|\D)2 temuan(?! di)/);
    second.focus();
    await user.keyboard('{ArrowRight}');
    expect(ownText(second)).not.toContain('di bawahnya');
    expect(ownText(rowItem('Kegiatan 1.02.02.2.01'))).toContain('2 temuan');
    expect(ownText(rowItem('Sub Kegiatan 1.02.02.2.01.0014'))).toContain('1 temuan');
    expect(ownText(rowItem('Sub Kegiatan 1.02.02.2.02.0001'))).toContain('2 temuan');
    expect(ownText(rowItem('Sub Kegiatan 1.02.02.2.02.0002'))).not.toContain('temuan');
  });

  it('shows the footer\'s average and predicate beside the stated ones', () => {
    show(reportOf());
    const footer = screen.getByTestId('form-footer');
    expect(footer.textContent).toContain('Rata-rata capaian kinerja: 83,90 %');
    expect(footer.textContent).toContain('Predikat kinerja: Tinggi');
    expect(footer.textContent).toContain('(tertulis 83,90 %, Sangat Tinggi)');
  });

  it('the predicate follows the rating scale of the settings', () => {
    show(reportOf('id', { ratingScale: [50, 65, 75, 80] }));
    expect(screen.getByTestId('form-footer').textContent).toContain('Predikat kinerja: Sangat Tinggi');
  });

  it('English pane: English words, English notation', () => {
    show(reportOf('en'), 'en');
    expect(screen.getByRole('tree', { name: `Renja evaluation rows of ${SHEET} by hierarchy` })).toBeTruthy();
    expect(ownText(rowItem('Program 1.02.01'))).toContain('K 83.33 %');
    expect(ownText(rowItem('Program 1.02.02'))).toContain('2 findings');
    expect(screen.getByTestId('form-footer').textContent).toContain('Average achievement: 83.90 %');
    expect(screen.getByTestId('form-footer').textContent).toContain('Predicate: Tinggi');
  });
});

describe('a real filled form (Deli Serdang), levels read from words, no codes', () => {
  it('lists its six Programs under three Bidang; a Program opens with its Kegiatan and their findings', async () => {
    const real = await loadGrid(join(FIXTURES, 'renja', 'evaluasi-renja-deli-serdang-2025.xlsx'));
    const r = fileReport('deli-serdang.xlsx', analyseWorkbook(real, { language: 'id' }), 'id');
    const t = formTable(r);
    const user = setupUser();
    // Fluent's styles are combined with mergeClasses: two class strings joined by hand make Griffel complain (and
    // can let the wrong rule win).
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<FormView form={t.form} sheet={t.sheet} findings={r.findings} lang="id" strings={STRINGS.id} />);
    const level = (l: string) => screen.queryAllByRole('treeitem').filter((i) => i.getAttribute('data-level') === l);
    const bidang = level('bidang').map(ownText);
    expect(bidang).toHaveLength(3);
    ['PERENCANAAN', 'Keuangan', 'Penelitian dan Pengembangan'].forEach((name, i) => expect(bidang[i]).toContain(`Bidang Urusan ${name}`));
    expect(level('program')).toHaveLength(6);
    expect(level('kegiatan')).toHaveLength(0);
    const first = level('program')[0];
    expect(ownText(first)).toContain('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota');
    expect(ownText(first)).toContain('K 100,00 %');
    expect(ownText(first)).toContain('Rp 84,01 %');
    first.focus();
    await user.keyboard('{ArrowRight}');
    const pengadaan = within(first).getAllByRole('treeitem').filter((i) => i.getAttribute('data-level') === 'kegiatan' && ownText(i).includes('Pengadaan Barang Milik Daerah'));
    expect(pengadaan).toHaveLength(1);
    // K39/M39/AA39 and the rest of row 39's findings, counted on the Kegiatan's own line.
    expect(ownText(pengadaan[0])).toContain('12 temuan');
    expect(screen.getByTestId('form-footer').textContent).toContain('Predikat kinerja: Sangat Tinggi');
    expect(errors.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('mergeClasses'))).toEqual([]);
    errors.mockRestore();
  });
});

describe('a long form stays responsive', () => {
  const row = (n: number, level: FormRowReport['level'], code: string, parentRow: number | null): FormRowReport => ({
    row: n, level, code, label: `${level} ${code}`, parentRow, values: {}, capaianRp: 90, cumulativeCapaianRp: null,
    indicators: level === 'urusan' || level === 'bidang' ? [] : [{ row: n, name: `Indikator ${code}`, unit: '%', polarity: 'positive', target: 100, realisation: 90, capaian: 90, statedCapaian: null, cumulative: null, cumulativeCapaian: null }],
  });
  // 60 Programs × (3 Kegiatan × 4 Sub Kegiatan): 962 rows.
  const rows: FormRowReport[] = [row(1, 'urusan', '1', null), row(2, 'bidang', '1.02', 1)];
  let n = 3;
  for (let p = 1; p <= 60; p++) {
    const pr = n++;
    rows.push(row(pr, 'program', `1.02.${p}`, 2));
    for (let k = 1; k <= 3; k++) {
      const kr = n++;
      rows.push(row(kr, 'kegiatan', `1.02.${p}.2.${k}`, pr));
      for (let s = 1; s <= 4; s++) rows.push(row(n++, 'subkegiatan', `1.02.${p}.2.${k}.000${s}`, kr));
    }
  }
  const form: FormReport = { rows, average: 90, statedAverage: null, predicate: 'Tinggi', statedPredicate: null };

  it('renders only the closed Programs\' own rows, and one opened Program\'s rows', async () => {
    expect(rows.length).toBeGreaterThan(900);
    const user = setupUser();
    render(<FormView form={form} sheet="Renja" findings={[]} lang="id" strings={STRINGS.id} />);
    expect(screen.getAllByRole('treeitem')).toHaveLength(2 + 60);
    const p7 = rowItem('Program 1.02.7');
    p7.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getAllByRole('treeitem')).toHaveLength(2 + 60 + 3 + 12);
    expect(within(p7).getAllByRole('treeitem')).toHaveLength(15);
  });
});

describe('the form in the pane', () => {
  it('Summary presents a renja table with its hierarchy and its kind', () => {
    const r = reportOf();
    render(<Summary report={r} lang="id" strings={STRINGS.id} />);
    const block = screen.getAllByTestId('table-summary').find((b) => b.textContent?.includes(SHEET))!;
    expect(block.textContent).toContain('Evaluasi hasil Renja Perangkat Daerah');
    expect(within(block).getByRole('tree')).toBeTruthy();
    expect(within(block).getByTestId('form-footer').textContent).toContain('Predikat kinerja: Tinggi');
  });

  it('after "Periksa saja" the pane shows the form\'s Programs and its predicate', async () => {
    const host = new MemoryHost(MemoryWorkbook.fromGrid(grid), { language: 'id-ID', sets: { ExcelApi: '1.18' } });
    const user = setupUser();
    render(<App actions={actionsFor(host)} />);
    await user.click(screen.getByRole('button', { name: 'Periksa saja' }));
    const tree = await screen.findByRole('tree', { name: `Baris evaluasi Renja ${SHEET} menurut hierarki` });
    expect(within(tree).getAllByRole('treeitem').filter((i) => i.getAttribute('data-level') === 'program')).toHaveLength(2);
    expect(screen.getByTestId('form-footer').textContent).toContain('Predikat kinerja: Tinggi');
  });
});
