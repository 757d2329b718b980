// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The iframe embed as a site hosts it (dist/embed.html, dist/embed.js, with dist/compute-calc.js) and
// the host page's resizer (dist/resizer.js); npm test builds them first.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Frame {
  frame: HTMLIFrameElement;
  doc: Document;
  heights: number[];
  amp: number[];
}

async function embed(query: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:480px;height:100px;border:0';
  const heights: number[] = [];
  const amp: number[] = [];
  const onMessage = (e: MessageEvent) => {
    if (e.source !== frame.contentWindow) return;
    if (e.data?.type === 'compute-calc:height') heights.push(e.data.height);
    if (e.data?.sentinel === 'amp' && e.data.type === 'embed-size') amp.push(e.data.height);
  };
  window.addEventListener('message', onMessage);
  frame.src = `/dist/embed.html?${query}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  // Heights are measured on rendered frames, which Chromium gives only the page in front.
  await executeServerCommand('bring-to-front');
  const doc = frame.contentDocument!;
  // Ready when the widget (or the message) is shown and the last reported height is the page's.
  for (let i = 0; i < 200; i++) {
    // The element's card comes in its turn, after a message about the query may already be there.
    const el = [...doc.querySelectorAll('#embed > *')].find((e) => e.localName.includes('-'));
    const done = el ? el.shadowRoot?.querySelector('[part=headline]') : doc.querySelector('.embed-error');
    const settled = heights.length > 0 && Math.abs(heights[heights.length - 1] - doc.documentElement.getBoundingClientRect().height) < 2;
    if (done && settled) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  return { frame, doc, heights, amp };
}

describe('embed.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders the element named by ?tag with the query as its attributes', async () => {
    const { doc } = await embed('tag=power-equivalence&energy=370%20GWh&claim=over%2034%20million%20households');
    const el = doc.querySelector('power-equivalence')!;
    expect(el.getAttribute('energy')).to.equal('370 GWh');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.include('34,300');
    expect(text).to.include('1,000 times too high');
  });

  it('passes query values through the element’s own validation', async () => {
    const { doc } = await embed('tag=gpu-cluster-cost&gpus=-5');
    const error = doc.querySelector('gpu-cluster-cost')!.shadowRoot!.querySelector('[part=error]');
    expect(error?.textContent ?? '').to.include('gpus: “-5”');
  });

  it('names an unknown attribute and lists the element’s attributes, still rendering the element', async () => {
    const { doc } = await embed('tag=training-time&gpus=16384&colour=red');
    expect(doc.querySelector('.embed-error')?.textContent ?? '').to.match(/^colour: not an attribute of <training-time>\. Expected: .*flops/);
    expect(doc.querySelector('training-time')?.shadowRoot?.querySelector('[part=headline]')?.textContent ?? '').to.match(/\d/);
  });

  it('names an unknown tag instead of showing a blank frame', async () => {
    const { doc } = await embed('tag=nuclear-reactor');
    expect(doc.querySelector('.embed-error')?.textContent ?? '').to.include('tag: “nuclear-reactor” is not a compute-calc element');
    expect(doc.querySelector('.embed-error')?.getAttribute('role')).to.equal('alert');
  });

  it('reports its height to the parent, with the AMP embed-size message too', async () => {
    const { doc, heights, amp } = await embed('tag=carbon-footprint&energy=370%20GWh');
    expect(heights.length).to.be.greaterThan(0);
    const last = heights[heights.length - 1];
    expect(Math.abs(last - doc.documentElement.getBoundingClientRect().height)).to.be.lessThan(2);
    expect(amp[amp.length - 1]).to.equal(last);
  });

  it('resizer.js sizes the iframe to the reported height', async () => {
    const script = document.createElement('script');
    script.src = '/dist/resizer.js';
    document.head.append(script);
    await new Promise((r) => script.addEventListener('load', r, { once: true }));
    const { frame, doc, heights } = await embed('tag=cluster-compare');
    for (let i = 0; i < 40 && frame.style.height !== `${heights[heights.length - 1]}px`; i++) await new Promise((r) => setTimeout(r, 25));
    expect(frame.style.height).to.equal(`${heights[heights.length - 1]}px`);
    expect(parseFloat(frame.style.height)).to.be.greaterThan(200);
    expect(doc.querySelector('cluster-compare') !== null).to.equal(true);
  });

  describe('XSS payloads in the query', () => {
    const PAYLOADS = [
      '<script>top.__xss=1</script>',
      '"><img src=x onerror="top.__xss=1">',
      'javascript:top.__xss=1',
      '<svg onload="top.__xss=1">',
      '<math><mtext><img src=x onerror="top.__xss=1">',
      '&lt;img src=x onerror=top.__xss=1&gt;',
    ];
    const DANGEROUS = 'img, iframe, math, object, embed, foreignObject, svg:not([part=chart-svg]), link, base, meta, script';
    afterEach(() => {
      delete (window as { __xss?: unknown }).__xss;
    });

    /** Elements and handlers a payload must not have become, in the page and in every shadow root. */
    function findings(doc: Document): string[] {
      const out: string[] = [];
      // The page's own head holds its meta and script tags; what a payload could add is in the body.
      const roots: Array<Element | ShadowRoot> = [doc.body];
      for (const el of doc.body.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      for (const root of roots) {
        for (const node of root.querySelectorAll(DANGEROUS)) out.push(`<${node.localName}>`);
        for (const node of root.querySelectorAll('*')) {
          for (const a of node.attributes) if (/^on/i.test(a.name)) out.push(`${node.localName}[${a.name}]`);
        }
      }
      return out;
    }

    for (const payload of PAYLOADS) {
      it(`${payload}: as attribute values, an attribute name and the tag, it stays text`, async () => {
        const value = encodeURIComponent(payload);
        const frames = [
          await embed(`tag=power-equivalence&claim=${value}&heading=${value}&energy=${value}`),
          await embed(`tag=power-equivalence&${value}=1`),
          await embed(`tag=${value}`),
        ];
        // What the dev server itself puts in every page's body (its own script) is the baseline.
        const clean = findings((await embed('tag=power-equivalence')).doc);
        await new Promise((r) => setTimeout(r, 100));
        for (const { frame, doc } of frames) {
          expect(findings(doc), frame.src).to.deep.equal(clean);
          expect((frame.contentWindow as Window & { __xss?: unknown }).__xss, frame.src).to.equal(undefined);
        }
        expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
        const [values, name, tag] = frames.map((f) => f.doc);
        const heading = values!.querySelector('power-equivalence')!.shadowRoot!.querySelector('h2')!.textContent!.trim();
        expect(heading).to.equal(payload);
        expect(name!.querySelector('.embed-error')!.textContent).to.include(payload);
        expect(tag!.querySelector('.embed-error')!.textContent).to.include(payload);
      });
    }
  });
});
