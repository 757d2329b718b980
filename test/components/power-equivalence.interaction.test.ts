// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// <power-equivalence>: what happens when a reader or a host page acts on it (events, copy), and
// whether every reader can use it (accessibility, theming, locale, fallback, layout).

import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/power-equivalence/power-equivalence.js';
import type { PowerEquivalence, PowerEquivalenceEstimate } from '../../src/components/power-equivalence/power-equivalence.js';
import type { EstimateChangeEvent } from '../../src/events/estimate-change.js';
// Figures 2026-11 unless a test sets as-of: these tests check that set's published numbers (figures-2026-12 has the new ones).
import { collectPageErrors, mountNov as mount, mountIn, mountTemplate, recordEvents, slide, type AttrMap } from '../helpers/fixture.js';
import { control, expectNoBadText, frames, norm, openDetails, overflowingElements, painted, part, parts, shadow, textOf } from '../helpers/shadow.js';

const TAG = 'power-equivalence';
const SEED_ENERGY_WH = 100_000 * 700 * 1.82 * 0.75 * 1.1 * 8760;

const pe = (attrs: AttrMap = {}) => mount<PowerEquivalence>(TAG, attrs);


const energyMid = (e: PowerEquivalenceEstimate | undefined) => {
  if (!e) expect.fail('no estimate');
  return e.energyWh.mid;
};

