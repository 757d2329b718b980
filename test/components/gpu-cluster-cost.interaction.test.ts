// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// <gpu-cluster-cost>: what happens when a reader or a host page acts on it (events), and whether
// every reader can use it (accessibility, layout).

import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import type { GpuClusterCost, GpuClusterCostEstimate } from '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import type { EstimateChangeEvent } from '../../src/events/estimate-change.js';
// Figures 2026-11 unless a test sets as-of: these tests check that set's published numbers (figures-2026-12 has the new ones).
import { mountNov as mount, mountIn, recordEvents, slide, type AttrMap } from '../helpers/fixture.js';
import { control, expectNoBadText, frames, norm, overflowingElements, part, parts, shadow, textOf } from '../helpers/shadow.js';

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

    it('setting attributes or properties programmatically fires nothing', async () => {
      const el = await gcc({ interactive: true });
      const log = recordEvents<EstimateChangeEvent>(el);
      try {
        el.setAttribute('gpus', '50k');
        await el.updateComplete;
        el.setAttribute('price', '$20k');
        await el.updateComplete;
        el.years = '2';
        el.scope = 'cluster';
        el.claim = 'over $2 billion';
        el.currency = 'EUR';
        el.exchangeRate = '0.92';
        await el.updateComplete;
        await frames(2);
        expect(log.onEl).to.have.length(0);
        expect(log.onDocument).to.have.length(0);
        expect(el.estimate!.gpus.mid, 'estimate is still updated').to.equal(50_000);
        expect(el.estimate!.scope).to.equal('cluster');
      } finally {
        log.stop();
      }
    });

    it('Reset restores the defaults and fires one event', async () => {
      const el = await gcc({ interactive: true });
      slide(control(el, 'price'), '20000');
      await oneEvent(el, 'estimate-change');
      const log = recordEvents<EstimateChangeEvent>(el);
      try {
        const reset = parts<HTMLButtonElement>(el, '[part=controls] button').find((b) => norm(b.textContent) === 'Reset');
        expect(reset, 'Reset button').to.exist;
        reset!.click();
        await oneEvent(el, 'estimate-change');
        await frames(2);
        expect(log.onEl).to.have.length(1);
        expect(el.estimate!.total).to.deep.equal({ low: 2.5e9, mid: 3e9, high: 4e9 });
        expect(control(el, 'price').value).to.equal('30000');
      } finally {
        log.stop();
      }
    });
  });

  describe('accessibility', () => {
    it('passes the audit by default', async () => {
      await expect(await gcc()).to.be.accessible();
    });

    it('passes the audit with theme="light"', async () => {
      await expect(await gcc({ theme: 'light' })).to.be.accessible();
    });

    it('passes the audit with theme="dark" on a dark page', async () => {
      const el = await mountIn<GpuClusterCost>(TAG, 'background: #111827; color: #f3f4f6; padding: 8px', { theme: 'dark' });
      await expect(el).to.be.accessible();
    });

    it('passes the audit with a claim, running years and scope="cluster"', async () => {
      const el = await gcc({ claim: 'about $500 million', years: '4', scope: 'cluster' });
      expect(shadow(el).querySelector('[part=verdict]') !== null).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('passes the audit when interactive', async () => {
      await expect(await gcc({ interactive: true })).to.be.accessible();
    });

    it('passes the audit with an error shown', async () => {
      const el = await gcc({ gpus: '-5', scope: 'everything' });
      expect(shadow(el).querySelector('[part=error]') !== null).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('passes the audit with the disclosure open', async () => {
      const el = await gcc({ interactive: true, claim: 'over $2 billion', years: '2' });
      part<HTMLDetailsElement>(el, 'details').open = true;
      await expect(el).to.be.accessible();
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

  describe('layout', () => {
    it('fits a 280px column without horizontal overflow', async () => {
      const el = await mountIn<GpuClusterCost>(TAG, 'width: 280px', {
        interactive: true, claim: 'about $500 million', years: '4', scope: 'cluster', gpus: '-5',
      });
      part<HTMLDetailsElement>(el, 'details').open = true;
      await frames(3);
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.closeTo(280, 1);
      // First the culprits by name, then the scroll widths they would cause.
      expect(overflowingElements(el)).to.deep.equal([]);
      expect(el.scrollWidth, 'host scrollWidth').to.be.at.most(el.clientWidth);
      const base = part(el, '[part=base]');
      expect(base.scrollWidth, 'base scrollWidth').to.be.at.most(base.clientWidth);
      const svg = part(el, 'svg[role=img]').getBoundingClientRect();
      expect(svg.width).to.be.above(0);
      expect(svg.width).to.be.at.most(280);
    });
  });
});
