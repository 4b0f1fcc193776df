// SPEC §11, the evaluation form: the check itself is src/core/renja/checks/formula-constant.ts; registered here as a workbook check over the forms found.
import { formCheck } from '../renja/registry';

export default formCheck('formula-constant', 'warning');
