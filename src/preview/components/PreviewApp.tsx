import * as React from 'react';
import { flushSync } from 'react-dom';
import {
  Button, Caption1, FluentProvider, Label, makeStyles, MessageBar, MessageBarBody, ProgressBar, Select, Title3, tokens, webLightTheme,
} from '@fluentui/react-components';
import { Grid } from '../../core/grid';
import { FileReport } from '../../core/report';
import { Language } from '../../core/settings';
import { reportSummary } from '../../core/summary-text';
import { MemoryHost } from '../../excel/memory/host';
import { MemoryWorkbook } from '../../excel/memory/model';
import { WorkbookSession } from '../workbook/session';
import { bookEdits } from '../workbook/edits';
import { actionsFor, CermatActions } from '../../taskpane/actions';
import { copyToClipboard } from '../../taskpane/clipboard';
import { STRINGS } from '../../taskpane/strings';
import { App } from '../../taskpane/components/App';
import { loadSettings } from '../../excel/cermat';
import { PREVIEW_STRINGS } from '../strings';
import { SheetGrid } from './SheetGrid';
import { SheetTabs } from './SheetTabs';

export interface PreviewAppProps {
  /** Where the bundled example lives, relative to the page. */
  exampleUrl: string;
  /** The language before the planner picks one (the SPEC's default: Indonesian). */
  initialLanguage?: Language;
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
  step: string;
  done: number;
  total: number;
}

type Notice = { intent: 'success' | 'error'; text: string };

let openings = 0;

/** Below this width the sheet and the pane stack, and only the grid scrolls sideways (never the page). */
const NARROW = '@media (max-width: 760px)';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', height: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS,
    [NARROW]: { height: 'auto', minHeight: '100vh', padding: tokens.spacingHorizontalS },
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap', minWidth: 0 },
  language: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  note: { overflowWrap: 'anywhere' },
  body: {
    display: 'flex', gap: tokens.spacingHorizontalM, flexGrow: 1, minHeight: 0, minWidth: 0,
    [NARROW]: { flexDirection: 'column', flexGrow: 0 },
  },
  sheet: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, [NARROW]: { height: '60vh', flexGrow: 0 } },
  pane: {
    width: '380px', flexShrink: 0, overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: { width: 'auto', overflowY: 'visible' },
  },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Cermat without Office: a workbook from disk in a grid, the same task pane beside it, nothing sent anywhere. */
