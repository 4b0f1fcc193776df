// Jest global teardown: removes this run's builds (test/helpers/builds.ts).
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const run = process.env.CERMAT_TEST_RUN;
  if (run) rmSync(run, { recursive: true, force: true });
}
