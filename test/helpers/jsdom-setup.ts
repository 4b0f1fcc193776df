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
}
