// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Figures 2026-12, the default: each new or changed number checked by hand against its source
// (the arithmetic is in the comments), every figure carries its source, and 2026-11 stays as
// published.

import { expect } from '@open-wc/testing';
import { calculateCarbon, estimateCarbon } from '../../src/core/carbon.js';
import { calculateCompare, compareClusters } from '../../src/core/compare.js';
import { calculateCost, estimateClusterCost } from '../../src/core/cost.js';
import { figures as nov } from '../../src/core/data/2026-11.js';
import { carbonFigures } from '../../src/core/data/carbon.js';
import { clusterFigures } from '../../src/core/data/clusters.js';
import { figureSets, latestFigures, type Source } from '../../src/core/data/index.js';
import { inferenceFigures } from '../../src/core/data/inference.js';
import { trainingFigures } from '../../src/core/data/training.js';
import { calculatePower, estimatePower } from '../../src/core/power.js';
import { calculateTraining } from '../../src/core/training.js';
import { expectRange } from '../helpers/core.js';

const GWh = 1e9;

/** Every object with a `value` and a `unit` (a figure), with its path. */
function figuresIn(value: unknown, path = '', out: Array<[string, Record<string, unknown>]> = []): Array<[string, Record<string, unknown>]> {
  if (typeof value !== 'object' || value === null) return out;
  if ('value' in value && 'unit' in value) out.push([path, value as Record<string, unknown>]);
  for (const [k, v] of Object.entries(value)) figuresIn(v, path ? `${path}.${k}` : k, out);
  return out;
}

function expectSourced(path: string, s: Source | undefined): void {
  expect(s, `${path}.source`).to.be.an('object');
  expect(s!.title, `${path} title`).to.be.a('string').and.not.equal('');
  expect(s!.publisher, `${path} publisher`).to.be.a('string').and.not.equal('');
  expect(s!.url, `${path} url`).to.match(/^https:\/\/\S+$/);
  expect(s!.year, `${path} year`).to.be.a('number').and.within(2000, 2026);
  // How it was checked: against the source's own text, through a copy, an estimate, or derived.
  expect(['verified', 'secondary', 'estimate', 'derived'], `${path} status`).to.include(s!.status);
  // A derived figure says how.
  if (s!.status === 'derived') expect(s!.note, `${path} note (derivation)`).to.be.a('string').and.not.equal('');
}

