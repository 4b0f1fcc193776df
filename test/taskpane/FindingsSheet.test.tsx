/** @jest-environment jsdom */
// "Tulis lembar temuan" (issue 15): enabled after a check, by keyboard; says how many findings were written; "Hapus
// lembar temuan" takes the sheet away again; a protected workbook structure is said in words.
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { setupUser } from '../helpers/user';
import { App } from '../../src/taskpane/components/App';
import { actionsFor } from '../../src/taskpane/actions';
import { MemoryHost } from '../../src/excel/memory/host';
import { MemoryWorkbook } from '../../src/excel/memory/model';
import { Scalar } from '../../src/core/grid';

const WAIT = { timeout: 20000 };

/** A small capaian table: the stated capaian of the first indicator is wrong (90/100 is 90 %, not 80 %). */
function book(): MemoryWorkbook {
  const rows: Scalar[][] = [
    ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Persentase layanan tepat waktu', '%', 100, 90, 80],
    [2, 'Jumlah dokumen perencanaan', 'dokumen', 4, 4, 100],
  ];
  return MemoryWorkbook.fromGrid({ sheets: [{ name: 'Tabel II.1', cells: rows.map((r) => r.map((value) => ({ value }))), merges: [] }] });
}

const button = (label: string) => screen.getByText(label, { selector: 'button' }) as HTMLButtonElement;

describe('Tulis lembar temuan', () => {
  it('is disabled until a check, writes the sheet by keyboard, says how many findings, and Hapus lembar temuan removes it', async () => {
    const host = new MemoryHost(book(), { language: 'id-ID' });
    const before = host.book.snapshot();
    const user = setupUser();
    render(<App actions={actionsFor(host)} />);
    const write = button('Tulis lembar temuan');
    expect(write.disabled).toBe(true);
    expect(screen.queryByText('Hapus lembar temuan', { selector: 'button' })).toBeNull();

    await user.click(button('Periksa saja'));
    await screen.findAllByTestId('table-summary', undefined, WAIT);
    expect(write.disabled).toBe(false);
    write.focus();
    await user.keyboard('{Enter}');
    const message = await screen.findByText(/^Lembar 'Temuan Cermat' ditulis: \d+ temuan\.$/, undefined, WAIT);
    const rows = host.book.sheet('Temuan Cermat')!.usedRange(true)!.bottom;
    expect(rows).toBeGreaterThan(0);
    expect(message.textContent).toBe(`Lembar 'Temuan Cermat' ditulis: ${rows} temuan.`);
    expect(host.book.sheets.map((s) => s.name)).toEqual(['Tabel II.1', 'Temuan Cermat']);
    expect(host.book.activeSheet).toBe(0);

    const remove = button('Hapus lembar temuan');
    remove.focus();
    await user.keyboard(' ');
    expect(await screen.findByText("Lembar 'Temuan Cermat' dihapus.", undefined, WAIT)).toBeTruthy();
    expect(host.book.snapshot()).toBe(before);
    expect(screen.queryByText('Hapus lembar temuan', { selector: 'button' })).toBeNull();
  });

  it('in English, and a protected workbook structure in words, with nothing added', async () => {
    const host = new MemoryHost(book(), { language: 'en-US' });
    host.book.structureProtected = true;
    const user = setupUser();
    render(<App actions={actionsFor(host)} />);
    await user.click(button('Check only'));
    await screen.findAllByTestId('table-summary', undefined, WAIT);
    await user.click(button('Write findings sheet'));
    expect(await screen.findByText(/The workbook structure is protected, so no sheet can be added or removed\./, undefined, WAIT)).toBeTruthy();
    expect(host.book.sheets.map((s) => s.name)).toEqual(['Tabel II.1']);
    expect(screen.queryByText('Remove findings sheet', { selector: 'button' })).toBeNull();
  });
});
