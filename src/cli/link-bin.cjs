// Run by `npm ci`/`npm install` (prepare): makes node_modules/.bin/cermat point at this checkout's build,
// so `npx cermat` and scripts that look for the binary find it without a global install.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const binDir = path.join(root, 'node_modules', '.bin');
const target = path.join(root, 'build', 'cli', 'bin.js');
const link = path.join(binDir, 'cermat');
if (fs.existsSync(target) && fs.existsSync(path.join(root, 'node_modules'))) {
  fs.mkdirSync(binDir, { recursive: true });
  fs.chmodSync(target, 0o755);
  try { fs.unlinkSync(link); } catch { /* not there yet */ }
  fs.symlinkSync(path.relative(binDir, target), link);
}
