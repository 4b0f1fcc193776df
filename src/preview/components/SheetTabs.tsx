import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

export interface SheetTabsProps {
  sheets: string[];
  selected: string;
  label: string;
  onSelect(sheet: string): void;
}

const useStyles = makeStyles({
  // Many sheets scroll in their own strip instead of widening the page.
  list: { display: 'flex', gap: tokens.spacingHorizontalXXS, overflowX: 'auto', flexShrink: 0, maxWidth: '100%', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    flexShrink: 0, border: 'none', background: 'none', cursor: 'pointer', color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: '2px solid transparent', whiteSpace: 'nowrap',
    ':hover': { color: tokens.colorNeutralForeground1, background: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorCompoundBrandStroke },
});

/**
 * The workbook's sheets as tabs (the ARIA tabs pattern, roving tabindex: Tab reaches the selected one, arrows, Home
 * and End move and select). Plain buttons, not Fluent's TabList: its focus helper adds aria-hidden focusable
 * elements, which screen readers and axe's aria-hidden-focus rule object to.
 */
export function SheetTabs({ sheets, selected, label, onSelect }: SheetTabsProps) {
  const styles = useStyles();
  const refs = React.useRef<(HTMLButtonElement | null)[]>([]);
  const move = (from: number, to: number) => {
    const i = (to + sheets.length) % sheets.length;
    if (i === from) return;
    onSelect(sheets[i]);
    refs.current[i]?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent, i: number) => {
    const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? sheets.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    move(i, to);
  };
  return (
    // A navigation landmark beside the grid's region (never around it): the tabs are in a landmark, no region is nested.
    <nav aria-label={label}>
    <div role="tablist" aria-label={label} className={styles.list}>
      {sheets.map((name, i) => {
        const on = name === selected;
        return (
          <button key={name} ref={(el) => { refs.current[i] = el; }} type="button" role="tab" aria-selected={on} tabIndex={on ? 0 : -1}
            className={on ? mergeClasses(styles.tab, styles.selected) : styles.tab}
            onClick={() => onSelect(name)} onKeyDown={(e) => onKeyDown(e, i)}>
            {name}
          </button>
        );
      })}
    </div>
    </nav>
  );
}
