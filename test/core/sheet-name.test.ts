// Excel's sheet-name rules (one copy for the .xlsx writer and the in-memory Excel host), rule by rule.
import { isSheetNameTaken, sheetNameProblem } from '../../src/core/sheet-name';

describe('sheetNameProblem', () => {
  it.each([
    ['Temuan Cermat', null],
    ['Temuan Cermat (2)', null],
    ['x'.repeat(31), null],
    ["Kinerja 'B' 2025", null],
    ['', /cannot be blank/],
    ['   ', /cannot be blank/],
    ['x'.repeat(32), /1 to 31 characters: .* has 32/],
    ['Tabel [II]', /none of \[ \] : \* \? \/ \\/],
    ['2025/2026', /none of/],
    ['Q1:Q2', /none of/],
    ["'Kinerja", /apostrophe/],
    ["Kinerja'", /apostrophe/],
    ['History', /reserved/],
    ['HISTORY', /reserved/],
  ])('%j → %s', (name, expected) => {
    const problem = sheetNameProblem(name);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('refuses a name another sheet has in any letter case', () => {
    expect(sheetNameProblem('tabel ii.15', ['Tabel II.1', 'Tabel II.15'])).toBe('the workbook already has a sheet "tabel ii.15"');
    expect(sheetNameProblem('Tabel II.16', ['Tabel II.1', 'Tabel II.15'])).toBeNull();
    expect(isSheetNameTaken('TEMUAN CERMAT', ['Temuan Cermat'])).toBe(true);
    expect(isSheetNameTaken('Temuan Cermat (2)', ['Temuan Cermat'])).toBe(false);
    expect(sheetNameProblem(undefined)).toMatch(/blank/);
  });
});
