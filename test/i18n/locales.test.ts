// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Every element in German, French and Spanish (issue 13): the catalog is loaded on demand, once,
// and no reader-facing word of another language is left, checked against all catalogs at once.

import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { figureSets } from '../../src/core/data/index.js';
import { clusterFigures } from '../../src/core/data/clusters.js';
import { trainingFigures } from '../../src/core/data/training.js';
import { enAll } from '../../src/core/messages/en-all.js';
import type { Message } from '../../src/core/messages/index.js';
import type { PowerEquivalence } from '../../src/components/power-equivalence/power-equivalence.js';
import { catalogReady } from '../../src/i18n/load.js';
import { de } from '../../src/locales/de.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';
import { mount, mountTemplate } from '../helpers/fixture.js';
import { errorItems, norm, openDetails, shadow, textOf } from '../helpers/shadow.js';

type Lang = 'de' | 'fr' | 'es';
const CATALOGS = { en: enAll, de, fr, es } as unknown as Record<Lang | 'en', Readonly<Record<string, Message>>>;

/** Lower-case words of four letters or more in a catalog's texts, placeholders left out. */
function wordsOf(catalog: Readonly<Record<string, Message>>): Set<string> {
  const texts = Object.values(catalog).flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)));
  return new Set(texts.flatMap((t) => t.replace(/\{\w+\}/g, ' ').toLowerCase().match(/\p{L}{4,}/gu) ?? []));
}

/** Names from the figures (accelerators, clusters, runs, sources, regions): proper names, not words to translate. */
function names(): string[] {
  const out: string[] = [];
  for (const f of figureSets) {
    out.push(...Object.values(f.accelerators).map((a) => a.name), ...Object.values(f.regions).map((r) => r.name));
    out.push(...clusterFigures(f.version).clusters.map((c) => c.name), ...trainingFigures(f.version).runs.map((r) => r.name));
  }
  return out.sort((a, b) => b.length - a.length);
}

/** Words Intl writes in `lang`: magnitudes ("Million") and months. */
function intlWords(lang: Lang): string[] {
  const compact = new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long' });
  const months = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  const text = [1e3, 1e6, 2e6, 1e9, 2e9, 1e12, 2e12].map((n) => compact.format(n)).join(' ')
    + [...Array(12).keys()].map((m) => months.format(Date.UTC(2026, m, 1))).join(' ');
  return text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
}

/** Words of another language's catalog that `lang`'s catalog never uses, nor Intl in `lang`. */
function foreignWords(lang: Lang): Set<string> {
  const own = new Set([...wordsOf(CATALOGS[lang]), ...intlWords(lang)]);
  const foreign = new Set<string>();
  for (const [other, catalog] of Object.entries(CATALOGS)) if (other !== lang) for (const w of wordsOf(catalog)) if (!own.has(w)) foreign.add(w);
  return foreign;
}

