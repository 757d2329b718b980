// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// dist/compute-calc.js is what a site hosts: one file, nothing else. npm test builds it first.
// Each case loads it into a fresh iframe (its own custom-element registry), as a page would.
import { expect } from '@open-wc/testing';

async function page(body: string): Promise<{ doc: Document; warnings: string[]; errors: string[] }> {
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
  const el = doc.querySelector('power-equivalence');
  for (let i = 0; i < 200 && !(el?.shadowRoot?.querySelector('[part=headline]')); i++) {
    await new Promise((r) => setTimeout(r, 25));
  }
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
