// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// <power-equivalence>: definition, defaults, attributes, invalid input and the claim check, read
// the way a reader reads them: shadow text, the chart's accessible name and its bar geometry.
// Events, accessibility, theming, locale, fallback, layout and copy are in
// power-equivalence.interaction.test.ts.

import { expect, html } from '@open-wc/testing';
import '../../src/components/power-equivalence/power-equivalence.js';
import { PowerEquivalence } from '../../src/components/power-equivalence/power-equivalence.js';
import { defineOnce } from '../../src/internal/define.js';
// Figures 2026-11 unless a test sets as-of: these tests check that set's published numbers (figures-2026-12 has the new ones).
import { WarningLog, collectPageErrors, mountNov as mount, mountTemplate, type AttrMap } from '../helpers/fixture.js';
import {
  assumptionRows, barKeys, barWidth, detailsText, errorItems, expectNoBadText, headline, norm, part, parts,
  shadow, summary, textOf,
} from '../helpers/shadow.js';

const TAG = 'power-equivalence';

/** 100,000 H100 (700 W) × server 1.82 × utilization 0.75 × PUE 1.10 × 8,760 h, in Wh. */
const SEED_ENERGY_WH = 100_000 * 700 * 1.82 * 0.75 * 1.1 * 8760;

const pe = (attrs: AttrMap = {}) => mount<PowerEquivalence>(TAG, attrs);

const equivalenceIds = (el: PowerEquivalence) => parts(el, '.equivalences li').map((li) => li.dataset.eq);
const equivalence = (el: PowerEquivalence, id: string) => textOf(el, `.equivalences li[data-eq="${id}"]`);
const energyMid = (el: PowerEquivalence) => {
  const e = el.estimate;
  if (!e) expect.fail('no estimate');
  return e.energyWh.mid;
};

const warnings = new WarningLog();

