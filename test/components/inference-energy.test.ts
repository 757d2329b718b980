// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// <inference-energy>: read the way a reader reads it (headline, subline, summary, the figures list,
// the chart's accessible name and bars, the verdict and its note, the disclosure), attribute by
// attribute, with invalid input, the reader's controls, and German words from the catalog part
// only this element fetches. Figures 2026-12, the first set with inference figures.

import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/inference-energy/inference-energy.js';
import { InferenceEnergy } from '../../src/components/inference-energy/inference-energy.js';
import { hasCatalog } from '../../src/core/messages/index.js';
import { collectPageErrors, mount, recordEvents, slide, type AttrMap } from '../helpers/fixture.js';
import {
  ariaLabel, barKeys, barWidth, control, detailsText, errorItems, estimateOf as est, expectNoBadText, expectNoMessageKeys,
  has, headline, noError, norm, part, parts, subline, summary, textOf,
} from '../helpers/shadow.js';

const TAG = 'inference-energy';
const ie = (attrs: AttrMap = {}) => mount<InferenceEnergy>(TAG, attrs);
const figure = (el: Element, id: string) => textOf(el, `.figures li[data-eq="${id}"]`);
const figureIds = (el: Element) => parts(el, '.figures li').map((li) => li.dataset.eq);

describe('<inference-energy>', () => {
  it('is defined as InferenceEnergy', async () => {
    expect(customElements.get(TAG)).to.equal(InferenceEnergy);
  });

  describe('a bare tag: ChatGPT at OpenAI’s 0.34 Wh a prompt and 2.5 billion prompts a day', () => {
    it('shows 310 GWh a year, 35 MW, about 28,751 US homes, CO2 and water', async () => {
      const el = await ie();
      noError(el);
      // 0.34 Wh × 2.5e9 × 365 = 310.25 GWh; ÷ 8,760 h = 35.4 MW; ÷ 10,791 kWh a US home = 28,751 homes.
      expect(headline(el)).to.equal('310 GWh a year');
      expect(subline(el)).to.equal('0.34 Wh per prompt, 2.5 billion prompts a day: an average draw of 35.4 MW.');
      expect(summary(el)).to.equal('2.5 billion prompts a day at 0.34 Wh each use about 310 GWh of electricity a year, as much as 28,800 homes in the United States use in a year.');
      expect(norm(ariaLabel(el))).to.equal(summary(el));
      expect(figureIds(el)).to.deep.equal(['homes', 'ev', 'reactors', 'co2', 'water']);
      // 310.25e6 kWh × 384 g/kWh = 119,136 t; 0.3218 mL × 912.5e9 prompts = 293.6 million litres.
      expect(figure(el, 'co2')).to.equal('119,000 t of CO2');
      expect(figure(el, 'water')).to.equal('294 million litres of water a year');
      expect(textOf(el, '.scope')).to.equal('ChatGPT (OpenAI 2025) counts what its source does not say.');
      expect(est(el).energyWh?.mid).to.be.closeTo(310.25e9, 1);
      expectNoBadText(el);
      expectNoMessageKeys(el);
    });

    it('charts the figure per prompt among the others: a longer bar for de Vries’ 2.9–3 Wh than for OpenAI’s 0.34 Wh', async () => {
      const el = await ie();
      expect(barKeys(el)).to.deep.equal(['estimate', 'gpt-4o-epoch-2025', 'gemini-google-2025', 'chatgpt-2023', 'google-search-2009']);
      expect(barWidth(el, 'chatgpt-2023')!).to.be.greaterThan(barWidth(el, 'estimate')!);
      expect(barWidth(el, 'estimate')!).to.be.greaterThan(barWidth(el, 'gemini-google-2025')!);
    });

    it('the disclosure lists every figure with what it counts, and its sources', async () => {
      const text = await detailsText(await ie());
      expect(text).to.include('Electricity per prompt');
      expect(text).to.include('Prompts a day');
      expect(text).to.include('2.9–3 Wh (whole servers, not the data centre’s overhead)');
      expect(text).to.include('0.24 Wh (whole servers and the data centre’s overhead)');
      expect(text).to.include('Google search (2009)0.3 Wh (what its source does not say)');
      expect(text).to.include('Measuring the environmental impact of delivering AI at Google Scale');
    });
  });

  describe('attributes', () => {
    it('model="gemini-google-2025" without prompts shows a figure per prompt, 0.8 times a search, CO2 and water per prompt', async () => {
      const el = await ie({ model: 'gemini-google-2025' });
      noError(el);
      expect(headline(el)).to.equal('0.24 Wh per prompt');
      expect(subline(el)).to.equal('Give prompts for a year’s electricity.');
      // 0.24 ÷ 0.3 = 0.8; 0.24 Wh × 384 g/kWh ÷ 1000 = 0.09216 g.
      expect(summary(el)).to.equal('Gemini (Google 2025) uses 0.24 Wh per prompt, 0.8 times a web search (Google, 2009).');
      expect(figure(el, 'search')).to.equal('0.8 times the electricity of a web search');
      expect(figure(el, 'co2')).to.equal('0.0922 g of CO2 per prompt');
      expect(figure(el, 'water')).to.equal('0.26 mL of water per prompt');
      expect(est(el).energyWh).to.equal(undefined);
      expect(has(el, '[part=controls]')).to.equal(false);
    });

    it('per-prompt="0.24 Wh" with prompts="2 billion" is 175 GWh a year, and claims no water', async () => {
      const el = await ie({ 'per-prompt': '0.24 Wh', prompts: '2 billion' });
      // 0.24 × 2e9 × 365 = 175.2 GWh.
      expect(headline(el)).to.equal('175 GWh a year');
      expect(figureIds(el)).to.not.include('water');
      expect(textOf(el, '.scope')).to.equal('The figure given counts what its source does not say.');
    });

    it('prompts="900 billion a year" is 306 GWh a year at 0.34 Wh', async () => {
      // 0.34 × 900e9 = 306 GWh.
      expect(headline(await ie({ prompts: '900 billion a year' }))).to.equal('306 GWh a year');
    });

    it('region="uk" counts UK homes and takes the UK grid where it has one', async () => {
      const el = await ie({ region: 'uk' });
      expect(summary(el)).to.include('homes in the United Kingdom');
    });
  });

  describe('claims', () => {
    it('"ten times as much as a Google search" for de Vries’ 2023 figure is consistent, with a note that the two count different things', async () => {
      const el = await ie({ model: 'chatgpt-2023', claim: 'ten times as much as a Google search' });
      noError(el);
      expect(textOf(el, '[part=verdict]')).to.include('The claim “ten times as much as a Google search” is consistent with this estimate (9.7–10 times the electricity of a web search).');
      expect(textOf(el, '[part=verdict]')).to.include('The two figures may count different things: ChatGPT (de Vries 2023) counts whole servers, not the data centre’s overhead; Google search (2009) counts what its source does not say.');
      expect(barKeys(el)).to.include('claim');
    });

    it('"0.34 Wh per query" is consistent with OpenAI’s figure; "3 Wh per query" is about 8.8 times too high', async () => {
      expect(textOf(await ie({ claim: '0.34 Wh per query' }), '[part=verdict]')).to.include('consistent with this estimate (0.34 Wh per prompt)');
      expect(textOf(await ie({ claim: '3 Wh per query' }), '[part=verdict]')).to.include('about 8.8 times too high');
    });

    it('"as much electricity as 100,000 homes" is about 3.5 times too high (28,751 homes)', async () => {
      const el = await ie({ claim: 'as much electricity as 100,000 homes' });
      // 100,000 ÷ 28,750.8 = 3.48.
      expect(textOf(el, '[part=verdict]')).to.include('about 3.5 times too high: this estimate gives 28,800 homes in the United States');
    });
  });

  describe('invalid input', () => {
    const cases: ReadonlyArray<readonly [string, string, string]> = [
      ['prompts', 'lots', 'a number of prompts a day or a year'],
      ['per-prompt', '5 kWh', 'an energy per prompt above 0 and at most 1 kWh'],
      ['model', 'grok', 'one of: chatgpt-openai-2025, gpt-4o-epoch-2025, gemini-google-2025, chatgpt-2023'],
      ['claim', 'very much', 'a figure per prompt'],
    ];
    for (const [attribute, value, expected] of cases) {
      it(`${attribute}="${value}" shows one inline message naming it, the value and what is expected; the rest renders`, async () => {
        let el!: InferenceEnergy;
        expect(await collectPageErrors(async () => { el = await ie({ [attribute]: value }); })).to.deep.equal([]);
        const items = errorItems(el);
        expect(items).to.have.length(1);
        expect(items[0]).to.match(new RegExp(`^${attribute}\\b`));
        expect(items[0]).to.include(`“${value}”`);
        expect(items[0]).to.include(expected);
        expect(headline(el)).to.match(/\d/);
        expectNoBadText(el);
      });
    }
    it('a claim about a year for a service without stated usage says to give prompts', async () => {
      const el = await ie({ model: 'gemini-google-2025', claim: 'about 100,000 homes' });
      expect(errorItems(el)[0]).to.include('with prompts, a year’s energy, homes or tonnes');
    });
  });

  describe('the reader’s controls', () => {
    it('moving prompts a day to 1 billion gives 124 GWh and fires one estimate-change; script changes fire none', async () => {
      const el = await ie({ interactive: true });
      const log = recordEvents(el);
      try {
        el.prompts = '1 billion';
        await el.updateComplete;
        expect(log.onEl).to.have.length(0);
        el.prompts = undefined;
        await el.updateComplete;
        setTimeout(() => slide(control(el, 'promptsPerDay'), '1000000000'));
        await oneEvent(el, 'estimate-change');
        // 0.34 × 1e9 × 365 = 124.1 GWh.
        expect(headline(el)).to.equal('124 GWh a year');
        expect(log.onEl).to.have.length(1);
      } finally {
        log.stop();
      }
    });
  });

  describe('German', () => {
    it('locale="de" fetches the catalog and its inference part, then reads and writes German', async () => {
      const el = await ie({ locale: 'de', prompts: '2,5 Milliarden pro Tag', claim: 'ten times as much as a Google search' });
      expect(hasCatalog('de')).to.equal(true);
      noError(el);
      expect(textOf(el, 'h2')).to.equal('Wie viel Strom braucht die Nutzung von KI?');
      expect(headline(el)).to.equal('310 GWh pro Jahr');
      expect(summary(el)).to.match(/^2,5 Milliarden Anfragen pro Tag mit je 0,34 Wh verbrauchen rund 310 GWh Strom im Jahr, /);
      expect(textOf(el, '[part=verdict]')).to.include('Die beiden Werte erfassen womöglich Verschiedenes');
      expect(part(el, '.figures')).to.exist;
      expectNoMessageKeys(el);
      expectNoBadText(el);
    });
  });
});
