// Shared by bench.html (compute-calc), baseline.html (the heavy static copy of the cards) and
// minimal.html (the minimal floor): the same clock, the same waits and the same forced layout, so
// every side is measured identically. Driven by scripts/bench.mjs (`npm run bench`); see
// bench/RESULTS.md.

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

const params = new URLSearchParams(location.search);
/**
 * Which cards a page shows: `?cards=default` is 100 bare `<gpu-cluster-cost gpus="100000"
 * gpu="h100-sxm">` (no claim: the form issue 12's targets are set for); anything else is the
 * original mix, power-equivalence alternating with gpu-cluster-cost, each with a claim.
 */
export const cards = params.get('cards') === 'default' ? 'default' : 'mixed';
export const kinds = (n) => Array.from({ length: n }, (_, i) => (cards === 'default' ? 'def' : i % 2 === 0 ? 'pe' : 'gcc'));

/**
 * Every node of the page, counting into each open shadow root (the root itself and what it holds)
 * as a reader's browser must: the host element is counted once, by the walk it belongs to.
 */
export function countNodes(root = document) {
  let n = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    n++;
    if (node.shadowRoot) n += countNodes(node.shadowRoot);
  }
  return n;
}

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

/**
 * `?autorun=N`: the page does on its own what a reader's page load does (import the library, where
 * there is one, insert N cards, let them settle and paint), so scripts/bench.mjs can read the
 * renderer's main-thread CPU for the whole load from navigation on, with nothing of its own in
 * between. `window.autorun` resolves when done, to the wall time since navigation;
 * `window.nodes0` is the page's node count before the cards went in, to count the cards' alone.
 */
export function autorun(bench) {
  const n = Number(params.get('autorun'));
  if (!Number.isInteger(n) || n < 1) return;
  window.autorun = (async () => {
    window.nodes0 = countNodes();
    await bench.load();
    await bench.render(n);
    await bench.settle();
    // The frame after settling paints the final state; count it for every side alike.
    await afterFrame();
    return now(); // wall time since navigation, beside the CPU time
  })();
}
