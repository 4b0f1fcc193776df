// `npm run demo`: cermat on the bundled worked example, writing the recalculated copy. Findings are the point
// of the demo, so exit status 1 (errors found) counts as success here; 2 (could not run) does not.
import { join } from 'node:path';
import { run } from './run';

const root = join(__dirname, '..', '..');
const input = join('examples', 'lkj-dki-jakarta-2025.xlsx');
const output = join('examples', 'out', 'lkj-dki-jakarta-2025.checked.xlsx');
process.chdir(root);
run([input, '--out', output, ...process.argv.slice(2)], {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
}).then((code) => {
  if (code <= 1) process.stdout.write(`\nDemo selesai / demo done: buka ${output} di Excel atau LibreOffice untuk melihat nilai dan tanda.\n`);
  process.exitCode = code <= 1 ? 0 : code;
});
