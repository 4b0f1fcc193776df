// Imported first by the `cermat` command, before any of the core runs: two V8 settings for a process that reads a
// batch of workbooks once and exits. Each was measured with `npm run bench` (CPU and wall time of whole processes at
// 1,000, 10,000 and 50,000 indicators, interleaved runs) and kept because it lowers both at 1,000 and 10,000 and
// leaves 50,000 as it was.
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
// Only the V8 versions known to have both flags get them, those of Node 20 and 22 (V8 prints an unknown flag as an
// error). Node's documentation
// warns that a flag set after start-up may have no effect: the worst case here is a run as fast as before. The
// library, the add-in and the preview never import this file.
import { setFlagsFromString } from 'node:v8';

const major = Number(process.versions.v8.split('.')[0]);
if (major === 11 || major === 12) {
  setFlagsFromString(`--interrupt-budget=${1024 * 1024}`);
  setFlagsFromString('--semi-space-growth-factor=1');
}
