// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// <gpu-cluster-cost> running cost: the electricity it prices is the energy <power-equivalence>
// shows for the same cluster, at the sourced US industrial price. Both elements load here.

import { expect } from '@open-wc/testing';
import '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import '../../src/components/power-equivalence/power-equivalence.js';
import type { GpuClusterCost } from '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import type { PowerEquivalence } from '../../src/components/power-equivalence/power-equivalence.js';
import type { Range } from '../../src/core/range.js';
// Figures 2026-11 unless a test sets as-of: these tests check that set's published numbers (figures-2026-12 has the new ones).
import { mountNov as mount, type AttrMap } from '../helpers/fixture.js';
import { estimateOf as est, expectNoBadText, textOf } from '../helpers/shadow.js';

/** The US industrial electricity price in the 2026-11 figures, USD per kWh. */
const US_KWH = 0.0806;

const gcc = (attrs: AttrMap = {}) => mount<GpuClusterCost>('gpu-cluster-cost', attrs);


/** Asserts a range's three bounds, each within a relative `tolerance`. */
function expectRange(actual: Range | undefined, expected: Range, what: string, tolerance = 1e-9): void {
  expect(actual, what).to.exist;
  for (const k of ['low', 'mid', 'high'] as const) {
    expect(actual![k], `${what}.${k}`).to.be.closeTo(expected[k], Math.abs(expected[k]) * tolerance);
  }
}

const scale = (r: Range, f: number): Range => ({ low: r.low * f, mid: r.mid * f, high: r.high * f });

describe('<gpu-cluster-cost>', () => {
  describe('running cost', () => {
    it('years="1" uses the same energy as a bare <power-equivalence>', async () => {
      const el = await gcc({ years: '1' });
      const power = await mount<PowerEquivalence>('power-equivalence');
      expect(power.estimate, 'power estimate').to.exist;
      expectRange(est(el).energyWh, power.estimate!.energyWh, 'energyWh');
    });

    it('the same holds for another accelerator and other assumptions', async () => {
      const attrs = { gpus: '50k', gpu: 'b200', utilization: '0.6', pue: '1.2' };
      const el = await gcc({ ...attrs, years: '1' });
      const power = await mount<PowerEquivalence>('power-equivalence', attrs);
      expectRange(est(el).energyWh, power.estimate!.energyWh, 'energyWh');
    });

    it('the electricity part is energy / 1000 × $0.0806', async () => {
      const el = await gcc({ years: '1' });
      const e = est(el);
      const expected = scale(e.energyWh, US_KWH / 1000);
      expectRange(e.running, expected, 'running');
      expectRange(e.total, { low: 2.5e9 + expected.low, mid: 3e9 + expected.mid, high: 4e9 + expected.high }, 'total');
      // 596 GWh … 2,047 GWh at $0.0806/kWh: $48–160 million.
      expect(textOf(el, '.parts li[data-part=electricity]')).to.equal('$48–160 million Electricity, 1 year');
      expect(textOf(el, '[data-copy-text=summary]')).to.include('adds about $48–160 million of electricity');
      expectNoBadText(el);
    });

    it('four years cost four times one year', async () => {
      const one = est(await gcc({ years: '1' })).running!;
      expectRange(est(await gcc({ years: '4' })).running, scale(one, 4), 'running');
    });

    it('without years the purchase stands alone and no energy is counted', async () => {
      const e = est(await gcc());
      expect(e.running).to.be.undefined;
      expect(e.energyWh).to.deep.equal({ low: 0, mid: 0, high: 0 });
    });
  });
});
