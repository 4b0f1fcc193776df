/** @jest-environment jsdom */
// "Dikoreksi oleh Cermat" (issue 15): the pane lists every correction with its value before and after, through a
// second recalculation, selects its cell on click or Enter, and "Terima koreksi" clears the list, values kept.
import * as React from 'react';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import { setupUser } from '../helpers/user';
import { App } from '../../src/taskpane/components/App';
import { actionsFor } from '../../src/taskpane/actions';
import { MemoryHost } from '../../src/excel/memory/host';
import { MemoryWorkbook } from '../../src/excel/memory/model';
import { Grid } from '../../src/core/grid';
import { FIXTURES, loadGrid } from '../helpers/xlsx';


/** Checking the whole worked example can take seconds on a loaded machine. */
const WAIT = { timeout: 120000 };
let example: Grid;
beforeAll(async () => {
  example = await loadGrid(join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx'));
});

describe('Dikoreksi oleh Cermat', () => {
  it('keeps the corrections listed after a second recalculation, selects their cells, and Terima koreksi clears them', async () => {
    const host = new MemoryHost(MemoryWorkbook.fromGrid(example), { language: 'id-ID', sets: { ExcelApi: '1.18' } });
    const user = setupUser();
    render(<App actions={actionsFor(host)} />);
    expect(screen.queryByTestId('corrections')).toBeNull();
    const recalculate = screen.getByRole('button', { name: 'Hitung ulang capaian' });
    await user.click(recalculate);
    await screen.findByText(/24 sel ditulis/, undefined, WAIT);
    await user.click(recalculate);
    await screen.findByText(/0 sel ditulis/, undefined, WAIT);

    const section = screen.getByTestId('corrections');
    expect(within(section).getByRole('heading', { name: 'Dikoreksi oleh Cermat (3)' })).toBeTruthy();
    const items = within(section).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Tabel II.15!I7: 36 % → 51,43 %', 'Tabel II.15!I9: 100 % → 125 %', 'Tabel II.15!J13: 184,47 % → 188,52 %']);
    // Fewer errors after the second run, and the corrections counted beside them.
    expect(screen.getByText('Kesalahan: 2')).toBeTruthy();
    expect(screen.getByText('Dikoreksi: 3')).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'Tabel II.15!I7: 36 % → 51,43 %' }));
    await waitFor(() => expect(host.book.selection).toEqual({ sheet: 'Tabel II.15', address: 'I7' }), WAIT);
    within(section).getByRole('button', { name: 'Tabel II.15!J13: 184,47 % → 188,52 %' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(host.book.selection).toEqual({ sheet: 'Tabel II.15', address: 'J13' }), WAIT);

    within(section).getByRole('button', { name: 'Terima koreksi' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('3 koreksi diterima; nilainya tetap.', undefined, WAIT)).toBeTruthy();
    expect(screen.queryByTestId('corrections')).toBeNull();
    expect(screen.queryByText(/^Dikoreksi: /)).toBeNull();
    expect(host.book.sheet('Tabel II.15')!.cell(6, 8)?.value).toBe(0.5143);
    expect(host.book.notes.has('Tabel II.15!I7')).toBe(false);
  });

  it('speaks English, and Undo empties the list', async () => {
    const host = new MemoryHost(MemoryWorkbook.fromGrid(example), { language: 'en-US', sets: { ExcelApi: '1.18' } });
    const user = setupUser();
    render(<App actions={actionsFor(host)} />);
    const toolbar = within(screen.getByRole('toolbar'));
    const undo = toolbar.getByRole('button', { name: 'Undo' });
    await user.click(toolbar.getByRole('button', { name: 'Recalculate capaian' }));
    const section = await screen.findByTestId('corrections', undefined, WAIT);
    expect(within(section).getByRole('heading', { name: 'Corrected by Cermat (3)' })).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Tabel II.15!I7: 36 % → 51.43 %' })).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Accept corrections' })).toBeTruthy();
    await user.click(undo);
    await screen.findByText('24 cells restored.', undefined, WAIT);
    expect(screen.queryByTestId('corrections')).toBeNull();
  });
});
