// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The first Intl.NumberFormat a page creates costs 25–130 ms in Chromium (ICU's start-up), the
// first Intl.PluralRules up to 25 ms: an English page must create neither. A file of its own, so that no other test has filled the
// formatters' caches first.
import { expect } from '@open-wc/testing';
import '../../src/components/carbon-footprint/carbon-footprint.js';
import '../../src/components/cluster-compare/cluster-compare.js';
import '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import '../../src/components/inference-energy/inference-energy.js';
import '../../src/components/power-equivalence/power-equivalence.js';
import '../../src/components/training-time/training-time.js';
import { mount } from '../helpers/fixture.js';

describe('Intl start-up', () => {
  it('an English page creates no Intl.NumberFormat or Intl.PluralRules: every calculator, its claim, controls and open disclosure', async () => {
    const Original = Intl.NumberFormat;
    const OriginalPlurals = Intl.PluralRules;
    const made: string[] = [];
    // Counts constructions (subclasses, so instances and static methods still work).
    Intl.NumberFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made.push(`NumberFormat ${JSON.stringify(args)}`);
      }
    } as typeof Intl.NumberFormat;
    // Typed read-only, but writable like every Intl constructor.
    (Intl as { PluralRules: typeof Intl.PluralRules }).PluralRules = class extends OriginalPlurals {
      constructor(...args: ConstructorParameters<typeof OriginalPlurals>) {
        super(...args);
        made.push(`PluralRules ${JSON.stringify(args)}`);
      }
    } as typeof Intl.PluralRules;
    try {
      for (const [tag, attrs] of [
        ['power-equivalence', { energy: '370 GWh', claim: 'over 34 million households' }],
        ['gpu-cluster-cost', { gpus: '100000', gpu: 'h100-sxm', claim: 'over $2 billion', interactive: true }],
        ['training-time', { interactive: true }],
        ['carbon-footprint', { interactive: true }],
        ['cluster-compare', {}],
        ['inference-energy', { claim: 'ten times as much as a Google search' }],
      ] as const) {
        const el = await mount(tag, { locale: 'en', ...attrs });
        el.shadowRoot!.querySelector('details')!.open = true;
        await el.updateComplete;
        expect(el.shadowRoot!.textContent, tag).to.match(/\d/);
      }
    } finally {
      Intl.NumberFormat = Original;
      (Intl as { PluralRules: typeof Intl.PluralRules }).PluralRules = OriginalPlurals;
    }
    expect(made).to.deep.equal([]);
  });
});