export function PreviewApp({ exampleUrl, initialLanguage = 'id' }: PreviewAppProps) {
  const styles = useStyles();
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);
  const [sheet, setSheet] = React.useState('');
  const [version, setVersion] = React.useState(0);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [lang, setLang] = React.useState<Language>(initialLanguage);
  /** The pane's latest check or recalculation, for "Salin ringkasan" in the toolbar. */
  const [report, setReport] = React.useState<FileReport | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [reading, setReading] = React.useState<Reading | null>(null);
  const t = PREVIEW_STRINGS[lang];
  const pane = STRINGS[lang];

  React.useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.pageTitle;
  }, [lang, t]);

  // Unzip and parse in the workbook worker, so the page stays responsive and shows how far it got. Each step is
  // drawn as it comes (flushSync), so the bar moves even when the worker's messages arrive in a burst.
  const open = async (name: string, data: ArrayBuffer) => {
    setError(null);
    setNotice(null);
    setReading({ name, step: 'open', done: 0, total: 0 });
    const session = new WorkbookSession();
    try {
      const { grid, sheets } = await session.open(data, (step, done, total) => flushSync(() => setReading({ name, step, done, total })));
      const book = MemoryWorkbook.fromGrid(grid);
      for (const s of book.sheets) {
        const state = sheets.find((p) => p.name === s.name)?.state;
        s.visibility = state === 'hidden' ? 'Hidden' : state === 'veryHidden' ? 'VeryHidden' : 'Visible';
      }
      // No Office here: the language picked in the toolbar (Indonesian by default) until the workbook's settings say otherwise.
      const host = new MemoryHost(book, { sets: { ExcelApi: '1.20' }, language: lang === 'en' ? 'en-US' : 'id-ID' });
      host.onChange(() => {
        const s = book.selection?.sheet;
        if (s) setSheet(s);
        setVersion((v) => v + 1);
      });
      loaded?.session.close();
      setReport(null);
      setLang(loadSettings(host).language);
      setLoaded({ name, grid, session, host, serial: ++openings });
      setSheet(book.sheets.find((s) => s.visibility === 'Visible')?.name ?? book.sheets[0]?.name ?? '');
    } catch (e) {
      session.close();
      const why = e instanceof Error ? e.message : '';
      setError(`${name}: ${why || t.unreadable}`);
    } finally {
      setReading(null);
    }
  };

  const openExample = async () => {
    try {
      const res = await fetch(exampleUrl);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      await open('lkj-dki-jakarta-2025.xlsx', await res.arrayBuffer());
    } catch (e) {
      setError(`${t.exampleFailed} (${e instanceof Error ? e.message : String(e)})`);
    }
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
      setError(`${loaded.name}: ${t.cannotSave(e instanceof Error ? e.message : String(e))}`);
    }
  };

  // The pane's own "Salin ringkasan", from the toolbar: the same summary and the same clipboard code.
  const copySummary = async () => {
    if (!report) return;
    try {
      const how = await copyToClipboard(reportSummary(report, lang));
      setNotice({ intent: 'success', text: how === 'html' ? pane.summaryCopied : pane.summaryCopiedText });
    } catch (e) {
      setNotice({ intent: 'error', text: pane.copyFailed(e instanceof Error ? e.message : String(e)) });
    }
  };

  // The pane's actions, with what the page needs to follow: the report of each run and the language saved in Pengaturan.
  const actions = React.useMemo<CermatActions | null>(() => {
    if (!loaded) return null;
    const base = actionsFor(loaded.host);
    return {
      ...base,
      check: async (s) => { const r = await base.check(s); setReport(r.report); return r; },
      recalculate: async (s) => { const r = await base.recalculate(s); setReport(r.report); return r; },
      accept: async (s) => { const r = await base.accept(s); setReport(r.report); return r; },
      saveSettings: async (s) => { await base.saveSettings(s); setLang(s.language); },
    };
  }, [loaded]);

  // The toolbar's language: the page's words at once, and the pane's (findings included) through its settings.
  const chooseLanguage = async (next: Language) => {
    setLang(next);
    if (loaded) {
      try {
        await actionsFor(loaded.host).saveSettings({ ...loadSettings(loaded.host), language: next });
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    }
  };

  const book = loaded?.host.book;
  const current = book?.sheet(sheet);
  const readingText = reading
    ? reading.step === 'sheet' ? t.readingSheet(Math.min(Math.floor(reading.done) + 1, reading.total), reading.total)
      : reading.step === 'strings' ? t.readingStrings : t.opening
    : '';
  const languageId = React.useId();

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{t.title}</Title3>
          <div className={styles.bar} role="toolbar" aria-label={t.toolbar}>
            <input ref={fileInput} type="file" accept=".xlsx" hidden aria-label={t.fileInput} data-testid="file-input"
              onChange={async (e) => {
                const f = e.target.files?.[0];
                if (f) await open(f.name, await f.arrayBuffer());
              }} />
            <Button onClick={() => fileInput.current?.click()}>{t.openFile}</Button>
            <Button onClick={openExample}>{t.openExample}</Button>
            <Button appearance="primary" disabled={!loaded || reading !== null} onClick={download}>{t.download}</Button>
            <Button disabled={!report || report.tables.length === 0} onClick={copySummary} title={pane.copySummaryHint}>{pane.copySummary}</Button>
            <span className={styles.language}>
              <Label htmlFor={languageId}>{t.language}</Label>
              <Select id={languageId} size="small" value={lang} onChange={(_, d) => chooseLanguage(d.value as Language)}>
                <option value="id">{t.languages.id}</option>
                <option value="en">{t.languages.en}</option>
              </Select>
            </span>
          </div>
          <Caption1 className={styles.note}>{loaded ? loaded.name : t.privacy}</Caption1>
          <div role="status" aria-live="polite">
            {reading && <Caption1>{`${reading.name}: ${readingText}`}</Caption1>}
            {notice && <MessageBar intent={notice.intent}><MessageBarBody>{notice.text}</MessageBarBody></MessageBar>}
          </div>
          {reading && (
            <ProgressBar value={reading.total > 0 ? reading.done / reading.total : 0} max={1}
              aria-label={t.progress(reading.name)} aria-valuetext={readingText} />
          )}
          {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
        </header>
        {loaded && book && actions ? (
          <div className={styles.body}>
            <div className={styles.sheet}>
              <SheetTabs sheets={book.sheets.map((s) => s.name)} selected={sheet} label={t.sheets} onSelect={setSheet} />
              {current && (
                <SheetGrid sheet={current} lang={lang} version={version} notes={book.notes} corner={t.corner}
                  selected={book.selection?.sheet === current.name ? book.selection.address : null} />
              )}
            </div>
            {/* No landmark here: the pane's own <main> is the page's main landmark. */}
            <div className={styles.pane}>
              <App key={loaded.serial} actions={actions} language={lang} />
            </div>
          </div>
        ) : (
          <main className={styles.main}>
            <Caption1>{t.start}</Caption1>
          </main>
        )}
      </div>
    </FluentProvider>
  );
}
