// Starts the workbook worker. Alone in its module: webpack bundles the worker from this URL, and the unit tests
// (CommonJS under Jest, where import.meta cannot be parsed) replace this module, keeping WorkbookSession's own logic.
export function spawnWorker(): Worker {
  // webpack 5 bundles the worker from this URL; the typecheck's CommonJS setting knows no import.meta.
  // @ts-expect-error TS1343: import.meta under "module": "commonjs" (webpack compiles this file as an ES module)
  return new Worker(/* webpackChunkName: "preview-worker" */ new URL('./workbook.worker.ts', import.meta.url));
}
