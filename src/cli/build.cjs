// `npm run build:cli` (`node src/cli/build.cjs [--outdir DIR]`): the command, the demo and the bench, each bundled
// by esbuild into one file under build/ (or DIR: the tests build the current source into a directory of their own).
// One file loads in one read and one compile: no module resolution over dozens of files at every start (the
// start-up is a fixed share of every `cermat` run, and of the issue-13 bench). Types are checked by `npm run
// typecheck` (part of `npm test`); esbuild only strips them. Packages stay outside the bundle (ExcelJS is the
// bench's yardstick and must load as itself).
const { buildSync } = require('esbuild');
const { chmodSync, rmSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = join(__dirname, '..', '..');
const at = process.argv.indexOf('--outdir');
const out = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : join(root, 'build');
rmSync(out, { recursive: true, force: true });
const entries = [
  ['src/cli/bin.ts', 'cli/bin.js'],
  ['src/cli/demo.ts', 'cli/demo.js'],
  ['src/bench/bench.ts', 'bench/bench.js'],
];
try {
  for (const [from, to] of entries) {
    buildSync({
      entryPoints: [join(root, from)],
      outfile: join(out, to),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      sourcemap: 'linked',
      logLevel: 'warning',
    });
  }
  chmodSync(join(out, 'cli', 'bin.js'), 0o755);
} catch {
  // esbuild has printed what failed, with file and line.
  process.exitCode = 1;
}
