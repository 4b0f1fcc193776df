// Quarter names as printed in LKj tables.
export const QUARTER_NAMES = ['I', 'II', 'III', 'IV'];
