// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Attribute values are author text, and on some sites they come from a CMS field an attacker can
// fill. Every text attribute of the bundled elements, and every <cluster-entry> attribute inside
// <cluster-compare>, gets markup payloads: they must render as text, never as elements or handlers.
import { expect, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/components/power-equivalence/power-equivalence.js';
import '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import '../../src/components/cluster-compare/cluster-compare.js';
import { mountTemplate } from '../helpers/fixture.js';

declare global {
  interface Window { __xss?: unknown }
}

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=1">',
  'javascript:window.__xss=1',
  '<svg onload="window.__xss=1">',
  '<math><mtext><img src=x onerror="window.__xss=1">',
  '&lt;img src=x onerror=window.__xss=1&gt;',
] as const;

const DANGEROUS = 'img, script, iframe, math, object, embed, foreignObject, style:not([data-lit]), link, base, meta';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The text attributes Lit observes on `tag` (string properties; booleans such as `interactive` left out). */
function textAttributes(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as { elementProperties: Map<PropertyKey, { attribute?: unknown; type?: unknown; state?: boolean }> };
  const out: string[] = [];
  for (const [name, options] of ctor.elementProperties) {
    if (options.state || options.attribute === false) continue;
    if (options.type !== undefined && options.type !== String) continue;
    out.push(typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase());
  }
  return out.sort();
}

/** What must not be in a shadow root after rendering a payload, as readable strings. */
function findings(el: Element): string[] {
  const root = el.shadowRoot;
  if (!root) return ['no shadow root'];
  const out: string[] = [];
  for (const node of root.querySelectorAll(DANGEROUS)) out.push(`<${node.localName}> element`);
  for (const node of root.querySelectorAll('*')) {
    for (const a of node.attributes) {
      if (/^on/i.test(a.name)) out.push(`${node.localName}[${a.name}] handler`);
      if (/^(href|src|xlink:href|action|formaction)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)) out.push(`${node.localName}[${a.name}]=${a.value}`);
    }
  }
  return out;
}

async function mountWith(tag: string, attrs: Record<string, string>): Promise<LitElement> {
  const el = document.createElement(tag) as LitElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const wrapper = await mountTemplate<HTMLDivElement>(html`<div>${el}</div>`);
  const mounted = wrapper.querySelector(tag) as LitElement;
  await mounted.updateComplete;
  return mounted;
}

describe('security: markup injection through attributes', () => {
  let warn: typeof console.warn;
  before(() => {
    // Each payload is an invalid value and warns once; keep the log readable.
    warn = console.warn;
    console.warn = () => {};
  });
  after(() => {
    console.warn = warn;
  });
  afterEach(() => {
    delete window.__xss;
  });

  it('the attribute lists are complete', () => {
    expect(textAttributes('power-equivalence')).to.include.members(['energy', 'power', 'gpus', 'gpu', 'utilization', 'overhead', 'pue', 'hours', 'region', 'compare', 'claim', 'locale', 'currency', 'theme', 'as-of', 'heading']);
    expect(textAttributes('gpu-cluster-cost')).to.include.members(['gpus', 'gpu', 'price', 'scope', 'years', 'electricity-price', 'region', 'exchange-rate', 'utilization', 'overhead', 'pue', 'claim', 'locale', 'currency', 'theme', 'as-of', 'heading']);
    expect(textAttributes('power-equivalence')).to.not.include('interactive');
  });

  for (const tag of ['power-equivalence', 'gpu-cluster-cost']) {
    describe(`<${tag}>`, () => {
      // Resolved when the suite runs: the elements are defined by then.
      it('every text attribute renders each payload as inert text', async function () {
        this.timeout(60_000);
        const problems: string[] = [];
        for (const attr of textAttributes(tag)) {
          for (const payload of PAYLOADS) {
            const el = await mountWith(tag, { [attr]: payload, interactive: '' });
            el.shadowRoot?.querySelector<HTMLDetailsElement>('details')?.setAttribute('open', '');
            await el.updateComplete;
            for (const f of findings(el)) problems.push(`${attr}=${payload}: ${f}`);
            if (!el.shadowRoot?.querySelector('[part=base]')) problems.push(`${attr}=${payload}: nothing rendered`);
            el.parentElement!.remove();
          }
        }
        await sleep(200);
        expect(problems).to.deep.equal([]);
        expect(window.__xss, 'window.__xss').to.equal(undefined);
      });

      it('all text attributes at once, each with a payload', async () => {
        const attrs = Object.fromEntries(textAttributes(tag).map((a, i) => [a, PAYLOADS[i % PAYLOADS.length]]));
        const el = await mountWith(tag, attrs);
        await sleep(200);
        expect(findings(el)).to.deep.equal([]);
        expect(window.__xss, 'window.__xss').to.equal(undefined);
      });

      it('a payload in the heading shows as its literal text', async () => {
        const el = await mountWith(tag, { heading: PAYLOADS[1] });
        expect(el.shadowRoot?.querySelector('h2')?.textContent).to.equal(PAYLOADS[1]);
      });
    });
  }

  describe('<cluster-entry> inside <cluster-compare>', () => {
    for (const attr of ['name', 'gpus', 'gpu', 'status']) {
      it(`${attr}: each payload renders as inert text`, async () => {
        const problems: string[] = [];
        for (const payload of PAYLOADS) {
          const compare = document.createElement('cluster-compare') as LitElement;
          const entry = document.createElement('cluster-entry');
          const base: Record<string, string> = { name: 'Our cluster', gpus: '50000', gpu: 'h100-sxm' };
          for (const [k, v] of Object.entries({ ...base, [attr]: payload })) entry.setAttribute(k, v);
          compare.append(entry);
          const wrapper = await mountTemplate<HTMLDivElement>(html`<div>${compare}</div>`);
          await compare.updateComplete;
          compare.shadowRoot?.querySelector('details')?.setAttribute('open', '');
          for (const f of findings(compare)) problems.push(`${attr}=${payload}: ${f}`);
          if (!compare.shadowRoot?.querySelector('[part=base]')) problems.push(`${attr}=${payload}: nothing rendered`);
          wrapper.remove();
        }
        await sleep(200);
        expect(problems).to.deep.equal([]);
        expect(window.__xss, 'window.__xss').to.equal(undefined);
      });
    }

    it('a payload name shows as its literal text in the chart and the table', async () => {
      const compare = document.createElement('cluster-compare') as LitElement;
      compare.innerHTML = '<cluster-entry gpus="50000" gpu="h100-sxm"></cluster-entry>';
      compare.querySelector('cluster-entry')!.setAttribute('name', PAYLOADS[4]);
      await mountTemplate<HTMLDivElement>(html`<div>${compare}</div>`);
      await compare.updateComplete;
      expect((compare.shadowRoot?.textContent ?? '').includes(PAYLOADS[4])).to.equal(true);
      expect(findings(compare)).to.deep.equal([]);
    });
  });
});
