// The one-line outcome the ribbon command shows: counts of errors and warnings, and what was written.
import { Language } from '../core/settings';
import { CermatRun } from '../excel/cermat';

export function outcomeText(run: CermatRun, lang: Language): string {
  const s = run.report.summary;
  const w = run.applied?.written ?? 0;
  const locked = run.applied?.protectedSheets ?? [];
  // The history of corrections: the errors a recalculation corrected are counted, not silently gone.
  const corrected = run.applied?.corrections ?? 0;
  if (lang === 'en') {
    return `Cermat: ${s.tables} tables, ${s.errors} errors, ${s.warnings} warnings. ${w} cells recalculated.` + (corrected ? ` ${corrected} cells corrected (stated → computed, in their notes).` : '') +
      (locked.length ? ` Protected, unchanged: ${locked.join(', ')}.` : '') + ' Open the Cermat pane for details.';
  }
  return `Cermat: ${s.tables} tabel, ${s.errors} kesalahan, ${s.warnings} peringatan. ${w} sel dihitung ulang.` + (corrected ? ` ${corrected} sel dikoreksi (tertulis → hasil hitung, di catatannya).` : '') +
    (locked.length ? ` Diproteksi, tidak diubah: ${locked.join(', ')}.` : '') + ' Buka Panel Cermat untuk rinciannya.';
}
