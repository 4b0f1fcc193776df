// Excel's rules for a sheet's name, one copy for every place that names a sheet: the .xlsx writer (the findings
// sheet of `--out`) and the in-memory Excel host that stands in for Excel in the tests.

/**
 * Why Excel refuses a new sheet name, or null: blank, longer than 31 characters, any of `[ ] : * ? / \`, an
 * apostrophe first or last, `History` (reserved), or the name of another sheet in any letter case ("Rename a
 * worksheet", Excel help; the same rules are listed by the xlsx libraries, e.g. docs.devexpress.com
 * "Worksheet.Name": "must not exceed 31 characters … must not contain … / ? : * [ or ] … must not be an empty string").
 */
export function sheetNameProblem(name: unknown, existing: readonly string[] = []): string | null {
  if (typeof name !== 'string' || name.trim() === '') return 'a sheet name cannot be blank';
  if (name.length > 31) return `a sheet name has 1 to 31 characters: "${name}" has ${name.length}`;
  if (/[[\]:*?/\\]/.test(name)) return `a sheet name holds none of [ ] : * ? / \\: "${name}"`;
  if (name.startsWith("'") || name.endsWith("'")) return `a sheet name neither starts nor ends with an apostrophe: "${name}"`;
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel';
  if (isSheetNameTaken(name, existing)) return `the workbook already has a sheet "${name}"`;
  return null;
}

/** Another sheet has the name, in any letter case (Excel's names are case-insensitive). */
export function isSheetNameTaken(name: string, existing: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return existing.some((s) => s.toLowerCase() === lower);
}
