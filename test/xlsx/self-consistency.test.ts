// A recalculated copy agrees with itself (found by a sweep of 2,176 workbooks: a new capaian column had joined two
// tables, a JUMLAH row's second mean had stayed wrong, a rate's cumulative capaian had been reported once written,
// a grade formula had kept its old result). For every fixture workbook: recalculate it (O1), read O1 again and
// recalculate it (O2). Then
// - O1 has the same tables (one wider only by the Capaian (%) column Cermat added) and forms;
// - no `*-mismatch` finding on O1 sits on a cell the first recalculation wrote;
// - O2's cells equal O1's: a second recalculation changes nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { a1 } from '../../src/core/grid';
import { buildWritePlan } from '../../src/core/plan';
import { analyseWorkbook, WorkbookAnalysis } from '../../src/core/workbook';
import { nodeCodec } from '../../src/xlsx/codec-node';
import { editsOf } from '../../src/xlsx/edits';
import { patchXlsx } from '../../src/xlsx/patch';
import { readXlsx } from '../../src/xlsx/read';

const ROOT = join(__dirname, '..', 'fixtures');
function workbooks(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'real-world' ? [] : workbooks(path); // (copies in renja/)
    return name.endsWith('.xlsx') ? [path] : [];
  });
}

function recalculate(bytes: Uint8Array) {
  const { grid, pkg } = readXlsx(bytes, nodeCodec);
  const analysis = analyseWorkbook(grid);
  const plan = buildWritePlan(grid, analysis, 'id');
  const { edits, columns } = editsOf(grid, analysis, plan);
  return { grid, analysis, plan, out: patchXlsx(pkg, edits, columns) };
}

const tablesOf = (a: WorkbookAnalysis) => a.tables.map((t) => ({ sheet: t.layout.sheet, top: t.layout.headerTop, left: t.layout.left, bottom: t.layout.bottom, right: t.layout.right, added: t.capaianColumn?.isNew ?? false }));
const formsOf = (a: WorkbookAnalysis) => a.forms.map((f) => `${f.layout.sheet}!${a1(f.layout.headerTop, f.layout.left)}`);

describe.each(workbooks(ROOT).map((f) => [relative(ROOT, f), f]))('%s recalculated, then read and recalculated again', (_, file) => {
  const first = recalculate(readFileSync(file));
  const second = recalculate(first.out);

  it('has the same tables and forms', () => {
    const before = tablesOf(first.analysis);
    const after = tablesOf(second.analysis);
    expect(after.map((t) => [t.sheet, t.top, t.left, t.bottom])).toEqual(before.map((t) => [t.sheet, t.top, t.left, t.bottom]));
    after.forEach((t, i) => expect(t.right).toBe(before[i].right + (before[i].added ? 1 : 0)));
    expect(formsOf(second.analysis)).toEqual(formsOf(first.analysis));
  });

  it('reports no mismatch on a cell it wrote', () => {
    const written = new Set(first.plan.writes.map((w) => `${w.sheet}!${w.address}`));
    expect(second.analysis.findings.filter((f) => /-mismatch$/.test(f.code) && written.has(`${f.sheet}!${f.cell}`)).map((f) => `${f.code}@${f.sheet}!${f.cell}`)).toEqual([]);
  });

  it('changes nothing the second time', () => {
    const { grid } = readXlsx(second.out, nodeCodec);
    const cells = (g: typeof grid) => g.sheets.map((s) => s.cells.map((r) => r?.map((c) => (c ? [c.value, c.formula ?? null] : null))));
    expect(cells(grid)).toEqual(cells(second.grid));
  });
});
