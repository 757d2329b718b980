// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Keyboard-only use of `interactive` in all five calculators, with real key presses: Tab from the
// page into the sliders, move one with the arrow keys, Tab to "Reset" and press Enter.
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/power-equivalence/power-equivalence.js';
import '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import '../../src/components/training-time/training-time.js';
import '../../src/components/carbon-footprint/carbon-footprint.js';
import '../../src/components/cluster-compare/cluster-compare.js';
import { html } from 'lit';
import { mountTemplate, recordEvents } from '../helpers/fixture.js';

// <cluster-compare>'s one control is a choice, not a slider: its own test is below.
const TAGS = ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint'];

type Calc = HTMLElement & { estimate: unknown; updateComplete: Promise<boolean> };

/** What has keyboard focus, looking inside the element's shadow root. */
const focused = (el: Calc) => (document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement);

/**
 * Presses a key in this test's page. Two test pages run at once, and keys go to the page in front
 * (in Firefox the other page's focus() calls can take it), so bring this one forward first.
 */
async function press(key: string): Promise<void> {
  await executeServerCommand('bring-to-front');
  await sendKeys({ press: key });
}

/** Presses Tab until `match` holds for the focused element; at most `limit` presses. */
async function tabTo(el: Calc, match: (e: Element | null) => boolean, limit = 40): Promise<Element | null> {
  for (let i = 0; i < limit; i++) {
    await press('Tab');
    if (match(focused(el))) return focused(el);
  }
  return null;
}

const isSlider = (e: Element | null) => e instanceof HTMLInputElement && e.type === 'range';
const isReset = (e: Element | null) => e instanceof HTMLButtonElement && e.closest('[part=controls]') !== null;

for (const tag of TAGS) {
  describe(`<${tag} interactive> with the keyboard alone`, () => {
    it('Tab reaches a labelled slider; an arrow key moves it and fires one estimate-change; Reset with Enter restores it', async () => {
      const wrapper = await mountTemplate<HTMLDivElement>(html`<div><button>before</button>${document.createElement(tag)}</div>`);
      const el = wrapper.querySelector(tag) as Calc;
      el.setAttribute('interactive', '');
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();

      const slider = await tabTo(el, isSlider) as HTMLInputElement | null;
      expect(slider, `Tab reaches a slider in <${tag}>`).to.not.equal(null);
      const label = el.shadowRoot!.querySelector(`label[for="${slider!.id}"]`);
      expect(label?.textContent?.trim(), 'the slider has a visible label').to.not.equal('');
      const before = slider!.value;
      const estimateBefore = JSON.stringify(el.estimate);

      const log = recordEvents(el);
      try {
        const moved = oneEvent(el, 'estimate-change');
        await press(slider!.value === slider!.max ? 'ArrowLeft' : 'ArrowRight');
        await Promise.race([moved, new Promise((r) => setTimeout(r, 5000))]);
        await el.updateComplete;
        expect(slider!.value, 'the arrow key moved the slider').to.not.equal(before);
        expect(log.onEl, 'one estimate-change').to.have.length(1);
        expect(JSON.stringify(el.estimate), 'the estimate changed').to.not.equal(estimateBefore);

        const reset = await tabTo(el, isReset);
        expect(reset, 'Tab reaches Reset').to.not.equal(null);
        const restored = oneEvent(el, 'estimate-change');
        await press('Enter');
        await Promise.race([restored, new Promise((r) => setTimeout(r, 5000))]);
        await el.updateComplete;
        expect(log.onEl, 'Reset fires one more').to.have.length(2);
        expect(JSON.stringify(el.estimate), 'Reset restores the estimate').to.equal(estimateBefore);
        const again = el.shadowRoot!.getElementById(slider!.id) as HTMLInputElement;
        expect(again.value, 'Reset restores the slider').to.equal(before);
      } finally {
        log.stop();
      }
    });
  });
}

describe('<cluster-compare interactive> with the keyboard alone', () => {
  it('Tab reaches the labelled metric choice; an arrow key picks the next metric and fires one estimate-change; Reset with Enter restores it; Tab then leaves the element', async () => {
    const wrapper = await mountTemplate<HTMLDivElement>(html`<div><button>before</button><cluster-compare interactive></cluster-compare><button>after</button></div>`);
    const el = wrapper.querySelector('cluster-compare') as Calc;
    wrapper.querySelector('button')!.focus();

    const select = await tabTo(el, (e) => e instanceof HTMLSelectElement) as HTMLSelectElement | null;
    // Report a missing control as text: a failed expectation on an element makes chai walk the DOM.
    expect(select === null ? 'no select' : 'select', 'Tab reaches the metric choice').to.equal('select');
    const label = el.shadowRoot!.querySelector(`label[for="${select!.id}"]`);
    expect(label?.textContent?.trim(), 'the choice has a visible label').to.not.equal('');
    const before = select!.value;
    const estimateBefore = JSON.stringify(el.estimate);

    const log = recordEvents(el);
    try {
      const moved = oneEvent(el, 'estimate-change');
      await press('ArrowDown');
      await Promise.race([moved, new Promise((r) => setTimeout(r, 5000))]);
      await el.updateComplete;
      expect(select!.value, 'the arrow key chose another metric').to.not.equal(before);
      expect(log.onEl, 'one estimate-change').to.have.length(1);
      expect(JSON.stringify(el.estimate), 'the estimate changed').to.not.equal(estimateBefore);

      const reset = await tabTo(el, isReset);
      expect(reset === null ? 'no Reset' : 'Reset', 'Tab reaches Reset').to.equal('Reset');
      const restored = oneEvent(el, 'estimate-change');
      await press('Enter');
      await Promise.race([restored, new Promise((r) => setTimeout(r, 5000))]);
      await el.updateComplete;
      expect(log.onEl, 'Reset fires one more').to.have.length(2);
      expect(JSON.stringify(el.estimate), 'Reset restores the estimate').to.equal(estimateBefore);
    } finally {
      log.stop();
    }

    let out = false;
    for (let i = 0; i < 40 && !out; i++) {
      await press('Tab');
      out = document.activeElement?.textContent === 'after';
    }
    expect(out, 'Tab leaves the element').to.equal(true);
  });
});
