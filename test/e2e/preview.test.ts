// End to end in a real browser: the preview page in Debian's Chromium, driven by playwright-core, clicked as a
// planner would. .ci/run installs chromium with apt-get; no browser is downloaded.
// The page comes from the run's one production build (test/helpers/builds.ts), shared with build.test.ts. No step
// has a tight time budget (Jest's and Playwright's are minutes), so a loaded machine makes the file slower, not red;
// the browser and the server are closed whatever happened before, so Jest exits by itself.
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { addinBuild, buildFailure } from '../helpers/builds';
import { serve } from './serve';

/** Playwright's wait for a page, an element or an event: generous, since Jest's test timeout is the real bound. */
const STEP_TIMEOUT_MS = 120000;

const root = join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(root, 'test-results');
const REAL_WORLD = join(root, 'test/fixtures/real-world');
/** axe-core's browser script, injected into the page (no network). */
const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

let browser: Browser | undefined;
let server: { url: string; close(): Promise<void> } | undefined;
let page: Page;
let problems: string[];
/** Set by afterAll: whatever beforeAll opens after it (a hook that ran late) is closed at once. */
let closed = false;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  const build = await addinBuild();
  if (!build.ok) throw buildFailure(build);
  const s = await serve(build.dir);
  if (closed) return s.close();
  server = s;
  mkdirSync(SHOTS, { recursive: true });
  const b = await chromium.launch({
    executablePath: CHROMIUM,
    timeout: 0,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  if (closed) return b.close();
  browser = b;
});

afterAll(async () => {
  closed = true;
  try {
    await browser?.close();
  } finally {
    await server?.close();
  }
});

