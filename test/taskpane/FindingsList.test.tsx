/** @jest-environment jsdom */
// Each finding: its message first, its cell and code second, an accessible name holding what is shown, and a
// "Penjelasan" button that opens the code's help by click or keyboard.
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { setupUser } from '../helpers/user';
import { FindingsList } from '../../src/taskpane/components/FindingsList';
import { STRINGS } from '../../src/taskpane/strings';
import { FindingReport } from '../../src/core/report';
import { HELP } from '../../src/core/checks/help';

const FINDINGS = [
  { code: 'value-multiple', severity: 'error', sheet: 'Tabel II.1', cell: 'H7', data: {}, message: 'Sel berisi dua ukuran (32 kasus dan 50 %). Yang dipakai: 50 %.' },
  { code: 'capaian-mismatch', severity: 'error', sheet: 'Tabel II.15', cell: 'I7', data: {}, message: 'Capaian tertulis 36 %, hasil hitung 51,43 %.' },
  { code: 'unit-unknown', severity: 'warning', sheet: 'Tabel II.15', cell: 'G15', data: {}, message: 'Satuan "Oran" tidak dikenal.' },
] as unknown as FindingReport[];

function setup(lang: 'id' | 'en' = 'id') {
  const onSelect = jest.fn();
  const user = setupUser();
  render(<FindingsList findings={FINDINGS} strings={STRINGS[lang]} onSelect={onSelect} />);
  return { user, onSelect };
}

/** The text a sighted user sees in an element: everything but what is clipped away for screen readers. */
function visibleText(el: HTMLElement): string {
  const copy = el.cloneNode(true) as HTMLElement;
  const hidden = el.querySelectorAll('span');
  copy.querySelectorAll('span').forEach((s, i) => {
    const style = window.getComputedStyle(hidden[i]);
    if (style.position === 'absolute' && style.width === '1px') s.remove();
  });
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('FindingsList', () => {
  it('each finding button\'s accessible name contains its visible text: the message and "H7 · value-multiple"', () => {
    setup();
    const button = screen.getByRole('button', { name: /H7 · value-multiple/ });
    const name = norm(button.getAttribute('aria-label') ?? '') || norm(button.textContent ?? '');
    expect(button.getAttribute('aria-label')).toBeNull();
    expect(name).toContain('H7 · value-multiple');
    expect(name).toContain('Sel berisi dua ukuran (32 kasus dan 50 %). Yang dipakai: 50 %.');
    expect(name).toContain(visibleText(button));
    // The sheet and cell still lead the name, for a screen reader moving from button to button.
    expect(screen.getByRole('button', { name: /^Tabel II\.15 I7: Capaian tertulis 36 %, hasil hitung 51,43 %\. I7 · capaian-mismatch$/ })).toBeTruthy();
  });

  it('shows the message before the cell and code, and the code in the secondary (caption) style', () => {
    setup();
    const button = screen.getByRole('button', { name: /I7 · capaian-mismatch/ });
    const seen = visibleText(button);
    expect(seen.indexOf('Capaian tertulis 36 %')).toBe(0);
    expect(seen.endsWith('I7 · capaian-mismatch')).toBe(true);
    const code = within(button).getByText('I7 · capaian-mismatch');
    const message = within(button).getByText('Capaian tertulis 36 %, hasil hitung 51,43 %.');
    expect(code.className).toMatch(/fui-Caption1/);
    expect(message.className).not.toMatch(/fui-Caption1/);
  });

  it('selects the finding\'s cell on click', async () => {
    const { user, onSelect } = setup();
    await user.click(screen.getByRole('button', { name: /G15 · unit-unknown/ }));
    expect(onSelect).toHaveBeenCalledWith('Tabel II.15', 'G15');
  });

  it('opens the help of a finding\'s code from the keyboard, and Escape closes it back onto its button', async () => {
    const { user, onSelect } = setup();
    const finding = screen.getByRole('button', { name: /I7 · capaian-mismatch/ });
    finding.focus();
    await user.tab();
    const explain = screen.getByRole('button', { name: 'Penjelasan capaian-mismatch' });
    expect(document.activeElement).toBe(explain);
    expect(explain.textContent).toBe('Penjelasan');
    await user.keyboard('{Enter}');
    const help = await screen.findByRole('dialog', { name: HELP['capaian-mismatch'].id.title });
    expect(help.textContent).toContain(HELP['capaian-mismatch'].id.meaning);
    expect(help.textContent).toContain('Mengapa penting');
    expect(help.textContent).toContain(HELP['capaian-mismatch'].id.fix);
    expect(help.textContent).toContain(HELP['capaian-mismatch'].id.example);
    expect(onSelect).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(explain));
  });

  it('explains in English when the pane speaks English, and Tutup/Dismiss closes the help', async () => {
    const { user } = setup('en');
    await user.click(screen.getByRole('button', { name: 'Explain unit-unknown' }));
    const help = await screen.findByRole('dialog', { name: HELP['unit-unknown'].en.title });
    expect(help.textContent).toContain(HELP['unit-unknown'].en.why);
    expect(help.textContent).toContain('How to fix it');
    // Tabster makes the popover its active modal asynchronously (aria-hidden until then): wait for the button to be
    // reachable, as a user would, rather than catching the surface mid-way on a loaded machine.
    await user.click(await within(help).findByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
