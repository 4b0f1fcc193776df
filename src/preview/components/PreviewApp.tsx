import * as React from 'react';
import ExcelJS from 'exceljs';
import {
  Button, Caption1, FluentProvider, makeStyles, MessageBar, MessageBarBody, Tab, TabList, Title3, tokens, webLightTheme,
} from '@fluentui/react-components';
import { MemoryHost } from '../../excel/memory/host';
import { MemoryWorkbook } from '../../excel/memory/model';
import { gridOf } from '../../xlsx/grid';
import { exportInto } from '../../xlsx/export';
import { actionsFor } from '../../taskpane/actions';
import { App } from '../../taskpane/components/App';
import { loadSettings } from '../../excel/cermat';
import { SheetGrid } from './SheetGrid';

export interface PreviewAppProps {
  /** Where the bundled example lives, relative to the page. */
  exampleUrl: string;
}

interface Loaded {
  name: string;
  workbook: ExcelJS.Workbook;
  host: MemoryHost;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  body: { display: 'flex', gap: tokens.spacingHorizontalM, flexGrow: 1, minHeight: 0 },
  sheet: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  pane: { width: '380px', flexShrink: 0, overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}` },
});

/** Cermat without Office: a workbook from disk in a grid, the same task pane beside it, nothing sent anywhere. */
export function PreviewApp({ exampleUrl }: PreviewAppProps) {
  const styles = useStyles();
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);
  const [sheet, setSheet] = React.useState('');
  const [version, setVersion] = React.useState(0);
  const [error, setError] = React.useState<string | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const open = async (name: string, data: ArrayBuffer) => {
    setError(null);
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(data);
      if (workbook.worksheets.length === 0) throw new Error('no worksheet');
      const book = MemoryWorkbook.fromGrid(gridOf(workbook));
      // No Office here: the SPEC's default language (Indonesian) until the user picks English in Pengaturan.
      const host = new MemoryHost(book, { sets: { ExcelApi: '1.20' }, language: 'id-ID' });
      host.onChange(() => {
        const s = book.selection?.sheet;
        if (s) setSheet(s);
        setVersion((v) => v + 1);
      });
      setLoaded({ name, workbook, host });
      setSheet(book.sheets[0]?.name ?? '');
    } catch {
      setError(`${name}: bukan buku kerja .xlsx yang dapat dibaca / not a readable .xlsx workbook`);
    }
  };

  const openExample = async () => {
    const res = await fetch(exampleUrl);
    await open('lkj-dki-jakarta-2025.xlsx', await res.arrayBuffer());
  };

  const download = async () => {
    if (!loaded) return;
    exportInto(loaded.host.book, loaded.workbook);
    const buffer = await loaded.workbook.xlsx.writeBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = loaded.name.replace(/\.xlsx$/i, '') + '.checked.xlsx';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };

  const book = loaded?.host.book;
  const current = book?.sheet(sheet);
  const lang = loaded ? loadSettings(loaded.host).language : 'id';
  const actions = React.useMemo(() => (loaded ? actionsFor(loaded.host) : null), [loaded]);

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.root}>
        <div className={styles.bar}>
          <Title3 as="h1">Cermat — pratinjau</Title3>
          <input ref={fileInput} type="file" accept=".xlsx" hidden aria-label="Buka file .xlsx" data-testid="file-input"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (f) await open(f.name, await f.arrayBuffer());
            }} />
          <Button onClick={() => fileInput.current?.click()}>Buka file .xlsx…</Button>
          <Button onClick={openExample}>Buka contoh</Button>
          <Button appearance="primary" disabled={!loaded} onClick={download}>Unduh hasil</Button>
          <Caption1>{loaded ? loaded.name : 'Tidak ada yang dikirim ke mana pun: file dibaca dan diperiksa di peramban ini.'}</Caption1>
        </div>
        {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
        {loaded && book && actions && (
          <div className={styles.body}>
            <div className={styles.sheet}>
              <TabList selectedValue={sheet} onTabSelect={(_, d) => setSheet(String(d.value))} size="small">
                {book.sheets.map((s) => <Tab key={s.name} value={s.name}>{s.name}</Tab>)}
              </TabList>
              {current && (
                <SheetGrid sheet={current} lang={lang} version={version} notes={book.notes}
                  selected={book.selection?.sheet === current.name ? book.selection.address : null} />
              )}
            </div>
            <aside className={styles.pane} aria-label="Cermat">
              <App key={loaded.name + loaded.workbook.created} actions={actions} />
            </aside>
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
