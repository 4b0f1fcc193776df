// An indicator in one table but not the other; the message names the indicator and the table it is missing from.
import { crossTableCheck } from './cross-table';

export default crossTableCheck('indicator-unmatched', 'info');