describe('<power-equivalence>', () => {
  before(() => warnings.start());
  after(() => warnings.stop());

  describe('definition', () => {
    it('is defined as PowerEquivalence', async () => {
      expect(customElements.get(TAG)).to.equal(PowerEquivalence);
      const el = await pe();
      expect(el).to.be.an.instanceOf(PowerEquivalence);
      expect(el.shadowRoot, 'open shadow root').to.exist;
    });

    it('only warns when the module is loaded a second time', async () => {
      // A second copy of the library: the same file under another URL is a new module instance
      // with its own class, as two bundles on one page would be.
      const url = new URL('../../src/components/power-equivalence/power-equivalence.ts?second-copy', import.meta.url).href;
      const errors = await collectPageErrors(async () => {
        await import(/* @vite-ignore */ url);
      });
      expect(errors).to.deep.equal([]);
      expect(customElements.get(TAG)).to.equal(PowerEquivalence);
      expect(warnings.count('already defined'), warnings.messages.join('\n')).to.equal(1);
    });

    it('only warns when defineOnce is called again with another class', () => {
      class Impostor extends HTMLElement {}
      expect(() => defineOnce(TAG, Impostor)).not.to.throw();
      expect(customElements.get(TAG)).to.equal(PowerEquivalence);
      // warnOnce: the page's one duplicate-definition line, never an exception.
      expect(warnings.count('already defined')).to.equal(1);
      expect(document.createElement(TAG)).to.be.an.instanceOf(PowerEquivalence);
    });

    it('calling defineOnce again with the same class neither throws nor warns', () => {
      const seen = warnings.messages.length;
      expect(() => defineOnce(TAG, PowerEquivalence)).not.to.throw();
      expect(warnings.messages.length).to.equal(seen);
    });
  });

  describe('defaults', () => {
    it('a bare tag shows the seed cluster’s energy in the headline', async () => {
      const el = await pe();
      const h = headline(el);
      expect(h).to.include('0.6–2');
      expect(h).to.include('TWh');
      expect(shadow(el).querySelector('[part=error]'), 'no error for a bare tag').to.be.null;
    });

    it('the summary names 100,000 H100 GPUs', async () => {
      const el = await pe();
      const s = summary(el);
      expect(s).to.include('100,000');
      expect(s).to.include('H100');
      expect(s).to.include('for a year');
    });

    it('lists homes, electric cars, reactors and the share of US demand', async () => {
      const el = await pe();
      expect(equivalenceIds(el)).to.deep.equal(['homes', 'ev', 'reactors', 'share']);
      expect(equivalence(el, 'homes')).to.include('homes in the United States');
      expect(equivalence(el, 'ev')).to.include('electric cars');
      expect(equivalence(el, 'reactors')).to.include('reactor');
      expect(equivalence(el, 'share')).to.include('%');
    });

    it('the chart is an image named by the summary sentence', async () => {
      const el = await pe();
      const svg = part<SVGSVGElement>(el, 'svg[role=img]');
      const sentence = part(el, '[data-copy-text=summary]').textContent;
      expect(svg.getAttribute('aria-label')).to.equal(sentence);
      expect(svg.getAttribute('viewBox')).to.match(/^0 0 \d+ \d+$/);
      expect(barKeys(el)).to.deep.equal(['estimate', 'homes', 'ev', 'reactors', 'share']);
      for (const key of barKeys(el)) expect(barWidth(el, key), `bar ${key}`).to.be.above(0);
    });

    it('has a visually hidden data table with the bars’ labels and values', async () => {
      const el = await pe();
      const table = part<HTMLTableElement>(el, '[part=chart] .visually-hidden table');
      const rows = [...table.tBodies[0].rows].map((r) => [norm(r.cells[0].textContent), norm(r.cells[1].textContent)]);
      const bars = parts(el, 'g.bar').map((g) => [norm(g.querySelector('text.label')!.textContent), norm(g.querySelector('text.value')!.textContent)]);
      expect(rows).to.deep.equal(bars);
      expect(rows[0][1]).to.include('0.6–2 TWh');
    });

    it('exposes the estimate as plain data', async () => {
      const el = await pe();
      const e = el.estimate!;
      expect(e, 'estimate').to.exist;
      expect(Object.getPrototypeOf(e)).to.equal(Object.prototype);
      expect(JSON.parse(JSON.stringify(e))).to.deep.equal(e);
      expect(e.mode).to.equal('gpus');
      expect(e.energyWh.mid).to.be.closeTo(SEED_ENERGY_WH, SEED_ENERGY_WH * 1e-9);
      expect(e.energyWh.mid).to.be.closeTo(920.7e9, 0.1e9);
      expect(e.energyWh.low).to.be.below(e.energyWh.mid);
      expect(e.energyWh.high).to.be.above(e.energyWh.mid);
      expect(e.figuresVersion).to.equal('2026-11');
    });

    it('the disclosure shows the figures’ version and sources', async () => {
      const el = await pe();
      const d = await detailsText(el);
      expect(d).to.include('How is this calculated?');
      expect(d).to.include('Figures as of November 2026');
      expect(parts(el, '[part=details] ol li a').length).to.be.above(0);
    });

    it('the disclosure marks every assumption of a bare tag as a default', async () => {
      // DESIGN §3.4: the disclosure lists each assumption and "whether the author overrode it".
      // A bare tag sets nothing, so no row may say "the author".
      const el = await pe();
      const byAuthor = (await assumptionRows(el)).filter(([, , origin]) => origin !== 'default').map(([name, value, origin]) => `${name} ${value}: ${origin}`);
      expect(byAuthor, 'rows not marked default').to.deep.equal([]);
    });

    it('shows no bad text', async () => {
      expectNoBadText(await pe());
    });
  });

  describe('attributes', () => {
    it('energy: "370 GWh" is the headline and 34,300 US homes', async () => {
      const el = await pe({ energy: '370 GWh' });
      expect(headline(el)).to.include('370 GWh');
      expect(equivalence(el, 'homes')).to.include('34,300');
      expect(summary(el)).to.include('370 GWh of electricity');
      expect(el.estimate!.mode).to.equal('energy');
      expect(energyMid(el)).to.be.closeTo(370e9, 1);
    });

    it('power: "42 MW" for a year is about 368 GWh', async () => {
      const el = await pe({ power: '42 MW' });
      expect(summary(el)).to.include('A steady 42 MW');
      expect(headline(el)).to.include('368 GWh');
      expect(energyMid(el)).to.be.closeTo(42e6 * 8760, 1);
    });

    it('gpus: "50k" halves the energy', async () => {
      const el = await pe({ gpus: '50k' });
      expect(summary(el)).to.include('50,000');
      expect(headline(el)).to.include('0.3–1 TWh');
      expect(energyMid(el)).to.be.closeTo(SEED_ENERGY_WH / 2, SEED_ENERGY_WH * 1e-9);
    });

    it('gpu: "b200" names the B200 and uses its 1,000 W', async () => {
      const el = await pe({ gpu: 'b200' });
      expect(summary(el)).to.include('B200');
      expect(summary(el)).not.to.include('H100');
      expect(energyMid(el)).to.be.closeTo((SEED_ENERGY_WH * 1000) / 700, SEED_ENERGY_WH * 1e-9);
      expect(headline(el)).not.to.include('0.6–2');
    });

    it('utilization: "0.5" lowers the energy', async () => {
      const el = await pe({ utilization: '0.5' });
      expect(energyMid(el)).to.be.closeTo((SEED_ENERGY_WH * 0.5) / 0.75, SEED_ENERGY_WH * 1e-9);
      expect(headline(el)).to.include('0.6–1 TWh');
      expect((await assumptionRows(el))).to.deep.include(['Average draw, share of rated power', '50%', 'the author']);
    });

    it('overhead: "1" counts the GPUs alone', async () => {
      const el = await pe({ overhead: '1' });
      expect(energyMid(el)).to.be.closeTo(SEED_ENERGY_WH / 1.82, SEED_ENERGY_WH * 1e-9);
      expect(headline(el)).to.include('330–960 GWh');
    });

    it('pue: "1" drops the cooling overhead', async () => {
      const el = await pe({ pue: '1' });
      expect(energyMid(el)).to.be.closeTo(SEED_ENERGY_WH / 1.1, SEED_ENERGY_WH * 1e-9);
      expect(headline(el)).to.include('0.55–1.3 TWh');
    });

    it('hours: "1000" says "for 1,000 hours" and drops "a year" from the headline', async () => {
      const el = await pe({ hours: '1000' });
      expect(summary(el)).to.include('for 1,000 hours');
      expect(headline(el)).to.equal('68–230 GWh');
      expect(energyMid(el)).to.be.closeTo((SEED_ENERGY_WH * 1000) / 8760, SEED_ENERGY_WH * 1e-9);
    });

    it('region: "uk" compares with homes in the United Kingdom', async () => {
      const el = await pe({ region: 'uk' });
      expect(summary(el)).to.include('the United Kingdom');
      expect(equivalence(el, 'homes')).to.include('homes in the United Kingdom');
      // No sourced UK demand figure: no share.
      expect(equivalenceIds(el)).to.deep.equal(['homes', 'ev', 'reactors']);
    });

    it('compare: "reactors" shows only reactors, in the list and the chart', async () => {
      const el = await pe({ compare: 'reactors' });
      expect(equivalenceIds(el)).to.deep.equal(['reactors']);
      expect(barKeys(el)).to.deep.equal(['estimate', 'reactors']);
      expect(summary(el)).to.include('reactors');
    });

    it('claim: adds a verdict', async () => {
      const plain = await pe();
      expect(shadow(plain).querySelector('[part=verdict]') === null).to.equal(true);
      const el = await pe({ claim: 'at least 370 GWh' });
      expect(textOf(el, '[part=verdict]')).to.include('at least 370 GWh');
    });

    it('heading: replaces the default heading', async () => {
      const el = await pe({ heading: 'The power behind the model' });
      expect(textOf(el, 'h2')).to.equal('The power behind the model');
      const plain = await pe();
      expect(textOf(plain, 'h2')).to.equal('How much electricity is that?');
    });

    it('locale: "de" formats numbers the German way', async () => {
      const el = await pe({ energy: '370 GWh', locale: 'de' });
      expect(headline(el)).to.include('370 GWh');
      expect(equivalence(el, 'homes')).to.include('34.300');
      expect(equivalence(el, 'reactors')).to.include('0,0456');
    });

    it('theme: reflects and changes the colours', async () => {
      const light = await pe({ theme: 'light' });
      const dark = await pe({ theme: 'dark' });
      expect(light.getAttribute('theme')).to.equal('light');
      expect(dark.theme).to.equal('dark');
      const color = (el: PowerEquivalence) => getComputedStyle(part(el, '[part=base]')).color;
      expect(color(dark)).not.to.equal(color(light));
    });

    it('as-of: "2026-11" pins the figures and says "November 2026"', async () => {
      const el = await pe({ 'as-of': '2026-11' });
      expect((await detailsText(el))).to.include('Figures as of November 2026');
      expect(el.estimate!.figuresVersion).to.equal('2026-11');
      expect(shadow(el).querySelector('[part=error]') === null).to.equal(true);
    });

    it('interactive: shows labelled range controls', async () => {
      const plain = await pe();
      expect(shadow(plain).querySelector('[part=controls]') === null).to.equal(true);
      const el = await pe({ interactive: true });
      const fieldset = part(el, 'fieldset[part=controls]');
      const inputs = [...fieldset.querySelectorAll('input')];
      expect(inputs.map((i) => i.type)).to.deep.equal(['range', 'range', 'range', 'range']);
      for (const input of inputs) {
        const label = fieldset.querySelector(`label[for="${input.id}"]`);
        expect(norm(label?.textContent), `label for #${input.id}`).not.to.equal('');
      }
      expect(inputs[0].value).to.equal('100000');
    });

    it('energy: "1 MWh" still draws a visible estimate bar', async () => {
      // A positive estimate must not be drawn as a zero-length bar (log axis starting at it).
      const el = await pe({ energy: '1 MWh' });
      expect(headline(el)).to.include('1 MWh');
      expect(barWidth(el, 'estimate'), 'estimate bar width').to.be.above(0);
    });

    it('gpus: "1" speaks of one GPU in the singular', async () => {
      const el = await pe({ gpus: '1' });
      expect(summary(el)).to.match(/^1 NVIDIA H100 SXM/);
      expect(summary(el)).not.to.include('GPUs running');
    });

    describe('properties', () => {

      it('setting properties updates the view', async () => {
        const el = await pe();
        el.energy = '370 GWh';
        el.region = 'uk';
        el.heading = 'Set by property';
        el.asOf = '2026-11';
        el.theme = 'dark';
        await el.updateComplete;
        expect(headline(el)).to.include('370 GWh');
        expect(summary(el)).to.include('the United Kingdom');
        expect(textOf(el, 'h2')).to.equal('Set by property');
        expect(el.getAttribute('theme')).to.equal('dark');
        expect(energyMid(el)).to.be.closeTo(370e9, 1);
        el.energy = undefined;
        await el.updateComplete;
        expect(headline(el)).to.include('0.6–2');
      });

      it('keeps invalid attribute values as written', async () => {
        const el = await pe({ gpus: 'lots', theme: 'blue', pue: '0.5' });
        expect(el.getAttribute('gpus')).to.equal('lots');
        expect(el.getAttribute('theme')).to.equal('blue');
        expect(el.getAttribute('pue')).to.equal('0.5');
      });
    });
  });

  describe('invalid input', () => {
    // [description, attributes, attribute named in the message (removing it fixes it), value quoted]
    const cases: Array<[string, AttrMap, string, string]> = [
      ['gpus "-5"', { gpus: '-5' }, 'gpus', '-5'],
      ['gpus "0"', { gpus: '0' }, 'gpus', '0'],
      ['gpus "lots"', { gpus: 'lots' }, 'gpus', 'lots'],
      ['gpu "tpu-v9"', { gpu: 'tpu-v9' }, 'gpu', 'tpu-v9'],
      ['utilization "150%"', { utilization: '150%' }, 'utilization', '150%'],
      ['pue "0.5"', { pue: '0.5' }, 'pue', '0.5'],
      ['energy "abc"', { energy: 'abc' }, 'energy', 'abc'],
      ['region "mars"', { region: 'mars' }, 'region', 'mars'],
      ['compare "homes" with region "cn"', { compare: 'homes', region: 'cn' }, 'compare', 'homes'],
      ['claim "$2 billion" (not an energy claim)', { claim: '$2 billion' }, 'claim', '$2 billion'],
      ['theme "blue"', { theme: 'blue' }, 'theme', 'blue'],
      ['as-of "1999-01"', { 'as-of': '1999-01' }, 'as-of', '1999-01'],
      ['energy and power both set', { energy: '370 GWh', power: '42 MW' }, 'power', '42 MW'],
      ['energy and gpus both set', { energy: '370 GWh', gpus: '50k' }, 'gpus', '50k'],
      ['power and gpus both set', { power: '42 MW', gpus: '50k' }, 'gpus', '50k'],
      ['locale "not a locale!"', { locale: 'not a locale!' }, 'locale', 'not a locale!'],
    ];

    for (const [description, attrs, field, value] of cases) {
      it(description, async () => {
        let el!: PowerEquivalence;
        const errors = await collectPageErrors(async () => {
          el = await pe(attrs);
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
        expect(headline(el)).to.match(/\d.*Wh/);
        expect(summary(el)).to.match(/\d/);
        expect(part(el, 'svg[role=img]').getAttribute('aria-label')).to.equal(part(el, '[data-copy-text=summary]').textContent);
        expectNoBadText(el);

        // Fixing the attribute removes the message.
        el.removeAttribute(field);
        await el.updateComplete;
        expect(shadow(el).querySelector('[part=error]'), 'message after the fix').to.be.null;
        expectNoBadText(el);
      });
    }

    it('one message per invalid attribute when several are wrong', async () => {
      const el = await pe({ gpus: '-5', pue: '0.8', gpu: 'tpu-v9' });
      const items = errorItems(el);
      expect(items).to.have.length(3);
      for (const field of ['gpus', 'pue', 'gpu']) {
        expect(items.filter((i) => i.startsWith(`${field}:`)), field).to.have.length(1);
      }
      expect(parts(el, '[part=error]')).to.have.length(1);
    });

    it('falls back to the default for the invalid attribute only', async () => {
      const el = await pe({ gpus: 'lots', region: 'uk' });
      expect(summary(el)).to.include('100,000');
      expect(summary(el)).to.include('the United Kingdom');
    });

    it('warns on the console once per problem, not once per widget', async () => {
      const seen = warnings.count('“lots of them”');
      await mountTemplate(html`<div>
        <power-equivalence gpus="lots of them"></power-equivalence>
        <power-equivalence gpus="lots of them"></power-equivalence>
        <power-equivalence gpus="lots of them"></power-equivalence>
      </div>`);
      expect(warnings.count('“lots of them”') - seen).to.equal(1);
    });

    it('never renders bad text for odd but valid inputs', async () => {
      const odd: AttrMap[] = [
        { energy: '0.000001 Wh' }, { power: '1 W', hours: '1' }, { gpus: '1', hours: '1' },
        { energy: '1e30 Wh' }, { gpus: '50k-100k', utilization: '50–90%' }, { region: 'world', compare: 'share' },
      ];
      for (const attrs of odd) {
        const el = await pe(attrs);
        expect(shadow(el).querySelector('[part=error]'), JSON.stringify(attrs)).to.be.null;
        expectNoBadText(el);
      }
    });
  });

  describe('claim', () => {
    it('370 GWh against "over 34 million households" is about 1,000 times too high', async () => {
      const el = await pe({ energy: '370 GWh', claim: 'over 34 million households' });
      const verdict = part(el, '[part=verdict]');
      expect(verdict.dataset.kind).to.equal('too-high');
      const text = norm(verdict.textContent);
      expect(text).to.include('Claim check');
      expect(text).to.include('“over 34 million households”');
      expect(text).to.include('about 1,000 times too high');
      expect(text).to.include('34,300 homes');
      expect(el.estimate!.claimCheck?.verdict.kind).to.equal('too-high');
    });

    it('the seed cluster against "at least 370 GWh" is consistent, implying 60% of rated power', async () => {
      const el = await pe({ claim: 'at least 370 GWh' });
      const verdict = part(el, '[part=verdict]');
      expect(verdict.dataset.kind).to.equal('consistent');
      const [sentence, implied] = [...verdict.querySelectorAll('p')].map((p) => norm(p.textContent));
      expect(sentence).to.include('consistent');
      expect(implied).to.include('60%');
      expect(implied).to.include('100,000');
      expect(implied).to.include('370 GWh');
    });

    it('adds a claim bar of its own length', async () => {
      const el = await pe({ energy: '370 GWh', claim: 'over 34 million households' });
      expect(barKeys(el)).to.include('claim');
      expect(barKeys(el).slice(0, 2)).to.deep.equal(['estimate', 'claim']);
      const claim = barWidth(el, 'claim')!;
      expect(claim).to.be.above(0);
      expect(claim).not.to.be.closeTo(barWidth(el, 'estimate')!, 1);
      expect(claim, 'a 1,000 times larger claim draws the longer bar').to.be.above(barWidth(el, 'estimate')!);
      const plain = await pe({ energy: '370 GWh' });
      expect(barKeys(plain)).not.to.include('claim');
    });

    it('the claim bar is in the data table too', async () => {
      const el = await pe({ claim: 'at least 370 GWh' });
      const rows = parts<HTMLTableRowElement>(el, '[part=chart] table tbody tr').map((r) => norm(r.textContent));
      expect(rows.some((r) => r.startsWith('The claim') && r.includes('370 GWh'))).to.be.true;
    });

    it('removing the claim removes the verdict and the bar', async () => {
      const el = await pe({ claim: 'at least 370 GWh' });
      el.removeAttribute('claim');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=verdict]') === null).to.equal(true);
      expect(barKeys(el)).not.to.include('claim');
      expect(el.estimate!.claimCheck).to.be.undefined;
    });

    it('a claim about power is checked against the average draw', async () => {
      const el = await pe({ claim: 'at least 42 MW' });
      expect(part(el, '[part=verdict]').dataset.kind).to.equal('consistent');
      expect(textOf(el, '[part=verdict]')).to.include('68–230 MW');
    });

    it('the implied-share sentence speaks of the period modelled, not always "a year"', async () => {
      // With hours="1000" the cluster runs 1,000 hours; the implied-share sentence divides by
      // 1,000 hours but says "370 GWh a year".
      const el = await pe({ hours: '1000', claim: 'at least 370 GWh' });
      const text = textOf(el, '[part=verdict]');
      expect(text).to.include('370 GWh');
      expect(text).not.to.include('a year from');
    });

    it('"at least 0 GWh" is refused as a claim instead of being "about 0 times too low"', async () => {
      // Any positive estimate is at least 0 GWh; a factor of 0 is not a verdict a reader can use.
      const el = await pe({ energy: '370 GWh', claim: 'at least 0 GWh' });
      expect(shadow(el).querySelector('[part=verdict]') === null).to.equal(true);
      expect(norm(textOf(el, '[part=error]'))).to.include('claim: “at least 0 GWh”');
      expect(headline(el)).to.match(/370/);
    });

    it('shows no bad text with a claim', async () => {
      expectNoBadText(await pe({ claim: 'over 100 reactors' }));
      expectNoBadText(await pe({ energy: '370 GWh', claim: 'over 34 million households' }));
    });
  });
});
