// Jest global setup: one directory for this run's builds, and each build a selected test file asks for (see
// test/helpers/builds.ts) made once, here, before the tests: the production add-in build serves both
// test/addin/build.test.ts and the end-to-end tests. A failed build does not stop the run: the test files that
// use it fail with its log. The builds run side by side, as child processes, with no time limit.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Build, BUILD_CALLS, BuildKind, ROOT, runBuild, runDirectory } from '../helpers/builds';

const STALE_MS = 12 * 60 * 60 * 1000;

export default async function globalSetup(): Promise<void> {
  removeStaleRuns();
  const run = runDirectory();
  const files = selectedTestFiles();
  const needed = (Object.keys(BUILD_CALLS) as BuildKind[]).filter((kind) =>
    files === null || files.some((f) => BUILD_CALLS[kind].test(readFileSync(f, 'utf8'))));
  if (needed.length === 0) return;
  const started = Date.now();
  process.stderr.write(`\ncermat tests: building ${needed.join(' and ')} from the current source…\n`);
  const builds: Build[] = await Promise.all(needed.map((kind) => runBuild(kind, run)));
  for (const b of builds) process.stderr.write(`cermat tests: ${b.kind} build ${b.ok ? 'done' : 'FAILED'} in ${b.seconds.toFixed(1)} s\n`);
  process.stderr.write(`cermat tests: builds ready after ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/** The test files of this run, as test/setup/sequencer.cjs saw them; null when it did not run (build everything). */
function selectedTestFiles(): string[] | null {
  const list = process.env.CERMAT_TEST_FILES;
  return list ? (JSON.parse(list) as string[]) : null;
}

/** Run directories an interrupted run (Ctrl-C, a killed CI job) left behind. */
function removeStaleRuns(): void {
  const base = join(ROOT, 'node_modules', '.cache', 'cermat-test');
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
