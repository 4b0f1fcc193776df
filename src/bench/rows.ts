/**
 * n indicators: half in a Tabel II.1-like sheet (a typical mix of units and notations), the same half in a II.15-like
 * one: the rows, header rows first, that the generator writes to .xlsx and the lower-bound test reads as a grid.
 */
export function benchRows(n: number): { capaian: (string | number | null)[][]; budget: (string | number | null)[][] } {
  const capaian: (string | number | null)[][] = [
    ['No', 'Sasaran Strategis', 'Indikator Kinerja Utama', 'Target Tahun 2025', 'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', 'Tahunan 2025', 'Capaian (%)'],
  ];
  const budget: (string | number | null)[][] = [
    ['No', 'Sasaran Strategis', 'IKU', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Anggaran (Rp)', 'Kinerja', 'Kinerja', 'Kinerja', 'Kinerja'],
    ['No', 'Sasaran Strategis', 'IKU', 'Pagu', 'Realisasi', '%', 'Target', 'Realisasi', '%', 'Rata-rata Capaian (%)'],
  ];
  for (let i = 1; i <= n / 2; i++) {
    const kind = i % 4;
    const first = i % 5 === 1;
    const row: (string | number | null)[] =
      kind === 0 ? [i, `Sasaran ${Math.ceil(i / 3)}`, `Jumlah layanan ${i}`, `${1000 + i} orang`, '1.250 orang', '2.000 orang', '500 orang', `${i % 700} orang`, `${3750 + (i % 700)} orang`, null]
        : kind === 1 ? [i, null, `Persentase ${i}`, '80%', '50%', '60,5%', '70%', '85%', '85%', '106,25%']
          : kind === 2 ? [i, null, `Nilai ${i}`, '75', '-', '-', '-', '78', '78', 1.04]
            : [i, null, `Dokumen ${i}`, '12 dokumen', 3, 3, 3, 3, '12 dokumen', '100%'];
    capaian.push(row);
    budget.push([first ? Math.ceil(i / 5) : null, first ? `Kegiatan ${Math.ceil(i / 5)}` : null, row[2], first ? 7022542000 : null, first ? 6738712639 : null, first ? '95.96%' : null, row[3], row[8], row[9], i % 5 === 3 ? '150,5%' : null]);
  }
  return { capaian, budget };
}
