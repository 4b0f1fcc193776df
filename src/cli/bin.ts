#!/usr/bin/env node
// The `cermat` command: sets the exit code from run(); a crash becomes one line on stderr.
import { heapCheckpoint } from './v8-tuning'; // first: V8 settings for a run-once command (see there)
import { Io, run } from './run';
import { printable } from './text';

// A reader that stops early (`cermat … | head`) is no error of ours: end quietly, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

// The text report wraps to the terminal's width only when stdout is a terminal (not a file or a pipe); the status
// line (what is being read or written) is shown only when stderr is one, on one line it rewrites (\r, erase line).
const err = process.stderr;
const io: Io = {
  checkpoint: heapCheckpoint,
  // Everything written as text passes printable(): a message may quote a workbook's text or a zip entry's name.
  stdout: (t: string) => process.stdout.write(printable(t, true)),
  stdoutBytes: (b: Uint8Array) => process.stdout.write(b),
  stderr: (t: string) => err.write(printable(t, true)),
  columns: process.stdout.isTTY ? process.stdout.columns || 80 : undefined,
  status: err.isTTY ? (line) => err.write(line === null ? '\r\x1b[K' : `\r\x1b[K${line.slice(0, Math.max(20, (err.columns || 80) - 1))}`) : undefined,
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
