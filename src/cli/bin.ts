#!/usr/bin/env node
// The `cermat` command: sets the exit code from run(); a crash becomes one line on stderr.
import { run } from './run';

// A reader that stops early (`cermat … | head`) is no error of ours: end quietly, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

// The text report wraps to the terminal's width only when stdout is a terminal (not a file or a pipe).
const io = {
  stdout: (t: string) => process.stdout.write(t),
  stderr: (t: string) => process.stderr.write(t),
  columns: process.stdout.isTTY ? process.stdout.columns || 80 : undefined,
};
run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`cermat: internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    process.exitCode = 2;
  },
);
