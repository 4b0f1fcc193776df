/** @jest-environment jsdom */
// The preview's sheet tabs and grid (issue 15, accessibility): the ARIA tabs pattern by keyboard with no hidden
// focusable element, and a grid whose every header cell has a name.
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { setupUser } from '../helpers/user';
import { SheetTabs } from '../../src/preview/components/SheetTabs';
import { SheetGrid } from '../../src/preview/components/SheetGrid';
import { MemoryWorkbook } from '../../src/excel/memory/model';
import { grid, sheet } from '../helpers/grid';

function Tabs({ sheets }: { sheets: string[] }) {
  const [selected, setSelected] = React.useState(sheets[0]);
  return <SheetTabs sheets={sheets} selected={selected} label="Lembar kerja" onSelect={setSelected} />;
}

describe('sheet tabs', () => {
  it('are reached by Tab on the selected one and moved by arrows, Home and End, with nothing hidden and focusable', async () => {
    const user = setupUser();
    render(<><button>before</button><Tabs sheets={['Tabel I.1', 'Tabel II.1', 'Tabel II.15']} /></>);
    const list = screen.getByRole('tablist', { name: 'Lembar kerja' });
    expect(list.closest('nav')?.getAttribute('aria-label')).toBe('Lembar kerja');
    expect(list.querySelectorAll('[aria-hidden="true"]').length).toBe(0);
    // One tab stop: the selected tab.
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Tabel I.1' }));
    await user.keyboard('{ArrowRight}');
    const ii1 = screen.getByRole('tab', { name: 'Tabel II.1' });
    expect(document.activeElement).toBe(ii1);
    expect(ii1.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Tabel I.1' }).getAttribute('aria-selected')).toBe('false');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Tabel II.15' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Tabel I.1' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Tabel II.15' }));
    await user.keyboard('{Home}');
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  });
});

describe('sheet grid', () => {
  it('names every header cell, the corner included, in its own scrolling region', () => {
    const book = MemoryWorkbook.fromGrid(grid(sheet('Tabel II.1', [['No', 'Indikator'], [1, 'Persentase']])));
    render(<SheetGrid sheet={book.sheets[0]} lang="id" selected={null} notes={new Map()} version={0} corner="Baris / kolom" />);
    const region = screen.getByRole('region', { name: 'Tabel II.1' });
    const headers = [...region.querySelectorAll('th')];
    expect(headers.length).toBeGreaterThan(4);
    for (const th of headers) expect(th.textContent?.trim()).not.toBe('');
    expect(headers[0].textContent).toBe('Baris / kolom');
  });

  it('draws at most 256 columns, and a merge across the whole width cut to them (a stray value in XFD2)', () => {
    const g = grid(sheet('S', [['No', 'Indikator'], [1, 'Persentase']], ['A1:XFD2']));
    g.sheets[0].cells[1][16383] = { value: 'x' };
    const book = MemoryWorkbook.fromGrid(g);
    render(<SheetGrid sheet={book.sheets[0]} lang="id" selected={null} notes={new Map()} version={0} corner="Baris / kolom" />);
    const region = screen.getByRole('region', { name: 'S' });
    // The corner and A … IV across the top.
    expect(region.querySelectorAll('thead th')).toHaveLength(1 + 256);
    expect(region.querySelector('thead th:last-child')?.textContent).toBe('IV');
    const anchor = region.querySelector('td[data-cell="A1"]') as HTMLTableCellElement;
    expect([anchor.colSpan, anchor.rowSpan]).toEqual([256, 2]);
    expect(region.querySelectorAll('td')).toHaveLength(1);
  }, 120000);
});
