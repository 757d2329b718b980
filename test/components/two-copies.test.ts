// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// An article may hold two cards of one calculator (the chips and the whole cluster, say). Embedded
// widgets must not add landmark regions the page did not ask for: two named <section>s would make
// two identical landmarks, which axe reports (landmark-unique).
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { mountTemplate } from '../helpers/fixture.js';

const TAGS = ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint', 'cluster-compare'] as const;
const LANDMARKS = 'section, aside, nav, main, header, footer, form, [role=region], [role=complementary], [role=navigation], [role=main], [role=banner], [role=contentinfo], [role=form], [role=search]';

describe('two copies of one calculator on a page', () => {
  for (const tag of TAGS) {
    it(`two bare <${tag}> pass axe, and neither adds a landmark`, async () => {
      const a = document.createElement(tag);
      const b = document.createElement(tag);
      b.setAttribute('interactive', '');
      const page = await mountTemplate<HTMLElement>(html`<main><h1>A story</h1>${a}${b}</main>`);
      for (const el of [a, b]) {
        expect(el.shadowRoot!.querySelector('[part=headline]'), `<${tag}> rendered`).to.not.equal(null);
        expect(el.shadowRoot!.querySelectorAll(LANDMARKS).length, `landmarks inside <${tag}>`).to.equal(0);
        expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-labelledby')).to.equal('heading');
      }
      await expect(page).to.be.accessible();
    });
  }
});
