// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// <gpu-cluster-cost>: definition, defaults, what each attribute changes, invalid input, a GPU
// without a sourced price, the claim check and agreement with <power-equivalence>, read the way
// a reader reads them: shadow text, the chart's accessible name and its bar geometry.
// Events, accessibility and layout are in gpu-cluster-cost.interaction.test.ts; agreement with
// <power-equivalence> is in gpu-cluster-cost.power.test.ts. This file loads <gpu-cluster-cost>
// alone, as a page that uses only it would.

import { expect } from '@open-wc/testing';
import '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import { GpuClusterCost } from '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import type { Range } from '../../src/core/range.js';
// Figures 2026-11 unless a test sets as-of: these tests check that set's published numbers (figures-2026-12 has the new ones).
import { WarningLog, collectPageErrors, mountNov as mount, type AttrMap } from '../helpers/fixture.js';
import {
  ariaLabel, barKeys, barWidth, detailsText, errorItems, estimateOf as est, expectNoBadText, headline, norm,
  openDetails, part, parts, shadow, shadowText, subline, summary, textOf,
} from '../helpers/shadow.js';

const TAG = 'gpu-cluster-cost';

/** The US industrial electricity price in the 2026-11 figures, USD per kWh. */
const US_KWH = 0.0806;

const gcc = (attrs: AttrMap = {}) => mount<GpuClusterCost>(TAG, attrs);

const partIds = (el: GpuClusterCost) => parts(el, '.parts li').map((li) => li.dataset.part);
const costPart = (el: GpuClusterCost, id: string) => textOf(el, `.parts li[data-part="${id}"]`);
/**
 * Normalised text of the first match of `selector`, or null when there is none. Assert on this, not
 * on the element: a failing assertion whose actual value is a DOM node stalls the runner's reporter.
 */
const shown = (el: GpuClusterCost, selector: string) => {
  const found = shadow(el).querySelector(selector);
  return found ? norm(found.textContent) : null;
};
const noError = (el: GpuClusterCost) => expect(shown(el, '[part=error]'), 'error message').to.equal(null);


/** Message-catalog keys (`power.a.tdp`) that reached the page instead of their words. */
const messageKeys = (el: GpuClusterCost) => norm(shadow(el).textContent).match(/\b(?:power|cost|ui|issue|expect|claim)\.[a-zA-Z][\w.-]*/g) ?? [];

/** Asserts a range's three bounds, each within a relative `tolerance`. */
function expectRange(actual: Range | undefined, expected: Range, what: string, tolerance = 1e-9): void {
  expect(actual, what).to.exist;
  for (const k of ['low', 'mid', 'high'] as const) {
    expect(actual![k], `${what}.${k}`).to.be.closeTo(expected[k], Math.abs(expected[k]) * tolerance);
  }
}

const warnings = new WarningLog();

