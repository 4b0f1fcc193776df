import * as React from 'react';
import {
  Button, Caption1, FluentProvider, makeStyles, MessageBar, MessageBarBody, ProgressBar, Tab, TabList, Title3, tokens, webLightTheme,
} from '@fluentui/react-components';
import { Grid } from '../../core/grid';
import { MemoryHost } from '../../excel/memory/host';
import { MemoryWorkbook } from '../../excel/memory/model';
import { WorkbookSession } from '../workbook/session';
import { bookEdits } from '../workbook/edits';
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
  /** The grid as read from the file: the download patches what the pane changed since. */
  grid: Grid;
  /** The worker holding the file's package, which makes the download. */
  session: WorkbookSession;
  host: MemoryHost;
  /** Tells one opening from the next (the pane restarts). */
  serial: number;
}

interface Reading {
  name: string;
  /** 0…1 */
  fraction: number;
  text: string;
}

let openings = 0;

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

  const [reading, setReading] = React.useState<Reading | null>(null);

  // Unzip and parse in the workbook worker, so the page stays responsive and shows how far it got.
  const open = async (name: string, data: ArrayBuffer) => {
    setError(null);
    setReading({ name, fraction: 0, text: 'Membuka file…' });
    const session = new WorkbookSession();
    try {
      const { grid, sheets } = await session.open(data, (step, done, total) => setReading({
        name,
        fraction: total > 0 ? done / total : 0,
        text: step === 'sheet' ? `Membaca lembar ${Math.min(Math.floor(done) + 1, total)} dari ${total}…` : 'Membaca teks bersama…',
      }));
      const book = MemoryWorkbook.fromGrid(grid);
      for (const s of book.sheets) {
        const state = sheets.find((p) => p.name === s.name)?.state;
        s.visibility = state === 'hidden' ? 'Hidden' : state === 'veryHidden' ? 'VeryHidden' : 'Visible';
      }
      // No Office here: the SPEC's default language (Indonesian) until the user picks English in Pengaturan.
      const host = new MemoryHost(book, { sets: { ExcelApi: '1.20' }, language: 'id-ID' });
      host.onChange(() => {
        const s = book.selection?.sheet;
        if (s) setSheet(s);
        setVersion((v) => v + 1);
      });
      loaded?.session.close();
      setLoaded({ name, grid, session, host, serial: ++openings });
      setSheet(book.sheets.find((s) => s.visibility === 'Visible')?.name ?? book.sheets[0]?.name ?? '');
    } catch (e) {
      session.close();
      const why = e instanceof Error ? e.message : '';
      setError(`${name}: ${why || 'bukan buku kerja .xlsx yang dapat dibaca / not a readable .xlsx workbook'}`);
    } finally {
      setReading(null);
    }
  };

  const openExample = async () => {
    const res = await fetch(exampleUrl);
    await open('lkj-dki-jakarta-2025.xlsx', await res.arrayBuffer());
  };

  // The file as it came, with only what the pane changed: the same writer as `cermat --out` (SPEC §12).
  const download = async () => {
    if (!loaded) return;
    try {
      const { edits, columns } = bookEdits(loaded.grid, loaded.host.book);
      const buffer = await loaded.session.patch(edits, columns);
      const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = loaded.name.replace(/\.xlsx$/i, '') + '.checked.xlsx';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (e) {
      setError(`${loaded.name}: tidak dapat menyimpan salinan / cannot save the copy (${e instanceof Error ? e.message : String(e)})`);
    }
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
          <Button appearance="primary" disabled={!loaded || reading !== null} onClick={download}>Unduh hasil</Button>
          <Caption1>{loaded ? loaded.name : 'Tidak ada yang dikirim ke mana pun: file dibaca dan diperiksa di peramban ini.'}</Caption1>
        </div>
        {reading && (
          <div role="status" aria-live="polite">
            <Caption1>{reading.name}: {reading.text}</Caption1>
            <ProgressBar value={reading.fraction} max={1} aria-label={reading.text} />
          </div>
        )}
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
              <App key={loaded.serial} actions={actions} />
            </aside>
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
