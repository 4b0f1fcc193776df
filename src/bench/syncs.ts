// `npm run bench` (and `node build/bench/syncs.js` alone): the add-in's round trips to Excel per operation —
// read (Periksa saja), recalculate, a second recalculate after the user changed a realisation, undo (Batalkan)
// twice, clear (Hapus tanda) — for 50 and 10,000 indicators, on the in-memory host at Excel on the web's limits
// (5 MB per request and response, 2 MB of document settings), with the largest request and response of each and
// the time the host took; then whether every cell came back exactly (value, type, format, fill, note) and every
// sync stayed under the limits. This is the 10,000-indicator proof of SPEC §13 (too slow for the test suite).
import { clear, runCermat, undo } from '../excel/cermat';
import { MemoryHost } from '../excel/memory/host';
import { MemoryWorkbook } from '../excel/memory/model';
import { withDefaults } from '../core/settings';
import { Grid } from '../core/grid';
import { benchRows } from './rows';

function workbook(n: number): MemoryWorkbook {
  const { capaian, budget } = benchRows(n);
  const sheet = (name: string, rows: (string | number | null)[][]) => ({ name, cells: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))), merges: [] as Grid['sheets'][number]['merges'] });
  const grid: Grid = { sheets: [sheet('Tabel II.1', capaian), sheet('Tabel II.15', budget)] };
  grid.sheets[1].merges = [{ top: 0, left: 3, bottom: 0, right: 5 }, { top: 0, left: 6, bottom: 0, right: 9 }];
  return MemoryWorkbook.fromGrid(grid);
}

export interface SyncRow {
  indicators: number;
  operation: string;
  syncs: number;
  maxRequest: number;
  maxResponse: number;
  ms: number;
}

export async function measureSyncs(n: number): Promise<{ rows: SyncRow[]; exact: boolean; underLimits: boolean; settingsBytes: number }> {
  const host = new MemoryHost(workbook(n), { sets: { ExcelApi: '1.20' }, language: 'id-ID' });
  const original = host.book.snapshot();
  const sheet = host.book.sheet('Tabel II.1')!;
  const edited = sheet.cell(2, 8)!.value;
  const settings = withDefaults();
  const rows: SyncRow[] = [];
  const step = async (operation: string, f: () => Promise<unknown>) => {
    const from = host.contexts.length;
    const t0 = performance.now();
    await f();
    const ms = performance.now() - t0;
    const payloads = host.contexts.slice(from).flatMap((c) => c.payloads);
    rows.push({
      indicators: n, operation, ms,
      syncs: payloads.length,
      maxRequest: Math.max(...payloads.map((p) => p.request)),
      maxResponse: Math.max(...payloads.map((p) => p.response)),
    });
  };
  await step('read (Periksa saja)', () => runCermat(host, 'check', settings));
  await step('recalculate (Hitung ulang)', () => runCermat(host, 'recalculate', settings));
  const settingsBytes = host.settingsBytes();
  sheet.edit(2, 8).value = '1 orang';
  await step('recalculate again', () => runCermat(host, 'recalculate', settings));
  await step('undo (Batalkan)', () => undo(host));
  await step('undo again', () => undo(host));
  await step('clear (Hapus tanda)', () => clear(host));
  sheet.edit(2, 8).value = edited;
  const underLimits = host.contexts.every((c) => c.payloads.every((p) => p.request <= host.payloadLimit && p.response <= host.payloadLimit)) && host.settingsBytes() <= host.settingsLimit;
  return { rows, exact: host.book.snapshot() === original, underLimits, settingsBytes };
}

export async function printSyncs(sizes = [50, 10000]): Promise<void> {
  const kb = (b: number) => (b / 1024).toFixed(0) + ' KB';
  console.log(['indicators', 'operation', 'syncs', 'largest request', 'largest response', 'host ms'].join('\t'));
  const checks: string[] = [];
  for (const n of sizes) {
    const m = await measureSyncs(n);
    for (const r of m.rows) console.log([r.indicators, r.operation, r.syncs, kb(r.maxRequest), kb(r.maxResponse), r.ms.toFixed(0)].join('\t'));
    checks.push(`${n} indicators: every cell back exactly: ${m.exact ? 'yes' : 'NO'}; every sync and the settings under the limits: ${m.underLimits ? 'yes' : 'NO'}; `
      + `undo record and marks after one recalculation: ${kb(m.settingsBytes)} of the document settings`);
    if (!m.exact || !m.underLimits) process.exitCode = 1;
  }
  for (const c of checks) console.log(c);
  console.log('Syncs: round trips to Excel (context.sync) on the in-memory host at 5 MB per request/response (src/excel/memory).');
}

if (require.main === module) {
  printSyncs().catch((e) => {
    console.error(`bench:syncs: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  });
}