describe('<gpu-cluster-cost>', () => {
  before(() => warnings.start());
  after(() => warnings.stop());

  describe('definition', () => {
    it('is defined as GpuClusterCost', async () => {
      expect(customElements.get(TAG)).to.equal(GpuClusterCost);
      const el = await gcc();
      expect(el).to.be.an.instanceOf(GpuClusterCost);
      expect(el.shadowRoot, 'open shadow root').to.exist;
    });
  });

  describe('defaults', () => {
    it('a bare tag shows the seed cluster’s chips at $2.5–4 billion', async () => {
      const el = await gcc();
      expect(headline(el)).to.equal('$2.5–4 billion');
      // English puts a no-break space between the amount and its word.
      expect(part(el, '[part=headline]').textContent).to.include('4\u00a0billion');
      noError(el);
    });

    it('the summary names 100,000 H100 GPUs and the chips alone', async () => {
      const el = await gcc();
      const s = summary(el);
      expect(s).to.include('100,000');
      expect(s).to.include('H100');
      expect(s).to.include('chips alone');
      expect(s).to.include('$2.5–4 billion');
    });

    it('the subline gives the sourced $25,000–$40,000 per GPU', async () => {
      const el = await gcc();
      const sub = subline(el);
      expect(sub).to.include('per GPU');
      expect(sub).to.include('$25,000');
      expect(sub).to.include('$40,000');
    });

    it('lists the chips as the only part', async () => {
      const el = await gcc();
      expect(partIds(el)).to.deep.equal(['chips']);
      expect(costPart(el, 'chips')).to.equal('$2.5–4 billion Chips');
    });

    it('exposes the estimate as plain data: total $2.5–4 billion, nothing to run', async () => {
      const el = await gcc();
      const e = est(el);
      expect(Object.getPrototypeOf(e)).to.equal(Object.prototype);
      expect(JSON.parse(JSON.stringify(e))).to.deep.equal(e);
      expect(e.total?.low).to.equal(2.5e9);
      expect(e.total?.high).to.equal(4e9);
      expect(e.gpus.mid).to.equal(100_000);
      expect(e.gpu.id).to.equal('h100-sxm');
      expect(e.scope).to.equal('chips');
      expect(e.currency).to.equal('USD');
      expect(e.rate).to.equal(1);
      expect(e.running).to.be.undefined;
      expect(e.verdict).to.be.undefined;
    });

    it('the chart is an image named by the summary sentence, with one visible bar', async () => {
      const el = await gcc();
      expect(ariaLabel(el)).to.equal(part(el, '[data-copy-text=summary]').textContent);
      expect(barKeys(el)).to.deep.equal(['chips']);
      expect(barWidth(el, 'chips')).to.be.above(0);
    });

    it('has a visually hidden data table with the bars’ labels and values', async () => {
      const el = await gcc({ scope: 'cluster' });
      const table = part<HTMLTableElement>(el, '[part=chart] .visually-hidden table');
      const rows = [...table.tBodies[0].rows].map((r) => [norm(r.cells[0].textContent), norm(r.cells[1].textContent)]);
      expect(rows.map((r) => r[0])).to.deep.equal(['Total', 'Chips', 'Rest of the servers', 'Network and storage']);
      expect(rows[0][1]).to.equal('$4.3–8 billion');
      expect(rows[1][1]).to.equal('$2.5–4 billion');
    });

    it('the disclosure lists the price source and “Figures as of November 2026”', async () => {
      const el = await gcc();
      const text = await detailsText(el);
      expect(text).to.include('Price per accelerator');
      expect(text).to.include('$25,000 – $40,000');
      expect(text).to.include('H100 price estimates');
      expect(text).to.include('Figures as of November 2026');
      const links = parts<HTMLAnchorElement>(el, '[part=details] ol li a');
      expect(links.some((a) => norm(a.textContent).includes('H100 price estimates')), 'a link to the price source').to.be.true;
      for (const a of links) expect(a.getAttribute('href')).to.match(/^https:\/\//);
    });
  });

  describe('attributes', () => {
    it('gpus: "50k" halves the cost', async () => {
      const el = await gcc({ gpus: '50k' });
      expect(headline(el)).to.equal('$1.3–2 billion');
      expect(summary(el)).to.include('50,000');
      expect(est(el).total?.low).to.equal(1.25e9);
      expect(est(el).total?.high).to.equal(2e9);
    });

    it('gpu: "b200" names the B200 and prices it at $30,000–$40,000, $3–4 billion per 100,000', async () => {
      const el = await gcc({ gpu: 'b200' });
      expect(summary(el)).to.include('B200');
      expect(summary(el)).not.to.include('H100');
      expect(headline(el)).to.equal('$3–4 billion');
      expect(subline(el)).to.include('$30,000');
      expect(est(el).total?.low).to.equal(3e9);
      expect(est(el).total?.high).to.equal(4e9);
    });

    it('price: "$25000" gives a single figure of $2.5 billion', async () => {
      const el = await gcc({ price: '$25000' });
      expect(headline(el)).to.equal('$2.5 billion');
      expect(subline(el)).to.equal('About $25,000 per GPU.');
      expect((await detailsText(el))).to.include('the author');
      expect(est(el).total).to.deep.equal({ low: 2.5e9, mid: 2.5e9, high: 2.5e9 });
    });

    it('scope: "servers" adds a “Rest of the servers” part', async () => {
      const el = await gcc({ scope: 'servers' });
      expect(partIds(el)).to.deep.equal(['chips', 'servers']);
      expect(costPart(el, 'servers')).to.include('Rest of the servers');
      expect(summary(el)).to.include('as complete servers');
      expect(headline(el)).to.equal('$3.9–6.8 billion');
      expect(barKeys(el)).to.deep.equal(['total', 'chips', 'servers']);
    });

    it('scope: "cluster" adds a “Network and storage” part', async () => {
      const el = await gcc({ scope: 'cluster' });
      expect(partIds(el)).to.deep.equal(['chips', 'servers', 'network']);
      expect(costPart(el, 'network')).to.include('Network and storage');
      expect(summary(el)).to.include('network and storage');
      expect(headline(el)).to.equal('$4.3–8 billion');
      expect(barKeys(el)).to.deep.equal(['total', 'chips', 'servers', 'network']);
    });

    it('years: "4" adds an “Electricity, 4 years” part and a running-cost sentence', async () => {
      const plain = await gcc();
      expect(summary(plain)).not.to.include('Running');
      const el = await gcc({ years: '4' });
      expect(partIds(el)).to.deep.equal(['chips', 'electricity']);
      expect(costPart(el, 'electricity')).to.include('Electricity, 4 years');
      expect(summary(el)).to.include('Running them for 4 years adds about');
      expect(subline(el)).to.include('of electricity');
      expect(headline(el)).not.to.equal(headline(plain));
      expect(est(el).running?.mid).to.be.above(0);
    });

    it('years: the disclosure names every running-cost assumption in words', async () => {
      const el = await gcc({ years: '4' });
      await openDetails(el);
      const names = parts<HTMLTableRowElement>(el, '[part=details] tbody tr').map((r) => norm(r.cells[0].textContent));
      expect(names).to.deep.equal([
        'Accelerators', 'Price per accelerator', 'Years of operation', 'Electricity price',
        'Rated power per accelerator', 'Rest of the server and network, as a multiple of GPU power',
        'Average draw, share of rated power', 'Data-centre overhead (PUE)',
      ]);
      expect(messageKeys(el)).to.deep.equal([]);
    });

    it('years: "1" speaks of one year in the singular', async () => {
      const el = await gcc({ years: '1' });
      expect(costPart(el, 'electricity')).to.include('Electricity, 1 year');
      expect(summary(el)).to.include('for 1 year adds');
    });

    it('electricity-price: "$0.16" doubles the electricity part against the default $0.0806', async () => {
      const base = await gcc({ years: '1' });
      const el = await gcc({ years: '1', 'electricity-price': '$0.16' });
      const ratio = 0.16 / US_KWH;
      const b = est(base).running!;
      expectRange(est(el).running, { low: b.low * ratio, mid: b.mid * ratio, high: b.high * ratio }, 'running');
      expect(costPart(el, 'electricity')).not.to.equal(costPart(base, 'electricity'));
      expect(costPart(el, 'electricity')).to.include('$95–330 million');
      expect(costPart(el, 'chips'), 'the chips do not change').to.equal(costPart(base, 'chips'));
    });

    it('region: "uk" with years="2" and no electricity-price asks for electricity-price', async () => {
      const el = await gcc({ region: 'uk', years: '2' });
      const alert = part(el, '[part=error]');
      expect(alert.getAttribute('role')).to.equal('alert');
      const items = errorItems(el);
      expect(items).to.have.length(1);
      expect(items[0]).to.include('electricity-price is needed');
      expect(items[0]).to.include('the United Kingdom');
      expect(partIds(el)).to.deep.equal(['chips']);
      expect(headline(el)).to.equal('$2.5–4 billion');
      expectNoBadText(el);
      // With a price for the UK the part appears and the message goes.
      el.setAttribute('electricity-price', '$0.20');
      await el.updateComplete;
      noError(el);
      expect(partIds(el)).to.deep.equal(['chips', 'electricity']);
    });

    it('currency + exchange-rate: "EUR", "0.92" shows euro amounts', async () => {
      const el = await gcc({ currency: 'EUR', 'exchange-rate': '0.92' });
      expect(headline(el)).to.equal('€2.3–3.7 billion');
      expect(summary(el)).to.include('€');
      expect(summary(el)).not.to.include('$');
      expect(costPart(el, 'chips')).to.include('€');
      expect(est(el).currency).to.equal('EUR');
      expect(est(el).rate).to.equal(0.92);
      // The estimate stays in US dollars.
      expect(est(el).total?.low).to.equal(2.5e9);
      noError(el);
    });

    it('currency + exchange-rate with locale "de": the headline is German formatted', async () => {
      const el = await gcc({ currency: 'EUR', 'exchange-rate': '0.92', locale: 'de' });
      expect(headline(el)).to.equal('2,3–3,7 Mrd. €');
      expect(summary(el)).to.include('100.000');
    });

    for (const [attribute, value] of [['utilization', '0.5'], ['overhead', '1.5'], ['pue', '1.5']] as const) {
      it(`${attribute}: "${value}" changes the electricity part when years > 0`, async () => {
        const base = await gcc({ years: '1' });
        const el = await gcc({ years: '1', [attribute]: value });
        expect(est(el).running?.mid).not.to.be.closeTo(est(base).running!.mid, 1);
        expect(costPart(el, 'electricity')).not.to.equal(costPart(base, 'electricity'));
        expect(costPart(el, 'chips')).to.equal(costPart(base, 'chips'));
        expect((await detailsText(el))).to.match(/the author/);
        noError(el);
        // Without running years it changes nothing a reader sees.
        const buyOnly = await gcc({ [attribute]: value });
        expect(headline(buyOnly)).to.equal('$2.5–4 billion');
        expect(partIds(buyOnly)).to.deep.equal(['chips']);
      });
    }

    it('claim: adds a verdict', async () => {
      const plain = await gcc();
      expect(shown(plain, '[part=verdict]')).to.equal(null);
      const el = await gcc({ claim: 'over $2 billion' });
      expect(textOf(el, '[part=verdict]')).to.include('over $2 billion');
    });

    it('heading: replaces the default heading', async () => {
      const plain = await gcc();
      expect(textOf(plain, 'h2')).to.equal('What does that cluster cost?');
      const el = await gcc({ heading: 'What Meta paid' });
      expect(textOf(el, 'h2')).to.equal('What Meta paid');
    });

    it('locale: "de" formats amounts the German way', async () => {
      const el = await gcc({ locale: 'de' });
      expect(headline(el)).to.match(/^2,5–4 Mrd\. \$$/);
      expect(summary(el)).to.include('100.000');
      expect(subline(el)).to.include('25.000');
    });

    it('theme: reflects and changes the colours', async () => {
      const light = await gcc({ theme: 'light' });
      const dark = await gcc();
      dark.theme = 'dark';
      await dark.updateComplete;
      expect(light.getAttribute('theme')).to.equal('light');
      expect(dark.getAttribute('theme'), 'reflected').to.equal('dark');
      const color = (el: GpuClusterCost) => getComputedStyle(part(el, '[part=base]')).color;
      expect(color(dark)).not.to.equal(color(light));
    });

    it('as-of: "2026-11" pins the figures and says “November 2026”', async () => {
      const el = await gcc({ 'as-of': '2026-11' });
      expect((await detailsText(el))).to.include('Figures as of November 2026');
      expect(est(el).figuresVersion).to.equal('2026-11');
      noError(el);
      const old = await gcc({ 'as-of': '1999-01' });
      expect(errorItems(old).join(' ')).to.include('as-of');
    });

    it('interactive: shows labelled controls for gpus, price and years', async () => {
      const plain = await gcc();
      expect(shown(plain, '[part=controls]')).to.equal(null);
      const el = await gcc({ interactive: true });
      const fieldset = part(el, 'fieldset[part=controls]');
      const inputs = [...fieldset.querySelectorAll('input')];
      expect(inputs.map((i) => i.id)).to.deep.equal(['c-gpus', 'c-price', 'c-years']);
      expect(inputs.map((i) => i.type)).to.deep.equal(['range', 'range', 'range']);
      const labels = inputs.map((i) => norm(fieldset.querySelector(`label[for="${i.id}"]`)?.textContent));
      expect(labels).to.deep.equal(['Accelerators', 'Price per accelerator', 'Years of operation']);
      expect(inputs.map((i) => i.value)).to.deep.equal(['100000', '30000', '0']);
      expect(textOf(el, 'output[for=c-price]')).to.equal('$30,000');
    });

    describe('properties', () => {

      it('setting properties updates the view', async () => {
        const el = await gcc();
        el.gpus = '50k';
        el.scope = 'servers';
        el.years = '2';
        await el.updateComplete;
        expect(summary(el)).to.include('50,000');
        expect(partIds(el)).to.deep.equal(['chips', 'servers', 'electricity']);
        el.gpus = undefined;
        el.scope = undefined;
        el.years = undefined;
        await el.updateComplete;
        expect(headline(el)).to.equal('$2.5–4 billion');
      });
    });
  });

  describe('invalid input', () => {
    // [description, attributes, attribute named in the message, value quoted]
    const cases: Array<[string, AttrMap, string, string]> = [
      ['gpus "-5"', { gpus: '-5' }, 'gpus', '-5'],
      ['gpu "tpu-v9"', { gpu: 'tpu-v9' }, 'gpu', 'tpu-v9'],
      ['price "free"', { price: 'free' }, 'price', 'free'],
      ['scope "everything"', { scope: 'everything' }, 'scope', 'everything'],
      ['years "-1"', { years: '-1' }, 'years', '-1'],
      ['currency "EURO"', { currency: 'EURO' }, 'currency', 'EURO'],
      ['exchange-rate "abc" with currency "EUR"', { currency: 'EUR', 'exchange-rate': 'abc' }, 'exchange-rate', 'abc'],
      ['claim "over 100,000 GPUs" (not money)', { claim: 'over 100,000 GPUs' }, 'claim', 'over 100,000 GPUs'],
    ];

    for (const [description, attrs, field, value] of cases) {
      it(description, async () => {
        let el!: GpuClusterCost;
        const errors = await collectPageErrors(async () => {
          el = await gcc(attrs);
        });
        expect(errors, 'page errors').to.deep.equal([]);

        const alert = part(el, '[part=error]');
        expect(alert.getAttribute('role')).to.equal('alert');
        const items = errorItems(el);
        expect(items, 'one message').to.have.length(1);
        expect(items[0]).to.include(`${field}:`);
        expect(items[0]).to.include(`“${value}”`);
        expect(items[0]).to.include('Expected');

        // The rest still renders from defaults.
        expect(headline(el)).to.match(/\$\d/);
        expect(summary(el)).to.match(/\d/);
        expect(ariaLabel(el)).to.equal(part(el, '[data-copy-text=summary]').textContent);
        expect(barKeys(el).length).to.be.above(0);
        expectNoBadText(el);

        expect(messageKeys(el)).to.deep.equal([]);

        // Removing the attributes removes the message.
        for (const name of Object.keys(attrs)) el.removeAttribute(name);
        await el.updateComplete;
        noError(el);
        expectNoBadText(el);
      });
    }

    it('one message per invalid attribute when several are wrong', async () => {
      const el = await gcc({ gpus: '-5', scope: 'everything', price: 'free' });
      const items = errorItems(el);
      expect(items).to.have.length(3);
      for (const field of ['gpus', 'scope', 'price']) {
        expect(items.filter((i) => i.startsWith(`${field}:`)), field).to.have.length(1);
      }
      expect(headline(el)).to.equal('$2.5–4 billion');
    });

    it('currency "EUR" without exchange-rate asks for the rate and stays in dollars', async () => {
      const el = await gcc({ currency: 'EUR' });
      const items = errorItems(el);
      expect(items).to.have.length(1);
      expect(items[0]).to.include('exchange-rate is needed');
      expect(headline(el)).to.equal('$2.5–4 billion');
      expectNoBadText(el);
    });

    it('never renders bad text for odd but valid inputs', async () => {
      const odd: AttrMap[] = [
        { gpus: '1' }, { gpus: '1', years: '1', scope: 'cluster' }, { gpus: '50k-100k', price: '$20k–$30k' },
        { years: '100' }, { gpus: '1e7', scope: 'cluster', years: '10' }, { price: '$1', gpus: '1' },
        { 'electricity-price': '8 ¢/kWh', years: '2' }, { utilization: '50–90%', years: '1' },
      ];
      for (const attrs of odd) {
        const el = await gcc(attrs);
        noError(el);
        expectNoBadText(el);
        expect(messageKeys(el), JSON.stringify(attrs)).to.deep.equal([]);
      }
    });
  });

  describe('a GPU without a sourced price', () => {
    it('gpu "a100" without price: “Price needed”, an error naming the A100, no bad text', async () => {
      let el!: GpuClusterCost;
      const errors = await collectPageErrors(async () => {
        el = await gcc({ gpu: 'a100' });
      });
      expect(errors).to.deep.equal([]);
      expect(headline(el)).to.equal('Price needed');
      const items = errorItems(el);
      expect(items).to.have.length(1);
      expect(items[0]).to.include('price is needed');
      expect(items[0]).to.include('A100');
      expect(summary(el)).to.include('A100');
      expect(est(el).total).to.be.undefined;
      expectNoBadText(el);
      const text = shadowText(el);
      expect(text).not.to.include('undefined');
      expect(text).not.to.include('NaN');
    });

    it('gpu "a100" with years "3": the electricity part still shows', async () => {
      const el = await gcc({ gpu: 'a100', years: '3' });
      expect(headline(el)).to.equal('Price needed');
      expect(partIds(el)).to.deep.equal(['electricity']);
      expect(costPart(el, 'electricity')).to.include('Electricity, 3 years');
      expect(costPart(el, 'electricity')).to.match(/\$\d/);
      expect(summary(el)).to.include('Running them for 3 years');
      expect(barKeys(el)).to.deep.equal(['electricity']);
      expectNoBadText(el);
      expect(messageKeys(el)).to.deep.equal([]);
    });

    it('gpu "a100" with a price: the error goes and the cost shows', async () => {
      const el = await gcc({ gpu: 'a100', price: '$15k' });
      noError(el);
      expect(headline(el)).to.equal('$1.5 billion');
      expect(summary(el)).to.include('A100');
    });


    it('gpu "a100" with years but no price does not check a purchase claim against electricity alone', async () => {
      // The headline says "Price needed": the running cost alone is not what the cluster costs,
      // so a verdict on "over $2 billion" against it would mislead.
      const el = await gcc({ gpu: 'a100', years: '3', claim: 'over $2 billion' });
      expect(headline(el)).to.equal('Price needed');
      expect(shown(el, '[part=verdict]')).to.equal(null);
    });
  });

  describe('citation', () => {
    it('gpus and price both from the author: the citation names the author as the source', async () => {
      const el = await gcc({ gpus: '1000', price: '30000' });
      expect(headline(el)).to.equal('$30 million');
      await openDetails(el);
      const citation = norm(textOf(el, '[data-copy-text=citation]'));
      expect(citation).to.match(/; sources: the author\.$/);
      expect(citation).not.to.include('sources: .');
    });
  });

  describe('claim', () => {
    it('"over $2 billion" is consistent with the seed', async () => {
      const el = await gcc({ claim: 'over $2 billion' });
      const verdict = part(el, '[part=verdict]');
      expect(verdict.dataset.kind).to.equal('consistent');
      const text = norm(verdict.textContent);
      expect(text).to.include('Claim check');
      expect(text).to.include('“over $2 billion”');
      expect(text).to.include('consistent');
      expect(text).to.include('$2.5–4 billion');
      expect(est(el).verdict?.kind).to.equal('consistent');
    });

    it('"about $500 million" is about 6 times too low', async () => {
      const el = await gcc({ claim: 'about $500 million' });
      const verdict = part(el, '[part=verdict]');
      expect(verdict.dataset.kind).to.equal('too-low');
      expect(norm(verdict.textContent)).to.include('about 6 times too low');
      expect(est(el).verdict?.kind).to.equal('too-low');
    });

    it('draws a claim bar of its own length', async () => {
      const el = await gcc({ claim: 'about $500 million' });
      expect(barKeys(el)).to.deep.equal(['chips', 'claim']);
      const claim = barWidth(el, 'claim')!;
      expect(claim).to.be.above(0);
      expect(claim, 'a smaller claim draws the shorter bar').to.be.below(barWidth(el, 'chips')!);
      const rows = parts<HTMLTableRowElement>(el, '[part=chart] table tbody tr').map((r) => norm(r.textContent));
      expect(rows.some((r) => r.startsWith('The claim') && r.includes('$500 million'))).to.be.true;
      expect(barKeys(await gcc())).not.to.include('claim');
    });

    it('a claim in the display currency is converted with the exchange rate', async () => {
      const el = await gcc({ currency: 'EUR', 'exchange-rate': '0.92', claim: 'over €2 billion' });
      noError(el);
      expect(part(el, '[part=verdict]').dataset.kind).to.equal('consistent');
      expect(est(el).verdict?.claim.value).to.be.closeTo(2e9 / 0.92, 1);
    });

    it('removing the claim removes the verdict and the bar', async () => {
      const el = await gcc({ claim: 'over $2 billion' });
      el.removeAttribute('claim');
      await el.updateComplete;
      expect(shown(el, '[part=verdict]')).to.equal(null);
      expect(barKeys(el)).not.to.include('claim');
      expect(est(el).verdict).to.be.undefined;
    });
  });
});
