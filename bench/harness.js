// Shared by bench.html (compute-calc) and baseline.html (static markup): the same clock, the same
// waits and the same forced layout, so both sides are measured identically. Driven by
// scripts/bench.mjs (`npm run bench`); see bench/RESULTS.md.

export const now = () => performance.now();

/** Forces style and layout of the whole page. */
export const layout = () => document.body.offsetHeight;

/** JS heap in bytes after two full garbage collections (needs --js-flags=--expose-gc). */
export function heap() {
  globalThis.gc();
  globalThis.gc();
  return performance.memory.usedJSHeapSize;
}

/** Resolves in a task after the next animation frame (after its ResizeObserver callbacks queued their tasks). */
export const afterFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
export const nextTask = () => new Promise((r) => setTimeout(r));

/** The content every page shows: power-equivalence alternating with gpu-cluster-cost. */
export const kinds = (n) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'pe' : 'gcc'));

export const host = () => document.getElementById('host');

/**
 * Time from `insert()` to every element rendered and laid out.
 * `done()` returns a promise for "every element has finished rendering".
 */
export async function timed(insert, done) {
  const t0 = now();
  insert();
  await done();
  layout();
  return now() - t0;
}

/**
 * Time of work that happens in the tasks after the next frame (the elements' chart-width
 * re-render, queued by their ResizeObserver), excluding the wait for the frame itself.
 * Returns ms from the first task after the frame to everything settled and laid out.
 */
export async function settled(done) {
  await afterFrame();
  const tA = now();
  // The ResizeObserver callbacks ran after our rAF callback, so their setTimeouts are queued
  // after ours: one more task lets all of them (and the updates they request) run.
  await nextTask();
  await done();
  layout();
  return now() - tA;
}
