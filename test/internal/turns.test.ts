// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// First renders take turns (src/internal/turns.ts): in order, each in a task after the one that
// asked, a slow render ending its task, a failing render failing alone; and until its turn an
// element shows the author's fallback text.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import { takeTurn } from '../../src/internal/turns.js';

/** Runs the microtasks queued so far, and those they queue, without letting a task run. */
const microtasks = async () => { for (let i = 0; i < 20; i++) await Promise.resolve(); };

describe('turns', () => {
  // Test pages run side by side and may be in the background, where turns step aside (below): the
  // tests of turns themselves see a page in view.
  beforeEach(() => Object.defineProperty(document, 'hidden', { configurable: true, get: () => false }));
  afterEach(() => { delete (document as { hidden?: boolean }).hidden; });

  it('runs renders in the order asked, in a later task, and settles each promise with its result', async () => {
    const order: string[] = [];
    const a = takeTurn(() => { order.push('a'); return 1; });
    const b = takeTurn(() => { order.push('b'); return 2; });
    await microtasks();
    expect(order, 'not in the task that asked').to.deep.equal([]);
    expect(await Promise.all([a, b])).to.deep.equal([1, 2]);
    expect(order).to.deep.equal(['a', 'b']);
  });

  it('a render that throws rejects its own promise and the renders after it still run', async () => {
    const failed = takeTurn(() => { throw new Error('boom'); });
    const next = takeTurn(() => 'ran');
    let error: unknown;
    await failed.catch((e: unknown) => { error = e; });
    expect(String(error)).to.contain('boom');
    expect(await next).to.equal('ran');
  });

  it('a render that uses up the budget ends its task: the next one runs after the browser had a turn', async () => {
    let taskEnded = false;
    const slow = takeTurn(() => {
      // A microtask queued here runs only once the task running the renders has ended.
      queueMicrotask(() => { taskEnded = true; });
      const start = performance.now();
      while (performance.now() - start < 30) { /* longer than the 10 ms budget */ }
    });
    const sameTask = takeTurn(() => !taskEnded);
    await slow;
    expect(await sameTask, 'ran in the slow render’s task').to.equal(false);
  });

  it('a page in the background renders at once, in the task that asked', async () => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    let ran = false;
    const done = takeTurn(() => { ran = true; });
    await microtasks();
    expect(ran).to.equal(true);
    await done;
  });

  it('an element shows its fallback text until its turn, then its card', async () => {
    const el = document.createElement('gpu-cluster-cost') as LitElement;
    el.setAttribute('gpus', '100000');
    el.textContent = '100,000 H100 GPUs cost roughly $2.5–4 billion.';
    document.body.append(el);
    try {
      await microtasks();
      expect(el.hasUpdated, 'rendered before its turn').to.equal(false);
      const slot = el.shadowRoot!.querySelector('slot');
      expect(slot, 'a slot shows the fallback text').to.not.equal(null);
      expect(slot!.assignedNodes().map((n) => n.textContent).join('')).to.contain('$2.5–4 billion');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('slot'), 'the slot is gone once the card is there').to.equal(null);
      expect(el.shadowRoot!.querySelector('[part=headline]')?.textContent).to.match(/\$\d/);
    } finally {
      el.remove();
    }
  });
});
