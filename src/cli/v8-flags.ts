// The V8 settings of the `cermat` command (applied by ./v8-tuning, which says why each is there), as data: a test
// hands each of them to this Node's V8 and checks that it knows them, without setting them in the test's own process.

/** The V8 major version they were measured on (Node 20); any other runs with V8's defaults. */
export const TUNED_V8 = 11;

/** For the whole run: optimise only what stays hot. */
export const RUN_ONCE_FLAGS = [`--interrupt-budget=${1024 * 1024}`];

/** While the heap is small: a young generation of its first size, collected by one thread. */
export const SMALL_HEAP_FLAGS = ['--semi-space-growth-factor=1', '--no-parallel-scavenge'];

/** Once the heap is past LARGE_HEAP: V8's own defaults for both. */
export const LARGE_HEAP_FLAGS = ['--semi-space-growth-factor=2', '--parallel-scavenge'];

/**
 * The heap size past which V8's own young-generation settings pay. Measured: at 32 MiB the switch came in the middle
 * of a 10,000-indicator analysis and cost CPU and faults there; 128 MiB did as well as 64 at every size.
 */
export const LARGE_HEAP = 64 * 1024 * 1024;
