// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The first render lays the chart out at its box's real width (CalcElement.willUpdate), so the
// first frame a reader sees is final. Checked right after the first update, before any timer or
// observer callback could correct it, in boxes from a small phone to a wide column, on both
// sides of the 420 px step where the card's padding shrinks.
import { expect, html } from '@open-wc/testing';
import '../../src/components/power-equivalence/power-equivalence.js';
import '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import '../../src/components/training-time/training-time.js';
import '../../src/components/carbon-footprint/carbon-footprint.js';
import '../../src/components/cluster-compare/cluster-compare.js';
import '../../src/components/inference-energy/inference-energy.js';
import type { LitElement } from 'lit';
import { mountTemplate } from '../helpers/fixture.js';

const TAGS = ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint', 'cluster-compare', 'inference-energy'];
const WIDTHS = [300, 360, 420, 421, 500, 640, 736];

/** The rule of CalcElement: whole 8 px steps of the chart box's width, from 240 to 800. */
function expected(el: Element): number {
  const box = el.shadowRoot!.querySelector<HTMLElement>('[part=chart]')!;
  return Math.max(240, Math.min(800, Math.floor(box.clientWidth / 8) * 8));
}

describe('the first render uses the real chart width', () => {
  for (const tag of TAGS) {
    it(`<${tag}> in boxes ${WIDTHS.join(', ')} px wide`, async () => {
      const wrapper = await mountTemplate<HTMLDivElement>(html`<div></div>`);
      const found: string[] = [];
      for (const width of WIDTHS) {
        const box = document.createElement('div');
        box.style.width = `${width}px`;
        const el = document.createElement(tag) as LitElement;
        box.append(el);
        wrapper.append(box);
        await el.updateComplete;
        // No task has run since the first render: what is drawn now is what the first frame shows.
        const drawn = Number(el.shadowRoot!.querySelector('svg[role=img]')!.getAttribute('viewBox')!.split(' ')[2]);
        found.push(`${width}px: drawn ${drawn}, box ${expected(el)}`);
        expect(drawn, found.join('; ')).to.equal(expected(el));
      }
    });
  }
});
