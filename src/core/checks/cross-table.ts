// Across tables of one workbook (SPEC §5.6): agreement ↔ realisation tables, by indicator name.
import { TableAnalysis } from '../compute/model';
import { Finding } from '../findings';
import { Settings } from '../settings';

export function crossTableFindings(_tables: TableAnalysis[], _settings: Settings): Finding[] {
  return [];
}
