// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// dist/compute-calc.js is what a site hosts: one file that registers the five cluster calculators
// (<inference-energy> is its own file until issue 11's budget is decided). dist/<tag>.js
// registers one element and shares its code with the others through dist/chunks/. npm test builds
// them first.
// Each case loads it into a fresh iframe (its own custom-element registry), as a page would.
import { expect } from '@open-wc/testing';

async function page(body: string, tags: readonly string[] = ['power-equivalence']): Promise<{ doc: Document; warnings: string[]; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:600px;height:400px;border:0';
  document.body.append(frame);
  const warnings: string[] = [];
  const errors: string[] = [];
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  win.addEventListener('error', (e) => errors.push(e.message));
  doc.open();
  doc.write(`<!doctype html><html lang="en"><body>${body}</body></html>`);
  doc.close();
  const ready = () => tags.every((t) => doc.querySelector(t)?.shadowRoot?.querySelector('[part=headline]'));
  for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setTimeout(r, 25));
  return { doc, warnings, errors };
}

describe('dist/compute-calc.js', () => {
  it('a page with the script and a tag shows the estimate and nothing else is needed', async () => {
    const { doc, errors } = await page(`<power-equivalence energy="370 GWh" claim="over 34 million households"></power-equivalence>
      <script type="module" src="/dist/compute-calc.js"></script>`);
    const root = doc.querySelector('power-equivalence')!.shadowRoot!;
    expect(root.querySelector('[part=headline]')!.textContent).to.include('370');
    expect(root.querySelector('.equivalences')!.textContent).to.include('34,300');
    expect(root.querySelector('[part=verdict]')!.textContent).to.include('1,000 times too high');
    expect(root.querySelector('svg[role=img]')!.querySelectorAll('rect').length).to.be.greaterThan(2);
    expect(errors).to.deep.equal([]);
  });

  // Issue 12's budget, counted (not timed): every node a reader's browser keeps for a default card,
  // its shadow root's included. Most used to be Lit's markers and indentation text.
  it('a default <gpu-cluster-cost> card is at most 120 nodes', async () => {
    const { doc } = await page(`<gpu-cluster-cost gpus="100000" gpu="h100-sxm"></gpu-cluster-cost>
      <script type="module" src="/dist/compute-calc.js"></script>`, ['gpu-cluster-cost']);
    const host = doc.querySelector('gpu-cluster-cost')!;
    let nodes = 1;
    const walker = doc.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) nodes += 1;
    expect(nodes, 'host and shadow tree').to.be.at.most(120);
    expect(host.shadowRoot!.querySelector('[part=details] table'), 'the disclosure body waits for a reader').to.equal(null);
  });

  it('loading the bundle twice warns instead of throwing', async () => {
    const { doc, warnings, errors } = await page(`<power-equivalence></power-equivalence>
      <script type="module" src="/dist/compute-calc.js"></script>
      <script type="module" src="/dist/compute-calc.js?copy=2"></script>`);
    for (let i = 0; i < 100 && warnings.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(errors).to.deep.equal([]);
    expect(warnings.some((w) => w.includes('already defined'))).to.equal(true);
    expect(doc.querySelector('power-equivalence')!.shadowRoot!.querySelector('[part=headline]') !== null).to.equal(true);
  });
});

describe('dist/compute-calc.js with dist/compute-calc.css, the README’s first snippet', () => {
  const TAGS = ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint', 'cluster-compare', 'inference-energy'] as const;

  it('a page with only the stylesheet, the script, <inference-energy>’s file and the six bare tags renders all six', async () => {
    const { doc, errors, warnings } = await page(`<link rel="stylesheet" href="/dist/compute-calc.css">
      <script type="module" src="/dist/compute-calc.js"></script>
      <script type="module" src="/dist/inference-energy.js"></script>
      ${TAGS.map((t) => `<${t}></${t}>`).join('\n')}`, TAGS);
    const text = (t: string) => doc.querySelector(t)!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    // Each card's seed-story figure, as README and the component tests state it.
    expect(text('power-equivalence')).to.match(/TWh/);
    expect(text('gpu-cluster-cost')).to.include('$2.5');
    expect(text('training-time')).to.match(/days/);
    expect(text('carbon-footprint')).to.match(/CO2/);
    expect(text('cluster-compare')).to.include('Colossus');
    expect(text('inference-energy')).to.include('310 GWh a year');
    for (const t of TAGS) expect(doc.querySelector(t)!.shadowRoot!.querySelector('svg[role=img]') !== null, t).to.equal(true);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });
});

