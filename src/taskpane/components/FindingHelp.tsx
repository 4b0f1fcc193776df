import * as React from 'react';
import { Button, Caption1, makeStyles, Popover, PopoverSurface, PopoverTrigger, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { helpFor } from '../../core/checks/help';
import { Strings } from '../strings';

export interface FindingHelpProps {
  code: string;
  strings: Strings;
}

const useStyles = makeStyles({
  trigger: { minWidth: 'auto', alignSelf: 'flex-start' },
  surface: { maxWidth: 'min(320px, calc(100vw - 32px))', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { marginLeft: 0 },
  actions: { display: 'flex', justifyContent: 'flex-end' },
});

/** "Penjelasan": a popover with the finding code's help entry (meaning, why, fix, example), opened by click or keyboard. */
export function FindingHelp({ code, strings }: FindingHelpProps) {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const titleId = React.useId();
  const pair = helpFor(code);
  if (!pair) return null;
  const help = pair[strings.lang];
  const parts: [string, string][] = [
    [strings.helpMeaning, help.meaning],
    [strings.helpWhy, help.why],
    [strings.helpFix, help.fix],
    [strings.helpExample, help.example],
  ];
  return (
    <Popover open={open} onOpenChange={(_, d) => setOpen(d.open)} trapFocus withArrow positioning="below-end">
      <PopoverTrigger disableButtonEnhancement>
        <Button appearance="transparent" size="small" className={styles.trigger} aria-label={`${strings.explain} ${code}`}>
          {strings.explain}
        </Button>
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-labelledby={titleId}>
        <Subtitle2 as="h3" id={titleId}>{help.title}</Subtitle2>
        <Caption1>{code}</Caption1>
        <dl className={styles.list}>
          {parts.map(([term, text]) => (
            <React.Fragment key={term}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.detail}><Text>{text}</Text></dd>
            </React.Fragment>
          ))}
        </dl>
        <div className={styles.actions}>
          <Button size="small" onClick={() => setOpen(false)}>{strings.dismiss}</Button>
        </div>
      </PopoverSurface>
    </Popover>
  );
}
