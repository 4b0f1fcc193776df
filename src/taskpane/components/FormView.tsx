// The evaluation form (SPEC §11) by hierarchy: Urusan → Bidang Urusan → Program → Kegiatan → Sub Kegiatan, each
// Program collapsible with its Kegiatan and Sub Kegiatan, each row with its code, name, indicators, tingkat capaian
// K and Rp and the number of its findings; the footer's average and predicate.
import * as React from 'react';
import {
  Badge, Caption1, makeStyles, mergeClasses, Text, tokens, Tree, TreeItem, TreeItemLayout, TreeItemValue, TreeOpenChangeData,
} from '@fluentui/react-components';
import type { FindingReport } from '../../core/report';
import type { FormReport, FormRowReport } from '../../core/renja/report';
import { Language } from '../../core/settings';
import { percent } from '../../core/messages/format';
import { Strings } from '../strings';

export interface FormViewProps {
  form: FormReport;
  /** The form's sheet: findings are counted on its rows only. */
  sheet: string;
  findings: FindingReport[];
  lang: Language;
  strings: Strings;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexDirection: 'column', paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { overflowWrap: 'anywhere' },
  figure: { fontVariantNumeric: 'tabular-nums' },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, paddingTop: tokens.spacingVerticalXXS },
  footer: { display: 'flex', flexDirection: 'column', fontVariantNumeric: 'tabular-nums' },
});

interface Node {
  row: FormRowReport;
  children: Node[];
  /** Findings on the row's own sheet rows (its label row and its indicators' rows). */
  own: number;
  /** Findings on its descendants' rows. */
  below: number;
}

/** The rows as a tree by `parentRow`, with the findings counted per row and per subtree. */
function buildTree(form: FormReport, sheet: string, findings: FindingReport[]): Node[] {
  const perRow = new Map<number, number>();
  for (const f of findings) {
    const row = Number(/\d+$/.exec(f.cell)?.[0]);
    if (f.sheet === sheet && row) perRow.set(row, (perRow.get(row) ?? 0) + 1);
  }
  const byRow = new Map<number, Node>();
  for (const r of form.rows) {
    const rows = new Set([r.row, ...r.indicators.map((i) => i.row)]);
    byRow.set(r.row, { row: r, children: [], own: [...rows].reduce((n, x) => n + (perRow.get(x) ?? 0), 0), below: 0 });
  }
  const roots: Node[] = [];
  for (const r of form.rows) {
    const node = byRow.get(r.row)!;
    const parent = r.parentRow !== null ? byRow.get(r.parentRow) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const count = (n: Node): number => {
    n.below = n.children.reduce((s, c) => s + count(c), 0);
    return n.own + n.below;
  };
  roots.forEach(count);
  return roots;
}

const valueOf = (n: Node) => `row-${n.row.row}`;

/** Open at first: everything above the Programs, and everything under them (a Program opens with its Kegiatan and Sub Kegiatan shown). */
function initiallyOpen(roots: Node[]): Set<TreeItemValue> {
  const open = new Set<TreeItemValue>();
  const walk = (n: Node, depth: number) => {
    const closed = n.row.level === 'program' || (n.row.level === null && depth >= 2);
    if (n.children.length && !closed) open.add(valueOf(n));
    n.children.forEach((c) => walk(c, depth + 1));
  };
  roots.forEach((r) => walk(r, 0));
  return open;
}

export function FormView({ form, sheet, findings, lang, strings }: FormViewProps) {
  const styles = useStyles();
  const idPrefix = React.useId();
  const roots = React.useMemo(() => buildTree(form, sheet, findings), [form, sheet, findings]);
  // A new report (another run) starts from the initial view again.
  const [state, setState] = React.useState(() => ({ roots, open: initiallyOpen(roots) }));
  if (state.roots !== roots) setState({ roots, open: initiallyOpen(roots) });
  const openItems = state.roots === roots ? state.open : initiallyOpen(roots);
  const onOpenChange = (_: unknown, data: TreeOpenChangeData) => setState({ roots, open: new Set(data.openItems) });

  const none = strings.notComputed;
  const item = (n: Node): React.ReactElement => {
    const r = n.row;
    const value = valueOf(n);
    // A row is named by its own line, not by the rows nested in it (name from content would read them all).
    const lineId = `${idPrefix}-${value}`;
    const open = openItems.has(value);
    const branch = n.children.length > 0;
    const level = r.level ? strings.formLevel[r.level] : null;
    const named = r.indicators.filter((i) => i.name && i.name !== r.label);
    // Rows with one indicator, or indicators without a name of their own, show K beside Rp; others list each indicator.
    const ks = named.length > 1 ? [] : [...new Set(r.indicators.map((i) => `K ${percent(i.capaian, lang, none)}`))];
    const figures = [...ks, ...(r.capaianRp !== null ? [`Rp ${percent(r.capaianRp, lang, none)}`] : [])];
    return (
      <TreeItem key={value} value={value} itemType={branch ? 'branch' : 'leaf'} data-testid="form-row" data-level={r.level ?? ''} aria-labelledby={lineId}>
        <TreeItemLayout>
          {/* The spaces between the lines (ignored by the column layout) keep the words apart for screen readers. */}
          <span className={styles.row} id={lineId}>
            <Text size={200} weight="semibold">{[level, r.code].filter(Boolean).join(' ')}</Text>{' '}
            <Text size={200} className={styles.label}>{r.label}</Text>{' '}
            {named.length === 1 && <><Caption1 className={styles.label}>{named[0].name}</Caption1>{' '}</>}
            {named.length > 1 &&
              named.map((i) => (
                <React.Fragment key={i.row + i.name}>
                  <Caption1 className={mergeClasses(styles.label, styles.figure)}>{`${i.name} — K ${percent(i.capaian, lang, none)}`}</Caption1>{' '}
                </React.Fragment>
              ))}
            {figures.length > 0 && <><Caption1 className={styles.figure}>{figures.join(' · ')}</Caption1>{' '}</>}
            {(n.own > 0 || (n.below > 0 && !open)) && (
              <span className={styles.counts}>
                {n.own > 0 && <Badge color="important" appearance="filled">{strings.formRowFindings(n.own)}</Badge>}{' '}
                {/* A closed row's findings below it are counted too, so a closed Program hides none. */}
                {n.below > 0 && !open && <Badge color="informative" appearance="tint">{strings.formChildFindings(n.below)}</Badge>}
              </span>
            )}
          </span>
        </TreeItemLayout>
        {/* Long forms stay responsive: a closed branch's rows are not rendered at all until it is opened. */}
        {branch && open && <Tree>{n.children.map(item)}</Tree>}
      </TreeItem>
    );
  };

  const hasFooter = form.average !== null || form.statedAverage !== null || form.predicate !== null || form.statedPredicate !== null;
  return (
    <div className={styles.root} data-testid="form-view">
      <Caption1>{strings.formLegend}</Caption1>
      <Tree aria-label={strings.formTree(sheet)} openItems={openItems} onOpenChange={onOpenChange} size="small">
        {roots.map(item)}
      </Tree>
      {hasFooter && (
        <div className={styles.footer} data-testid="form-footer">
          <Text weight="semibold">{`${strings.formAverage}: ${percent(form.average, lang, none)}`}</Text>
          <Text weight="semibold">{`${strings.formPredicate}: ${form.predicate ?? none}`}</Text>
          {(form.statedAverage !== null || form.statedPredicate !== null) && (
            <Caption1>{`(${strings.formStated(percent(form.statedAverage, lang, none), form.statedPredicate)})`}</Caption1>
          )}
        </div>
      )}
    </div>
  );
}
