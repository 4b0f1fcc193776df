/** @jest-environment jsdom */
// The task pane, as a planner uses it: click, read the figures, click a finding, undo, clear.
import * as React from 'react';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import { setupUser } from '../helpers/user';
import { App } from '../../src/taskpane/components/App';
import { actionsFor, CermatActions } from '../../src/taskpane/actions';
import { MemoryHost } from '../../src/excel/memory/host';
import { MemoryWorkbook } from '../../src/excel/memory/model';
import { MemoryError } from '../../src/excel/memory/context';
import { Grid } from '../../src/core/grid';
import { buildWritePlan } from '../../src/core/plan';
import { analyseWorkbook } from '../../src/core/workbook';
import { FIXTURES, loadGrid } from '../helpers/xlsx';

// A whole-workbook check and role queries over dozens of findings: seconds each on a loaded machine.

let example: Grid;
beforeAll(async () => {
  example = await loadGrid(join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx'));
});

/**
 * A toolbar button by its label. Role queries compute every button's accessible name over the whole pane (dozens of
 * findings, each with its own buttons): seconds each in jsdom. The findings' accessible names are tested with role
 * queries below and in FindingsList.test.tsx; the toolbar's labels are their text.
 */
function action(label: string): HTMLButtonElement {
  return screen.getByText(label, { selector: 'button' }) as HTMLButtonElement;
}

function setup(language = 'id-ID') {
  const host = new MemoryHost(MemoryWorkbook.fromGrid(example), { language, sets: { ExcelApi: '1.18' } });
  const user = setupUser();
  render(<App actions={actionsFor(host)} />);
  return { host, user };
}

describe('Cermat task pane', () => {
  it('recalculates on one click and shows the SPEC §9 figures and findings', async () => {
    const { host, user } = setup();
    await user.click(action('Hitung ulang capaian'));
    const tables = await screen.findAllByTestId('table-summary');
    const ii1 = tables.find((t) => t.textContent?.includes('Tabel II.1 ·'))!;
    expect(ii1.textContent).toContain('Capaian rata-rata: 188,52 %');
    expect(tables.map((t) => t.textContent?.split(' · ')[0])).toEqual(['Tabel I.1', 'Tabel II.1', 'Tabel II.15']);
    expect(tables[0].textContent).toContain('Perjanjian kinerja (acuan)');
    expect(tables[0].textContent).not.toContain('Capaian rata-rata');
    const ii15 = tables.find((t) => t.textContent?.includes('Tabel II.15'))!;
    expect(ii15.textContent).toMatch(/Serapan anggaran .*: 95,96 %/);
    expect(ii15.textContent).toMatch(/Serapan anggaran .*: 97,20 %/);
    expect(screen.getByText('Kesalahan: 5')).toBeTruthy();
    const errors = screen.getByTestId('findings-error');
    expect(within(errors).getByRole('button', { name: /^Tabel II.15 I7: Capaian .* tertulis 36 %, hasil hitung 51,43 %/ })).toBeTruthy();
    expect(within(errors).getByRole('button', { name: /^Tabel II.15 J13: Rata-rata capaian .* tertulis 184,47 %/ })).toBeTruthy();
    const marked = buildWritePlan(example, analyseWorkbook(example, {}, { activeSheet: 'Tabel I.1' }), 'id').highlights.length;
    expect(screen.getByText(`24 sel ditulis. ${marked} sel ditandai.`)).toBeTruthy();
    expect(host.book.sheet('Tabel II.1')!.cell(6, 9)?.value).toBe(0.5143);
  });

  it('selects a finding\'s cell on click and by keyboard', async () => {
    const { host, user } = setup();
    await user.click(action('Periksa saja'));
    // H7 (value-multiple) and G15 (unit-unknown) are an error and a warning: looked up in their lists.
    const finding = await waitFor(() => within(screen.getByTestId('findings-error')).getByRole('button', { name: /Tabel II.1 H7:/ }));
    await user.click(finding);
    await waitFor(() => expect(host.book.selection).toEqual({ sheet: 'Tabel II.1', address: 'H7' }));
    const other = within(screen.getByTestId('findings-warning')).getByRole('button', { name: /Tabel II.15 G15:/ });
    other.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(host.book.selection).toEqual({ sheet: 'Tabel II.15', address: 'G15' }));
  });

  it('checks without writing, then Batalkan and Hapus tanda restore the workbook', async () => {
    const { host, user } = setup();
    const original = host.book.snapshot();
    await user.click(action('Periksa saja'));
    await screen.findAllByTestId('table-summary');
    expect(host.book.snapshot()).toBe(original);
    expect((action('Batalkan') as HTMLButtonElement).disabled).toBe(true);
    await user.click(action('Hitung ulang capaian'));
    await screen.findByText(/sel ditulis/);
    await user.click(action('Batalkan'));
    await screen.findByText('24 sel dikembalikan.');
    await user.click(action('Hapus tanda'));
    await screen.findByText(/tanda dihapus/);
    expect(host.book.snapshot()).toBe(original);
  });

  it('speaks English when Office does', async () => {
    const { user } = setup('en-US');
    await user.click(action('Recalculate capaian'));
    const ii1 = (await screen.findAllByTestId('table-summary'))[1].textContent;
    expect(ii1).toMatch(/^Tabel II.1 · A5:I19Capaian tablecolumns: .*Mean capaian: 188.52 %/);
    // Queried within the error list: a role query over the whole pane computes every element's name (slow in jsdom).
    expect(within(screen.getByTestId('findings-error')).getByRole('button', { name: /^Tabel II.15 I7: Stated capaian .* 36 %, computed 51.43 %/ })).toBeTruthy();
  });

  it('shows an Excel failure in a MessageBar, in words', async () => {
    const host = new MemoryHost(MemoryWorkbook.fromGrid(example));
    const actions: CermatActions = { ...actionsFor(host), recalculate: () => Promise.reject(new MemoryError('InvalidOperationInCellEditMode', 'busy')) };
    const user = setupUser();
    render(<App actions={actions} />);
    await user.click(action('Hitung ulang capaian'));
    expect(await screen.findByText(/mode edit sel/)).toBeTruthy();
    expect(screen.getByText('Gagal')).toBeTruthy();
  });

  it('keeps settings in the document and applies them', async () => {
    const { host, user } = setup();
    await user.click(action('Pengaturan'));
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText('Bahasa'), 'en');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await screen.findByText('Settings saved in the workbook.');
    expect((host.settings.get('cermat.state') as { settings: { language: string } }).settings.language).toBe('en');
    expect(await screen.findByText('Recalculate capaian', { selector: 'button' })).toBeTruthy();
  });
});

describe('Excel calculating manually (Formulas → Calculation Options → Manual)', () => {
  it('says after a recalculation that formulas reading the capaian keep their old results until F9', async () => {
    const book = MemoryWorkbook.fromGrid(example);
    book.calculationMode = 'Manual';
    const host = new MemoryHost(book, { language: 'id-ID', sets: { ExcelApi: '1.18' } });
    const user = setupUser();
    render(<App actions={actionsFor(host)} />);
    await user.click(action('Hitung ulang capaian'));
    expect(await screen.findByText(/Excel menghitung secara manual: .* Tekan F9/)).toBeTruthy();
    // (A check writes nothing and says nothing of it: test/excel/adapter.test.ts.)
  });
});
