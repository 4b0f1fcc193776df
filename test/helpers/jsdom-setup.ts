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
  // findBy* and waitFor give up after 1 s by default: a loaded machine would fail them. Jest's test timeout (minutes)
  // is the bound instead. Required here, not imported, so the tests without a DOM do not load it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('@testing-library/dom') as typeof import('@testing-library/dom')).configure({ asyncUtilTimeout: 60000 });
}
