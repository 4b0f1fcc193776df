// A matched indicator's target, unit or annual realisation differs between tables (SPEC §5.6).
import { crossTableCheck } from './cross-table';

export default crossTableCheck('cross-table-mismatch', 'warning');
