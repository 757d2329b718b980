// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Catalogs under the strict Content-Security-Policy (issue 13): the single file takes a French
// catalog preloaded by a script tag and fetches a German one from beside itself, with no
// violation, no request anywhere else, and each catalog requested once.
import { expect } from '@open-wc/testing';
import { openPage, shadowText, sleep, type Page } from './frame.js';

const PAGE = '/test/security/pages/strict-locale.html';
const TAGS = ['power-equivalence', 'carbon-footprint'] as const;

describe('security: catalogs under the strict Content-Security-Policy', () => {
  let page: Page;

  before(async () => {
    page = await openPage(PAGE, TAGS);
    await sleep(300);
  });

  after(() => page?.remove());

  it('both elements render in their language, without a violation or an error', () => {
    expect(page.record.violations).to.deep.equal([]);
    expect(page.record.errors).to.deep.equal([]);
    // shadowText makes every space plain.
    expect(shadowText(page.doc, 'power-equivalence')).to.include('Le chiffre « plus de 34 millions de foyers » est environ 240 fois trop élevé');
    expect(shadowText(page.doc, 'power-equivalence')).to.include('1,5 TWh d’électricité');
    expect(shadowText(page.doc, 'carbon-footprint')).to.include('Wie viel CO2 verursacht dieser Strom?');
  });

  it('asks for each catalog once, from beside the library, and for nothing else', () => {
    const resources = page.win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(resources.filter((p) => p.includes('/locales/'))).to.have.members(['/dist/locales/fr.js', '/dist/locales/de.js']);
    // The test server injects its own web-socket script into every page it serves.
    expect(resources.filter((p) => !p.startsWith('/dist/') && !p.startsWith('/test/security/pages/') && !p.startsWith('/__web-dev-server'))).to.deep.equal([]);
    expect(page.record.network).to.deep.equal([]);
  });
});
