// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The catalog loader (src/i18n/load.ts) on a page that has no catalog yet: an element waits for
// its language's file, fetched once from beside the library, and keeps its fallback text meanwhile.
// No catalog is imported here, so every one of them comes through the loader.

import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { hasCatalog, translate } from '../../src/core/messages/index.js';
import { catalogPartReady, catalogReady } from '../../src/i18n/load.js';
import { WarningLog, mountTemplate } from '../helpers/fixture.js';
import { shadow, summary, textOf } from '../helpers/shadow.js';

const requests = (lang: string) => performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname === `/src/locales/${lang}.js`).length;

describe('catalogReady() and elements waiting for their words', () => {
  it('an element in Spanish shows its fallback text, not an English card, until the catalog arrives', async () => {
    expect(hasCatalog('es')).to.equal(false);
    const el = document.createElement('power-equivalence');
    el.setAttribute('locale', 'es');
    el.setAttribute('energy', '370 GWh');
    el.textContent = '370 GWh, el consumo de unos 34.000 hogares.';
    document.body.append(el);
    try {
      // Connected and upgraded; its first update is scheduled within a few microtasks (no frame is
      // painted before), and then waits for its words.
      for (let i = 0; i < 5; i++) await null;
      expect(shadow(el).querySelector('[part=base]')).to.equal(null);
      const slot = shadow(el).querySelector('slot');
      expect(slot?.assignedNodes().map((n) => n.textContent)).to.deep.equal(['370 GWh, el consumo de unos 34.000 hogares.']);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadow(el).querySelector('slot')).to.equal(null);
      expect(textOf(el, '[part=headline]')).to.not.equal('');
      expect(summary(el)).to.match(/^370 GWh de electricidad equivalen a /);
    } finally {
      el.remove();
    }
  });

  it('catalogReady(locale) gives one promise per language, and three French elements fetch fr.js once', async () => {
    const ready = catalogReady('fr-CA');
    expect(ready).to.be.an.instanceof(Promise);
    expect(catalogReady('fr')).to.equal(ready);
    const root = await mountTemplate<HTMLElement>(html`<div>
      <power-equivalence locale="fr" energy="1,5 TWh"></power-equivalence>
      <carbon-footprint locale="fr-CA" energy="370 GWh"></carbon-footprint>
      <gpu-cluster-cost lang="fr"></gpu-cluster-cost>
    </div>`);
    await ready;
    expect(requests('fr')).to.equal(1);
    expect(catalogReady('fr')).to.equal(undefined);
    expect(summary(root.querySelector('power-equivalence')!)).to.match(/^1,5\s*TWh d’électricité, c’est /);
    expect(textOf(root.querySelector('carbon-footprint')!, 'h2')).to.equal('Combien de CO2 émet cette électricité ?');
    expect(textOf(root.querySelector('gpu-cluster-cost')!, 'h2')).to.match(/^Combien coûte ce cluster/);
  });

  it('an <inference-energy> also fetches its catalog part, locales/fr-inference-energy.js, once; the other elements never do', async () => {
    const root = await mountTemplate<HTMLElement>(html`<div>
      <inference-energy locale="fr"></inference-energy>
      <inference-energy lang="fr" prompts="1 milliard par jour"></inference-energy>
    </div>`);
    await catalogPartReady('fr', 'inference-energy');
    const [a, b] = [...root.querySelectorAll('inference-energy')];
    await (b as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(requests('fr-inference-energy')).to.equal(1);
    // The Spanish and French elements above fetched their catalogs, and no part.
    expect(requests('es-inference-energy')).to.equal(0);
    expect(catalogPartReady('fr', 'inference-energy')).to.equal(undefined);
    expect(textOf(a, 'h2')).to.equal('Combien d’électricité consomme l’utilisation de l’IA ?');
    // 0,34 Wh × 1 milliard × 365 = 124 GWh.
    expect(textOf(b, '[part=headline]')).to.equal('124 GWh par an');
    expect(textOf(b, '.subline')).to.match(/^0,34 Wh par requête, 1 milliard de requêtes par jour/);
  });

  it('catalogReady() is undefined for English and for languages without a catalog, which show English', async () => {
    expect(catalogReady('en')).to.equal(undefined);
    expect(catalogReady('it')).to.equal(undefined);
  });

  it('a part already on the page (a preloading script tag) is merged into its catalog, not fetched again', async () => {
    expect(hasCatalog('es'), 'the Spanish catalog, loaded by the first test').to.equal(true);
    await import('../../src/locales/es-inference-energy.js');
    expect(catalogPartReady('es', 'inference-energy'), 'nothing to wait for').to.equal(undefined);
    expect(translate('es', 'infer.heading')).to.equal('¿Cuánta electricidad consume el uso de la IA?');
    // The import above is served by its source name; the loader's address (/src/locales/es-inference-energy.js) was never asked for.
    expect(requests('es-inference-energy'), 'fetched by the loader').to.equal(0);
  });

  it('a catalog that cannot be loaded settles without rejecting, warns once, and leaves English', async () => {
    const log = new WarningLog();
    log.start();
    try {
      await catalogReady('de', new URL('/no-such-folder/lib/', location.href));
      expect(hasCatalog('de')).to.equal(false);
      expect(log.count('compute-calc [locale]')).to.equal(1);
    } finally {
      log.stop();
    }
  });
});
