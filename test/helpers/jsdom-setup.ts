// Browser APIs jsdom lacks and Fluent UI uses (positioning, media queries); no-ops are enough for tests.
if (typeof window !== 'undefined') {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  const w = window as unknown as Record<string, unknown>;
  w.ResizeObserver ??= ResizeObserverStub;
  w.matchMedia ??= () => ({ matches: false, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, onchange: null, media: '', dispatchEvent: () => false });
  // Browsers have these; Jest's jsdom environment does not (the .xlsx reader decodes with them).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const util = require('node:util') as typeof import('node:util');
  w.TextDecoder ??= util.TextDecoder;
  w.TextEncoder ??= util.TextEncoder;
  // findBy* and waitFor give up after 1 s by default: a loaded machine would fail them. 15 s is far beyond any wait
  // here when idle, and still below the tests' own time limits, so a missing element fails with its own message.
  // Required here, not imported, so the tests without a DOM do not load it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('@testing-library/dom') as typeof import('@testing-library/dom')).configure({ asyncUtilTimeout: 15000 });
}
