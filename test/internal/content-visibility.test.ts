// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// A card away from the viewport skips layout and paint (styles.ts: content-visibility on the base
// part), keeps its words for assistive technology, and `--cc-content-visibility: visible` lays it
// out wherever it is. Whether the browser really skips it depends on frames, which a page the
// runner keeps in the background never gets; what it saves is measured by `npm run bench`.
import { expect } from '@open-wc/testing';
import { html, type LitElement } from 'lit';
import '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import { mountTemplate } from '../helpers/fixture.js';
import { part, summary } from '../helpers/shadow.js';

const SUPPORTED = CSS.supports('content-visibility', 'auto');

async function farCard(style = ''): Promise<LitElement> {
  const wrapper = await mountTemplate<HTMLDivElement>(html`<div style=${style}><div style="height: 5000px"></div><gpu-cluster-cost gpus="100000" gpu="h100-sxm"></gpu-cluster-cost></div>`);
  const el = wrapper.querySelector<LitElement>('gpu-cluster-cost')!;
  await el.updateComplete;
  return el;
}

describe('cards away from the viewport', () => {
  it(`skip layout and paint until a reader comes near${SUPPORTED ? '' : ' (this engine has no content-visibility: it lays every card out)'}`, async () => {
    const el = await farCard();
    const base = part(el, '[part=base]');
    expect(getComputedStyle(base).getPropertyValue('content-visibility')).to.equal(SUPPORTED ? 'auto' : '');
    // Nothing of the card is taken away: its sentence and the chart's name stay in the page.
    expect(summary(el)).to.match(/^100,000 NVIDIA H100 SXM GPUs cost about \$2\.5–3 billion/);
    expect(part(el, 'svg[role=img]').getAttribute('aria-label')).to.match(/2\.5.3\sbillion for the chips alone/);
  });

  it('are laid out wherever they are with --cc-content-visibility: visible, set on the page or the element', async () => {
    const el = await farCard('--cc-content-visibility: visible');
    expect(getComputedStyle(part(el, '[part=base]')).getPropertyValue('content-visibility')).to.equal(SUPPORTED ? 'visible' : '');
    // Laid out although no frame has come: the chart has its width, in every engine.
    expect(part(el, 'svg[role=img]').getBoundingClientRect().width).to.be.greaterThan(200);
  });

  it('are all laid out for printing: paper cannot be scrolled', async () => {
    const el = await farCard();
    const root = el.shadowRoot!;
    const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)];
    const print = sheets.flatMap((s) => [...s.cssRules]).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print');
    const rules = print.flatMap((m) => [...m.cssRules]).filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && part(el, '[part=base]').matches(r.selectorText));
    expect(rules.map((r) => r.style.getPropertyValue('content-visibility'))).to.deep.equal([SUPPORTED ? 'visible' : '']);
  });

  it('keep the height the stylesheet reserves while they wait, never more', async () => {
    const el = await farCard();
    el.style.minHeight = '23rem';
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(el.getBoundingClientRect().height).to.be.closeTo(23 * rem, 1);
  });
});