/** What a reader of `el` reads (disclosure opened), without the sources' titles and publishers. */
async function readerText(el: Element): Promise<string> {
  await openDetails(el);
  const root = document.createElement('div');
  root.append(...[...shadow(el).childNodes].map((n) => n.cloneNode(true)));
  root.querySelectorAll('style, [part=details] ol, .citation').forEach((n) => n.remove());
  const labels = [...shadow(el).querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label'));
  // The citation ends with its sources' publishers, after the last colon ("Quellen: …").
  const citation = textOf(el, '.citation q');
  let text = `${root.textContent} ${labels.join(' ')} ${citation.slice(0, citation.lastIndexOf(':'))}`;
  for (const n of names()) text = text.split(n).join(' ');
  // Attribute names are code, quoted in inline messages as the author wrote them.
  const attributes = (customElements.get(el.localName) as unknown as { observedAttributes: string[] }).observedAttributes;
  for (const a of [...attributes].sort((x, y) => y.length - x.length)) text = text.replace(new RegExp(`(^|[^\\p{L}-])${a}(?![\\p{L}-])`, 'gu'), '$1 ');
  return text.replace(/\s+/g, ' ');
}

const CLAIMS: Record<Lang, Record<string, string>> = {
  de: { power: 'über 34 Millionen Haushalte', cost: 'über 2 Mrd. $', train: 'rund 90 Tage', carbon: 'rund 136.000 Tonnen', compare: 'größer als alles' },
  fr: { power: 'plus de 34 millions de foyers', cost: 'plus de 2 milliards de dollars', train: 'environ 90 jours', carbon: 'environ 136 000 tonnes', compare: 'le plus grand' },
  es: { power: 'más de 34 millones de hogares', cost: 'más de 2.000 millones de dólares', train: 'unos 90 días', carbon: 'unas 136.000 toneladas', compare: 'el más grande' },
};

const SHARES: Record<Lang, string> = {
  de: '4,4 % des Stroms in den USA', fr: '4,4 % de l’électricité des États-Unis', es: 'el 4,4 % de la electricidad de EE. UU.',
};

/** Each element with a claim, the controls, and one attribute it refuses, so every kind of text shows. */
const cases = (lang: Lang) => [
  ['power-equivalence', { energy: '370 GWh', claim: CLAIMS[lang].power, interactive: true, region: 'de' }],
  // A share of the US's electricity: checked on a US card, refused inline on a world card.
  ['power-equivalence', { energy: '176 TWh', claim: SHARES[lang] }],
  ['power-equivalence', { energy: '176 TWh', claim: SHARES[lang], region: 'world' }],
  ['power-equivalence', { gpus: '100.000', claim: lang === 'fr' ? 'au moins 370 GWh' : lang === 'de' ? 'mindestens 370 GWh' : 'al menos 370 GWh', interactive: true, compare: 'homes, ev, reactors, share' }],
  ['gpu-cluster-cost', { gpus: '100000', years: '3', claim: CLAIMS[lang].cost, interactive: true, scope: 'cluster' }],
  ['gpu-cluster-cost', { gpu: 'a100', region: 'jp', years: '2' }],
  ['training-time', { claim: CLAIMS[lang].train, interactive: true, mfu: '7x' }],
  ['carbon-footprint', { energy: '370 GWh', grid: 'de', claim: CLAIMS[lang].carbon, interactive: true }],
  ['carbon-footprint', { energy: '370 GWh', basis: 'marginal' }],
  ['cluster-compare', { highlight: 'xai-colossus', claim: CLAIMS[lang].compare, interactive: true, metric: 'power' }],
] as const;

describe('locales', () => {
  describe('loading', () => {
    // Here the catalogs are imported, so they are there from the start; test/i18n/load.test.ts loads them on demand.
    it('catalogReady(locale) is undefined for English, for a language without a catalog, and for one already registered', () => {
      expect(catalogReady('en')).to.equal(undefined);
      expect(catalogReady('en-GB')).to.equal(undefined);
      expect(catalogReady('ja')).to.equal(undefined);
      expect(catalogReady('es-MX')).to.equal(undefined);
    });
  });

  for (const lang of ['de', 'fr', 'es'] as const) {
    describe(`locale="${lang}"`, () => {
      for (const [tag, attrs] of cases(lang)) {
        it(`<${tag} ${Object.entries(attrs).map(([k, v]) => (v === true ? k : `${k}="${v}"`)).join(' ')}> shows no word of another language`, async () => {
          const el = await mount(tag, { locale: lang, ...attrs });
          const text = await readerText(el);
          const foreign = foreignWords(lang);
          const found = [...new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])].filter((w) => foreign.has(w));
          expect(found, found.map((w) => new RegExp(`.{0,60}${w}.{0,60}`, 'iu').exec(text)?.[0]).join(' | ')).to.deep.equal([]);
          expect(text).not.to.match(/\b(?:NaN|undefined|Infinity)\b/);
          expect(text).not.to.match(/\b(?:ui|power|cost|train|carbon|compare|claim|expect|issue)\.\w/);
        });
      }
    });
  }

  describe('claims in each language', () => {
    const verdict = (el: Element) => textOf(el, '[part=verdict]');
    it('<power-equivalence locale="de" energy="370 GWh" claim="über 34 Millionen Haushalte"> says in German it is about 1,000 times too high', async () => {
      const el = await mount('power-equivalence', { locale: 'de', energy: '370 GWh', claim: 'über 34 Millionen Haushalte' });
      expect(verdict(el)).to.include('Die Angabe „über 34 Millionen Haushalte“ ist etwa 1.000-mal zu hoch: Diese Schätzung ergibt 34.300 Haushalte in den USA.');
    });
    it('<power-equivalence locale="fr" … claim="plus de 34 millions de foyers"> says it in French', async () => {
      const el = await mount('power-equivalence', { locale: 'fr', energy: '370 GWh', claim: 'plus de 34 millions de foyers' });
      expect(verdict(el)).to.include('Le chiffre « plus de 34 millions de foyers » est environ 1 000 fois trop élevé : cette estimation donne 34 300 foyers aux États-Unis.');
    });
    it('<power-equivalence locale="es" … claim="más de 34 millones de hogares"> says it in Spanish', async () => {
      const el = await mount('power-equivalence', { locale: 'es', energy: '370 GWh', claim: 'más de 34 millones de hogares' });
      expect(verdict(el)).to.include('La cifra «más de 34 millones de hogares» es unas 1000 veces demasiado alta: esta estimación da 34.300 hogares en Estados Unidos.');
    });
    it('<power-equivalence locale="fr" energy="1,5 TWh"> is 1.5 TWh', async () => {
      const el = await mount<PowerEquivalence>('power-equivalence', { locale: 'fr', energy: '1,5 TWh' });
      expect(errorItems(el)).to.deep.equal([]);
      expect(el.estimate?.energyWh.mid).to.equal(1.5e12);
      expect(textOf(el, '[part=headline]')).to.equal(norm('1,5\u202fTWh'));
    });
    it('inside lang="de", <power-equivalence energy="1,5 TWh"> speaks German and reads the decimal comma', async () => {
      const root = await mountTemplate<HTMLElement>(html`<div lang="de"><power-equivalence energy="1,5 TWh"></power-equivalence></div>`);
      const el = root.querySelector<PowerEquivalence>('power-equivalence')!;
      expect(errorItems(el)).to.deep.equal([]);
      expect(el.estimate?.energyWh.mid).to.equal(1.5e12);
      expect(textOf(el, 'h2')).to.equal('Wie viel Strom ist das?');
    });
    it('<power-equivalence locale="de" gpus="1,500"> says inline that the value is ambiguous', async () => {
      const el = await mount('power-equivalence', { locale: 'de', gpus: '1,500' });
      expect(errorItems(el)).to.deep.equal(['gpus: „1,500“ ist mehrdeutig. Erwartet: eine eindeutige Zahl: „1,5“ für anderthalb, „1.500“ oder „1500“ für tausendfünfhundert. Stattdessen wird der Standardwert angezeigt.']);
    });
    it('<carbon-footprint locale="de" grid="de"> counts petrol in litres', async () => {
      const el = await mount('carbon-footprint', { locale: 'de', grid: 'de', energy: '370 GWh' });
      expect(textOf(el, '[data-eq=gasoline]')).to.match(/Liter Benzin$/);
    });
    it('<cluster-compare locale="es" highlight="xai-colossus" claim="el más grande"> checks the rank in Spanish', async () => {
      // Figures 2026-11: xAI's Colossus and Meta's Llama 4 cluster both have 100,000 H100s, a tie.
      const tie = await mount('cluster-compare', { locale: 'es', highlight: 'xai-colossus', claim: 'el más grande', 'as-of': '2026-11' });
      expect(verdict(tie)).to.equal('Verificación: Estas cifras no respaldan la afirmación «el más grande»: Meta Llama 4 cluster es igual de grande (100.000).');
      // Figures 2026-12: Colossus has run with about 200,000 since February 2025, twice the 100,000.
      const el = await mount('cluster-compare', { locale: 'es', highlight: 'xai-colossus', claim: 'el más grande' });
      expect(verdict(el)).to.equal('Verificación: La afirmación «el más grande» no se sostiene entre estos clústeres: xAI Colossus (2025) es mayor (200.000 frente a 100.000).');
    });
  });
});
