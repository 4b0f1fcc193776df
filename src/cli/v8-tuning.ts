// Imported first by the `cermat` command, before any of the core runs: two V8 settings for a process that reads a
// batch of workbooks once and exits. Measured as whole processes (CPU of every thread and wall time, interleaved
// runs with and without them; README, Benchmark): they lower the CPU on the bench files of 1,000 and 10,000
// indicators, on real workbooks and on batches of them, and raise no wall time beyond noise (50,000 indicators: the
// same).
//
// - `--interrupt-budget`: how much bytecode a function runs between the tiering manager's looks at it (66 KiB by
//   default in Node 20's V8 11.3), here 1 MiB. With the default, a one-second run sends hundreds of functions to the
//   optimising compiler (TurboFan) after a few hundred calls, on type feedback the next table often contradicts
//   (deoptimised, compiled again): at 10,000 indicators ≈ 0.3 s of CPU on a compiler thread, a quarter of the run,
//   that bought nothing back. With the larger budget only what stays hot is optimised: CPU −25 to −30 %, wall −10 %.
// - `--semi-space-growth-factor=1`: the young generation keeps its first size instead of doubling to 16 MiB. Nearly
//   everything a read allocates lives to the end (the grid, the cells, the readings), so a larger young generation
//   only copies more at a time, and its fresh pages cost a page fault each (≈ 20 % fewer faults, CPU and wall −6 %).
//
// Only V8 11 (Node 20, where they were measured) gets them: a later V8 may lack a flag (V8 prints an unknown one as
// an error; a CLI test checks that stderr stays empty) or treat it otherwise (a later V8 raises a growth factor
// under 2 to 2), so another Node runs with V8's defaults until it has been measured. Node's documentation warns
// that flags changed after start-up may behave unpredictably or not at all: these two only move heuristics V8 reads
// at each decision (when to optimise, whether to grow), and the measurements show them taking effect. The library, the add-in and the preview
// never import this file.
import { setFlagsFromString } from 'node:v8';

const major = Number(process.versions.v8.split('.')[0]);
if (major === 11) {
  setFlagsFromString(`--interrupt-budget=${1024 * 1024}`);
  setFlagsFromString('--semi-space-growth-factor=1');
}
