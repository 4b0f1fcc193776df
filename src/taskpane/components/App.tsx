import * as React from 'react';
import {
  Button, Caption1, FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Title3, tokens, Tooltip, webDarkTheme, webLightTheme,
} from '@fluentui/react-components';
import { Language, Settings } from '../../core/settings';
import { FileReport } from '../../core/report';
import { reportSummary } from '../../core/summary-text';
import { messageOf } from '../../core/messages';
import { describeError } from '../../excel/errors';
import { CermatActions } from '../actions';
import { copyToClipboard } from '../clipboard';
import { STRINGS } from '../strings';
import { CorrectionsList } from './CorrectionsList';
import { FindingsList } from './FindingsList';
import { SettingsDialog } from './SettingsDialog';
import { Summary } from './Summary';

export interface AppProps {
  actions: CermatActions;
  /** A language chosen outside the pane (the preview's toolbar): the pane, findings included, follows it at once. */
  language?: Language;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: '100vh', boxSizing: 'border-box' },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Notice = { intent: 'success' | 'warning' | 'error' | 'info'; title?: string; text: string };

export function App({ actions, language }: AppProps) {
  const styles = useStyles();
  const [settings, setSettings] = React.useState<Settings>(() => actions.loadSettings());
  React.useEffect(() => {
    if (language) setSettings((s) => (s.language === language ? s : { ...s, language }));
  }, [language]);
  const [report, setReport] = React.useState<FileReport | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [notices, setNotices] = React.useState<Notice[]>([]);
  const [, refresh] = React.useReducer((n: number) => n + 1, 0);
  const lang = settings.language;
  const t = STRINGS[lang];
  // Undo, marks, the history of corrections and the findings sheet live in the document: read once per render.
  const doc = actions.documentState(lang);
  const corrected = doc.corrections;
  // Findings worded in the pane's language now, not the one of the check: a language switch rewords them at once.
  const findings = React.useMemo(() => report?.findings.map((f) => ({ ...f, message: messageOf(f, lang) })) ?? [], [report, lang]);

  const act = async (work: () => Promise<Notice[]>) => {
    setBusy(true);
    setNotices([]);
    try {
      setNotices(await work());
    } catch (e) {
      setNotices([{ intent: 'error', title: t.errorTitle, text: describeError(e, lang) }]);
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const run = (mode: 'check' | 'recalculate') =>
    act(async () => {
      const result = mode === 'check' ? await actions.check(settings) : await actions.recalculate(settings);
      setReport(result.report);
      // No table is a warning, never a green "0 sel ditulis".
      const oversized = result.oversizedSheets.length
        ? [{ intent: 'warning' as const, text: t.oversizedSheets(result.oversizedSheets.map((s) => `${s.name} (${s.address})`).join(', ')) }]
        : [];
      if (result.report.tables.length === 0) return [{ intent: 'warning', title: t.noTableTitle, text: t.noTable }, ...oversized];
      const out: Notice[] = [...oversized];
      if (result.applied) {
        out.push({ intent: 'success', text: `${t.written(result.applied.written)} ${t.highlighted(result.applied.highlighted)}` });
        if (result.applied.protectedSheets.length) out.push({ intent: 'warning', text: t.protectedSheets(result.applied.protectedSheets.join(', ')) });
        if (result.applied.commentCells.length) out.push({ intent: 'info', text: t.commentCells(result.applied.commentCells.join(', ')) });
        if (result.applied.spillCells.length) out.push({ intent: 'warning', text: t.spillCells(result.applied.spillCells.join(', ')) });
        if (result.applied.droppedUndoLevels) out.push({ intent: 'info', text: t.droppedUndo(result.applied.droppedUndoLevels) });
        if (result.applied.droppedCorrections) out.push({ intent: 'warning', text: t.droppedCorrections(result.applied.droppedCorrections) });
      }
      if (result.manualCalculation) out.push({ intent: 'warning', text: t.manualCalculation });
      if (result.hiddenSheets.length) out.push({ intent: 'info', text: t.hiddenSheets(result.hiddenSheets.join(', ')) });
      return out;
    });

  const undo = () =>
    act(async () => {
      const r = await actions.undo();
      if (!r) return [{ intent: 'info', text: t.nothingToUndo }];
      const out: Notice[] = [{ intent: 'success', text: t.undone(r.restored) }];
      if (r.changedSince.length) out.push({ intent: 'warning', text: t.changedSince(r.changedSince.join(', ')) });
      if (r.protectedSheets.length) out.push({ intent: 'warning', text: t.protectedNotRestored(r.protectedSheets.join(', ')) });
      return out;
    });

  const accept = () =>
    act(async () => {
      const result = await actions.accept(settings);
      setReport(result.report);
      const out: Notice[] = [{ intent: 'success', text: t.accepted(result.applied?.accepted ?? 0) }];
      if (result.applied?.protectedSheets.length) out.push({ intent: 'warning', text: t.protectedSheets(result.applied.protectedSheets.join(', ')) });
      return out;
    });

  const clear = () =>
    act(async () => {
      const r = await actions.clear();
      const out: Notice[] = [{ intent: 'success', text: t.cleared(r.cleared) }];
      if (r.protectedSheets.length) out.push({ intent: 'warning', text: t.protectedNotRestored(r.protectedSheets.join(', ')) });
      return out;
    });

  const select = (sheet: string, cell: string) => {
    actions.select(sheet, cell).catch((e) => setNotices([{ intent: 'error', title: t.errorTitle, text: describeError(e, lang) }]));
  };

  // Not through `act`: copying changes nothing in the workbook and must run in the click's user activation.
  const copySummary = async () => {
    if (!report) return;
    try {
      const how = await copyToClipboard(reportSummary(report, lang));
      setNotices([{ intent: 'success', text: how === 'html' ? t.summaryCopied : t.summaryCopiedText }]);
    } catch (e) {
      setNotices([{ intent: 'error', title: t.errorTitle, text: t.copyFailed(e instanceof Error ? e.message : String(e)) }]);
    }
  };

  const writeFindings = () =>
    act(async () => {
      if (!report) return [];
      const r = await actions.writeFindingsSheet(report, lang);
      const out: Notice[] = [{ intent: 'success', text: t.findingsSheetWritten(r.name, r.rows) }];
      if (!r.linked) out.push({ intent: 'info', text: t.findingsSheetUnlinked });
      return out;
    });

  const removeFindings = () =>
    act(async () => {
      const r = await actions.removeFindingsSheet();
      if (!r) return [];
      return [{ intent: r.removed ? 'success' : 'info', text: r.removed ? t.findingsSheetRemoved(r.name) : t.findingsSheetGone(r.name) }];
    });

  const saveSettings = (next: Settings) =>
    act(async () => {
      await actions.saveSettings(next);
      setSettings(next);
      return [{ intent: 'success', text: STRINGS[next.language].saved }];
    });

  return (
    <FluentProvider theme={actions.theme() === 'dark' ? webDarkTheme : webLightTheme} lang={lang}>
      <main className={styles.root} aria-busy={busy}>
        <header>
          <Title3 as="h1">{t.title}</Title3>
          <div><Caption1>{t.subtitle}</Caption1></div>
        </header>
        <div className={styles.toolbar} role="toolbar" aria-label={t.title}>
          <Tooltip content={t.recalculateHint} relationship="description">
            <Button appearance="primary" disabled={busy} onClick={() => run('recalculate')}>{t.recalculate}</Button>
          </Tooltip>
          <Tooltip content={t.checkHint} relationship="description">
            <Button disabled={busy} onClick={() => run('check')}>{t.check}</Button>
          </Tooltip>
          <Tooltip content={t.undoHint} relationship="description">
            <Button disabled={busy || !doc.canUndo} onClick={undo}>{t.undo}</Button>
          </Tooltip>
          <Tooltip content={t.clearHint} relationship="description">
            <Button disabled={busy || !doc.hasHighlights} onClick={clear}>{t.clear}</Button>
          </Tooltip>
          <Tooltip content={t.copySummaryHint} relationship="description">
            <Button disabled={busy || !report || report.tables.length === 0} onClick={copySummary}>{t.copySummary}</Button>
          </Tooltip>
          <Tooltip content={t.writeFindingsSheetHint} relationship="description">
            <Button disabled={busy || !report || report.tables.length === 0} onClick={writeFindings}>{t.writeFindingsSheet}</Button>
          </Tooltip>
          {doc.findingsSheet !== null && (
            <Tooltip content={t.removeFindingsSheetHint} relationship="description">
              <Button disabled={busy} onClick={removeFindings}>{t.removeFindingsSheet}</Button>
            </Tooltip>
          )}
          <SettingsDialog settings={settings} strings={t} disabled={busy} onSave={saveSettings} />
        </div>
        <div aria-live="polite">
          {busy && <Spinner size="tiny" label={t.busy} />}
          {notices.map((n, i) => (
            <MessageBar key={i} intent={n.intent}>
              <MessageBarBody>
                {n.title && <MessageBarTitle>{n.title}</MessageBarTitle>}
                {n.text}
              </MessageBarBody>
            </MessageBar>
          ))}
        </div>
        <CorrectionsList items={corrected} strings={t} disabled={busy} onSelect={select} onAccept={accept} />
        {report ? (
          <>
            <Summary report={report} lang={lang} strings={t} corrected={corrected.length} />
            <FindingsList findings={findings} strings={t} onSelect={select} />
          </>
        ) : (
          <Caption1>{t.start}</Caption1>
        )}
      </main>
    </FluentProvider>
  );
}
