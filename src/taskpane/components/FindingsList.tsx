import * as React from 'react';
import { Button, Caption1, makeStyles, mergeClasses, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { FindingReport } from '../../core/report';
import { Severity } from '../../core/findings';
import { Strings } from '../strings';
import { FindingHelp } from './FindingHelp';

export interface FindingsListProps {
  findings: FindingReport[];
  strings: Strings;
  onSelect(sheet: string, cell: string): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  group: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  item: { flexGrow: 1, minWidth: 0, justifyContent: 'flex-start', textAlign: 'left', height: 'auto', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  line: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 0, overflowWrap: 'anywhere' },
  code: { color: tokens.colorNeutralForeground3 },
  // Read by screen readers (the sheet and cell first, as they navigate between buttons), not shown: the heading above shows the sheet.
  hidden: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}` },
  info: { borderLeft: `3px solid ${tokens.colorBrandStroke1}` },
});

const ORDER: Severity[] = ['error', 'warning', 'info'];

/**
 * Findings by severity, then by sheet; each one a button that selects its cell, its message first and its cell and
 * code below, and a "Penjelasan" button beside it. The button's name is its visible text, led by the sheet and cell.
 */
export function FindingsList({ findings, strings, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const title: Record<Severity, string> = { error: strings.errors, warning: strings.warnings, info: strings.infos };
  if (findings.length === 0) return <Text role="status">{strings.noFindings}</Text>;
  return (
    <section className={styles.root} aria-labelledby="cermat-findings">
      <Subtitle2 as="h2" id="cermat-findings">{strings.findings}</Subtitle2>
      <Caption1>{strings.selectHint}</Caption1>
      {ORDER.map((severity) => {
        const list = findings.filter((f) => f.severity === severity);
        if (list.length === 0) return null;
        const sheets = [...new Set(list.map((f) => f.sheet))];
        return (
          <div key={severity} data-testid={`findings-${severity}`}>
            <Text as="h3" weight="semibold">{`${title[severity]} (${list.length})`}</Text>
            {sheets.map((sheet) => (
              <div key={sheet}>
                <Caption1 as="h4">{sheet}</Caption1>
                <ul className={styles.group}>
                  {list.filter((f) => f.sheet === sheet).map((f, i) => (
                    <li key={`${f.code}-${f.cell}-${i}`} className={styles.row}>
                      <Button appearance="subtle" className={mergeClasses(styles.item, styles[severity])} onClick={() => onSelect(f.sheet, f.cell)}>
                        <span className={styles.line}>
                          <span className={styles.hidden}>{`${f.sheet} ${f.cell}: `}</span>
                          <Text>{f.message}</Text>{' '}
                          <Caption1 className={styles.code}>{`${f.cell} · ${f.code}`}</Caption1>
                        </span>
                      </Button>
                      <FindingHelp code={f.code} strings={strings} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}
