// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// DESIGN §3.13, private: no network request, no cookie, no storage. test/security/pages/privacy.html
// holds all six elements (the bundle's three and the three separate modules); the test uses them as
// a reader would, then reads the frame's resource timing and storage.
import { expect } from '@open-wc/testing';
import { openPage, sleep, type Page } from './frame.js';

const TAGS = ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint', 'cluster-compare', 'inference-energy'] as const;

/**
 * The library's own files as this test server serves them: the bundle, the source modules and
 * their dependencies (Lit, d3), and this page's record.js. `/__web-dev-server__web-socket.js` is
 * the test server's own script, which it adds to every HTML page it serves: not the library's.
 */
const OWN_FILES = /^\/(dist\/(?:compute-calc|inference-energy|chunks\/[\w-]+)\.js|src\/.+\.(ts|js)|node_modules\/.+\.m?js|test\/security\/pages\/record\.js|__web-dev-server__web-socket\.js)(\?.*)?$/;
/** Initiator types a widget must never cause: images, fonts and CSS resources, beacons, fetches, frames. */
const FORBIDDEN_INITIATORS = new Set(['img', 'image', 'css', 'beacon', 'fetch', 'xmlhttprequest', 'iframe', 'video', 'audio', 'track', 'ping']);

const IMAGE_OR_FONT = /\.(png|jpe?g|gif|webp|avif|svg|ico|woff2?|ttf|otf|eot)(\?|$)/i;

describe('security: privacy (no requests, cookies or storage)', () => {
  let page: Page;
  let storageBefore: { local: number; session: number };
  const shadow = (tag: string) => page.doc.querySelector(tag)!.shadowRoot!;

  before(async () => {
    storageBefore = { local: localStorage.length, session: sessionStorage.length };
    page = await openPage('/test/security/pages/privacy.html', TAGS, 15_000);
  });

  after(() => page?.remove());

  it('all six elements render', () => {
    const missing = TAGS.filter((t) => !page.doc.querySelector(t)?.shadowRoot?.querySelector('[part=headline]'));
    expect(missing).to.deep.equal([]);
    expect(page.record.errors).to.deep.equal([]);
  });

  it('a reader opens the disclosures, moves a slider and copies: all still local', async () => {
    for (const tag of TAGS) {
      const summary = shadow(tag).querySelector<HTMLElement>('details[part=details] > summary');
      expect(!!summary, `${tag} disclosure`).to.equal(true);
      summary!.click();
    }
    await sleep(50);
    expect(TAGS.filter((t) => !shadow(t).querySelector<HTMLDetailsElement>('details[part=details]')!.open)).to.deep.equal([]);

    // Every slider of every interactive element (<power-equivalence> given an energy has none).
    const moved: string[] = [];
    for (const tag of TAGS) {
      for (const slider of shadow(tag).querySelectorAll<HTMLInputElement>('input[type=range]')) {
        slider.value = slider.max;
        slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        moved.push(`${tag} ${slider.id}`);
      }
    }
    expect(moved.filter((m) => m.startsWith('gpu-cluster-cost')).length, moved.join(', ')).to.be.greaterThan(0);
    expect(moved.length, moved.join(', ')).to.be.greaterThan(2);

    for (const tag of TAGS) {
      const copy = shadow(tag).querySelector<HTMLButtonElement>('button[data-copy=summary]');
      expect(!!copy, `${tag} copy button`).to.equal(true);
      copy!.click();
      shadow(tag).querySelector<HTMLButtonElement>('button[data-copy=citation]')?.click();
    }
    // Clipboard promises settle, re-renders and any late request happen.
    await sleep(500);
    expect(page.record.errors).to.deep.equal([]);
  });

  it('the frame requested only the library\'s own files, from its own origin', () => {
    const entries = page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const origin = page.win.location.origin;
    const foreign = entries
      .filter((e) => {
        const url = new URL(e.name);
        return url.origin !== origin || !OWN_FILES.test(url.pathname + url.search) || IMAGE_OR_FONT.test(url.pathname)
          || FORBIDDEN_INITIATORS.has(e.initiatorType);
      })
      .map((e) => `${e.initiatorType} ${e.name}`);
    expect(foreign).to.deep.equal([]);
    // Resource timing does see this frame's scripts (so an empty list above means something).
    expect(entries.some((e) => new URL(e.name).pathname === '/dist/compute-calc.js'), 'bundle listed').to.equal(true);
    expect(entries.some((e) => new URL(e.name).pathname.startsWith('/src/components/cluster-compare/')), 'module listed').to.equal(true);
    expect(page.record.network).to.deep.equal([]);
  });

  it('no cookie and no storage after use', () => {
    expect(page.doc.cookie).to.equal('');
    expect(page.win.localStorage.length).to.equal(0);
    expect(page.win.sessionStorage.length).to.equal(0);
    expect({ local: localStorage.length, session: sessionStorage.length }).to.deep.equal(storageBefore);
  });
});
