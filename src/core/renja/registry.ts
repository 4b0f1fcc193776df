// The form's findings as the project's one check registry takes them: each SPEC §11 code is a workbook check over
// the forms found (src/core/checks/<code>.ts); the §5 codes the form shares with LKj tables (value-error,
// target-zero, rollup-mismatch, …) come with the form's analysis (formSharedFindings), since those codes' registered
// checks read LKj tables. The form's checks run once per form; each code takes its own findings.
import { FindingCode, Finding, Severity } from '../findings';
import { WorkbookCheck } from '../checks/check';
import { FormAnalysis } from './analyse';
import { checkForm, FormFinding } from './checks';
import { FORM_FINDING_CODES, FormFindingCode } from './findings';

const cache = new WeakMap<FormAnalysis, FormFinding[]>();

export function formFindings(form: FormAnalysis): FormFinding[] {
  let found = cache.get(form);
  if (!found) {
    found = checkForm(form);
    cache.set(form, found);
  }
  return found;
}

/** The registered check of one of the form's own codes. */
export function formCheck<C extends FormFindingCode & FindingCode>(code: C, severity: Severity): WorkbookCheck<C> {
  return {
    code,
    severity,
    workbook: true,
    check(wb, ctx) {
      for (const form of wb.forms) {
        if (!wb.scope.includes(form.layout.sheet)) continue;
        for (const f of formFindings(form)) if (f.code === code) ctx.report(f.sheet, f.cell, f.data as Parameters<typeof ctx.report>[2]);
      }
    },
  };
}

/** The form's findings under the §5 codes it shares with LKj tables. */
export function formSharedFindings(form: FormAnalysis): Finding[] {
  return formFindings(form).filter((f) => !(FORM_FINDING_CODES as string[]).includes(f.code) || f.code === 'rollup-mismatch') as Finding[];
}