beforeEach(async () => {
  if (!browser || !server) throw new Error('no browser: see the error of beforeAll');
  page = await browser.newPage({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.url + 'preview.html');
});

afterEach(async () => {
  await page?.close();
});

const cell = (address: string) => page.locator(`td[data-cell="${address}"]`);
const tab = (name: string) => page.getByRole('tab', { name, exact: true });

async function recalculateExample(): Promise<void> {
  await page.getByRole('button', { name: 'Buka contoh' }).click();
  await page.getByRole('button', { name: 'Hitung ulang capaian' }).click();
  await page.getByText(/24 sel ditulis/).waitFor();
}

describe('preview page in Chromium', () => {
  it('recalculates the bundled example: the grid shows the computed capaian and the pane the SPEC §9 findings', async () => {
    await recalculateExample();
    await tab('Tabel II.1').click();
    await expect(cell('J7').textContent()).resolves.toBe('51,43%');
    await expect(cell('J5').textContent()).resolves.toBe('Capaian (%)');
    await tab('Tabel II.15').click();
    await expect(cell('I7').textContent()).resolves.toBe('51,43%');
    await expect(cell('I9').textContent()).resolves.toBe('125,00%');
    await expect(cell('F7').textContent()).resolves.toBe('95,96%');
    await expect(cell('J13').textContent()).resolves.toBe('188,52%');
    const expected = [
      ['Tabel II.1', 'H7', 'value-multiple'], ['Tabel II.1', 'I7', 'value-multiple'], ['Tabel II.1', 'I7', 'annual-underivable'],
      ['Tabel II.1', 'I17', 'realisation-missing'], ['Tabel II.1', 'I18', 'realisation-missing'], ['Tabel II.1', 'D19', 'category-unscored'],
      ['Tabel II.1', 'J10', 'capaian-implausible'], ['Tabel II.1', 'J12', 'capaian-implausible'], ['Tabel II.1', 'J15', 'capaian-implausible'],
      ['Tabel II.1', 'J16', 'capaian-implausible'], ['Tabel II.15', 'I7', 'capaian-mismatch'], ['Tabel II.15', 'I9', 'capaian-mismatch'],
      ['Tabel II.15', 'G15', 'unit-unknown'], ['Tabel II.15', 'A5', 'number-notation-mixed'], ['Tabel II.15', 'J13', 'average-mismatch'],
      ['Tabel II.15', 'I23', 'capaian-unverifiable'], ['Tabel II.1', 'C8', 'indicator-name-differs'], ['Tabel II.1', 'C12', 'indicator-name-differs'],
      ['Tabel II.15', 'C14', 'indicator-name-differs'],
    ];
    for (const [sheet, address, code] of expected) {
      const button = page.getByRole('button', { name: new RegExp(`^${sheet.replace('.', '\\.')} ${address}:`) }).filter({ hasText: `${address} · ${code}` });
      await expect(button.count()).resolves.toBe(1);
    }
    await page.screenshot({ path: join(SHOTS, 'preview-recalculated.png') });
    expect(problems).toEqual([]);
  });

  it('selects and scrolls to a finding\'s cell', async () => {
    await recalculateExample();
    await page.getByRole('button', { name: /^Tabel II\.15 J13:/ }).click();
    await expect(tab('Tabel II.15').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(cell('J13').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(cell('J13').isVisible()).resolves.toBe(true);
    const box = await cell('J13').boundingBox();
    const region = await page.getByRole('region', { name: 'Tabel II.15' }).boundingBox();
    expect(box && region && box.x >= region.x && box.x + box.width <= region.x + region.width + 1 && box.y >= region.y && box.y + box.height <= region.y + region.height + 1).toBe(true);
    await page.getByRole('button', { name: /^Tabel II\.1 D19:/ }).click();
    await expect(tab('Tabel II.1').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(cell('D19').getAttribute('aria-selected')).resolves.toBe('true');
    await page.screenshot({ path: join(SHOTS, 'preview-selected.png') });
    expect(problems).toEqual([]);
  });

  it('downloads the recalculated workbook', async () => {
    await recalculateExample();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh hasil' }).click()]);
    expect(download.suggestedFilename()).toBe('lkj-dki-jakarta-2025.checked.xlsx');
    const file = join(mkdtempSync(join(tmpdir(), 'cermat-dl-')), 'out.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet('Tabel II.1')!.getCell('J7').value).toBe(0.5143);
    expect(wb.getWorksheet('Tabel II.1')!.getCell('J7').numFmt).toBe('0.00%');
    expect(wb.getWorksheet('Tabel II.15')!.getCell('J13').value).toBe(1.8852);
    expect(wb.getWorksheet('Tabel II.15')!.getCell('H7').value).toBe('36%');
    expect(wb.getWorksheet('Tabel II.15')!.getCell('G15').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } });
    expect(problems).toEqual([]);
  });

  it('Batalkan restores the original values and Hapus tanda clears the highlights', async () => {
    await recalculateExample();
    await tab('Tabel II.15').click();
    await page.getByRole('button', { name: 'Batalkan' }).click();
    await page.getByText('24 sel dikembalikan.').waitFor();
    await expect(cell('I7').textContent()).resolves.toBe('36%');
    await expect(cell('J13').textContent()).resolves.toBe('184,47%');
    await tab('Tabel II.1').click();
    await expect(cell('J7').textContent()).resolves.toBe('');
    expect(await page.locator('td[data-fill]:not([data-fill=""])').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Hapus tanda' }).click();
    await page.getByText(/tanda dihapus/).waitFor();
    expect(await page.locator('td[data-fill]:not([data-fill=""])').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'preview-restored.png') });
    expect(problems).toEqual([]);
  });

  // Whether a real-world workbook has no recognised table is the golden's word (test/golden.test.ts checks it against
  // the CLI), so a layout learnt later updates the golden, and this test follows.
  const noTable = (name: string) => (JSON.parse(readFileSync(join(REAL_WORLD, name.replace(/\.xlsx$/, '.expected.json')), 'utf8')) as { findings: { code: string }[] })
    .findings.some((f) => f.code === 'table-not-found');

  it.each(readdirSync(REAL_WORLD).filter((f) => f.endsWith('.xlsx')))('opens and checks the real-world workbook %s without a console error', async (name) => {
    await page.getByTestId('file-input').setInputFiles(join(REAL_WORLD, name));
    await page.getByRole('button', { name: 'Periksa saja' }).click();
    await page.getByText(/^Kesalahan: \d+$/).waitFor();
    const shown = await page.getByText('table-not-found', { exact: false }).count();
    if (noTable(name)) expect(shown).toBeGreaterThan(0);
    else expect(shown).toBe(0);
    await page.screenshot({ path: join(SHOTS, `preview-${name.replace(/\.xlsx$/, '')}.png`) });
    expect(problems).toEqual([]);
  });

  // Issue 15 (accessibility): axe-core over the page as a planner meets it; serious and critical violations fail.
  async function axeViolations(): Promise<string[]> {
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
      return (await axe.run(document)).violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
  }

  it('has no serious or critical axe-core violation on the start page, after a recalculation and with the settings open', async () => {
    await page.getByRole('button', { name: 'Buka contoh' }).waitFor();
    await expect(axeViolations()).resolves.toEqual([]);
    await expect(page.getByRole('main').count()).resolves.toBe(1);
    await recalculateExample();
    await expect(axeViolations()).resolves.toEqual([]);
    // One main landmark (the pane's), none inside another landmark; the sheet tabs hold no hidden focusable element.
    await expect(page.getByRole('main').count()).resolves.toBe(1);
    await expect(page.locator('[role="tablist"] [aria-hidden="true"]').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Pengaturan' }).click();
    await page.getByRole('dialog').waitFor();
    await expect(axeViolations()).resolves.toEqual([]);
    expect(problems).toEqual([]);
  });

  it('at 350 px wide the page does not scroll sideways; the grid scrolls inside its own container', async () => {
    await page.setViewportSize({ width: 350, height: 800 });
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.getByRole('button', { name: 'Buka contoh' }).waitFor();
    await expect(sideways()).resolves.toBe(0);
    await recalculateExample();
    await tab('Tabel II.15').click();
    await expect(sideways()).resolves.toBe(0);
    const grid = page.getByRole('region', { name: 'Tabel II.15' });
    const [scroll, client] = await grid.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeGreaterThan(client);
    await page.screenshot({ path: join(SHOTS, 'preview-350px.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows and announces the progress of opening a seven-sheet workbook', async () => {
    // Every state the progress bar goes through, recorded as the page changes (the old values of each change too).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver((records) => {
        for (const r of records) if (r.type === 'attributes' && r.oldValue) seen.push(r.oldValue);
        for (const bar of document.querySelectorAll('[role="progressbar"]')) seen.push(`${bar.getAttribute('aria-label')} | ${bar.getAttribute('aria-valuetext')}`);
        for (const status of document.querySelectorAll('[role="status"]')) seen.push(`status: ${status.textContent}`);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeOldValue: true, attributeFilter: ['aria-valuetext', 'aria-label'] });
    });
    await page.getByTestId('file-input').setInputFiles(join(REAL_WORLD, 'bps-rekap-volume-ro.xlsx'));
    await page.getByRole('button', { name: 'Periksa saja' }).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.some((s) => /^Membuka bps-rekap-volume-ro\.xlsx \| Membaca lembar [1-7] dari 7…$/.test(s))).toBe(true);
    expect(seen.some((s) => /^status: bps-rekap-volume-ro\.xlsx: Membaca lembar [1-7] dari 7…/.test(s))).toBe(true);
    await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('switches the toolbar and the findings to English at once, and copies the summary from the toolbar', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server!.url });
    await recalculateExample();
    const toolbar = page.getByRole('toolbar', { name: 'Berkas' });
    await toolbar.getByRole('button', { name: 'Salin ringkasan' }).click();
    await page.getByText('Ringkasan disalin. Tempel di dokumen laporan.').first().waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/^Ringkasan capaian kinerja\n[^]*188,52 %/);
    const idText = await page.getByRole('button', { name: /^Tabel II\.15 J13:/ }).textContent();
    await toolbar.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
    const en = page.getByRole('toolbar', { name: 'File' });
    await en.getByRole('button', { name: 'Download result', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Check only', exact: true }).waitFor();
    const enText = await page.getByRole('button', { name: /^Tabel II\.15 J13:/ }).textContent();
    expect(enText).not.toBe(idText);
    expect(enText).toContain('J13 · average-mismatch');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await en.getByRole('button', { name: 'Copy summary' }).click();
    await page.getByText('Summary copied. Paste it into the report.').first().waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/^Performance summary\n[^]*188\.52 %/);
    expect(problems).toEqual([]);
  });
});
