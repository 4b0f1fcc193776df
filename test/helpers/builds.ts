// The builds the tests run, made from the current source at test time, never taken from build/ or dist/.
// Jest's global setup (test/setup/global-setup.ts) starts each one once per run, in the background while the other
// tests run, for the test files that call addinBuild() or cliBuild() (test/setup/sequencer.cjs finds them and
// runs them last); those calls wait for it. A test file it did not see (or a run without it) builds here on first
// use instead. Builds run as child processes (async, no time limit); they land in a directory of this run under
// node_modules/.cache/ (so the CLI resolves its dependencies), removed by the global teardown.
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = join(__dirname, '..', '..');
/** The production address the add-in is built for in the tests (build.test.ts checks the manifest against it). */
export const TEST_ADDIN_URL = 'https://cermat.example.go.id/lkj';

export type BuildKind = 'addin' | 'cli';

export interface Build {
  kind: BuildKind;
  ok: boolean;
  /** The output directory: dist's content for the add-in; build's for the CLI (bin at cli/bin.js). */
  dir: string;
  /** The build's own output, stdout and stderr interleaved. */
  log: string;
  seconds: number;
}

const COMMANDS: Record<BuildKind, (out: string) => { args: string[]; env?: Record<string, string> }> = {
  addin: (out) => ({
    args: [join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production', '--output-path', out],
    env: { ADDIN_URL: TEST_ADDIN_URL },
  }),
  cli: (out) => ({ args: [join(ROOT, 'src/cli/build.cjs'), '--outdir', out] }),
};

const CACHE = join(ROOT, 'node_modules', '.cache', 'cermat-test');

/**
 * The directory of this run's builds, made on first use: the global setup names it in CERMAT_TEST_RUN (so the
 * test files, in whatever process, find it, and the teardown removes it); a run without it gets one named here.
 */
export function runDirectory(): string {
  const dir = (process.env.CERMAT_TEST_RUN ??= join(CACHE, `run-${process.pid}-${Date.now()}`));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Names this run's directory without making it: a run that builds nothing leaves nothing behind. */
export function nameRunDirectory(): void {
  process.env.CERMAT_TEST_RUN = join(CACHE, `run-${process.pid}-${Date.now()}`);
}

/** The directory all runs' directories are in. */
export const RUNS_DIRECTORY = CACHE;

/** The builders running in this process, shared by the global setup and teardown (one module instance or not). */
const running: Set<ChildProcess> = ((globalThis as Record<symbol, unknown>)[Symbol.for('cermat.builds')] ??= new Set<ChildProcess>()) as Set<ChildProcess>;
let exitHookSet = false;

/** Stops the builds still running (a run that ended before its builds did). */
export function stopBuilds(): void {
  for (const c of running) c.kill('SIGKILL');
}

/**
 * Runs one build into <run>/<kind> and records the result in <run>/<kind>.json for the test files; meanwhile
 * <run>/<kind>.pending tells them to wait for it. The .json is written however the build ends.
 */
export function runBuild(kind: BuildKind, run = runDirectory()): Promise<Build> {
  const dir = join(run, kind);
  const { args, env } = COMMANDS[kind](dir);
  const started = Date.now();
  writeFileSync(join(run, `${kind}.pending`), String(process.pid));
  if (!exitHookSet) {
    // A run interrupted mid-build leaves no builder behind.
    process.once('exit', stopBuilds);
    exitHookSet = true;
  }
  return new Promise((resolve) => {
    let log = '';
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    let finished = false;
    const done = (ok: boolean, extra = '') => {
      if (finished) return;
      finished = true;
      running.delete(child);
      const build: Build = { kind, ok, dir, log: log + extra, seconds: (Date.now() - started) / 1000 };
      // Written whole, then renamed: a waiting test never reads half of it.
      writeFileSync(join(run, `${kind}.json.tmp`), JSON.stringify(build));
      renameSync(join(run, `${kind}.json.tmp`), join(run, `${kind}.json`));
      resolve(build);
    };
    child.on('error', (e) => done(false, `\n${e.message}`));
    child.on('close', (code, signal) => done(code === 0, code === 0 ? '' : `\nexit ${code ?? signal}`));
  });
}

const own = new Map<BuildKind, Promise<Build>>();

async function shared(kind: BuildKind): Promise<Build> {
  const run = process.env.CERMAT_TEST_RUN;
  if (run && existsSync(join(run, `${kind}.pending`))) {
    // Started by the global setup in Jest's main process, which writes the result however the build ends.
    const recorded = join(run, `${kind}.json`);
    while (!existsSync(recorded)) await sleep(250);
    return JSON.parse(readFileSync(recorded, 'utf8')) as Build;
  }
  let p = own.get(kind);
  if (!p) {
    p = runBuild(kind, mkdtempSync(join(runDirectory(), `${kind}-`)));
    own.set(kind, p);
  }
  return p;
}

/** `npm run build` of the add-in for TEST_ADDIN_URL (production mode, with the preview page). */
export const addinBuild = (): Promise<Build> => shared('addin');
/** `npm run build:cli` of the current source; the bin is join(dir, 'cli', 'bin.js'). */
export const cliBuild = (): Promise<Build> => shared('cli');

/** The error a test throws for a failed build: what was run, and the end of its output (where the errors are). */
export function buildFailure(build: Build): Error {
  const lines = build.log.trimEnd().split('\n');
  const shown = lines.length > 60 ? ['…', ...lines.slice(-60)] : lines;
  return new Error(`${build.kind === 'addin' ? 'npm run build' : 'npm run build:cli'} failed after ${build.seconds.toFixed(1)} s:\n${shown.join('\n')}`);
}
