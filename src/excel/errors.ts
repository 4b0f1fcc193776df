// Office errors into one sentence a planner can act on (Indonesian first, English on request).
import { Language } from '../core/settings';
import { SyncTimeoutError } from './sync';

const TEXT: Record<string, Record<Language, string>> = {
  timeout: { id: 'Excel tidak menjawab dalam {s} detik. Coba lagi; jika berulang, simpan dan buka ulang buku kerja.', en: 'Excel did not answer within {s} s. Try again; if it repeats, save and reopen the workbook.' },
  AccessDenied: { id: 'Lembar kerja diproteksi; buka proteksinya (Tinjau → Buka Proteksi Lembar) lalu coba lagi.', en: 'The worksheet is protected; unprotect it (Review → Unprotect Sheet) and try again.' },
  InvalidOperationInCellEditMode: { id: 'Excel sedang dalam mode edit sel. Tekan Enter atau Esc, lalu coba lagi.', en: 'Excel is in cell-edit mode. Press Enter or Esc, then try again.' },
  RequestPayloadSizeLimitExceeded: { id: 'Buku kerja terlalu besar untuk dikirim sekaligus ke Excel di web.', en: 'The workbook is too large to send to Excel on the web in one request.' },
  ResponsePayloadSizeLimitExceeded: { id: 'Buku kerja terlalu besar untuk dibaca sekaligus oleh Excel di web.', en: 'The workbook is too large for Excel on the web to read in one request.' },
  ItemNotFound: { id: 'Lembar atau sel yang dicari sudah tidak ada (mungkin dihapus atau diganti nama). Periksa ulang.', en: 'A sheet or cell is no longer there (deleted or renamed?). Check again.' },
  UndoNotSupported: { id: 'Excel tidak dapat menggabungkan langkah ini untuk Undo; pakai tombol Batalkan di panel Cermat.', en: 'Excel cannot group this step for Undo; use the Batalkan (undo) button in the Cermat pane.' },
  SheetHidden: { id: 'Sel ini ada di lembar tersembunyi; tampilkan lembarnya dulu (klik kanan tab lembar → Tampilkan).', en: 'This cell is on a hidden sheet; unhide the sheet first (right-click a sheet tab → Unhide).' },
  UndoTooLarge: { id: 'Catatan Batalkan untuk perhitungan ini melebihi batas pengaturan dokumen (2 MB), jadi tidak ada yang ditulis. Periksa tabel per lembar atau kurangi baris.', en: 'The undo record of this recalculation exceeds the document settings limit (2 MB), so nothing was written. Check the tables sheet by sheet or with fewer rows.' },
  SettingsTooLarge: { id: 'Pengaturan dokumen melebihi batasnya (2 MB); tekan Hapus tanda lalu coba lagi.', en: 'The document settings exceed their limit (2 MB); press Clear marks and try again.' },
  WorkbookProtected: { id: 'Struktur buku kerja diproteksi, jadi lembar tidak dapat ditambah atau dihapus. Buka proteksinya (Tinjau → Proteksi Buku Kerja) lalu coba lagi.', en: 'The workbook structure is protected, so no sheet can be added or removed. Unprotect it (Review → Protect Workbook) and try again.' },
  ItemAlreadyExists: { id: 'Sudah ada lembar dengan nama itu. Coba lagi; Cermat akan memilih nama lain.', en: 'A sheet with that name already exists. Try again; Cermat will pick another name.' },
  generic: { id: 'Cermat tidak dapat menyelesaikan perintah: {m}', en: 'Cermat could not finish: {m}' },
};

/** The `code` an Office error (or one of Cermat's) carries, '' when it has none. */
export function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

export function describeError(e: unknown, lang: Language): string {
  if (e instanceof SyncTimeoutError) return TEXT.timeout[lang].replace('{s}', String(e.seconds));
  const code = errorCode(e);
  if (TEXT[code]) return TEXT[code][lang];
  const message = e instanceof Error ? e.message : String(e);
  return TEXT.generic[lang].replace('{m}', message.split('\n')[0]);
}
