// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// DESIGN §3.13: the single-file bundle works under a strict Content-Security-Policy with Trusted
// Types. test/security/pages/strict.html is served (web-test-runner.config.mjs, `middleware`) with
//   default-src 'self'; script-src 'self'; style-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
// and holds no inline script: record.js listens for violations from the start.
import { expect } from '@open-wc/testing';
import { openPage, shadowText, sleep, until, type Page } from './frame.js';

const STRICT = '/test/security/pages/strict.html';
const TAGS = ['power-equivalence', 'gpu-cluster-cost'] as const;
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** What this engine does with the page, logged for the report (one line per engine). */
function observe(page: Page): string {
  const win = page.win as Page['win'] & { trustedTypes?: unknown };
  const roots = TAGS.map((t) => page.doc.querySelector(t)?.shadowRoot);
  const adopted = roots.map((r) => (r && 'adoptedStyleSheets' in r ? r.adoptedStyleSheets.length : -1));
  const styleEls = roots.map((r) => r?.querySelectorAll('style').length ?? -1);
  return `trustedTypes API: ${'trustedTypes' in win && !!win.trustedTypes}; adoptedStyleSheets per root: ${adopted.join(',')};`
    + ` <style> elements per root: ${styleEls.join(',')}; violations: ${page.record.violations.length}`;
}

describe('security: strict Content-Security-Policy with Trusted Types', () => {
  let page: Page;

  before(async () => {
    page = await openPage(STRICT, TAGS);
    // Let late work (resize re-render, fonts, a stray request) happen before counting violations.
    await sleep(300);
  });

  after(() => page?.remove());

  it('the page is served with the strict policy', async () => {
    const res = await fetch(STRICT, { cache: 'no-store' });
    expect(res.headers.get('content-security-policy')).to.equal(POLICY);
  });

  it('both bundled elements render under it, without a single violation or error', () => {
    console.log(`[csp] ${navigator.userAgent.match(/(Chrome|Firefox|Version)\/[\d.]+/)?.[0] ?? ''} strict: ${observe(page)}`);
    expect(page.record.violations).to.deep.equal([]);
    expect(page.record.errors).to.deep.equal([]);
    for (const tag of TAGS) {
      const root = page.doc.querySelector(tag)?.shadowRoot;
      expect(!!root?.querySelector('[part=headline]'), `${tag} headline`).to.equal(true);
      expect((root?.querySelector('[part=headline]')?.textContent ?? '').trim().length, `${tag} headline text`).to.be.greaterThan(0);
      expect((root?.querySelector('[part=summary]')?.textContent ?? '').trim().length, `${tag} summary text`).to.be.greaterThan(20);
      expect(!!root?.querySelector('[part=verdict]'), `${tag} verdict`).to.equal(true);
      expect(root?.querySelectorAll('svg[role=img] rect').length ?? 0, `${tag} chart bars`).to.be.greaterThan(1);
    }
    expect(shadowText(page.doc, 'power-equivalence')).to.include('370');
  });

  it('the widgets are styled by their own stylesheets (adopted, not blocked inline <style>)', () => {
    for (const tag of TAGS) {
      const root = page.doc.querySelector(tag)!.shadowRoot!;
      const base = root.querySelector('[part=base]');
      // The card's own CSS applied: the headline is bold/large and the chart box has a size.
      const chart = root.querySelector('svg[role=img]')?.getBoundingClientRect();
      expect(Math.round(chart?.width ?? 0), `${tag} chart width`).to.be.greaterThan(100);
      expect(base ? page.win.getComputedStyle(base).display : '', `${tag} base display`).to.not.equal('inline');
      const hidden = root.querySelector('.visually-hidden');
      // A visually hidden data table is only hidden if the component's CSS is in force.
      expect(hidden ? page.win.getComputedStyle(hidden).position : '', `${tag} visually hidden position`).to.equal('absolute');
    }
  });

  it('the policy is really enforced here: an inline <style> or script added to the page is reported', async () => {
    const control = await openPage(`${STRICT}?control`, TAGS);
    try {
      const style = control.doc.createElement('style');
      style.textContent = 'body { color: red }';
      control.doc.head.append(style);
      const win = control.win as Page['win'] & { trustedTypes?: unknown };
      let trustedTypesEnforced = false;
      try {
        control.doc.createElement('div').innerHTML = '<b>raw</b>';
      } catch {
        trustedTypesEnforced = true;
      }
      await until(() => control.record.violations.length > 0, 2000);
      console.log(`[csp] ${navigator.userAgent.match(/(Chrome|Firefox|Version)\/[\d.]+/)?.[0] ?? ''} control: trustedTypes API ${'trustedTypes' in win}, innerHTML string blocked: ${trustedTypesEnforced}; violations: ${control.record.violations.join(' || ')}`);
      expect(control.record.violations.some((v) => v.startsWith('style-src')), 'inline <style> reported').to.equal(true);
      // Where the engine has the Trusted Types API, a raw string into innerHTML must be refused.
      if ('trustedTypes' in win) expect(trustedTypesEnforced, 'innerHTML with a string is refused').to.equal(true);
    } finally {
      control.remove();
    }
  });
});
