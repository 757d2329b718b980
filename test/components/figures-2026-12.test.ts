// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// What a bare tag shows with figures 2026-12, the default, and the `watts` attribute an
// accelerator with no published power asks for. The arithmetic is in test/core/figures-2026-12.test.ts.

import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { CarbonFootprint } from '../../src/components/carbon-footprint/carbon-footprint.js';
import type { ClusterCompare } from '../../src/components/cluster-compare/cluster-compare.js';
import type { GpuClusterCost } from '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import type { PowerEquivalence } from '../../src/components/power-equivalence/power-equivalence.js';
import type { TrainingTime } from '../../src/components/training-time/training-time.js';
import { mount } from '../helpers/fixture.js';
import { detailsText, errorItems, estimateOf, expectNoBadText, headline, noError, shadowText } from '../helpers/shadow.js';

describe('figures 2026-12 in the elements', () => {
  describe('bare tags', () => {
    // 613.2 / 920.7198 / 1,587.82008 GWh.
    it('<power-equivalence> shows 0.61–1.6 TWh a year and “figures as of December 2026”', async () => {
      const el = await mount<PowerEquivalence>('power-equivalence');
      expect(headline(el)).to.include('0.61–1.6 TWh');
      expect(await detailsText(el)).to.include('Figures as of December 2026');
      noError(el);
    });
    // 100,000 × $25,000–$30,000.
    it('<gpu-cluster-cost> shows $2.5–3 billion', async () => {
      const el = await mount<GpuClusterCost>('gpu-cluster-cost');
      expect(headline(el)).to.equal('$2.5–3 billion');
    });
    // 613.2 GWh × 384 g = 235,468.8 t; 1,587.82008 GWh × 384 g = 609,722.9 t.
    it('<carbon-footprint> shows 240,000–610,000 t of CO2 at the US life-cycle 384 g/kWh', async () => {
      const el = await mount<CarbonFootprint>('carbon-footprint');
      expect(headline(el)).to.equal('240,000–610,000 t of CO2');
    });
    it('<cluster-compare> counts Colossus doubled as operational', async () => {
      const el = await mount<ClusterCompare>('cluster-compare');
      const row = estimateOf(el).rows.find((r) => r.id === 'xai-colossus-200k');
      expect(row?.status).to.equal('operational');
    });
  });

  describe('watts', () => {
    it('gpu="tpu-ironwood" without watts shows an error naming watts, and the default cluster', async () => {
      const el = await mount<PowerEquivalence>('power-equivalence', { gpu: 'tpu-ironwood' });
      const errors = errorItems(el);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^watts is needed: the power of one Google TPU7x \(Ironwood\) in watts/);
      expect(headline(el)).to.include('0.61–1.6 TWh');
      expectNoBadText(el);
    });
    // 100,000 × 1,000 W: 876 / 1,315.314 / 2,268.3144 GWh.
    it('gpu="tpu-ironwood" watts="1000" shows 0.88–2.3 TWh a year; the watts property maps to the attribute', async () => {
      const el = await mount<PowerEquivalence>('power-equivalence', { gpu: 'tpu-ironwood', watts: '1000' });
      noError(el);
      expect(el.watts).to.equal('1000');
      expect(headline(el)).to.include('0.88–2.3 TWh');
      el.watts = '500';
      await el.updateComplete;
      expect(headline(el)).to.include('0.44–1.1 TWh');
    });
    it('<training-time gpu="trainium2" watts="500"> has no error', async () => {
      const el = await mount<TrainingTime>('training-time', { gpu: 'trainium2', watts: '500' });
      noError(el);
      expect(estimateOf(el).gpu.id).to.equal('trainium2');
    });
  });

  // 370e9 Wh ÷ 415e12 Wh = 0.089%.
  it('<power-equivalence energy="370 GWh" region="world" compare="datacentres"> gives the share of all data centres', async () => {
    const el = await mount<PowerEquivalence>('power-equivalence', { energy: '370 GWh', region: 'world', compare: 'datacentres' });
    noError(el);
    expect(shadowText(el)).to.include('of the electricity all data centres in the world use in a year');
    expectNoBadText(el);
  });

  it('<cluster-compare metric="power"> compares gigawatt sites and says which rows have no figure', async () => {
    const el = await mount<ClusterCompare>('cluster-compare', {
      clusters: 'meta-hyperion,stargate-abilene,microsoft-fairwater,amazon-rainier', metric: 'power',
    });
    noError(el);
    const text = shadowText(el);
    expect(text).to.include('under construction');
    expect(text).to.include('no sourced figure');
    expect(estimateOf(el).rows.map((r) => r.id)).to.deep.equal(['meta-hyperion', 'stargate-abilene', 'microsoft-fairwater', 'amazon-rainier']);
  });
});
