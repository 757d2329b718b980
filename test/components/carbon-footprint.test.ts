// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// <carbon-footprint>: read the way a reader reads it (headline, subline, summary, the equivalence
// list, the chart's accessible name and bars), attribute by attribute, with invalid input, the
// claim check, the reader's controls and their event, the a11y audit and a narrow column.
// <power-equivalence> is loaded only by the last test, so that everything before it sees the page
// an author gets who imports carbon-footprint.js alone.

import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/carbon-footprint/carbon-footprint.js';
import { CarbonFootprint, type CarbonFootprintEstimate } from '../../src/components/carbon-footprint/carbon-footprint.js';
import type { PowerEquivalence } from '../../src/components/power-equivalence/power-equivalence.js';
import type { EstimateChangeEvent } from '../../src/events/estimate-change.js';
// Figures 2026-11 unless a test sets as-of: these tests check that set's published numbers (figures-2026-12 has the new ones).
import {
  WarningLog, collectPageErrors, mountNov as mount, recordEvents, slide, type AttrMap,
} from '../helpers/fixture.js';
import {
  ariaLabel, barKeys, barWidth, control, errorItems, estimateOf as est, expectNoBadText, expectNoMessageKeys,
  frames, has, headline, noError, norm, openDetails, painted, part, parts, shadow, subline, summary, textOf,
} from '../helpers/shadow.js';

const TAG = 'carbon-footprint';

/** The seed cluster (100,000 H100 for a year, as in <power-equivalence>), in Wh. */
const SEED_ENERGY_WH = 100_000 * 700 * 1.82 * 0.75 * 1.1 * 8760;
/** 370 GWh on the US grid's 367 g/kWh, in tonnes of CO2. */
const TONNES_370_GWH = (370e6 * 367) / 1e6;

const cf = (attrs: AttrMap = {}) => mount<CarbonFootprint>(TAG, attrs);

const figureIds = (el: CarbonFootprint) => parts(el, '.figures li').map((li) => li.dataset.eq);
const figure = (el: CarbonFootprint, id: string) => textOf(el, `.figures li[data-eq="${id}"]`);


const warnings = new WarningLog();

