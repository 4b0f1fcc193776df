// Jest global teardown: stops a build no test waited for (a run cut short) and removes this run's builds
// (test/helpers/builds.ts).
import { rmSync } from 'node:fs';
import { stopBuilds } from '../helpers/builds';

export default async function globalTeardown(): Promise<void> {
  stopBuilds();
  const run = process.env.CERMAT_TEST_RUN;
  if (run) rmSync(run, { recursive: true, force: true });
}
