// What `table-not-found` means, why a reviewer cares, how to fix it, an example (`cermat --explain table-not-found`).
import type { HelpPair } from './help';

const help: HelpPair = {
  id: {
    title: 'Tabel tidak dikenali',
    meaning: 'Cermat tidak menemukan baris judul kolom yang dikenalinya: baris yang memuat judul Indikator dan Target (tabel capaian), atau Pagu dan Realisasi (tabel anggaran). Di add-in yang dicari adalah lembar aktif; di CLI seluruh buku kerja. Tidak ada yang diperiksa atau dihitung.',
    why: 'Tanpa tabel yang dikenali tidak ada yang diperiksa; “tidak ada galat” di sini tidak berarti tabelnya benar.',
    fix: 'Buka lembar yang berisi tabel, lalu pastikan judul kolomnya memakai label yang lazim: “Indikator Kinerja”, “Target”, “Realisasi”, “Capaian (%)”, atau untuk anggaran “Pagu”, “Realisasi”, “%”. Judul boleh 1–3 baris dengan sel gabung.',
    example: 'Lembar “Lampiran” hanya berisi narasi, atau judul kolomnya “Sasaran | Ukuran | Rencana | Hasil”: Indikator dan Target tidak ditemukan.',
  },
  en: {
    title: 'No table recognised',
    meaning: 'Cermat found no header row it knows: a row with Indikator and Target labels (capaian table) or Pagu and Realisasi labels (budget table). The add-in looks at the active sheet, the CLI at the whole workbook. Nothing was checked or computed.',
    why: 'With no table recognised nothing is checked; “no errors” here does not mean the table is right.',
    fix: 'Open the sheet that holds the table and make sure its header uses the usual labels: “Indikator Kinerja”, “Target”, “Realisasi”, “Capaian (%)”, or for budgets “Pagu”, “Realisasi”, “%”. Headers may span 1–3 rows with merged cells.',
    example: 'A sheet “Lampiran” holds only narrative text, or its header reads “Sasaran | Ukuran | Rencana | Hasil”: no Indikator or Target is found.',
  },
};
export default help;
