/** @jest-environment jsdom */
// "Salin ringkasan" (issue 15): the pane puts the summary on the clipboard as HTML and text, falls back to text, and
// says what happened.
import * as React from 'react';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { setupUser } from '../helpers/user';
import { App } from '../../src/taskpane/components/App';
import { actionsFor } from '../../src/taskpane/actions';
import { copyToClipboard } from '../../src/taskpane/clipboard';
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

/** A ClipboardItem that keeps what it was given (jsdom has none). */
class FakeItem {
  constructor(readonly items: Record<string, Blob>) {}
  get types() {
    return Object.keys(this.items);
  }
}

const blobText = (b: Blob) => new Promise<string>((resolve) => {
  const r = new FileReader();
  r.onload = () => resolve(String(r.result));
  r.readAsText(b);
});

function clipboard(over: { writeText?: jest.Mock } = {}) {
  const c = { write: jest.fn(async (_items: unknown[]) => undefined), writeText: jest.fn(async (_text: string) => undefined), ...over };
  Object.defineProperty(navigator, 'clipboard', { value: c, configurable: true });
  return c;
}

afterEach(() => {
  delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
});

describe('Salin ringkasan', () => {
  it('is disabled until a check, then copies the HTML table and the text in the pane\'s language, by keyboard', async () => {
    const host = new MemoryHost(MemoryWorkbook.fromGrid(example), { language: 'id-ID' });
    const user = setupUser();
    render(<App actions={actionsFor(host)} />);
    // Buttons looked up in the toolbar: role queries over the whole pane (dozens of findings) are slow in jsdom.
    const toolbar = within(screen.getByRole('toolbar'));
    const copy = toolbar.getByRole('button', { name: 'Salin ringkasan' }) as HTMLButtonElement;
    expect(copy.disabled).toBe(true);
    await user.click(toolbar.getByRole('button', { name: 'Periksa saja' }));
    await screen.findAllByTestId('table-summary', undefined, WAIT);
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = FakeItem;
    const c = clipboard();
    expect(copy.disabled).toBe(false);
    copy.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Ringkasan disalin. Tempel di dokumen laporan.', undefined, WAIT)).toBeTruthy();
    expect(c.write).toHaveBeenCalledTimes(1);
    expect(c.writeText).not.toHaveBeenCalled();
    const [item] = c.write.mock.calls[0][0] as FakeItem[];
    expect(item.types).toEqual(['text/html', 'text/plain']);
    const html = await blobText(item.items['text/html']);
    const text = await blobText(item.items['text/plain']);
    expect(item.items['text/html'].type).toBe('text/html');
    expect(html).toMatch(/^<div lang="id">.*<table/);
    expect(html).toContain('188,52 %');
    expect(text.split('\n')[0]).toBe('Ringkasan capaian kinerja');
    expect(text).toContain('\t95,96 %');
  });

  it('falls back to plain text without ClipboardItem, and says so when the clipboard refuses', async () => {
    const host = new MemoryHost(MemoryWorkbook.fromGrid(example), { language: 'en-US' });
    const user = setupUser();
    render(<App actions={actionsFor(host)} />);
    const toolbar = within(screen.getByRole('toolbar'));
    const copy = toolbar.getByRole('button', { name: 'Copy summary' });
    await user.click(toolbar.getByRole('button', { name: 'Check only' }));
    await screen.findAllByTestId('table-summary', undefined, WAIT);
    const c = clipboard();
    await user.click(copy);
    expect(await screen.findByText(/Summary copied as plain text/, undefined, WAIT)).toBeTruthy();
    expect(c.write).not.toHaveBeenCalled();
    expect(c.writeText).toHaveBeenCalledWith(expect.stringMatching(/^Performance summary\n[^]*\tMean capaian\t\t\t188\.52 %/));
    clipboard({ writeText: jest.fn(async () => { throw new Error('denied'); }) });
    await user.click(copy);
    expect(await screen.findByText('The summary could not be copied: denied. Allow clipboard access and try again.', undefined, WAIT)).toBeTruthy();
  });
});

describe('copyToClipboard', () => {
  it('falls back to the text when the browser refuses the rich item', async () => {
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = FakeItem;
    const c = { write: jest.fn(async () => { throw new Error('NotAllowedError'); }), writeText: jest.fn(async () => undefined) };
    expect(await copyToClipboard({ html: '<b>x</b>', text: 'x' }, { clipboard: c } as unknown as Navigator)).toBe('text');
    expect(c.writeText).toHaveBeenCalledWith('x');
    await expect(copyToClipboard({ html: '', text: '' }, {} as Navigator)).rejects.toThrow('clipboard unavailable');
  });
});
