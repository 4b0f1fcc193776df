// An indicator matched to the other table only by a close name (`SISCO`/`SSKO`).
import { crossTableCheck } from './cross-table';

export default crossTableCheck('indicator-name-differs', 'info');