describe('dist/<tag>.js, one file per element sharing dist/chunks/', () => {
  const cases = [
    ['power-equivalence', 'energy="370 GWh"', '34,300'],
    ['gpu-cluster-cost', 'gpus="1000" price="$30,000"', '$30'],
    ['training-time', 'gpus="16384" mfu="0.4"', '67.8 days'],
    ['carbon-footprint', 'energy="1000 MWh" grid="500 g/kWh"', '500 t of CO2'],
    ['cluster-compare', 'metric="gpus"', '100,000'],
    ['inference-energy', 'prompts="1 billion a day"', '124 GWh a year'],
  ] as const;
  for (const [tag, attrs, figure] of cases) {
    it(`${tag}.js alone renders <${tag}>`, async () => {
      const { doc, errors } = await page(`<${tag} ${attrs}></${tag}><script type="module" src="/dist/${tag}.js"></script>`, [tag]);
      const root = doc.querySelector(tag)!.shadowRoot!;
      expect(root.textContent!.replace(/\s+/g, ' ')).to.include(figure);
      expect(root.querySelector('svg[role=img]') !== null).to.equal(true);
      expect(errors).to.deep.equal([]);
    });
  }

  it('three per-element files on one page load Lit and the core once', async () => {
    const tags = ['power-equivalence', 'training-time', 'cluster-compare'];
    const { doc, warnings, errors } = await page(`${tags.map((t) => `<${t}></${t}>`).join('')}
      ${tags.map((t) => `<script type="module" src="/dist/${t}.js"></script>`).join('')}`, tags);
    for (const t of tags) expect(doc.querySelector(t)!.shadowRoot!.querySelector('[part=headline]') !== null, t).to.equal(true);
    const win = doc.defaultView!;
    const scripts = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.endsWith('.js'));
    // Each file once: the shared chunks are fetched once however many elements import them.
    expect(scripts.length).to.equal(new Set(scripts).size);
    expect(scripts.filter((p) => p.startsWith('/dist/chunks/')).length).to.be.greaterThan(0);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('the per-element files after compute-calc.js warn once instead of throwing', async () => {
    const tags = ['power-equivalence', 'training-time'];
    const { doc, warnings, errors } = await page(`${tags.map((t) => `<${t}></${t}>`).join('')}
      <script type="module" src="/dist/compute-calc.js"></script>
      ${tags.map((t) => `<script type="module" src="/dist/${t}.js"></script>`).join('')}`, tags);
    for (let i = 0; i < 100 && warnings.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    for (const t of tags) expect(doc.querySelector(t)!.shadowRoot!.querySelector('[part=headline]') !== null, t).to.equal(true);
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('already defined')).length).to.equal(1);
  });

  it('one addCatalog call from compute-calc.js translates the per-element files’ elements too', async () => {
    const { doc, errors } = await page(`<training-time locale="de"></training-time><power-equivalence locale="de"></power-equivalence>
      <script type="module">
        import { addCatalog } from '/dist/compute-calc.js';
        addCatalog('de', { 'train.heading': 'Wie lange dauert das Training?', 'power.heading': 'Wie viel Strom ist das?' });
      </script>
      <script type="module" src="/dist/training-time.js"></script>`, ['training-time', 'power-equivalence']);
    const heading = (tag: string) => doc.querySelector(tag)!.shadowRoot!.querySelector('h2')!.textContent!.trim();
    expect(heading('power-equivalence')).to.equal('Wie viel Strom ist das?');
    expect(heading('training-time')).to.equal('Wie lange dauert das Training?');
    expect(errors).to.deep.equal([]);
  });
});
