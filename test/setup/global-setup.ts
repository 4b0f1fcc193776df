// Jest global setup: one directory for this run's builds, and each build a selected test file asks for (see
// test/helpers/builds.ts) started once, here, in the background: the production add-in build serves both
// test/addin/build.test.ts and the end-to-end tests, and runs beside the other tests, which the sequencer puts
// first. A failed build does not stop the run: the test files that use it fail with its log. No time limit.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BuildKind, nameRunDirectory, runBuild, runDirectory, RUNS_DIRECTORY } from '../helpers/builds';

const STALE_MS = 12 * 60 * 60 * 1000;
const KINDS: BuildKind[] = ['addin', 'cli'];

export default async function globalSetup(): Promise<void> {
  removeStaleRuns();
  nameRunDirectory();
  // Named by test/setup/sequencer.cjs; without it (another sequencer), everything is built.
  const named = process.env.CERMAT_BUILDS_NEEDED;
  const needed = named === undefined ? KINDS : KINDS.filter((k) => named.split(',').includes(k));
  if (needed.length === 0) return;
  const run = runDirectory();
  process.stderr.write(`\ncermat tests: building ${needed.join(' and ')} from the current source, beside the tests that need no build\n`);
  // Not awaited: the tests that use a build wait for it; the timing reporter prints how long each took.
  for (const kind of needed) void runBuild(kind, run);
}

/** Run directories an interrupted run (Ctrl-C, a killed CI job) left behind. */
function removeStaleRuns(): void {
  const base = RUNS_DIRECTORY;
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return;
  }
  for (const name of names) {
    const dir = join(base, name);
    try {
      if (Date.now() - statSync(dir).mtimeMs > STALE_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another run removed it meanwhile.
    }
  }
}
