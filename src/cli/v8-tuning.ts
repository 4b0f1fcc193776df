// Imported first by the `cermat` command, before any of the core runs: V8 settings for a process that reads a batch
// of workbooks once and exits. Measured as whole processes (CPU of every thread and wall time, interleaved runs with
// and without them; README, Benchmark) on the bench files of 1,000, 10,000 and 50,000 indicators, on real workbooks
// and on batches of them.
//
// - `--interrupt-budget`: how much bytecode a function runs between the tiering manager's looks at it (66 KiB by
//   default in Node 20's V8 11.3), here 1 MiB. With the default, a one-second run sends hundreds of functions to the
//   optimising compiler (TurboFan) after a few hundred calls, on type feedback the next table often contradicts
//   (deoptimised, compiled again): at 10,000 indicators ≈ 0.3 s of CPU on a compiler thread, a quarter of the run,
//   that bought nothing back. With the larger budget only what stays hot is optimised: CPU −25 to −30 %, wall −10 %.
// - While the heap is small, a small young generation collected by one thread:
//   - `--semi-space-growth-factor=1`: the young generation keeps its first size (1 MiB) instead of doubling to
//     16 MiB. Nearly everything a read allocates lives to the end (the grid, the cells, the readings), so a larger
//     young generation only copies more at a time, and its fresh pages cost a page fault each (≈ 20 % fewer
//     faults, CPU and wall −6 % at 10,000 indicators).
//   - `--no-parallel-scavenge`: a collection of 1 MiB is over in about a millisecond; a helper thread started for
//     each of them (hundreds in a run) cost more CPU than it saved time (10,000 indicators: CPU −10 %, wall the same).
// - Once the heap passes LARGE_HEAP (heapCheckpoint, called by the run between its steps and every few thousand rows
//   of a read), both go back to V8's defaults: on a large workbook the small young generation collected a
//   thousand times, each collection copying what a larger one would have let die (50,000 indicators: 1,120
//   collections, 2.2 s of a 5.5 s `--out`), and there parallel collection pays. Measured against the build before
//   (the small generation throughout, collected in parallel): 50,000 indicators CPU −10 to −12 %, wall −2 to −4 %;
//   10,000: `--json` CPU −10 to −15 %, `--out` −8 %, wall the same; 1,000 and real workbooks (never that large):
//   the same.
//
// Only V8 11 (Node 20, where they were measured) gets them: a later V8 may lack a flag (V8 prints an unknown one as
// an error; a CLI test checks that stderr stays empty) or treat it otherwise (a later V8 raises a growth factor
// under 2 to 2), so another Node runs with V8's defaults until it has been measured. Node's documentation warns
// that flags changed after start-up may behave unpredictably or not at all: these only move heuristics V8 reads at
// each decision (when to optimise, whether to grow, how many threads collect), and the measurements show them taking
// effect. The library, the add-in and the preview never import this file.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { LARGE_HEAP, LARGE_HEAP_FLAGS, RUN_ONCE_FLAGS, SMALL_HEAP_FLAGS, TUNED_V8 } from './v8-flags';

const tuned = Number(process.versions.v8.split('.')[0]) === TUNED_V8;
if (tuned) for (const flag of [...RUN_ONCE_FLAGS, ...SMALL_HEAP_FLAGS]) setFlagsFromString(flag);

let large = !tuned;

/** Called between a run's steps and during a read: hands the young generation back to V8 once the heap is large. */
export function heapCheckpoint(): void {
  if (large || getHeapStatistics().used_heap_size < LARGE_HEAP) return;
  large = true;
  for (const flag of LARGE_HEAP_FLAGS) setFlagsFromString(flag);
}