describe('<carbon-footprint>', () => {
  before(() => warnings.start());
  after(() => warnings.stop());

  describe('defaults', () => {
    it('is defined as CarbonFootprint with an open shadow root', async () => {
      expect(customElements.get(TAG)).to.equal(CarbonFootprint);
      const el = await cf();
      expect(el).to.be.an.instanceOf(CarbonFootprint);
      expect(el.shadowRoot, 'open shadow root').to.exist;
    });

    it('a bare tag is 100,000 H100 for a year on the US grid (367 g/kWh), in tonnes', async () => {
      const el = await cf();
      noError(el);
      expect(headline(el)).to.equal('220,000–750,000 t of CO2');
      expect(subline(el)).to.include('367 g/kWh');
      expect(subline(el)).to.include('average');
      const e = est(el);
      expect(e.intensity.mid).to.equal(367);
      expect(e.basis).to.equal('average');
      expect(e.energyWh.mid).to.be.closeTo(SEED_ENERGY_WH, SEED_ENERGY_WH * 1e-9);
      expect(e.tonnes.mid).to.be.closeTo((SEED_ENERGY_WH / 1e3) * 367 / 1e6, 1e-3);
    });

    it('the summary speaks of tonnes and cars on the grid of the United States', async () => {
      const el = await cf();
      const s = summary(el);
      expect(s).to.include('the grid of the United States');
      expect(s).to.include('220,000–750,000 tonnes of CO2');
      expect(s).to.include('cars');
      expect(s).to.match(/\.$/);
    });

    it('lists cars, homes and gasoline', async () => {
      const el = await cf();
      expect(figureIds(el)).to.deep.equal(['cars', 'homes', 'gasoline']);
      expect(figure(el, 'cars')).to.include('cars driven for a year');
      expect(figure(el, 'gasoline')).to.include('gallons of gasoline');
    });

    it('the chart is an image named by the summary, with the estimate and one unit of each equivalence', async () => {
      const el = await cf();
      expect(ariaLabel(el)).to.equal(part(el, '[data-copy-text=summary]').textContent);
      expect(barKeys(el)).to.deep.equal(['estimate', 'cars', 'homes', 'gasoline']);
      for (const key of barKeys(el)) expect(barWidth(el, key), `bar ${key}`).to.be.above(0);
      const rows = parts<HTMLTableRowElement>(el, '[part=chart] table tbody tr').map((r) => norm(r.textContent));
      expect(rows[0]).to.equal('This estimate220,000–750,000 t of CO2');
    });

    it('exposes the estimate as plain data', async () => {
      const e = est(await cf());
      expect(JSON.parse(JSON.stringify(e))).to.deep.equal(e);
      expect(e.figuresVersion).to.equal('2026-11');
      expect(e.gridRegion).to.equal('us');
    });

    it('the disclosure shows the intensity, the version and sources', async () => {
      const el = await cf();
      await openDetails(el);
      const d = textOf(el, '[part=details]');
      expect(d).to.include('Grid carbon intensity');
      expect(d).to.include('367 g/kWh');
      expect(d).to.include('Figures as of November 2026');
      expect(parts(el, '[part=details] ol li a').length).to.be.above(0);
    });

    it('shows no bad text', async () => {
      expectNoBadText(await cf());
    });

    it('shows words, not message keys, when it is the only element on the page', async () => {
      // This file loads <carbon-footprint> alone (until its last test), as a page importing only
      // carbon-footprint.js does. Its disclosure and sliders name the power assumptions.
      const el = await cf({ interactive: true, claim: 'about 136,000 tonnes' });
      expectNoMessageKeys(el);
      expect(parts<HTMLLabelElement>(el, '[part=controls] label').map((l) => norm(l.textContent)))
        .to.deep.equal(['Accelerators', 'Data-centre overhead (PUE)', 'Grid carbon intensity']);
    });
  });

  describe('attributes', () => {
    it('energy: "370 GWh" is 136,000 t of CO2 and 28,900 cars', async () => {
      const el = await cf({ energy: '370 GWh' });
      noError(el);
      expect(est(el).tonnes.mid).to.be.closeTo(TONNES_370_GWH, 1e-6);
      expect(Math.round(est(el).tonnes.mid)).to.equal(135_790);
      expect(headline(el)).to.equal('136,000 t of CO2');
      expect(figure(el, 'cars')).to.include('28,900');
      expect(summary(el)).to.include('370 GWh of electricity');
      expect(summary(el)).to.include('136,000 tonnes');
      expect(summary(el)).to.include('28,900 cars');
    });

    it('energy "1000 MWh" with grid "500 g/kWh" is 500 t of CO2', async () => {
      const el = await cf({ energy: '1000 MWh', grid: '500 g/kWh' });
      noError(el);
      expect(headline(el)).to.equal('500 t of CO2');
      expect(summary(el)).to.include('a grid at 500 g/kWh');
      expect(subline(el)).to.include('500 g/kWh');
      expect(est(el).gridRegion).to.equal(undefined);
    });

    const grids: Array<[id: string, name: string, intensity: number, text: string]> = [
      ['de', 'Germany', 381, '141,000 t of CO2'],
      ['cn', 'China', 555, '205,000 t of CO2'],
      ['world', 'the world', 481, '178,000 t of CO2'],
    ];
    for (const [id, name, intensity, text] of grids) {
      it(`grid: "${id}" uses ${intensity} g/kWh`, async () => {
        const el = await cf({ energy: '370 GWh', grid: id });
        noError(el);
        expect(est(el).intensity.mid).to.equal(intensity);
        expect(headline(el)).to.equal(text);
        expect(headline(el)).not.to.equal('136,000 t of CO2');
        expect(subline(el)).to.include(`${intensity} g/kWh`);
      });

      it(`grid: "${id}" names ${name} in the summary`, async () => {
        const el = await cf({ energy: '370 GWh', grid: id });
        expect(summary(el)).to.include(`the grid of ${name}`);
      });
    }

    it('basis: "marginal" uses the US marginal 707 g/kWh and says what that means', async () => {
      const average = await cf({ energy: '370 GWh' });
      const el = await cf({ energy: '370 GWh', basis: 'marginal' });
      noError(el);
      expect(est(el).intensity.mid).to.equal(707);
      expect(est(el).tonnes.mid).to.be.above(est(average).tonnes.mid);
      expect(headline(el)).to.equal('262,000 t of CO2');
      expect(subline(el)).to.include('707 g/kWh');
      expect(subline(el)).to.include('marginal');
      expect(subline(el)).to.include('added demand');
    });

    it('compare: "cars" shows only cars, in the list and the chart', async () => {
      const el = await cf({ compare: 'cars' });
      noError(el);
      expect(figureIds(el)).to.deep.equal(['cars']);
      expect(barKeys(el)).to.deep.equal(['estimate', 'cars']);
    });

    // Each input of the power model changes the emissions: [attributes, factor on the seed's tonnes].
    const inputs: Array<[AttrMap, number]> = [
      [{ gpus: '50k' }, 0.5],
      [{ gpu: 'b200' }, 1000 / 700],
      [{ utilization: '0.5' }, 0.5 / 0.75],
      [{ overhead: '1' }, 1 / 1.82],
      [{ pue: '1.5' }, 1.5 / 1.1],
      [{ hours: '1000' }, 1000 / 8760],
      [{ power: '42 MW' }, (42e6 * 8760) / SEED_ENERGY_WH],
    ];
    for (const [attrs, factor] of inputs) {
      it(`${Object.entries(attrs).map(([k, v]) => `${k}: "${v}"`).join(', ')} changes the figure`, async () => {
        const seed = await cf();
        const el = await cf(attrs);
        noError(el);
        expect(est(el).tonnes.mid).to.be.closeTo(est(seed).tonnes.mid * factor, est(seed).tonnes.mid * 1e-9);
        expect(headline(el)).not.to.equal(headline(seed));
        expect(summary(el)).not.to.equal(summary(seed));
        expectNoBadText(el);
      });
    }

    it('claim: adds a verdict', async () => {
      expect(has(await cf(), '[part=verdict]'), 'verdict without a claim').to.be.false;
      const el = await cf({ energy: '370 GWh', claim: 'about 136,000 tonnes' });
      expect(textOf(el, '[part=verdict]')).to.include('about 136,000 tonnes');
    });

    it('heading: replaces the default heading', async () => {
      expect(textOf(await cf(), 'h2')).to.equal('What does that electricity emit?');
      expect(textOf(await cf({ heading: 'The carbon cost' }), 'h2')).to.equal('The carbon cost');
    });

    it('locale: "de" formats numbers the German way', async () => {
      const el = await cf({ energy: '370 GWh', locale: 'de' });
      noError(el);
      expect(headline(el)).to.include('136.000');
      expect(figure(el, 'cars')).to.include('28.900');
      expect(ariaLabel(el)).to.include('136.000');
    });

    it('theme: "dark" reflects and changes the colours', async () => {
      const light = await cf({ theme: 'light' });
      const dark = await cf({ theme: 'dark' });
      expect(dark.getAttribute('theme')).to.equal('dark');
      const color = (el: CarbonFootprint) => getComputedStyle(part(el, '[part=base]')).color;
      expect(color(dark)).not.to.equal(color(light));
    });

    it('as-of: "2026-11" pins the figures', async () => {
      const el = await cf({ 'as-of': '2026-11' });
      noError(el);
      await openDetails(el);
      expect(textOf(el, '[part=details]')).to.include('Figures as of November 2026');
      expect(est(el).figuresVersion).to.equal('2026-11');
    });

    it('interactive: labelled sliders for GPUs, PUE and intensity; intensity alone for an energy', async () => {
      expect(has(await cf(), '[part=controls]'), 'controls without interactive').to.be.false;
      const el = await cf({ interactive: true });
      const inputs = parts<HTMLInputElement>(el, 'fieldset[part=controls] input');
      expect(inputs.map((i) => i.id)).to.deep.equal(['c-gpus', 'c-pue', 'c-intensity']);
      for (const input of inputs) {
        expect(input.type).to.equal('range');
        expect(input.labels?.length, `#${input.id}.labels`).to.equal(1);
      }
      expect(control(el, 'intensity').value).to.equal('367');
      const energy = await cf({ interactive: true, energy: '370 GWh' });
      expect(parts<HTMLInputElement>(energy, '[part=controls] input').map((i) => i.id)).to.deep.equal(['c-intensity']);
    });

    describe('properties', () => {

      it('setting properties updates the view', async () => {
        const el = await cf();
        el.energy = '370 GWh';
        await el.updateComplete;
        expect(headline(el)).to.equal('136,000 t of CO2');
        el.grid = '500 g/kWh';
        await el.updateComplete;
        expect(headline(el)).to.equal('185,000 t of CO2');
      });
    });
  });

  describe('invalid input', () => {
    // [description, attributes, attribute the message names, text the message must contain]
    const cases: Array<[string, AttrMap, string, string]> = [
      ['grid "mars"', { grid: 'mars' }, 'grid', '“mars”'],
      ['grid "-5"', { grid: '-5' }, 'grid', '“-5”'],
      ['energy "abc"', { energy: 'abc' }, 'energy', '“abc”'],
      ['basis "marginal" with grid "de" (no sourced marginal factor)', { basis: 'marginal', grid: 'de' }, 'basis', '“marginal”'],
      ['basis "hourly"', { basis: 'hourly' }, 'basis', '“hourly”'],
      ['claim "$2 billion" (not tonnes, cars or homes)', { claim: '$2 billion' }, 'claim', '“$2 billion”'],
      ['gpus "-5"', { gpus: '-5' }, 'gpus', '“-5”'],
      ['pue "0.5"', { pue: '0.5' }, 'pue', '“0.5”'],
      ['compare "reactors"', { compare: 'reactors' }, 'compare', '“reactors”'],
      ['energy and gpus both set', { energy: '370 GWh', gpus: '50k' }, 'gpus', 'only one of “energy”, “power” or “gpus”'],
    ];

    for (const [description, attrs, field, text] of cases) {
      it(description, async () => {
        let el!: CarbonFootprint;
        const errors = await collectPageErrors(async () => {
          el = await cf(attrs);
        });
        expect(errors, 'page errors').to.deep.equal([]);
        expect(part(el, '[part=error]').getAttribute('role')).to.equal('alert');
        const items = errorItems(el);
        expect(items, 'one message').to.have.length(1);
        expect(items[0].startsWith(`${field}:`), `message names ${field}: ${items[0]}`).to.be.true;
        expect(items[0]).to.include(text);
        // The rest renders.
        expect(headline(el)).to.match(/^\d[\d,.–]* t of CO2$/);
        expect(summary(el)).to.match(/\d/);
        expect(ariaLabel(el)).to.equal(part(el, '[data-copy-text=summary]').textContent);
        expectNoBadText(el);
        el.removeAttribute(field);
        await el.updateComplete;
        noError(el);
      });
    }

    it('basis "marginal" with grid "de" falls back to the German average', async () => {
      const el = await cf({ energy: '370 GWh', basis: 'marginal', grid: 'de' });
      expect(errorItems(el)[0]).to.include('basis:');
      expect(est(el).basis).to.equal('average');
      expect(headline(el)).to.equal('141,000 t of CO2');
      expect(subline(el)).not.to.include('marginal');
    });

    it('never renders bad text for odd but valid inputs', async () => {
      const odd: AttrMap[] = [
        { energy: '0.000001 Wh' }, { energy: '1e30 Wh' }, { grid: '0.001 g/kWh' }, { grid: '2999' },
        { gpus: '1', hours: '1' }, { grid: '0.4 kg/kWh' }, { compare: 'homes', grid: 'cn' },
      ];
      for (const attrs of odd) {
        const el = await cf(attrs);
        expectNoBadText(el);
      }
    });
  });

  describe('claim', () => {
    it('"about 136,000 tonnes" for 370 GWh is consistent', async () => {
      const el = await cf({ energy: '370 GWh', claim: 'about 136,000 tonnes' });
      noError(el);
      const verdict = part(el, '[part=verdict]');
      expect(verdict.dataset.kind).to.equal('consistent');
      expect(norm(verdict.textContent)).to.include('“about 136,000 tonnes” is consistent');
      expect(norm(verdict.textContent)).to.include('136,000 t of CO2');
      expect(barKeys(el).slice(0, 2)).to.deep.equal(['estimate', 'claim']);
    });

    it('"over 1 million tonnes" for 370 GWh is too high', async () => {
      const el = await cf({ energy: '370 GWh', claim: 'over 1 million tonnes' });
      noError(el);
      expect(part(el, '[part=verdict]').dataset.kind).to.equal('too-high');
      expect(textOf(el, '[part=verdict]')).to.match(/about [\d.]+ times too high/);
      expect(barWidth(el, 'claim')).to.be.above(barWidth(el, 'estimate')!);
    });

    it('a claim in cars is checked against the cars', async () => {
      const el = await cf({ energy: '370 GWh', claim: 'about 29,000 cars' });
      noError(el);
      expect(part(el, '[part=verdict]').dataset.kind).to.equal('consistent');
      expect(textOf(el, '[part=verdict]')).to.include('28,900 cars');
    });

    it('"$2 billion" is refused with an error on claim, and no verdict', async () => {
      const el = await cf({ energy: '370 GWh', claim: '$2 billion' });
      expect(errorItems(el)).to.have.length(1);
      expect(errorItems(el)[0]).to.include('claim: “$2 billion”');
      expect(has(el, '[part=verdict]'), 'verdict').to.be.false;
      expect(headline(el)).to.equal('136,000 t of CO2');
    });
  });

  describe('events', () => {
    it('moving the intensity slider changes the headline and fires exactly one estimate-change', async () => {
      const el = await cf({ interactive: true, energy: '370 GWh' });
      expect(headline(el)).to.equal('136,000 t of CO2');
      const log = recordEvents<EstimateChangeEvent<CarbonFootprintEstimate>>(el);
      try {
        setTimeout(() => slide(control(el, 'intensity'), '500'));
        const event = await oneEvent(el, 'estimate-change') as EstimateChangeEvent<CarbonFootprintEstimate>;
        await frames(2);
        expect(log.onEl, 'events on the element').to.have.length(1);
        expect(log.onDocument, 'events on the document').to.have.length(1);
        expect(event.bubbles).to.be.true;
        expect(event.composed).to.be.true;
        expect(event.estimate.intensity.mid).to.equal(500);
        expect(event.estimate.tonnes.mid).to.be.closeTo(185_000, 1e-6);
        expect(headline(el)).to.equal('185,000 t of CO2');
        expect(textOf(el, 'output[for=c-intensity]')).to.equal('500 g/kWh');
      } finally {
        log.stop();
      }
    });

    it('the intensity slider overrides a marginal basis with an average at the chosen value', async () => {
      const el = await cf({ interactive: true, energy: '370 GWh', basis: 'marginal' });
      slide(control(el, 'intensity'), '500');
      await oneEvent(el, 'estimate-change');
      expect(headline(el)).to.equal('185,000 t of CO2');
      expect(subline(el)).to.include('500 g/kWh');
    });

  });

  describe('accessibility', () => {
    it('passes the audit with a claim, controls and an error', async () => {
      await expect(painted(await cf({ energy: '370 GWh', claim: 'over 1 million tonnes', interactive: true, grid: 'mars' }))).to.be.accessible();
    });

    it('the error is announced as an alert naming the attribute', async () => {
      const el = await cf({ grid: 'mars' });
      const alert = part(el, '[role=alert]');
      expect(alert.getAttribute('part')).to.equal('error');
      expect(norm(alert.textContent)).to.include('grid');
    });
  });


  // Last: loading <power-equivalence> registers its words for every element on the page.
  describe('agreement with <power-equivalence>', () => {
    it('gpus "50000" gpu "b200": the same energy as <power-equivalence>', async () => {
      await import('../../src/components/power-equivalence/power-equivalence.js');
      const attrs = { gpus: '50000', gpu: 'b200' };
      const el = await cf(attrs);
      const power = await mount<PowerEquivalence>('power-equivalence', attrs);
      const energy = power.estimate?.energyWh;
      expect(energy, 'power-equivalence estimate').to.exist;
      expect(est(el).energyWh).to.deep.equal(energy);
      expect(est(el).energyWh.mid).to.be.closeTo((SEED_ENERGY_WH / 2) * (1000 / 700), 1);
      expect(shadow(el).querySelector('[part=error]') === null, 'no error').to.be.true;
    });

    it('energy "370 GWh", utilization, pue and hours: the same energy as <power-equivalence>', async () => {
      for (const attrs of [{ energy: '370 GWh' }, { utilization: '0.6', pue: '1.3', hours: '2000' }, { power: '42 MW', hours: '100' }]) {
        const el = await cf(attrs);
        const power = await mount<PowerEquivalence>('power-equivalence', attrs);
        expect(est(el).energyWh, JSON.stringify(attrs)).to.deep.equal(power.estimate?.energyWh);
      }
    });
  });
});
