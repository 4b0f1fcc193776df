import * as React from 'react';
import { Badge, Caption1, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { columnsLine, FileReport } from '../../core/report';
import { Language } from '../../core/settings';
import { Strings } from '../strings';
import { percent } from '../../core/messages/format';
import { FormView } from './FormView';

export interface SummaryProps {
  report: FileReport;
  lang: Language;
  strings: Strings;
  /** Cells in the history of corrections: counted beside the errors, so a recalculation's fewer errors are not a silent drop. */
  corrected?: number;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  table: { display: 'flex', flexDirection: 'column', paddingLeft: tokens.spacingHorizontalS, borderLeft: `2px solid ${tokens.colorNeutralStroke2}` },
  figure: { fontVariantNumeric: 'tabular-nums' },
});

export function Summary({ report, lang, strings, corrected = 0 }: SummaryProps) {
  const styles = useStyles();
  const { summary } = report;

  return (
    <section className={styles.root} aria-labelledby="cermat-summary">
      <Subtitle2 as="h2" id="cermat-summary">{strings.summary}</Subtitle2>
      <div className={styles.counts} role="status">
        <Badge color="danger" appearance={summary.errors ? 'filled' : 'outline'}>{`${strings.errors}: ${summary.errors}`}</Badge>
        <Badge color="warning" appearance={summary.warnings ? 'filled' : 'outline'}>{`${strings.warnings}: ${summary.warnings}`}</Badge>
        <Badge color="informative" appearance="outline">{`${strings.infos}: ${summary.infos}`}</Badge>
        {corrected > 0 && <Badge color="brand" appearance="tint">{`${strings.correctedCount}: ${corrected}`}</Badge>}
      </div>
      {/* Indicators are counted per table: the agreement, Tabel II.1 and II.15 list the same indicators, so a workbook total would count them three times. */}
      <Text>{`${strings.tables}: ${summary.tables}`}</Text>
      {report.tables.map((t) => (
        <div key={`${t.sheet}!${t.range}`} className={styles.table} data-testid="table-summary">
          <Text weight="semibold">{`${t.sheet} · ${t.range}`}</Text>
          <Caption1>{strings.kind[t.kind]}</Caption1>
          <Caption1 data-testid="table-columns">{columnsLine(t, lang)}</Caption1>
          {t.kind !== 'agreement' && <Text className={styles.figure}>{`${strings.overall}: ${percent(t.capaian, lang, strings.notComputed)}`}</Text>}
          <Caption1 className={styles.figure}>{strings.indicatorCount(t.indicators.length)}</Caption1>
          {t.kind === 'budget' &&
            t.groups.map((g, i) => (
              <Caption1 key={i} className={styles.figure}>{`${strings.absorption} ${g.name ? `“${g.name.slice(0, 40)}”` : i + 1}: ${percent(g.absorption, lang, strings.notComputed)}`}</Caption1>
            ))}
          {t.kind === 'renja' && t.form && <FormView form={t.form} sheet={t.sheet} findings={report.findings} lang={lang} strings={strings} />}
        </div>
      ))}
    </section>
  );
}
