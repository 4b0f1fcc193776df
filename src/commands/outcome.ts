// The one-line outcome the ribbon command shows: counts of errors and warnings, and what was written.
import { Language } from '../core/settings';
import { CermatRun } from '../excel/cermat';

export function outcomeText(run: CermatRun, lang: Language): string {
  const s = run.report.summary;
  const w = run.applied?.written ?? 0;
  const locked = run.applied?.protectedSheets ?? [];
  if (lang === 'en') {
    return `Cermat: ${s.tables} tables, ${s.errors} errors, ${s.warnings} warnings. ${w} cells recalculated.` + (locked.length ? ` Protected, unchanged: ${locked.join(', ')}.` : '') + ' Open the Cermat pane for details.';
  }
  return `Cermat: ${s.tables} tabel, ${s.errors} galat, ${s.warnings} peringatan. ${w} sel dihitung ulang.` + (locked.length ? ` Diproteksi, tidak diubah: ${locked.join(', ')}.` : '') + ' Buka Panel Cermat untuk rinciannya.';
}
