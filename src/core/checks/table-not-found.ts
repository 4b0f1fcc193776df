// No recognisable table on the sheet (add-in) or in the workbook (CLI): say which labels were looked for.
import { FindingData } from '../findings';

export const LOOKED_FOR = ['Indikator Kinerja', 'Target', 'Realisasi / Triwulan I–IV / Tahunan', 'Pagu + Realisasi (Anggaran)'];

export const code = 'table-not-found' as const;
export const severity = 'warning' as const;

export function tableNotFoundData(sheets: string[]): FindingData {
  return { lookedFor: LOOKED_FOR, sheets };
}
