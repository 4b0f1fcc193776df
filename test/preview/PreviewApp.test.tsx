/** @jest-environment jsdom */
// The preview page (issue 15): its toolbar in the chosen language, the findings reworded at once when the language
// changes, the reading progress drawn as the workbook is read, and "Salin ringkasan" from the toolbar. Without a
// Worker in jsdom the workbook is read on the main thread, as WorkbookSession does where no Worker exists.
import * as React from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import { setupUser, User } from '../helpers/user';
import { PreviewApp } from '../../src/preview/components/PreviewApp';
import { FIXTURES } from '../helpers/xlsx';

const WAIT = { timeout: 120000 };

// jsdom has no Worker (the session reads on the main thread); the module that spawns one uses import.meta, which
// Jest's CommonJS cannot parse.
jest.mock('../../src/preview/workbook/spawn', () => ({ spawnWorker: () => { throw new Error('no Worker in jsdom'); } }));

function bytes(file: string): ArrayBuffer {
  const b = readFileSync(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

beforeEach(() => {
  (globalThis as { fetch?: unknown }).fetch = jest.fn(async () => ({ ok: true, status: 200, arrayBuffer: async () => bytes(join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx')) }));
});

afterEach(() => {
  delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
});

/**
 * The toolbar, found by its role attribute and named as the test expects. Role queries over the whole page (the
 * grid's hundreds of cells and the pane) compute every element's role and name: seconds each in jsdom. Inside the
 * toolbar they stay (its buttons' names are what this test is about); the pane's buttons are found by their label.
 */
function toolbar() {
  const bar = document.querySelector<HTMLElement>('[role="toolbar"]');
  expect(bar?.getAttribute('aria-label') ?? bar?.textContent).toMatch(/^(Berkas|File)$/);
  return within(bar!);
}
const paneButton = (label: string) => screen.getByText(label, { selector: 'button' });

/** The sheet tabs, once the workbook is open: its tab's role and name, looked up inside the tab list only. */
async function sheetTab(name: string): Promise<HTMLElement> {
  return waitFor(() => {
    const list = document.querySelector<HTMLElement>('[role="tablist"]');
    if (!list) throw new Error('no sheet tabs yet');
    return within(list).getByRole('tab', { name });
  }, WAIT);
}

async function openExample(user: User, name = 'Buka contoh') {
  await user.click(toolbar().getByRole('button', { name }));
  await sheetTab('Tabel II.15');
}

describe('preview page', () => {
  it('speaks Indonesian first and switches its toolbar to English from the toolbar, by keyboard', async () => {
    const user = setupUser();
    render(<PreviewApp exampleUrl="example.xlsx" />);
    expect(toolbar().getByRole('button', { name: 'Buka file .xlsx…' })).toBeTruthy();
    expect(toolbar().getByRole('button', { name: 'Unduh hasil' })).toBeTruthy();
    const language = toolbar().getByRole('combobox', { name: 'Bahasa' });
    language.focus();
    await user.selectOptions(language, 'en');
    expect(toolbar().getByRole('button', { name: 'Open .xlsx file…' })).toBeTruthy();
    expect(toolbar().getByRole('button', { name: 'Open example' })).toBeTruthy();
    expect(toolbar().getByRole('button', { name: 'Download result' })).toBeTruthy();
    expect(toolbar().getByRole('combobox', { name: 'Language' })).toBeTruthy();
    expect(screen.getByText(/Nothing is sent anywhere/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    // The pane opens in the language picked before the file.
    await openExample(user, 'Open example');
    expect(paneButton('Recalculate capaian')).toBeTruthy();
  });

  it('rewords the findings at once when the language changes, without another check', async () => {
    const user = setupUser();
    render(<PreviewApp exampleUrl="example.xlsx" />);
    await openExample(user);
    await user.click(paneButton('Periksa saja'));
    // The finding's accessible name, looked up among the error findings only (the whole page is slow to query).
    const errors = () => within(screen.getByTestId('findings-error'));
    const button = await waitFor(() => errors().getByRole('button', { name: /^Tabel II\.15 J13:/ }), WAIT);
    expect(button.textContent).toContain('J13 · average-mismatch');
    const idText = button.textContent!;
    await user.selectOptions(toolbar().getByRole('combobox', { name: 'Bahasa' }), 'en');
    // The pane's own words and the finding's message, now in English, with no new check run.
    expect(await screen.findByText('Check only', { selector: 'button' })).toBeTruthy();
    const after = errors().getByRole('button', { name: /^Tabel II\.15 J13:/ });
    expect(after.textContent).not.toBe(idText);
    expect(after.textContent).toContain('J13 · average-mismatch');
    // The same message in the other language: the mean's words, not the Indonesian ones.
    expect(after.textContent).toMatch(/mean|average/i);
    expect(after.textContent).not.toMatch(/rata-rata/i);
    expect(screen.getByText(/^Errors: \d+$/)).toBeTruthy();
  });

  it('follows a language saved in the pane\'s Pengaturan', async () => {
    const user = setupUser();
    render(<PreviewApp exampleUrl="example.xlsx" />);
    await openExample(user);
    await user.click(paneButton('Pengaturan'));
    const dialog = await screen.findByRole('dialog');
    // Focus moved into the dialog the way a user moves it, by clicking the field's label. On a loaded machine Fluent's
    // focus manager (tabster) can take the dialog's first focus before it has registered the dialog as a modal; it
    // then marks the dialog itself aria-hidden until the next focus inside it (seen in CI: hidden for the whole 15 s).
    await user.click(within(dialog).getByText('Bahasa', { selector: 'label' }));
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: 'Bahasa' }), 'en');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(toolbar().getByRole('button', { name: 'Download result' })).toBeTruthy());
  });

  it('draws each reading step as a labelled progress bar while the workbook is read', async () => {
    const user = setupUser();
    render(<PreviewApp exampleUrl="example.xlsx" />);
    // Every state the bar went through: in jsdom the whole read is one task, so the observer is called once at its
    // end, and the steps before are in the records' old values.
    const seen: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) if (r.type === 'attributes' && r.oldValue) seen.push(r.oldValue);
      for (const bar of document.querySelectorAll('[role="progressbar"]')) seen.push(bar.getAttribute('aria-valuetext') ?? '', bar.getAttribute('aria-label') ?? '');
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeOldValue: true, attributeFilter: ['aria-valuetext', 'aria-label'] });
    await openExample(user);
    observer.disconnect();
    expect(seen).toContain('Membuka lkj-dki-jakarta-2025.xlsx');
    for (const n of [1, 2, 3, 4]) expect(seen).toContain(`Membaca lembar ${n} dari 4…`);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('copies the summary from the toolbar once the pane has checked, in the chosen language', async () => {
    const user = setupUser();
    render(<PreviewApp exampleUrl="example.xlsx" />);
    await openExample(user);
    const copy = toolbar().getByRole('button', { name: 'Salin ringkasan' }) as HTMLButtonElement;
    expect(copy.disabled).toBe(true);
    await user.click(paneButton('Hitung ulang capaian'));
    await waitFor(() => expect(copy.disabled).toBe(false), WAIT);
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    copy.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Ringkasan disalin sebagai teks biasa/, undefined, WAIT)).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Ringkasan capaian kinerja\n[^]*188,52 %/));
    await user.selectOptions(toolbar().getByRole('combobox', { name: 'Bahasa' }), 'en');
    await user.click(toolbar().getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    expect(writeText.mock.calls[1][0]).toMatch(/^Performance summary\n[^]*188\.52 %/);
  });
});
