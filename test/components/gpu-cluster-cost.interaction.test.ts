// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// <gpu-cluster-cost>: what happens when a reader or a host page acts on it (events), and whether
// every reader can use it (accessibility, layout).

import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import type { GpuClusterCost, GpuClusterCostEstimate } from '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import type { EstimateChangeEvent } from '../../src/events/estimate-change.js';
// Figures 2026-11 unless a test sets as-of: these tests check that set's published numbers (figures-2026-12 has the new ones).
import { mountNov as mount, recordEvents, slide, type AttrMap } from '../helpers/fixture.js';
import { control, expectNoBadText, frames, norm, painted, parts, shadow, textOf } from '../helpers/shadow.js';

const TAG = 'gpu-cluster-cost';

const gcc = (attrs: AttrMap = {}) => mount<GpuClusterCost>(TAG, attrs);


describe('<gpu-cluster-cost>', () => {
  describe('events', () => {
    it('moving the price slider fires exactly one estimate-change with the new total', async () => {
      const el = await gcc({ interactive: true });
      const log = recordEvents<EstimateChangeEvent>(el);
      try {
        setTimeout(() => slide(control(el, 'price'), '20000'));
        const event = await oneEvent(el, 'estimate-change') as EstimateChangeEvent<GpuClusterCostEstimate>;
        await frames(2);
        expect(log.onEl, 'events on the element').to.have.length(1);
        expect(log.onDocument, 'events on the document').to.have.length(1);
        expect(event.bubbles).to.be.true;
        expect(event.composed).to.be.true;
        expect(event.estimate.total).to.deep.equal({ low: 2e9, mid: 2e9, high: 2e9 });
        expect(event.estimate.price?.mid).to.equal(20_000);
        expect(event.estimate).to.deep.equal(el.estimate);
      } finally {
        log.stop();
      }
    });

    it('the view follows the price slider', async () => {
      const el = await gcc({ interactive: true });
      slide(control(el, 'price'), '20000');
      await oneEvent(el, 'estimate-change');
      expect(textOf(el, 'output[for=c-price]')).to.equal('$20,000');
      expect(textOf(el, '[part=headline]')).to.equal('$2 billion');
      expect(textOf(el, '[data-copy-text=summary]')).to.include('$2 billion');
      expect(el.getAttribute('price'), 'the attribute is not rewritten').to.be.null;
      expectNoBadText(el);
    });

    it('the years slider adds the electricity part', async () => {
      const el = await gcc({ interactive: true });
      slide(control(el, 'years'), '3');
      const event = await oneEvent(el, 'estimate-change') as EstimateChangeEvent<GpuClusterCostEstimate>;
      expect(event.estimate.years.mid).to.equal(3);
      expect(event.estimate.running?.mid).to.be.above(0);
      expect(textOf(el, '.parts li[data-part=electricity]')).to.include('Electricity, 3 years');
    });

  });

  describe('accessibility', () => {
    it('passes the audit with a claim, running years and scope="cluster"', async () => {
      const el = await gcc({ claim: 'about $500 million', years: '4', scope: 'cluster' });
      expect(shadow(el).querySelector('[part=verdict]') !== null).to.equal(true);
      await expect(painted(el)).to.be.accessible();
    });

    it('controls are labelled native inputs that take keyboard focus', async () => {
      const el = await gcc({ interactive: true });
      const inputs = parts<HTMLInputElement>(el, '[part=controls] input');
      expect(inputs).to.have.length(3);
      for (const input of inputs) {
        expect(input.labels?.length, `#${input.id}.labels`).to.equal(1);
        expect(norm(input.labels![0].textContent)).not.to.equal('');
        input.focus();
        expect(shadow(el).activeElement, `#${input.id} focusable`).to.equal(input);
      }
    });

    it('without a sourced price there is no price slider', async () => {
      const el = await gcc({ interactive: true, gpu: 'a100' });
      expect(parts<HTMLInputElement>(el, '[part=controls] input').map((i) => i.id)).to.deep.equal(['c-gpus', 'c-years']);
    });
  });

});
