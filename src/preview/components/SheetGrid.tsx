import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { columnName } from '../../core/grid';
import { Language } from '../../core/settings';
import { MemorySheet } from '../../excel/memory/model';
import { displayValue } from '../display';

export interface SheetGridProps {
  sheet: MemorySheet;
  lang: Language;
  /** `A1` address of the selected cell, if on this sheet. */
  selected: string | null;
  notes: Map<string, string>;
  /** Redraws when the workbook changes. */
  version: number;
  /** The corner header's name for screen readers (a header cell is never empty). */
  corner?: string;
}

/** Rows past this are not drawn (the checks still see them). */
const MAX_ROWS = 3000;
/** Nor columns past this one (IV, the last of Excel 2003): one stray value in XFD would draw 16,384 per row. */
const MAX_COLS = 256;

const useStyles = makeStyles({
  scroller: { overflow: 'auto', flexGrow: 1, minHeight: 0, border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  head: { position: 'sticky', top: 0, background: tokens.colorNeutralBackground3, zIndex: 1, fontWeight: tokens.fontWeightSemibold },
  rowHead: { position: 'sticky', left: 0, background: tokens.colorNeutralBackground3, textAlign: 'right', paddingRight: '4px' },
  corner: { position: 'sticky', left: 0, top: 0, zIndex: 2, background: tokens.colorNeutralBackground3 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', maxWidth: '220px', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'top' },
  hidden: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

export function SheetGrid({ sheet, lang, selected, notes, version, corner = 'Baris / kolom' }: SheetGridProps) {
  const styles = useStyles();
  const selectedRef = React.useRef<HTMLTableCellElement | null>(null);
  const used = sheet.usedRange(false);
  React.useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [selected, version]);
  if (!used) return <div className={styles.scroller} />;
  const lastRow = Math.min(used.bottom, MAX_ROWS);
  const lastCol = Math.min(used.right + 1, MAX_COLS - 1);
  // Merged areas as drawn: cut to the rows and columns drawn (a merge over the whole sheet is 17 billion cells).
  const merged = new Map<string, { rows: number; cols: number } | null>();
  for (const m of sheet.merges) {
    if (m.top > lastRow || m.left > lastCol) continue;
    const bottom = Math.min(m.bottom, lastRow);
    const right = Math.min(m.right, lastCol);
    for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= right; c++) merged.set(`${r}:${c}`, null);
    merged.set(`${m.top}:${m.left}`, { rows: bottom - m.top + 1, cols: right - m.left + 1 });
  }
  const rows: number[] = [];
  for (let r = 0; r <= lastRow; r++) rows.push(r);
  const cols: number[] = [];
  for (let c = 0; c <= lastCol; c++) cols.push(c);
  return (
    <div className={styles.scroller} role="region" aria-label={sheet.name} tabIndex={0}>
      <table className={styles.table} role="grid" aria-label={sheet.name} data-version={version}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.cell, styles.corner)} scope="col"><span className={styles.hidden}>{corner}</span></th>
            {cols.map((c) => <th key={c} className={mergeClasses(styles.cell, styles.head)} scope="col">{columnName(c)}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th className={mergeClasses(styles.cell, styles.rowHead)} scope="row">{r + 1}</th>
              {cols.map((c) => {
                const span = merged.get(`${r}:${c}`);
                if (span === null) return null;
                const cell = sheet.cell(r, c);
                const address = `${columnName(c)}${r + 1}`;
                const isSelected = selected === address;
                const note = notes.get(`${sheet.name}!${address}`);
                const fill = cell && cell.fill.pattern !== 'None' ? cell.fill.color : undefined;
                return (
                  <td
                    key={c}
                    ref={isSelected ? selectedRef : undefined}
                    className={isSelected ? mergeClasses(styles.cell, styles.selected) : styles.cell}
                    style={fill ? { background: fill, color: '#000' } : undefined}
                    rowSpan={span?.rows}
                    colSpan={span?.cols}
                    data-cell={address}
                    data-fill={fill ?? ''}
                    aria-selected={isSelected}
                    title={note}
                  >
                    {cell ? displayValue(cell.value, cell.numberFormat, lang) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
