/** @jest-environment jsdom */
// The summary counts indicators per table (the agreement, Tabel II.1 and II.15 list the same 13), and a workbook
// with no recognised table is a warning in the pane, never a green success.
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { setupUser } from '../helpers/user';
import { Summary } from '../../src/taskpane/components/Summary';
import { App } from '../../src/taskpane/components/App';
import { actionsFor } from '../../src/taskpane/actions';
import { STRINGS } from '../../src/taskpane/strings';
import { FileReport, IndicatorReport, TableReport } from '../../src/core/report';
import { MemoryHost } from '../../src/excel/memory/host';
import { MemoryWorkbook } from '../../src/excel/memory/model';
import { grid, sheet } from '../helpers/grid';
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';

const INTENTS = ['success', 'warning', 'error', 'info'] as const;

/** A MessageBar's intent, told by its classes: Fluent puts no attribute on it, so compare with one of each. */
function intentOf(bar: HTMLElement): string | undefined {
  const { container, unmount } = render(
    <FluentProvider theme={webLightTheme}>
      {INTENTS.map((intent) => <MessageBar key={intent} intent={intent}><MessageBarBody>{intent}</MessageBarBody></MessageBar>)}
    </FluentProvider>,
  );
  const classes = [...container.querySelectorAll('.fui-MessageBar')].map((e) => e.className);
  unmount();
  expect(new Set(classes).size).toBe(INTENTS.length);
  return INTENTS[classes.indexOf(bar.className)];
}


const indicators = (n: number) => Array.from({ length: n }, (_, i) => ({ row: 7 + i, name: `Indikator ${i + 1}` }) as IndicatorReport);
const table = (sheetName: string, kind: TableReport['kind'], n: number): TableReport => ({ sheet: sheetName, kind, range: 'A5:I19', columns: {}, reportingYear: null, capaian: kind === 'agreement' ? null : 188.52, indicators: indicators(n), groups: [] });

const REPORT: FileReport = {
  file: 'lkj.xlsx',
  tables: [table('Tabel I.1', 'agreement', 13), table('Tabel II.1', 'capaian', 13), table('Tabel II.15', 'budget', 12)],
  findings: [],
  summary: { tables: 3, indicators: 38, errors: 0, warnings: 0, infos: 0 },
};

describe('Summary', () => {
  it.each(['id', 'en'] as const)('%s: counts indicators per table, never one workbook total', (lang) => {
    render(<Summary report={REPORT} lang={lang} strings={STRINGS[lang]} />);
    const word = lang === 'id' ? 'indikator' : 'indicators';
    const region = screen.getByRole('region', { name: STRINGS[lang].summary });
    expect(region.textContent).not.toMatch(/38/);
    const blocks = screen.getAllByTestId('table-summary');
    expect(blocks.map((b) => within(b).getByText(new RegExp(`^\\d+ ${word}$`)).textContent)).toEqual([`13 ${word}`, `13 ${word}`, `12 ${word}`]);
    expect(region.textContent).toContain(`${STRINGS[lang].tables}: 3`);
  });
});

describe('the pane with no recognised table', () => {
  it.each([
    ['id-ID', 'Hitung ulang capaian', 'Tidak ada tabel yang dikenali di buku kerja ini', /^\d+ sel ditulis/],
    ['en-US', 'Recalculate capaian', 'No table recognised in this workbook', /^\d+ cells written/],
  ])('%s: a warning MessageBar, not a green "0 cells written"', async (language, button, text, written) => {
    const book = MemoryWorkbook.fromGrid(grid(sheet('Catatan', [['Laporan Kinerja 2025'], ['Narasi tanpa tabel.']])));
    const host = new MemoryHost(book, { language, sets: { ExcelApi: '1.18' } });
    const user = setupUser();
    render(<App actions={actionsFor(host)} />);
    await user.click(screen.getByRole('button', { name: button }));
    const message = await screen.findByText(new RegExp(text));
    const bar = message.closest('.fui-MessageBar') as HTMLElement;
    expect(bar).not.toBeNull();
    expect(intentOf(bar)).toBe('warning');
    expect(screen.queryByText(written)).toBeNull();
    // The finding that says why is still listed.
    expect(screen.getByRole('button', { name: /· table-not-found$/ })).toBeTruthy();
  });
});
