// `npm test`'s first step: lint and typecheck side by side (each uses one core; run one after the other they left the
// second core idle for their whole time). Both outputs are printed; the step fails if either fails.
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const steps = [
  { name: 'lint', cmd: bin('eslint'), args: ['src', 'test'] },
  { name: 'typecheck', cmd: bin('tsc'), args: ['-p', 'tsconfig.json', '--noEmit'] },
];

Promise.all(
  steps.map(
    (s) =>
      new Promise((resolve) => {
        let out = '';
        const child = spawn(s.cmd, s.args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('error', (e) => resolve({ ...s, code: 1, out: String(e) }));
        child.on('close', (code) => resolve({ ...s, code: code ?? 1, out }));
      }),
  ),
).then((results) => {
  for (const r of results) {
    process.stdout.write(`> ${r.name}: ${r.code === 0 ? 'ok' : `failed (exit ${r.code})`}\n`);
    if (r.out.trim()) process.stdout.write(r.out.endsWith('\n') ? r.out : r.out + '\n');
  }
  process.exit(results.every((r) => r.code === 0) ? 0 : 1);
});