describe('figures 2026-12', () => {
  it('is the newest set, the default when no as-of is given', () => {
    expect(latestFigures.version).to.equal('2026-12');
    expect(figureSets.map((s) => s.version)).to.deep.equal(['2026-11', '2026-12']);
  });

  describe('every figure has a value, a unit, a year, a title, a publisher, a link and how it was checked', () => {
    figureSets.forEach((set) => {
      const v = set.version;
      const all = [
        ...figuresIn(set), ...figuresIn(carbonFigures(v), 'carbon'), ...figuresIn(trainingFigures(v), 'training'),
        ...figuresIn(inferenceFigures(v), 'inference'),
      ];
      it(`${v}: ${all.length} figures, each sourced`, () => {
        expect(all.length).to.be.greaterThan(30);
        for (const [path, f] of all) {
          const value = f.value as number | { low: number };
          expect(typeof value === 'number' ? value : value.low, `${path}.value`).to.be.a('number').and.greaterThan(0);
          expect(f.unit, `${path}.unit`).to.be.a('string').and.not.equal('');
          expectSourced(path, f.source as Source);
        }
      });
      it(`${v}: every inference figure says what it counts (chips, servers, data centre, or not stated)`, () => {
        const models = inferenceFigures(v).models;
        expect(models.filter((m) => m.search)).to.have.length(1);
        for (const m of models) expect(['accelerators', 'server', 'facility', 'unstated'], `${m.id}.scope`).to.include(m.scope);
      });
      it(`${v}: every cluster has a source, a status and a YYYY-MM date`, () => {
        for (const c of clusterFigures(v).clusters) {
          expectSourced(c.id, c.source);
          expect(['operational', 'construction', 'announced', 'planned']).to.include(c.status);
          expect(c.date).to.match(/^\d{4}-(0[1-9]|1[0-2])$/);
        }
      });
    });
  });

  describe('2026-11 stays as published', () => {
    // figures.md §8d: 100,000 × 700 W × 8,760 h = 613.2 GWh at the chips;
    // low 1.8 × 0.5 × 1.08 = 0.972 → 596.0304; mid 1.82 × 0.75 × 1.1 = 1.5015 → 920.7198;
    // high 2.14 × 1.0 × 1.56 = 3.33840 → 2,047.10688 GWh.
    it("calculatePower({'as-of': '2026-11'}) is 596.0304 / 920.7198 / 2,047.10688 GWh", () => {
      const { estimate, issues } = calculatePower({ 'as-of': '2026-11' });
      expect(issues).to.deep.equal([]);
      expect(estimate.figuresVersion).to.equal('2026-11');
      expectRange(estimate.energyWh, 596.0304 * GWh, 920.7198 * GWh, 2047.10688 * GWh);
    });
    it("calculateCost({'as-of': '2026-11'}) is 100,000 × $25k / $30k / $40k = $2.5 / $3.0 / $4.0 billion", () => {
      expectRange(calculateCost({ 'as-of': '2026-11' }).estimate.capex, 2.5e9, 3.0e9, 4.0e9);
    });
    it("calculateCarbon({'as-of': '2026-11', energy: '370 GWh'}) is 370e6 kWh × 367 g = 135,790 t; marginal × 707 g = 261,590 t", () => {
      expectRange(calculateCarbon({ 'as-of': '2026-11', energy: '370 GWh' }).estimate.tonnes, 135_790, 135_790, 135_790);
      expectRange(calculateCarbon({ 'as-of': '2026-11', energy: '370 GWh', basis: 'marginal' }).estimate.tonnes, 261_590, 261_590, 261_590);
    });
    it('keeps its PUE 1.08–1.56, car 4.7 t, Germany 519 TWh, Colossus 200k announced, and has no accelerator added since', () => {
      expect(nov.pue.value).to.deep.equal({ low: 1.08, mid: 1.1, high: 1.56 });
      expect(carbonFigures('2026-11').carTonnes.value).to.equal(4.7);
      expect(nov.regions.de.demandTwh?.value).to.equal(519);
      expect(clusterFigures('2026-11').clusters.find((c) => c.id === 'xai-colossus-200k')?.status).to.equal('announced');
      expect(Object.keys(nov.accelerators)).to.not.include.members(['gb300', 'tpu-ironwood']);
      expect(nov.regions.fr).to.equal(undefined);
    });
  });

  describe('power: overhead by platform, range ends no cited source exceeds', () => {
    // Chips: 100,000 × 700 W × 8,760 h = 613.2 GWh.
    // Low: 1.8 × 0.5 × 1.08 = 0.972 would be under the chips at rated power, so the low end is the chips: 613.2 GWh.
    // Mid: 1.82 × 0.75 × 1.1 = 1.5015 → 920.7198 GWh.
    // High: 2.14 × 1.0 × 1.21 = 2.5894 → 1,587.82008 GWh (SemiAnalysis: 1.59 TWh for 100k H100).
    it('estimatePower() is 613.2 / 920.7198 / 1,587.82008 GWh', () => {
      expectRange(estimatePower().energyWh, 613.2 * GWh, 920.7198 * GWh, 1587.82008 * GWh);
    });
    it('estimatePower() cites the HGX/DGX overhead and the AI-build PUE 1.08–1.21', () => {
      const e = estimatePower();
      expect(e.assumptions.find((a) => a.id === 'pue')?.value).to.deep.equal({ low: 1.08, mid: 1.1, high: 1.21 });
      expect(e.assumptions.find((a) => a.id === 'overhead')?.source?.note).to.contain('HGX/DGX');
    });
    // GB200 NVL72: 120 kW ÷ 72 ÷ 1,200 W = 1.3889, rounded 1.39. Chips: 100,000 × 1,200 W × 8,760 h = 1,051.2 GWh.
    // Mid 1.39 × 0.75 × 1.1 = 1.14675 → 1,205.4636 GWh; high 1.39 × 1 × 1.21 = 1.6819 → 1,768.01328 GWh; low floored at the chips.
    it("estimatePower({gpu: 'gb200'}) takes the NVL72 rack's 1.39×: 1,051.2 / 1,205.4636 / 1,768.01328 GWh", () => {
      const e = estimatePower({ gpu: 'gb200' });
      expectRange(e.energyWh, 1051.2 * GWh, 1205.4636 * GWh, 1768.01328 * GWh);
      expect(e.assumptions.find((a) => a.id === 'overhead')?.value).to.deep.equal({ low: 1.39, mid: 1.39, high: 1.39 });
    });
    // An author's own utilization lifts the floor: 70 MW × 1.8 × 0.5 × 1.08 × 8,760 h = 596.0304 GWh.
    it('estimatePower({utilization: range 0.5–1}) is not floored: its low end is 596.0304 GWh', () => {
      expect(estimatePower({ utilization: { low: 0.5, mid: 0.75, high: 1 } }).energyWh.low).to.be.closeTo(596.0304 * GWh, 1);
    });
  });

  describe('accelerators with no published power ask for watts', () => {
    it("calculatePower({gpu: 'tpu-ironwood'}) reports watts as missing and shows the default H100 cluster", () => {
      const { estimate, issues } = calculatePower({ gpu: 'tpu-ironwood' });
      expect(issues).to.have.length(1);
      expect(issues[0]).to.deep.include({ field: 'watts', code: 'missing', expected: 'expect.watts', params: { gpu: 'Google TPU7x (Ironwood)' } });
      expect(estimate.gpu?.id).to.equal('h100-sxm');
    });
    // 100,000 × 1,000 W × 8,760 h = 876 GWh; × 1.5015 = 1,315.314; × 2.5894 = 2,268.3144 GWh.
    it("calculatePower({gpu: 'tpu-ironwood', watts: '1 kW'}) is 876 / 1,315.314 / 2,268.3144 GWh", () => {
      const { estimate, issues } = calculatePower({ gpu: 'tpu-ironwood', watts: '1 kW' });
      expect(issues).to.deep.equal([]);
      expect(estimate.gpu?.id).to.equal('tpu-ironwood');
      expectRange(estimate.energyWh, 876 * GWh, 1315.314 * GWh, 2268.3144 * GWh);
      expect(estimate.assumptions.find((a) => a.id === 'tdp')).to.deep.include({ overridden: true });
    });
    it("calculatePower({watts: 'lots'}) reports watts as invalid; calculatePower({watts: '0'}) as out of range", () => {
      expect(calculatePower({ watts: 'lots' }).issues[0]).to.deep.include({ field: 'watts', code: 'invalid' });
      expect(calculatePower({ watts: '0' }).issues[0]).to.deep.include({ field: 'watts', code: 'out-of-range' });
    });
    it("calculateTraining({gpu: 'trainium2', watts: '500'}) uses Trainium2's 667 dense BF16 TFLOP/s", () => {
      const { estimate, issues } = calculateTraining({ gpu: 'trainium2', watts: '500' });
      expect(issues).to.deep.equal([]);
      expect(estimate.peak).to.equal(667e12);
    });
    it("calculateCarbon({gpu: 'trainium2'}) and calculateCost({gpu: 'tpu-ironwood'}) name the watts attribute", () => {
      expect(calculateCarbon({ gpu: 'trainium2' }).issues.map((i) => i.field)).to.include('watts');
      expect(calculateCost({ gpu: 'tpu-ironwood' }).issues.map((i) => i.field)).to.include('watts');
    });
    // AMD MI355X: 256 CUs × 8,192 FP8 FLOP/clock × 2.4 GHz = 5,033.16 TFLOP/s dense; MI350X at 2.2 GHz: 4,613.73.
    it('MI355X 1,400 W, 2,517 / 5,033 TFLOP/s; MI350X 1,000 W, 2,307 / 4,614; GB300 1,400 W, 2,500 / 5,000', () => {
      const a = latestFigures.accelerators;
      expect([a.mi355x.tdp?.value, a.mi355x.bf16.value, a.mi355x.fp8?.value]).to.deep.equal([1400, 2517, 5033]);
      expect([a.mi350x.tdp?.value, a.mi350x.bf16.value, a.mi350x.fp8?.value]).to.deep.equal([1000, 2307, 4614]);
      expect([a.gb300.tdp?.value, a.gb300.bf16.value, a.gb300.fp8?.value]).to.deep.equal([1400, 2500, 5000]);
      expect([a['tpu-ironwood'].tdp, a['tpu-ironwood'].bf16.value, a.trainium2.tdp, a.trainium2.bf16.value]).to.deep.equal([null, 2307, null, 667]);
    });
  });

  describe('mended faults', () => {
    it('the H100 price is the cited $25,000–$30,000: 100,000 × $25k / $27.5k / $30k = $2.5 / $2.75 / $3.0 billion', () => {
      expectRange(estimateClusterCost().capex, 2.5e9, 2.75e9, 3.0e9);
    });
    it('Germany uses 482 TWh (Bundesnetzagentur, 2022); the GB200 cites the B200 page', () => {
      expect(latestFigures.regions.de.demandTwh?.value).to.equal(482);
      expect(latestFigures.accelerators.gb200.tdp?.source.url).to.match(/\/B200$/);
    });
    it('Epoch sources link to the commit read', () => {
      expect(latestFigures.serverOverhead.source.url).to.contain('/blob/85c568c7d8ebdb8a045935c5a823e257fa49d4c0/energy.py');
      expect(latestFigures.serverCost.source.url).to.contain('/blob/176b66a769efb258d6197c8e1b3e63f839fe1d4e/');
    });
    // 370e6 kWh × 384 g = 142,080 t (Ember life-cycle, 2024); ÷ 4.6 t = 30,886.96 cars.
    // Marginal: 1,540.1 lb/MWh × 453.59237 g/lb ÷ 1,000 = 698.58 ≈ 699 g/kWh; 370e6 × 699 = 258,630 t.
    it('carbon: one life-cycle basis for averages (US 384 g), car 4.6 t, AVERT 699 g/kWh', () => {
      const e = estimateCarbon({ energy: 370 * GWh });
      expectRange(e.tonnes, 142_080, 142_080, 142_080);
      expectRange(e.equivalences.find((q) => q.id === 'cars')?.count, 142_080 / 4.6, 142_080 / 4.6, 142_080 / 4.6);
      expectRange(estimateCarbon({ energy: 370 * GWh, basis: 'marginal' }).tonnes, 258_630, 258_630, 258_630);
      for (const f of Object.values(carbonFigures('2026-12').gridGPerKwh)) expect(f.unit).to.equal('g CO2e/kWh, life-cycle');
      expect(carbonFigures('2026-12').marginalGPerKwh.us.unit).to.equal('g CO2/kWh, direct');
    });
  });

  describe('new regions and context figures', () => {
    // 370e9 Wh ÷ 4,255,000 Wh = 86,956.52 French homes; ÷ 2,412,000 = 153,399.67 Spanish homes.
    it("calculatePower({energy: '370 GWh', region: 'fr' | 'es'}) equals 86,956.52 and 153,399.67 homes", () => {
      const homes = (region: string) => calculatePower({ energy: '370 GWh', region }).estimate.equivalences.find((q) => q.id === 'homes')?.count.mid;
      expect(homes('fr')).to.be.closeTo(370e9 / 4_255_000, 1e-6);
      expect(homes('es')).to.be.closeTo(370e9 / 2_412_000, 1e-6);
    });
    // France 56 g (Ember 2023): 370e6 kWh × 56 g = 20,720 t; Spain 137 g: 50,690 t.
    it("calculateCarbon({energy: '370 GWh', grid: 'fr' | 'es'}) emits 20,720 t and 50,690 t", () => {
      expect(calculateCarbon({ energy: '370 GWh', grid: 'fr' }).estimate.tonnes.mid).to.be.closeTo(20_720, 1e-6);
      expect(calculateCarbon({ energy: '370 GWh', grid: 'es' }).estimate.tonnes.mid).to.be.closeTo(50_690, 1e-6);
    });
    it('data centres: world 415 TWh (IEA, 2024), US 176 TWh (LBNL, 2023)', () => {
      expect(latestFigures.regions.world.dataCentreTwh?.value).to.equal(415);
      expect(latestFigures.regions.us.dataCentreTwh?.value).to.equal(176);
    });
    // 370e9 Wh ÷ 415e12 Wh = 0.08916% of the world's data centres; ÷ 176e12 = 0.2102% of the US's.
    it("calculatePower({energy: '370 GWh', compare: 'datacentres'}) is 0.0892% of the world's and 0.210% of US data centres", () => {
      const share = (region: string) => calculatePower({ energy: '370 GWh', region, compare: 'datacentres' }).estimate.equivalences[0];
      expect(share('world').id).to.equal('datacentres');
      expect(share('world').count.mid).to.be.closeTo(370e9 / 415e12, 1e-12);
      expect(share('us').count.mid).to.be.closeTo(370e9 / 176e12, 1e-12);
    });
    it('datacentres is not shown by default, and a region without the figure reports compare as unsupported', () => {
      expect(calculatePower({ energy: '370 GWh' }).estimate.equivalences.map((q) => q.id)).to.not.include('datacentres');
      expect(calculatePower({ energy: '370 GWh', region: 'de', compare: 'datacentres' }).issues[0]).to.deep.include({ field: 'compare', code: 'unsupported' });
      expect(calculatePower({ 'as-of': '2026-11', energy: '370 GWh', compare: 'datacentres' }).issues[0]).to.deep.include({ field: 'compare', code: 'unsupported' });
    });
  });

  describe('clusters', () => {
    const ids = ['xai-colossus-200k', 'meta-prometheus', 'meta-hyperion', 'stargate-abilene', 'microsoft-fairwater', 'amazon-rainier'];
    const value = (metric: 'gpus' | 'h100e' | 'power', id: string) =>
      compareClusters({ ids, metric }).rows.find((r) => r.id === id)?.value;
    it('Colossus doubled is running since 2025-02', () => {
      const c = clusterFigures('2026-12').clusters.find((x) => x.id === 'xai-colossus-200k');
      expect([c?.status, c?.date]).to.deep.equal(['operational', '2025-02']);
    });
    it('sites reported in gigawatts are compared by power: Hyperion 5 GW, Abilene 1.2 GW, Prometheus 1 GW', () => {
      expect(value('power', 'meta-hyperion')?.mid).to.equal(5e9);
      expect(value('power', 'stargate-abilene')?.mid).to.equal(1.2e9);
      expect(value('power', 'meta-prometheus')?.mid).to.equal(1e9);
      expect(value('gpus', 'meta-prometheus')).to.equal(undefined);
    });
    // 500,000 × 667 ÷ 989.4 = 337,072.97 H100-equivalents.
    it('Project Rainier: 500,000 Trainium2 = 337,072.97 H100e, and no power figure (no published chip power)', () => {
      expect(value('gpus', 'amazon-rainier')?.mid).to.equal(500_000);
      expect(value('h100e', 'amazon-rainier')?.mid).to.be.closeTo(500_000 * 667 / 989.4, 1e-6);
      expect(value('power', 'amazon-rainier')).to.equal(undefined);
    });
    it('Fairwater has no figure for any metric, and says so', () => {
      for (const m of ['gpus', 'h100e', 'power'] as const) expect(value(m, 'microsoft-fairwater')).to.equal(undefined);
      expect(clusterFigures('2026-12').clusters.find((c) => c.id === 'microsoft-fairwater')?.note).to.contain('Neither');
    });
    it("calculateCompare({clusters: …, metric: 'power'}) accepts the new ids and status 'construction'", () => {
      const { issues } = calculateCompare({ clusters: ids.join(','), metric: 'power' }, [{ name: 'Ours', gpus: '1000', status: 'construction' }]);
      expect(issues).to.deep.equal([]);
    });
  });
});
