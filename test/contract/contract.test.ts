// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The contract every calculator keeps (DESIGN.md), tested once over all of them instead of five
// copies of the same test shapes. The attributes come from custom-elements.json, so a new attribute
// is covered the day it is documented (and fails here until it has a sample value below).
// What each calculator computes is tested in its own file (test/components/) and in Node.
import { expect, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/index.js';
import type { EstimateChangeEvent } from '../../src/events/estimate-change.js';
import { collectPageErrors, mount, mountIn, mountTemplate, recordEvents, slide, type AttrMap } from '../helpers/fixture.js';
import {
  ariaLabel, errorItems, expectNoBadText, frames, has, headline, noError, norm, openDetails, overflowingElements, painted, part,
  parts, summary,
} from '../helpers/shadow.js';

type Calc = LitElement & {
  estimate?: unknown;
  interactive: boolean;
  [property: string]: unknown;
};

/** What is particular to each calculator: a claim it checks, a bad value and a change a reader sees. */
interface Spec {
  /** A claim of the kind the calculator checks. */
  readonly claim: string;
  /** An attribute, a value it refuses, and a word the message must contain besides the value. */
  readonly invalid: readonly [attribute: string, value: string];
  /** A property and a value that change the headline. */
  readonly change: readonly [property: string, value: string];
}

const SPECS: Readonly<Record<string, Spec>> = {
  'power-equivalence': { claim: 'over 34 million households', invalid: ['energy', 'lots'], change: ['energy', '1 TWh'] },
  'gpu-cluster-cost': { claim: 'over $2 billion', invalid: ['gpus', '-5'], change: ['gpus', '10k'] },
  'training-time': { claim: 'about 90 days', invalid: ['mfu', '150%'], change: ['gpus', '10k'] },
  'carbon-footprint': { claim: 'about 136,000 tonnes', invalid: ['grid', 'mars'], change: ['energy', '1 TWh'] },
  'cluster-compare': { claim: 'over 100,000 GPUs', invalid: ['metric', 'weight'], change: ['metric', 'power'] },
  'inference-energy': { claim: '0.34 Wh per query', invalid: ['prompts', 'lots'], change: ['prompts', '1 billion'] },
};

/** A valid value for every attribute any calculator documents (`claim` comes from the spec). */
const SAMPLES: Readonly<Record<string, string>> = {
  energy: '370 GWh', power: '42 MW', hours: '1000', gpus: '50k', gpu: 'b200', utilization: '60%', overhead: '1.5',
  pue: '1.2', region: 'uk', compare: 'homes', heading: 'A heading', locale: 'de', currency: 'EUR', theme: 'dark',
  'as-of': '2026-11', price: '$25k–$40k', scope: 'cluster', years: '4', 'electricity-price': '8 ¢/kWh',
  'exchange-rate': '0.92', flops: '1e24', params: '405B', tokens: '15.6T', precision: 'fp8', mfu: '0.4', grid: 'de',
  basis: 'marginal', clusters: 'meta-llama4,xai-colossus', metric: 'h100e', highlight: 'xai-colossus', sort: 'asc',
  watts: '700 W', model: 'gemini-google-2025', 'per-prompt': '0.3 Wh', prompts: '1 billion a day',
};
/** What an attribute needs beside it to be complete. */
const COMPANIONS: Readonly<Record<string, AttrMap>> = { currency: { 'exchange-rate': '0.92' }, params: { tokens: '15.6T' }, tokens: { params: '405B' } };

interface ManifestAttribute { name: string; fieldName?: string; type?: { text: string } }
interface Manifest { modules: Array<{ declarations?: Array<{ tagName?: string; customElement?: boolean; attributes?: ManifestAttribute[] }> }> }

/** The documented attributes of `tag`, from the manifest the build writes (npm test builds it first). */
async function attributesOf(tag: string): Promise<ManifestAttribute[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  expect(declaration, `<${tag}> in custom-elements.json`).to.exist;
  return declaration!.attributes ?? [];
}

/** The first control a reader can change, changed as a reader changes it. */
function useFirstControl(el: Calc): void {
  const control = part<HTMLInputElement | HTMLSelectElement>(el, '[part=controls] input[type=range], [part=controls] select');
  if (control instanceof HTMLSelectElement) {
    control.selectedIndex = (control.selectedIndex + 1) % control.options.length;
    control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  } else {
    const { min, max, value } = control;
    slide(control, String(Number(value) === Number(max) ? min : max));
  }
}

/** Chromium and Firefox emulate forced colours for real; WebKitGTK has no way (test/lifecycle/forced-colors.test.ts). */
const CAN_FORCE = /(Chrome|Firefox)\//.test(navigator.userAgent);

async function forcedColors(active: boolean): Promise<void> {
  await executeServerCommand('forced-colors', { active });
  for (let i = 0; i < 200 && matchMedia('(forced-colors: active)').matches !== active; i++) await new Promise((r) => setTimeout(r, 10));
  expect(matchMedia('(forced-colors: active)').matches, 'forced colours applied').to.equal(active);
}

for (const [tag, spec] of Object.entries(SPECS)) {
  describe(`<${tag}> keeps the contract`, () => {
    const calc = (attrs: AttrMap = {}) => mount<Calc>(tag, attrs);

    describe('attributes and properties', () => {
      it('every documented attribute sets its property, and the attribute is never rewritten', async () => {
        const attributes = await attributesOf(tag);
        expect(attributes.length, 'documented attributes').to.be.greaterThan(5);
        for (const { name, fieldName } of attributes) {
          expect(fieldName, `${name} has a property`).to.be.a('string');
          if (name === 'interactive') continue;
          const value = name === 'claim' ? spec.claim : SAMPLES[name];
          expect(value, `a sample value for ${name} in this test`).to.be.a('string');
          const el = await calc({ ...COMPANIONS[name], [name]: value });
          expect(el[fieldName!], `${name} → ${fieldName}`).to.equal(value);
          expect(el.getAttribute(name), `${name} is not rewritten`).to.equal(value);
          noError(el);
          expectNoBadText(el);
          el.remove();
        }
      });

      it('interactive is a reflected boolean that adds and removes the controls', async () => {
        const el = await calc({ interactive: true });
        expect(el.interactive).to.equal(true);
        expect(has(el, '[part=controls]'), 'controls shown').to.be.true;
        el.interactive = false;
        await el.updateComplete;
        expect(el.hasAttribute('interactive')).to.be.false;
        expect(has(el, '[part=controls]'), 'controls gone').to.be.false;
      });

      it('a property set from script updates what the reader sees, and unsetting it restores the default', async () => {
        const el = await calc();
        const [property, value] = spec.change;
        const before = { headline: headline(el), summary: summary(el) };
        el[property] = value;
        await el.updateComplete;
        expect({ headline: headline(el), summary: summary(el) }, `after ${property} = "${value}"`).not.to.deep.equal(before);
        expect(ariaLabel(el), 'the chart is named by the new summary').to.equal(part(el, '[data-copy-text=summary]').textContent);
        el[property] = undefined;
        await el.updateComplete;
        expect({ headline: headline(el), summary: summary(el) }).to.deep.equal(before);
      });
    });

    describe('invalid input', () => {
      it('gives one inline alert naming the attribute and quoting the value; the rest keeps working', async () => {
        const [attribute, value] = spec.invalid;
        let el!: Calc;
        const errors = await collectPageErrors(async () => {
          el = await calc({ [attribute]: value, claim: spec.claim });
        });
        expect(errors, 'page errors').to.deep.equal([]);
        expect(part(el, '[part=error]').getAttribute('role')).to.equal('alert');
        const items = errorItems(el);
        expect(items, 'one message').to.have.length(1);
        expect(items[0].startsWith(attribute), `names ${attribute}: ${items[0]}`).to.be.true;
        expect(items[0]).to.include(`“${value}”`);
        expect(headline(el)).to.match(/\d/);
        expect(summary(el)).to.match(/\d/);
        expect(has(el, '[part=verdict]'), 'the claim is still checked').to.be.true;
        expectNoBadText(el);
      });

      it('the message goes when the value is corrected', async () => {
        const [attribute, value] = spec.invalid;
        const el = await calc({ [attribute]: value });
        expect(errorItems(el)).to.have.length(1);
        el.removeAttribute(attribute);
        await el.updateComplete;
        noError(el);
        expect(has(el, '[part=error]')).to.be.false;
      });
    });

    describe('events', () => {
      it('changes made from script fire nothing', async () => {
        const el = await calc({ interactive: true });
        const log = recordEvents(el);
        try {
          const [property, value] = spec.change;
          el[property] = value;
          el.setAttribute('claim', spec.claim);
          el.setAttribute('theme', 'dark');
          await el.updateComplete;
          await frames(2);
          expect(log.onEl, 'on the element').to.have.length(0);
          expect(log.onDocument, 'on the document').to.have.length(0);
        } finally {
          log.stop();
        }
      });

      it('a reader\'s control fires exactly one estimate-change, bubbling and composed, with the new estimate; Reset fires one more', async () => {
        const el = await calc({ interactive: true });
        const before = JSON.stringify(el.estimate);
        const log = recordEvents<EstimateChangeEvent<unknown>>(el);
        try {
          setTimeout(() => useFirstControl(el));
          const event = (await oneEvent(el, 'estimate-change')) as EstimateChangeEvent<unknown>;
          await frames(2);
          expect(log.onEl, 'on the element').to.have.length(1);
          expect(log.onDocument, 'on the document').to.have.length(1);
          expect(event.bubbles && event.composed, 'bubbles and composed').to.be.true;
          expect(event.estimate).to.equal(el.estimate);
          expect(JSON.stringify(event.estimate), 'a new estimate').not.to.equal(before);
          const reset = parts<HTMLButtonElement>(el, '[part=controls] button').find((b) => norm(b.textContent) === 'Reset');
          expect(reset, 'Reset button').to.exist;
          setTimeout(() => reset!.click());
          await oneEvent(el, 'estimate-change');
          await frames(2);
          expect(log.onEl, 'after Reset').to.have.length(2);
          expect(JSON.stringify(el.estimate), 'the default estimate again').to.equal(before);
        } finally {
          log.stop();
        }
      });
    });

    describe('accessibility', () => {
      it('passes axe by default, and with theme="light"', async () => {
        await expect(painted(await calc())).to.be.accessible();
        await expect(painted(await calc({ theme: 'light' }))).to.be.accessible();
      });

      it('passes axe with theme="dark" on a dark page', async () => {
        await expect(painted(await mountIn<Calc>(tag, 'background: #111827; color: #f3f4f6; padding: 8px', { theme: 'dark' }))).to.be.accessible();
      });

      it('passes axe with a claim, controls, an error and the disclosure open', async () => {
        const [attribute, value] = spec.invalid;
        const el = await calc({ claim: spec.claim, interactive: true, [attribute]: value });
        await openDetails(el);
        await expect(painted(el)).to.be.accessible();
      });

      it(`passes axe under forced colours${CAN_FORCE ? '' : ' (skipped: this engine cannot emulate them)'}`, async function () {
        if (!CAN_FORCE) this.skip();
        await forcedColors(true);
        try {
          const el = await calc({ claim: spec.claim, interactive: true });
          await frames(2);
          // Contrast is the reader's own palette here (see test/helpers/stories.ts).
          await expect(painted(el)).to.be.accessible({ ignoredRules: ['color-contrast'] });
        } finally {
          await forcedColors(false);
        }
      });
    });

    describe('layout', () => {
      it('fits a 280px column without horizontal overflow, with everything shown', async () => {
        const [attribute, value] = spec.invalid;
        const wrapper = await mountTemplate<HTMLDivElement>(html`<div style="width: 280px"></div>`);
        const el = document.createElement(tag) as Calc;
        for (const [name, v] of Object.entries({ interactive: '', claim: spec.claim, [attribute]: value })) el.setAttribute(name, v);
        wrapper.append(el);
        await el.updateComplete;
        await openDetails(el);
        await frames(2);
        await el.updateComplete;
        expect(el.getBoundingClientRect().width).to.be.closeTo(280, 1);
        expect(overflowingElements(el).join('; '), 'boxes outside the host').to.equal('');
        expect(el.scrollWidth, 'host scrollWidth').to.be.at.most(el.clientWidth);
      });
    });
  });
}
