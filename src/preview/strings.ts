// The preview page's own words (its toolbar, progress and messages): Indonesian first, English when the planner
// picks it, in the toolbar or in the pane's Pengaturan. The pane's words are in src/taskpane/strings.ts.
import { Language } from '../core/settings';

const id = {
  title: 'Cermat — pratinjau',
  pageTitle: 'Cermat — pratinjau tanpa Excel',
  toolbar: 'Berkas',
  openFile: 'Buka file .xlsx…',
  fileInput: 'Buka file .xlsx',
  openExample: 'Buka contoh',
  download: 'Unduh hasil',
  language: 'Bahasa',
  languages: { id: 'Bahasa Indonesia', en: 'English' } as Record<Language, string>,
  privacy: 'Tidak ada yang dikirim ke mana pun: file dibaca dan diperiksa di peramban ini.',
  opening: 'Membuka file…',
  readingStrings: 'Membaca teks bersama…',
  readingSheet: (n: number, total: number) => `Membaca lembar ${n} dari ${total}…`,
  progress: (name: string) => `Membuka ${name}`,
  unreadable: 'bukan buku kerja .xlsx yang dapat dibaca',
  exampleFailed: 'contoh tidak dapat dimuat',
  cannotSave: (why: string) => `tidak dapat menyimpan salinan (${why})`,
  sheets: 'Lembar kerja',
  corner: 'Baris / kolom',
  start: 'Buka file .xlsx LKj Anda atau contoh bawaan, lalu tekan “Hitung ulang capaian” di panel Cermat.',
};

export type PreviewStrings = typeof id;

const en: PreviewStrings = {
  title: 'Cermat — preview',
  pageTitle: 'Cermat — preview without Excel',
  toolbar: 'File',
  openFile: 'Open .xlsx file…',
  fileInput: 'Open .xlsx file',
  openExample: 'Open example',
  download: 'Download result',
  language: 'Language',
  languages: { id: 'Bahasa Indonesia', en: 'English' },
  privacy: 'Nothing is sent anywhere: the file is read and checked in this browser.',
  opening: 'Opening the file…',
  readingStrings: 'Reading shared strings…',
  readingSheet: (n, total) => `Reading sheet ${n} of ${total}…`,
  progress: (name) => `Opening ${name}`,
  unreadable: 'not a readable .xlsx workbook',
  exampleFailed: 'the example could not be loaded',
  cannotSave: (why) => `cannot save the copy (${why})`,
  sheets: 'Worksheets',
  corner: 'Row / column',
  start: 'Open your LKj .xlsx file or the bundled example, then press “Recalculate capaian” in the Cermat pane.',
};

export const PREVIEW_STRINGS: Record<Language, PreviewStrings> = { id, en };
