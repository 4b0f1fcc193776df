import * as React from 'react';
import { Button, Caption1, makeStyles, Subtitle2, Text, tokens, Tooltip } from '@fluentui/react-components';
import { CorrectionView } from '../../excel/corrections';
import { Strings } from '../strings';

export interface CorrectionsListProps {
  items: CorrectionView[];
  strings: Strings;
  disabled: boolean;
  onSelect(sheet: string, cell: string): void;
  onAccept(): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: { justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, borderLeft: '3px solid #8064A2', minWidth: 0 },
  figure: { fontVariantNumeric: 'tabular-nums' },
  accept: { alignSelf: 'flex-start' },
});

/**
 * "Dikoreksi oleh Cermat": every cell whose stated value Cermat replaced, with its value before and after, kept
 * until the planner accepts the corrections or undoes them. Each line is a button that selects its cell.
 */
export function CorrectionsList({ items, strings, disabled, onSelect, onAccept }: CorrectionsListProps) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="cermat-corrections" data-testid="corrections">
      <Subtitle2 as="h2" id="cermat-corrections">{`${strings.corrected} (${items.length})`}</Subtitle2>
      <Caption1>{strings.correctedHint}</Caption1>
      <ul className={styles.list}>
        {items.map((c, i) => (
          <li key={`${c.sheet}!${c.address}-${i}`}>
            <Button appearance="subtle" className={styles.item} onClick={() => onSelect(c.sheet, c.address)}>
              <Text className={styles.figure}>{`${c.sheet}!${c.address}: ${c.before} → ${c.after}`}</Text>
            </Button>
          </li>
        ))}
      </ul>
      <Tooltip content={strings.acceptHint} relationship="description">
        <Button className={styles.accept} disabled={disabled} onClick={onAccept}>{strings.accept}</Button>
      </Tooltip>
    </section>
  );
}
