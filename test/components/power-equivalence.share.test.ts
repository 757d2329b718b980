// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// <power-equivalence> with a share claim (issue 14), as a reader reads it in English, German,
// French and Spanish: the verdict, the claim's bar, the sources, and the inline messages. The
// arithmetic is in test/node/power.node.test.ts: US demand 4,000 TWh (LBNL's total, 176 TWh ÷
// 4.4 %, 2023) to 4,405 TWh (Ember, 2024); US data centres 176 TWh; the world's 415 TWh (IEA).

import { expect } from '@open-wc/testing';
import '../../src/components/power-equivalence/power-equivalence.js';
import type { PowerEquivalence } from '../../src/components/power-equivalence/power-equivalence.js';
import '../../src/locales/de.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import { mount, type AttrMap } from '../helpers/fixture.js';
import {
  assumptionRows, barKeys, detailsText, errorItems, expectNoBadText, expectNoMessageKeys, noError, norm, part, textOf,
} from '../helpers/shadow.js';

const pe = (attrs: AttrMap) => mount<PowerEquivalence>('power-equivalence', attrs);
const verdict = (el: PowerEquivalence) => textOf(el, '[part=verdict]');

describe('<power-equivalence> share claims', () => {
  describe('the verdict in each language', () => {
    // 176 TWh ÷ 4,405 TWh = 3.995 % to 176 ÷ 4,000 = 4.4 %: both ends print as 4 %.
    const consistent: Array<[string, string, string]> = [
      ['en', '4.4 % of US electricity', 'The claim “4.4 % of US electricity” is consistent with this estimate (4% of all electricity used in the United States).'],
      ['de', '4,4 % des Stroms in den USA', 'Die Angabe „4,4 % des Stroms in den USA“ passt zu dieser Schätzung (4 % des gesamten Stromverbrauchs in den USA).'],
      ['fr', '4,4 % de l’électricité des États-Unis', 'Le chiffre « 4,4 % de l’électricité des États-Unis » concorde avec cette estimation (4 % de toute l’électricité consommée aux États-Unis).'],
      ['es', 'el 4,4 % de la electricidad de EE. UU.', 'La cifra «el 4,4 % de la electricidad de EE. UU.» es coherente con esta estimación (4 % de toda la electricidad consumida en Estados Unidos).'],
    ];
    for (const [locale, claim, sentence] of consistent) {
      it(`${locale}: energy="176 TWh" claim="${claim}" is consistent`, async () => {
        const el = await pe({ locale, energy: '176 TWh', claim });
        noError(el);
        expect(part(el, '[part=verdict]').dataset.kind).to.equal('consistent');
        expect(verdict(el)).to.include(norm(sentence));
        expectNoBadText(el);
      });
    }
    // 0.12 ÷ (176 ÷ 4,405) = 3.0034: "about 3 times".
    const tooHigh: Array<[string, string, string]> = [
      ['en', '12 % of all electricity used in the US', 'is about 3 times too high: this estimate gives 4% of all electricity used in the United States.'],
      ['de', 'mehr als 12 % des Stroms in den USA', 'ist etwa 3-mal zu hoch: Diese Schätzung ergibt 4 % des gesamten Stromverbrauchs in den USA.'],
      ['fr', 'plus de 12 % de l’électricité des États-Unis', 'est environ 3 fois trop élevé : cette estimation donne 4 % de toute l’électricité consommée aux États-Unis.'],
      ['es', 'más del 12 % de la electricidad de EE. UU.', 'es unas 3 veces demasiado alta: esta estimación da 4 % de toda la electricidad consumida en Estados Unidos.'],
    ];
    for (const [locale, claim, end] of tooHigh) {
      it(`${locale}: energy="176 TWh" claim="${claim}" is about 3 times too high`, async () => {
        const el = await pe({ locale, energy: '176 TWh', claim });
        noError(el);
        expect(part(el, '[part=verdict]').dataset.kind).to.equal('too-high');
        expect(verdict(el)).to.include(norm(end));
      });
    }
    // 370 GWh ÷ 415 TWh = 0.0892 %; 0.01 ÷ 0.000892 = 11.2.
    it('en: region="world" claim="about 1 % of the world\'s data-centre electricity" is about 11 times too high', async () => {
      const el = await pe({ energy: '370 GWh', region: 'world', claim: 'about 1 % of the world\'s data-centre electricity' });
      noError(el);
      expect(verdict(el)).to.include('is about 11 times too high: this estimate gives 0.089% of the electricity of all data centres in the world.');
    });
    // 17.6 TWh ÷ 176 TWh = 10 %.
    it('en: energy="17.6 TWh" claim="a tenth of all data centres\' electricity" is consistent (the US: 176 TWh)', async () => {
      const el = await pe({ energy: '17.6 TWh', claim: 'a tenth of all data centres\' electricity' });
      noError(el);
      expect(verdict(el)).to.include('(10% of the electricity of all data centres in the United States)');
    });
    // 2,202.5 TWh ÷ 4,405 TWh = 50 %; ÷ 4,000 TWh = 55 %.
    it('de: energy="2202,5 TWh" claim="die Hälfte des Stroms in den USA" is consistent', async () => {
      const el = await pe({ locale: 'de', energy: '2202,5 TWh', claim: 'die Hälfte des Stroms in den USA' });
      noError(el);
      expect(part(el, '[part=verdict]').dataset.kind).to.equal('consistent');
      expect(verdict(el)).to.include('(50–55 % des gesamten Stromverbrauchs in den USA)');
    });
  });

  describe('what the card shows with it', () => {
    // 4.4 % × 4,405 TWh = 193.82 TWh, next to the estimate's 176 TWh.
    it('draws the claim as energy, 193.82 TWh, and cites LBNL and Ember', async () => {
      const el = await pe({ energy: '176 TWh', claim: '4.4 % of US electricity' });
      expect(barKeys(el).slice(0, 2)).to.deep.equal(['estimate', 'claim']);
      expect(el.estimate?.claimCheck?.energyWh).to.be.closeTo(0.044 * 4405e12, 1e3);
      const details = await detailsText(el);
      expect(details).to.include('Lawrence Berkeley National Laboratory');
      expect(details).to.include('Ember');
      const rows = await assumptionRows(el);
      expect(rows.map((r) => r[0])).to.include('All data centres in the United States, a year');
    });
    it('compare="datacentres" names its assumption in words, not by its key', async () => {
      const el = await pe({ energy: '370 GWh', compare: 'datacentres' });
      const rows = await assumptionRows(el);
      expect(rows.map((r) => r[0])).to.include('All data centres in the United States, a year');
      expectNoMessageKeys(el);
    });
  });

  describe('claims it cannot check', () => {
    const cases: Array<[AttrMap, string]> = [
      [{ energy: '176 TWh', region: 'de', claim: '4.4 % of US electricity' },
        'claim: “4.4 % of US electricity” conflicts with another attribute. Expected a share of the electricity used in Germany (the region attribute).'],
      [{ locale: 'de', energy: '176 TWh', claim: '4,4 % des Stroms in Deutschland' },
        'claim: „4,4 % des Stroms in Deutschland“ widerspricht einem anderen Attribut. Erwartet: einen Anteil des Stromverbrauchs in den USA (Attribut region).'],
      [{ locale: 'fr', energy: '176 TWh', region: 'world', claim: '4,4 % de l’électricité des États-Unis' },
        'claim : « 4,4 % de l’électricité des États-Unis » contredit un autre attribut. Attendu : une part de l’électricité consommée dans le monde (attribut region).'],
      [{ locale: 'es', energy: '176 TWh', region: 'world', claim: 'el 4,4 % de la electricidad de EE. UU.' },
        'claim: «el 4,4 % de la electricidad de EE. UU.» entra en conflicto con otro atributo. Se espera una parte de la electricidad consumida en el mundo (atributo region).'],
      [{ energy: '176 TWh', claim: '140 % of US electricity' },
        'claim: “140 % of US electricity” is out of range. Expected a value from 0 % to 100 %.'],
      [{ energy: '176 TWh', claim: '-5 % of US electricity' },
        'claim: “-5 % of US electricity” is out of range. Expected a value from 0 % to 100 %.'],
      [{ energy: '1 TWh', region: 'uk', claim: '1 % of UK electricity' },
        'claim: “1 % of UK electricity” cannot be used here. Expected a region with a sourced figure for this: us, de, cn, world.'],
    ];
    for (const [attrs, message] of cases) {
      it(`${JSON.stringify(attrs)} says so inline, and shows no verdict`, async () => {
        const el = await pe(attrs);
        const errors = errorItems(el);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include(norm(message));
        expect(el.shadowRoot!.querySelector('[part=verdict]')).to.equal(null);
        expectNoBadText(el);
      });
    }
  });
});
