import * as React from 'react';
import { Button, Caption1, makeStyles, mergeClasses, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { FindingReport } from '../../core/report';
import { Severity } from '../../core/findings';
import { Strings } from '../strings';

export interface FindingsListProps {
  findings: FindingReport[];
  strings: Strings;
  onSelect(sheet: string, cell: string): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  group: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { justifyContent: 'flex-start', textAlign: 'left', width: '100%', height: 'auto', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  line: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}` },
  info: { borderLeft: `3px solid ${tokens.colorBrandStroke1}` },
});

const ORDER: Severity[] = ['error', 'warning', 'info'];

/** Findings by severity, then by sheet; each one a button that selects its cell. */
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
                    <li key={`${f.code}-${f.cell}-${i}`}>
                      <Button appearance="subtle" className={mergeClasses(styles.item, styles[severity])} onClick={() => onSelect(f.sheet, f.cell)} aria-label={`${f.sheet} ${f.cell}: ${f.message}`}>
                        <span className={styles.line}>
                          <Text weight="semibold">{`${f.cell} · ${f.code}`}</Text>
                          <Text>{f.message}</Text>
                        </span>
                      </Button>
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
