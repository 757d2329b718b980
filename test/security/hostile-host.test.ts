// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// A hostile host page (test/security/pages/hostile.html): `* { all: revert !important }`,
// `svg { display: none !important }`, a 40 px RTL root, `div { padding: 50px !important }`, and
// dist/compute-calc.js included twice. Page CSS cannot reach into shadow DOM, so every widget must
// still show its headline and a displayed, sized chart, and the second copy must only warn.
import { expect } from '@open-wc/testing';
import { openPage, sleep, type Page } from './frame.js';

const TAGS = ['power-equivalence', 'gpu-cluster-cost'] as const;
const DUPLICATE = 'already defined';

describe('security: hostile host page and a second copy of the bundle', () => {
  let page: Page;

  before(async () => {
    page = await openPage('/test/security/pages/hostile.html', TAGS);
    // Both copies have run (module scripts run in order) and any late error has surfaced.
    await sleep(300);
  });

  after(() => page?.remove());

  it('the hostile stylesheet is in force on the page itself', () => {
    const probe = page.doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    page.doc.body.append(probe);
    const display = page.win.getComputedStyle(probe).display;
    probe.remove();
    expect(display).to.equal('none');
    expect(page.win.getComputedStyle(page.doc.querySelector('div')!).paddingTop).to.equal('50px');
  });

  it('no uncaught error or rejection, although the bundle was loaded twice', () => {
    expect(page.record.errors).to.deep.equal([]);
    const scripts = [...page.doc.querySelectorAll('script[type=module]')].map((s) => s.getAttribute('src') ?? '').filter((s) => s.startsWith('/dist/'));
    expect(scripts).to.deep.equal(['/dist/compute-calc.js', '/dist/compute-calc.js?copy=2']);
  });

  it('the second copy warns about the duplicate definition', () => {
    const duplicates = page.record.warnings.filter((w) => w.includes(DUPLICATE));
    expect(duplicates.length, duplicates.join(' || ')).to.be.greaterThan(0);
    expect(duplicates.every((w) => w.includes('second copy')), duplicates.join(' || ')).to.equal(true);
  });

  it('exactly one console warning about the duplicate definition', () => {
    const duplicates = page.record.warnings.filter((w) => w.includes(DUPLICATE));
    expect(duplicates, 'warnings about the second copy').to.have.length(1);
  });

  for (const tag of TAGS) {
    it(`<${tag}> still renders its headline and a displayed chart sized within the element`, () => {
      const host = page.doc.querySelector(tag);
      const root = host?.shadowRoot;
      expect(!!root, 'shadow root').to.equal(true);
      expect((root?.querySelector('[part=headline]')?.textContent ?? '').trim().length, 'headline text').to.be.greaterThan(0);
      const svg = root?.querySelector('svg[role=img]');
      expect(!!svg, 'chart svg').to.equal(true);
      expect(page.win.getComputedStyle(svg!).display, 'svg display').to.not.equal('none');
      const box = svg!.getBoundingClientRect();
      const outer = host!.getBoundingClientRect();
      const fmt = (r: DOMRect) => `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      expect(box.width, `svg ${fmt(box)}`).to.be.greaterThan(100);
      expect(box.height, `svg ${fmt(box)}`).to.be.greaterThan(20);
      const inside = box.left >= outer.left - 1 && box.right <= outer.right + 1 && box.top >= outer.top - 1 && box.bottom <= outer.bottom + 1;
      expect(inside, `svg ${fmt(box)} within <${tag}> ${fmt(outer)}`).to.equal(true);
      expect(root!.querySelectorAll('svg[role=img] rect').length, 'bars').to.be.greaterThan(1);
    });
  }
});
