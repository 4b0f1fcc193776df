/** @jest-environment jsdom */
// Settings as a planner types them: decimals in either notation, a cleared field, a typo — never NaN, never 0.
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsDialog } from '../../src/taskpane/components/SettingsDialog';
import { STRINGS } from '../../src/taskpane/strings';
import { Language, Settings, withDefaults } from '../../src/core/settings';
import { readTypedNumber } from '../../src/taskpane/decimal';

const LABEL = {
  id: { tolerance: 'Toleransi selisih (%)', implausible: 'Tandai capaian di atas (%)', cap: 'Batas capaian dalam rata-rata (kosong = tanpa batas)', open: 'Pengaturan', save: 'Simpan' },
  en: { tolerance: 'Tolerance (%)', implausible: 'Flag capaian above (%)', cap: 'Cap on capaian in averages (empty = none)', open: 'Settings', save: 'Save' },
};

async function open(lang: Language = 'id', settings: Partial<Settings> = {}) {
  const onSave = jest.fn<void, [Settings]>();
  const user = userEvent.setup({ delay: null });
  render(<SettingsDialog settings={withDefaults({ language: lang, ...settings })} strings={STRINGS[lang]} onSave={onSave} />);
  await user.click(screen.getByRole('button', { name: LABEL[lang].open }));
  const dialog = await screen.findByRole('dialog');
  const field = (name: keyof (typeof LABEL)['id']) => within(dialog).getByLabelText(LABEL[lang][name]) as HTMLInputElement;
  const save = () => user.click(within(dialog).getByRole('button', { name: LABEL[lang].save }));
  // Moving on to the language selector is what blurs a number field (jsdom's Tab stays inside Fluent's focus trap).
  const leave = () => user.click(within(dialog).getAllByRole('combobox')[0]);
  return { user, dialog, field, save, leave, onSave };
}

/** The message an input points to through aria-describedby. */
function describedText(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('SettingsDialog number fields', () => {
  it.each([
    ['id', '0,05'],
    ['en', '0.05'],
    ['id', '0.05'],
    ['en', '0,05'],
  ] as const)('%s pane: typing %s as tolerance keeps the text while editing and saves 0.05', async (lang, typed) => {
    const { user, field, save, leave, onSave } = await open(lang);
    const tolerance = field('tolerance');
    await user.clear(tolerance);
    for (const ch of typed) {
      await user.type(tolerance, ch);
    }
    expect(tolerance.value).toBe(typed);
    await leave();
    expect(tolerance.value).toBe(typed);
    expect(tolerance.getAttribute('aria-invalid')).not.toBe('true');
    await save();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0].tolerance).toBe(0.05);
  });

  it('shows the stored decimals in the pane\'s notation', async () => {
    const id = await open('id', { tolerance: 0.01, averageCap: 120.5 });
    expect(id.field('tolerance').value).toBe('0,01');
    expect(id.field('cap').value).toBe('120,5');
  });

  it('English pane shows 0.01', async () => {
    const en = await open('en', { tolerance: 0.01 });
    expect(en.field('tolerance').value).toBe('0.01');
  });

  it('typing "1" then ",5" in "Tandai capaian di atas" ends as 1,5 → 1.5, not 15', async () => {
    const { user, field, save, onSave } = await open('id');
    const above = field('implausible');
    await user.clear(above);
    await user.type(above, '1');
    await user.type(above, ',');
    expect(above.value).toBe('1,');
    await user.type(above, '5');
    expect(above.value).toBe('1,5');
    await save();
    expect(onSave.mock.calls[0][0].implausibleAbove).toBe(1.5);
  });

  it('a cleared tolerance is not 0: the message sits under Toleransi and Simpan is refused', async () => {
    const { user, field, save, leave, onSave, dialog } = await open('id');
    const tolerance = field('tolerance');
    await user.clear(tolerance);
    expect(tolerance.value).toBe('');
    await leave();
    expect(tolerance.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(tolerance)).toContain('Wajib diisi, mis. 0,05.');
    expect(field('implausible').getAttribute('aria-invalid')).not.toBe('true');
    expect(describedText(field('implausible'))).not.toContain('Wajib');
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(document.activeElement).toBe(tolerance);
  });

  it.each(['id', 'en'] as const)('%s: "abc" as the threshold gives a message under that field, never NaN', async (lang) => {
    const { user, field, save, leave, onSave, dialog } = await open(lang);
    const above = field('implausible');
    await user.clear(above);
    await user.type(above, 'abc');
    expect(above.value).toBe('abc');
    await leave();
    expect(above.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(above)).toContain(lang === 'id' ? '“abc” bukan angka' : '“abc” is not a number');
    expect(field('tolerance').getAttribute('aria-invalid')).not.toBe('true');
    expect(field('cap').getAttribute('aria-invalid')).not.toBe('true');
    expect(dialog.textContent).not.toMatch(/NaN/);
    await save();
    expect(onSave).not.toHaveBeenCalled();
    // Correcting the text removes the message while typing, and Simpan then saves.
    await user.clear(above);
    await user.type(above, '200');
    expect(above.getAttribute('aria-invalid')).not.toBe('true');
    await save();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0].implausibleAbove).toBe(200);
  });

  it('the switch for polarity from the name (SPEC §10.7) is on by default and saves off when turned off', async () => {
    const { user, dialog, save, onSave } = await open('id');
    const toggle = within(dialog).getByRole('switch', { name: /polaritas negatif dari nama indikator/ });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    await user.click(toggle);
    await save();
    expect(onSave.mock.calls[0][0].inferPolarity).toBe(false);
  });

  it('a cleared cap means no cap; "abc" as the cap is refused under the cap field', async () => {
    const { user, field, save, onSave } = await open('id', { averageCap: 120 });
    const cap = field('cap');
    expect(cap.value).toBe('120');
    await user.clear(cap);
    await save();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0].averageCap).toBeNull();
  });

  it('"abc" as the cap is refused under the cap field', async () => {
    const { user, field, save, onSave } = await open('en');
    const cap = field('cap');
    await user.type(cap, 'abc');
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(cap.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(cap)).toContain('“abc” is not a number');
    expect(document.activeElement).toBe(cap);
  });

  it('0 and negative values are refused with their own message', async () => {
    const { user, field, save, onSave } = await open('id');
    await user.clear(field('implausible'));
    await user.type(field('implausible'), '0');
    await user.clear(field('tolerance'));
    await user.type(field('tolerance'), '-0,5');
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(describedText(field('implausible'))).toContain('Harus lebih besar dari 0.');
    expect(describedText(field('tolerance'))).toContain('Tidak boleh negatif.');
  });
});

describe('readTypedNumber', () => {
  it.each([
    ['0,05', 0.05], ['0.05', 0.05], [' 120 ', 120], ['1,5', 1.5], [',5', 0.5], ['-2', -2],
  ])('%s → %d', (text, value) => expect(readTypedNumber(text)).toEqual({ kind: 'number', value }));
  it.each(['abc', '1,2,3', '1.000,5', '12a', '1e3', 'NaN', 'Infinity', '.'])('%s is invalid', (text) => expect(readTypedNumber(text)).toEqual({ kind: 'invalid' }));
  it.each(['', '  '])('"%s" is empty', (text) => expect(readTypedNumber(text)).toEqual({ kind: 'empty' }));
});
