// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// First renders take turns. Rendering every widget of a page in the task that defines them makes
// one long task (≈ 100 ms for five cards on a fast machine, four times that on a mid-range
// phone), and everything over 50 ms of a task is time in which the page cannot answer a tap.
// Instead each widget's first render waits for a turn: a task renders widgets while it has run
// for less than BUDGET ms, counting the last render as the next one's likely cost, then lets the
// browser paint and handle input before the next task. The clock is the page's own, so a slow
// phone's task holds one widget. 10 ms, because a phone four times slower than the machine that
// measured it still stays under 50 ms (Lighthouse simulates exactly that); measured on 100 cards
// at once, it costs 8 % more main-thread time than 40 ms would, in the frames between turns.

const BUDGET = 10;

const queue: Array<() => void> = [];
let channel: MessageChannel | undefined;
let posted = false;

function post(): void {
  if (posted) return;
  posted = true;
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = run;
  }
  channel.port2.postMessage(0);
}

function run(): void {
  posted = false;
  const start = performance.now();
  // At least one render a task, so a widget slower than the budget still gets its turn.
  for (let next = queue.shift(); next; next = queue.shift()) {
    const t = performance.now();
    next();
    const now = performance.now();
    if (!document.hidden && now - start + (now - t) >= BUDGET) break;
  }
  if (queue.length) post();
}

/**
 * Runs `render` in a later task, after the renders queued before it; the promise settles as
 * `render` returns or throws. A message channel, not `setTimeout`, so turns follow each other
 * without the 4 ms that nested timers wait.
 */
export function takeTurn<T>(render: () => T): Promise<T> {
  // A page nobody sees (a background tab) has no reader to keep responsive, and browsers hold a
  // hidden page's tasks back, up to a second each: there it renders at once, as Lit would.
  if (document.hidden) return Promise.resolve().then(render);
  return new Promise<T>((resolve, reject) => {
    queue.push(() => {
      try {
        resolve(render());
      } catch (error) {
        reject(error);
      }
    });
    post();
  });
}