describe('<power-equivalence>', () => {
  describe('events', () => {
    it('moving a range control fires exactly one estimate-change with the new estimate', async () => {
      const el = await pe({ interactive: true });
      const old = el.estimate;
      const log = recordEvents<EstimateChangeEvent>(el);
      try {
        const gpus = control(el, 'gpus');
        setTimeout(() => slide(gpus, '50000'));
        const event = await oneEvent(el, 'estimate-change') as EstimateChangeEvent<PowerEquivalenceEstimate>;
        await frames(2);
        expect(log.onEl, 'events on the element').to.have.length(1);
        expect(log.onDocument, 'events on the document').to.have.length(1);
        expect(event.bubbles).to.be.true;
        expect(event.composed).to.be.true;
        // The element may re-render (e.g. when it measures its chart), recomputing an equal estimate.
        expect(event.estimate).to.deep.equal(el.estimate);
        expect(event.estimate).not.to.deep.equal(old);
        expect(energyMid(event.estimate)).not.to.equal(energyMid(old));
        expect(energyMid(event.estimate)).to.be.closeTo(SEED_ENERGY_WH / 2, SEED_ENERGY_WH * 1e-9);
        expect(event.estimate.gpus?.mid).to.equal(50_000);
      } finally {
        log.stop();
      }
    });

    it('the view follows the control', async () => {
      const el = await pe({ interactive: true });
      slide(control(el, 'gpus'), '50000');
      await oneEvent(el, 'estimate-change');
      expect(textOf(el, 'output[for=c-gpus]')).to.equal('50,000');
      expect(textOf(el, '[data-copy-text=summary]')).to.include('50,000');
      expect(textOf(el, '[part=headline]')).to.include('0.3–1 TWh');
      expectNoBadText(el);
    });

    it('a control moved with the keyboard fires one event', async () => {
      const el = await pe({ interactive: true });
      const log = recordEvents<EstimateChangeEvent>(el);
      try {
        control(el, 'gpus').focus();
        expect(shadow(el).activeElement?.id).to.equal('c-gpus');
        const next = oneEvent(el, 'estimate-change');
        await sendKeys({ press: 'ArrowRight' });
        await Promise.race([next, new Promise((resolve) => setTimeout(resolve, 2000))]);
        await frames(2);
        expect(log.onEl).to.have.length(1);
        expect(el.estimate!.gpus?.mid).to.equal(101_000);
      } finally {
        log.stop();
      }
    });
  });

  describe('accessibility', () => {
    it('passes the audit with a claim', async () => {
      await expect(painted(await pe({ energy: '370 GWh', claim: 'over 34 million households' }))).to.be.accessible();
    });

    it('is a region named by its heading', async () => {
      const el = await pe({ heading: 'Power' });
      const base = part(el, '[part=base]');
      const id = base.getAttribute('aria-labelledby')!;
      expect(norm(shadow(el).getElementById(id)?.textContent)).to.equal('Power');
    });

    it('the disclosure opens with a click and links its sources over https', async () => {
      const el = await pe();
      const details = part<HTMLDetailsElement>(el, 'details[part=details]');
      expect(details.open).to.be.false;
      // Its body is built when it opens (the toggle event), not for every card on the page.
      expect(details.querySelector('table') === null, 'no body while closed').to.equal(true);
      const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
      part<HTMLElement>(el, 'details > summary').click();
      await toggled;
      await el.updateComplete;
      expect(details.open).to.be.true;
      const links = [...details.querySelectorAll<HTMLAnchorElement>('ol li a')];
      expect(links.length).to.be.at.least(3);
      for (const a of links) {
        expect(a.getAttribute('href'), a.textContent ?? '').to.match(/^https:\/\//);
        expect(norm(a.textContent)).not.to.equal('');
        expect(a.getBoundingClientRect().height, 'link is rendered once open').to.be.above(0);
      }
    });

    it('printing builds every disclosure and opens it; afterwards it closes again', async () => {
      const el = await pe();
      const details = part<HTMLDetailsElement>(el, 'details[part=details]');
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(details.open, 'open on paper').to.equal(true);
      expect(details.querySelectorAll('ol li a').length, 'sources on paper').to.be.at.least(3);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(details.open, 'closed after printing').to.equal(false);
    });

    it('opening the disclosure or copying does not recompute the estimate', async () => {
      const el = await pe();
      const before = el.estimate;
      await openDetails(el);
      expect(el.estimate === before, 'same estimate object after opening the disclosure').to.equal(true);
      el.setAttribute('energy', '1 TWh');
      await el.updateComplete;
      expect(el.estimate === before, 'a new estimate after an input changed').to.equal(false);
    });

    it('controls are labelled native inputs that take keyboard focus', async () => {
      const el = await pe({ interactive: true });
      const inputs = parts<HTMLInputElement>(el, '[part=controls] input');
      expect(inputs).to.have.length(4);
      for (const input of inputs) {
        const label = shadow(el).querySelector(`label[for="${input.id}"]`);
        expect(label, `label for #${input.id}`).to.exist;
        expect(norm(label!.textContent)).not.to.equal('');
        expect(input.labels?.length, `#${input.id}.labels`).to.equal(1);
        expect(input.disabled).to.be.false;
        expect(input.tabIndex).to.be.at.least(0);
        input.focus();
        expect(shadow(el).activeElement, `#${input.id} focusable`).to.equal(input);
      }
      expect(textOf(el, '[part=controls] legend')).to.equal('Try other assumptions');
    });

    it('the error message is announced as an alert', async () => {
      const el = await pe({ gpus: 'lots' });
      const alert = part(el, '[role=alert]');
      expect(alert.getAttribute('part')).to.equal('error');
      expect(norm(alert.textContent)).to.include('gpus');
    });
  });

  describe('theming', () => {
    const color = (el: PowerEquivalence, selector = '[part=base]') => getComputedStyle(part(el, selector)).color;
    const background = (el: PowerEquivalence) => getComputedStyle(part(el, '[part=base]')).backgroundColor;

    it('without a theme, inherits the page’s colour', async () => {
      const el = await mountIn<PowerEquivalence>(TAG, 'color: rgb(1, 2, 3)');
      expect(color(el)).to.equal('rgb(1, 2, 3)');
    });

    it('light and dark differ in text and background colour', async () => {
      const light = await pe({ theme: 'light' });
      const dark = await pe({ theme: 'dark' });
      expect(color(light)).to.equal('rgb(17, 24, 39)');
      expect(color(dark)).to.equal('rgb(243, 244, 246)');
      expect(background(dark)).not.to.equal(background(light));
      expect(color(dark, '[part=headline]')).not.to.equal(color(light, '[part=headline]'));
    });

    it('switching the theme property reflects and restyles', async () => {
      const el = await pe({ theme: 'light' });
      const before = color(el);
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(color(el)).not.to.equal(before);
    });

    it('--cc-accent colours the headline', async () => {
      const el = await mountIn<PowerEquivalence>(TAG, '--cc-accent: rgb(200, 0, 100)');
      expect(color(el, '[part=headline]')).to.equal('rgb(200, 0, 100)');
    });

    it('theme="auto" renders without an error', async () => {
      const el = await pe({ theme: 'auto' });
      expect(shadow(el).querySelector('[part=error]') === null).to.equal(true);
    });

    it('exposes the documented parts', async () => {
      const el = await pe({ interactive: true, claim: 'at least 370 GWh', gpus: 'lots' });
      for (const name of ['base', 'headline', 'summary', 'verdict', 'chart', 'chart-svg', 'controls', 'details', 'error']) {
        expect(shadow(el).querySelector(`[part~="${name}"]`), `part ${name}`).to.exist;
      }
    });
  });

  describe('locale', () => {
    it('locale="de" formats numbers the German way', async () => {
      const el = await pe({ energy: '370 GWh', locale: 'de' });
      expect(textOf(el, '[part=headline]')).to.include('370 GWh');
      expect(textOf(el, '.equivalences li[data-eq=homes]')).to.include('34.300');
      expect(textOf(el, '.subline')).to.include('42,2 MW');
      expect(part(el, 'svg[role=img]').getAttribute('aria-label')).to.include('34.300');
    });

    it('follows the nearest lang attribute', async () => {
      const wrapper = await mountTemplate<HTMLDivElement>(html`<div lang="de"><power-equivalence energy="370 GWh"></power-equivalence></div>`);
      const el = wrapper.querySelector<PowerEquivalence>(TAG)!;
      expect(textOf(el, '.equivalences li[data-eq=homes]')).to.include('34.300');
    });

    it('the locale attribute wins over lang', async () => {
      const wrapper = await mountTemplate<HTMLDivElement>(html`<div lang="de"><power-equivalence energy="370 GWh" locale="en"></power-equivalence></div>`);
      const el = wrapper.querySelector<PowerEquivalence>(TAG)!;
      expect(textOf(el, '.equivalences li[data-eq=homes]')).to.include('34,300');
    });

    it('changing locale re-renders', async () => {
      const el = await pe({ energy: '370 GWh', locale: 'en' });
      expect(textOf(el, '.equivalences li[data-eq=homes]')).to.include('34,300');
      el.locale = 'de';
      await el.updateComplete;
      expect(textOf(el, '.equivalences li[data-eq=homes]')).to.include('34.300');
    });

    it('keeps the narrow no-break space between number and unit', async () => {
      const el = await pe({ energy: '370 GWh' });
      expect(part(el, '[part=headline]').textContent).to.include('370\u202fGWh');
      expect(part(el, '[part=headline]').textContent).not.to.include('NaN');
    });
  });

  describe('fallback', () => {
    it('light-DOM fallback text is not rendered once upgraded', async () => {
      // A bare tag shows figures 2026-12: 613.2–1,587.82 GWh, "0.61–1.6 TWh a year".
      const el = await mountTemplate<PowerEquivalence>(html`<power-equivalence>100,000 H100 GPUs use roughly 0.61–1.6 TWh of electricity a year.</power-equivalence>`);
      await el.updateComplete;
      expect(shadow(el).querySelector('slot'), 'no slot').to.be.null;
      const range = document.createRange();
      range.selectNodeContents(el);
      const box = range.getBoundingClientRect();
      expect(box.width, 'fallback width').to.equal(0);
      expect(box.height, 'fallback height').to.equal(0);
      // The fallback stays in the light DOM for no-JS readers and crawlers.
      expect(el.textContent).to.include('0.61–1.6 TWh');
      expect(textOf(el, '[part=headline]')).to.include('0.61–1.6');
    });
  });

  describe('layout', () => {
    for (const width of [280, 800]) {
      it(`fits a ${width}px column without horizontal overflow`, async () => {
        const el = await mountIn<PowerEquivalence>(TAG, `width: ${width}px`, { interactive: true, claim: 'at least 370 GWh', gpus: 'lots' });
        part<HTMLDetailsElement>(el, 'details').open = true;
        await frames(2);
        expect(el.getBoundingClientRect().width).to.be.closeTo(width, 1);
        expect(el.scrollWidth, 'host scrollWidth').to.be.at.most(el.clientWidth);
        const base = part(el, '[part=base]');
        expect(base.scrollWidth, 'base scrollWidth').to.be.at.most(base.clientWidth);
        expect(overflowingElements(el)).to.deep.equal([]);
        const svg = part(el, 'svg[role=img]').getBoundingClientRect();
        expect(svg.width).to.be.above(0);
        expect(svg.width).to.be.at.most(width);
      });
    }
  });

  describe('copy', () => {
    const copyButton = (el: PowerEquivalence, id = 'summary') => part<HTMLButtonElement>(el, `button[data-copy="${id}"]`);

    /** Replaces `navigator.clipboard` for the duration of `body`. */
    async function withClipboard(clipboard: unknown, body: () => Promise<void>): Promise<void> {
      Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
      try {
        await body();
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    }

    it('"Copy sentence" does not throw where clipboard permission is refused', async () => {
      const el = await pe();
      expect(norm(copyButton(el).textContent)).to.equal('Copy sentence');
      const refuse = { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) };
      const errors = await collectPageErrors(() => withClipboard(refuse, async () => {
        copyButton(el).click();
        await frames(2);
        await el.updateComplete;
      }));
      expect(errors).to.deep.equal([]);
      expect(norm(copyButton(el).textContent), 'not claimed as copied').to.equal('Copy sentence');
    });

    it('"Copy sentence" does not throw where there is no clipboard API', async () => {
      const el = await pe();
      const errors = await collectPageErrors(() => withClipboard(undefined, async () => {
        copyButton(el).click();
        await frames(2);
      }));
      expect(errors).to.deep.equal([]);
    });

    it('"Copy sentence" does not throw with the engine’s own clipboard', async () => {
      const el = await pe();
      await openDetails(el);
      const errors = await collectPageErrors(async () => {
        copyButton(el).click();
        copyButton(el, 'citation').click();
        await frames(2);
      });
      expect(errors).to.deep.equal([]);
    });

    it('"Copy sentence" copies the summary sentence and says so', async () => {
      const el = await pe({ energy: '370 GWh' });
      const written: string[] = [];
      await withClipboard({ writeText: async (t: string) => { written.push(t); } }, async () => {
        copyButton(el).click();
        await frames(2);
        await el.updateComplete;
      });
      expect(written).to.deep.equal([part(el, '[data-copy-text=summary]').textContent]);
      expect(norm(copyButton(el).textContent)).to.equal('Copied');
    });
  });
});
