/** @jest-environment jsdom */
// Settings as a planner types them: decimals in either notation, a cleared field, a typo — never NaN, never 0.
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { setupUser } from '../helpers/user';
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
  const user = setupUser();
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

describe('SettingsDialog rating scale of the Renja evaluation form (SPEC §11)', () => {
  const BOUND = {
    id: ['Batas atas Sangat Rendah (%)', 'Batas atas Rendah (%)', 'Batas atas Sedang (%)', 'Batas atas Tinggi (%)'],
    en: ['Upper bound of Sangat Rendah (very low) (%)', 'Upper bound of Rendah (low) (%)', 'Upper bound of Sedang (medium) (%)', 'Upper bound of Tinggi (high) (%)'],
  };
  const bounds = (dialog: HTMLElement, lang: Language = 'id') => BOUND[lang].map((name) => within(dialog).getByLabelText(name) as HTMLInputElement);

  it('shows the default scale 50, 65, 75, 90 in a group of its own, and saves it unchanged', async () => {
    const { dialog, save, onSave } = await open('id');
    expect(bounds(dialog).map((b) => b.value)).toEqual(['50', '65', '75', '90']);
    expect(within(dialog).getByRole('group', { name: /Skala predikat evaluasi Renja/ })).toBeTruthy();
    await save();
    expect(onSave.mock.calls[0][0].ratingScale).toEqual([50, 65, 75, 90]);
  });

  it.each([
    ['id', '85,5'],
    ['en', '85.5'],
    ['id', '85.5'],
  ] as const)('%s pane: typed boundaries keep their text and save as numbers (%s → 85.5)', async (lang, typed) => {
    const { user, dialog, save, leave, onSave } = await open(lang, { ratingScale: [40, 60, 70, 80] });
    const [, rendah, , tinggi] = bounds(dialog, lang);
    expect(tinggi.value).toBe('80');
    await user.clear(tinggi);
    await user.type(tinggi, typed);
    await leave();
    expect(tinggi.value).toBe(typed);
    expect(tinggi.getAttribute('aria-invalid')).not.toBe('true');
    await user.clear(rendah);
    await user.type(rendah, '55');
    await save();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0].ratingScale).toEqual([40, 55, 70, 85.5]);
  });

  it('shows a stored fractional boundary in the pane\'s notation', async () => {
    const { dialog } = await open('id', { ratingScale: [50.5, 65, 75, 90] });
    expect(bounds(dialog)[0].value).toBe('50,5');
  });

  it('refuses a non-increasing scale: the message sits under the boundary that is not above the one before it', async () => {
    const { user, dialog, save, leave, onSave } = await open('id');
    const [sangatRendah, rendah, sedang, tinggi] = bounds(dialog);
    await user.clear(rendah);
    await user.type(rendah, '80');
    await leave();
    expect(rendah.getAttribute('aria-invalid')).not.toBe('true');
    expect(sedang.getAttribute('aria-invalid')).not.toBe('true');
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(sedang.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(sedang)).toContain('Harus lebih besar dari batas sebelumnya (80).');
    for (const other of [sangatRendah, rendah, tinggi]) expect(other.getAttribute('aria-invalid')).not.toBe('true');
    expect(document.activeElement).toBe(sedang);
    expect(within(dialog).getByText('Perbaiki isian yang ditandai sebelum menyimpan.')).toBeTruthy();
    // Lowering Rendah again takes the message away from Sedang while typing; Simpan then saves.
    await user.clear(rendah);
    await user.type(rendah, '60');
    expect(sedang.getAttribute('aria-invalid')).not.toBe('true');
    await save();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0].ratingScale).toEqual([50, 60, 75, 90]);
  });

  it.each(['id', 'en'] as const)('%s: a boundary equal to the one before it is refused on blur, in words', async (lang) => {
    const { user, dialog, save, leave, onSave } = await open(lang);
    const [, , sedang, tinggi] = bounds(dialog, lang);
    await user.clear(tinggi);
    await user.type(tinggi, '75');
    await leave();
    expect(tinggi.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(tinggi)).toContain(lang === 'id' ? 'Harus lebih besar dari batas sebelumnya (75).' : 'Must be greater than the previous bound (75).');
    expect(sedang.getAttribute('aria-invalid')).not.toBe('true');
    await save();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('"abc" or a cleared boundary gets its own message, not the next boundary\'s', async () => {
    const { user, dialog, save, onSave } = await open('id');
    const [sangatRendah, rendah, sedang] = bounds(dialog);
    await user.clear(rendah);
    await user.type(rendah, 'abc');
    await user.clear(sangatRendah);
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(describedText(rendah)).toContain('“abc” bukan angka. Tulis mis. 65');
    expect(describedText(sangatRendah)).toContain('Wajib diisi, mis. 50.');
    expect(sedang.getAttribute('aria-invalid')).not.toBe('true');
    expect(dialog.textContent).not.toMatch(/NaN/);
    expect(document.activeElement).toBe(sangatRendah);
  });

  it('refuses a negative boundary', async () => {
    const { user, dialog, save, onSave } = await open('id');
    const [sangatRendah] = bounds(dialog);
    await user.clear(sangatRendah);
    await user.type(sangatRendah, '-5');
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(describedText(sangatRendah)).toContain('Tidak boleh negatif.');
  });
});

describe('readTypedNumber', () => {
  it.each([
    ['0,05', 0.05], ['0.05', 0.05], [' 120 ', 120], ['1,5', 1.5], [',5', 0.5], ['-2', -2],
  ])('%s → %d', (text, value) => expect(readTypedNumber(text)).toEqual({ kind: 'number', value }));
  it.each(['abc', '1,2,3', '1.000,5', '12a', '1e3', 'NaN', 'Infinity', '.'])('%s is invalid', (text) => expect(readTypedNumber(text)).toEqual({ kind: 'invalid' }));
  it.each(['', '  '])('"%s" is empty', (text) => expect(readTypedNumber(text)).toEqual({ kind: 'empty' }));
});
