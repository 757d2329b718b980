// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { expect } from '@open-wc/testing';
import { checkClaim } from '../../src/core/claim.js';
import { claimUsd, parseCurrency, parseEnergyPrice, type CostEstimate, type CostPartId } from '../../src/core/cost.js';

import { point, type Range } from '../../src/core/range.js';
import { claim, expectRange } from '../helpers/core.js';
// Pinned to figures 2026-11, the numbers these tests hand-check (see test/helpers/pinned.ts).
import {
  estimateClusterCost, estimatePower, readCostAttributes, nov as latestFigures,
} from '../helpers/pinned.js';

const part = (e: CostEstimate, id: CostPartId): Range => {
  const found = e.parts.find((p) => p.id === id);
  if (!found) expect.fail(`no ${id} part in ${JSON.stringify(e.parts.map((p) => p.id))}`);
  return found.value;
};

const assumption = (e: CostEstimate, id: string) => {
  const found = e.assumptions.find((a) => a.id === id);
  if (!found) expect.fail(`no ${id} assumption in ${JSON.stringify(e.assumptions.map((a) => a.id))}`);
  return found;
};

/** Bound-by-bound `a × k`, the way the running cost is expected: energy (Wh) ÷ 1000 × USD/kWh × years. */
const scale = (r: Range, k: number): Range => ({ low: r.low * k, mid: r.mid * k, high: r.high * k });

// The seed cluster: 100,000 H100 SXM (Tom's Hardware, Zuckerberg Q3 2024; figures.md §7).
// H100 price $25,000–$40,000, central $30,000 (figures.md §1b: Raymond James $25k–$30k, Sherwood $20k–$40k,
// stratrix $25k–$40k). Chips alone, by hand:
//   low  100,000 × $25,000 = $2.5 billion
//   mid  100,000 × $30,000 = $3.0 billion
//   high 100,000 × $40,000 = $4.0 billion   (figures.md §8e: "$2B–$4B for the GPUs alone")
// Server multiplier 1.54–1.69, central 1.64 (Epoch AI hardware.py, figures.md §2b):
//   servers  = 3.85e9 / 4.92e9 / 6.76e9; the rest of the server = chips × 0.54 / 0.64 / 0.69 = 1.35e9 / 1.92e9 / 2.76e9
// Network multiplier 1.11–1.18, central 1.14 (10–15% of cluster capex, figures.md §2d):
//   cluster  = 3.85e9 × 1.11 = 4.2735e9; 4.92e9 × 1.14 = 5.6088e9; 6.76e9 × 1.18 = 7.9768e9
//   network  = servers × 0.11 / 0.14 / 0.18 = 0.4235e9 / 0.6888e9 / 1.2168e9
//   per GPU  = $42,735 / $56,088 / $79,768 (SemiAnalysis' "≈ $40k all-in per H100", figures.md §2b, is near the low end)
const bare = estimateClusterCost();

// The default yearly energy, from the shared power model (test/core/power.test.ts, figures.md §8d):
//   596,030,400 / 920,719,800 / 2,047,106,880 kWh a year.
// At the US industrial average 8.06 ¢/kWh (EIA 2023 via Epoch AI, figures.md §6), for 4 years:
//   low  596,030,400 × 0.0806 = $48,040,050.24 a year;  × 4 = $192,160,200.96
//   mid  920,719,800 × 0.0806 = $74,210,015.88 a year;  × 4 = $296,840,063.52
//   high 2,047,106,880 × 0.0806 = $164,996,814.528 a year; × 4 = $659,987,258.112
const US_KWH = 0.0806;
const yearWh = estimatePower({ gpus: 100_000, gpu: 'h100-sxm' }).energyWh;

describe('cost', () => {
  describe('estimateClusterCost(): chips', () => {
    it('estimateClusterCost({gpus: 100000, price: 25000}) is $2.5 billion', () => {
      const e = estimateClusterCost({ gpus: 100_000, price: 25_000 });
      expect(e.scope).to.equal('chips');
      expect(e.capex).to.deep.equal(point(2.5e9));
      expect(e.total).to.deep.equal(point(2.5e9));
      expect(e.parts.map((p) => p.id)).to.deep.equal(['chips']);
      expect(e.perGpu).to.deep.equal(point(25_000));
    });
    it('estimateClusterCost() by default is 100,000 H100 SXM chips: $2.5 / $3.0 / $4.0 billion (figures.md §8e)', () => {
      expect(bare.gpu.id).to.equal('h100-sxm');
      expect(bare.gpus).to.deep.equal(point(100_000));
      expectRange(bare.price, 25_000, 30_000, 40_000);
      expectRange(bare.capex, 2.5e9, 3.0e9, 4.0e9);
      expectRange(part(bare, 'chips'), 2.5e9, 3.0e9, 4.0e9);
      expectRange(bare.total, 2.5e9, 3.0e9, 4.0e9);
      expectRange(bare.perGpu, 25_000, 30_000, 40_000);
    });
    it('estimateClusterCost() by default counts purchase only: years 0, no running part, zero energy', () => {
      expect(bare.years).to.deep.equal(point(0));
      expect(bare.running).to.equal(undefined);
      expect(bare.energyWh).to.deep.equal(point(0));
      expect(bare.parts.map((p) => p.id)).to.deep.equal(['chips']);
    });
    it('estimateClusterCost() by default is most sensitive to price (ratio $40k ÷ $25k = 1.6): $2.5–$4.0 billion', () => {
      // gpus is a point; price 40,000 ÷ 25,000 = 1.6. At the mid total: 3e9 × 25/30 = 2.5e9, 3e9 × 40/30 = 4e9.
      expect(bare.sensitivity?.id).to.equal('price');
      expect(bare.sensitivity!.high / bare.sensitivity!.low).to.be.closeTo(1.6, 1e-12);
      expect(bare.sensitivity?.low).to.be.closeTo(2.5e9, 1e-3);
      expect(bare.sensitivity?.high).to.be.closeTo(4.0e9, 1e-3);
    });
    it('estimateClusterCost() by default marks gpus and price as sourced defaults', () => {
      for (const id of ['gpus', 'price']) {
        const a = assumption(bare, id);
        expect(a.overridden, id).to.equal(false);
        expect(a.source?.url, id).to.match(/^https:\/\//);
      }
    });
    it('estimateClusterCost() names figures version 2026-11', () => {
      expect(bare.figuresVersion).to.equal('2026-11');
    });
    it('estimateClusterCost({price: 25000}) marks the price as the author\'s, with no source', () => {
      const a = assumption(estimateClusterCost({ price: 25_000 }), 'price');
      expect(a.overridden).to.equal(true);
      expect(a.source).to.equal(undefined);
    });

    const chips: Array<[string, Parameters<typeof estimateClusterCost>[0], [number, number, number], string]> = [
      ["{gpu: 'b200'}", { gpu: 'b200' }, [3.0e9, 3.5e9, 4.0e9], '100,000 × $30k–$40k, central $35k (Huang on CNBC, figures.md §1b)'],
      ["{gpu: 'gaudi-3'}", { gpu: 'gaudi-3' }, [1.5625e9, 1.5625e9, 1.5625e9], '100,000 × $15,625 ($125,000 kit ÷ 8, figures.md §1b)'],
      ['{gpus: 600000}', { gpus: 600_000 }, [15e9, 18e9, 24e9], "600,000 × $25k / $30k / $40k (Meta's ~600k H100, Sherwood News)"],
      ['{gpus: 1, price: 30000}', { gpus: 1, price: 30_000 }, [30_000, 30_000, 30_000], 'one chip is its price'],
    ];
    chips.forEach(([args, input, [low, mid, high], why]) => {
      it(`estimateClusterCost(${args}) is ${low / 1e9}–${high / 1e9} billion, mid ${mid / 1e9}: ${why}`, () => {
        expectRange(estimateClusterCost(input).capex, low, mid, high);
      });
    });

    it("estimateClusterCost({gpu: 'gaudi-3'}) has no sensitivity (every factor is a point)", () => {
      expect(estimateClusterCost({ gpu: 'gaudi-3' }).sensitivity).to.equal(undefined);
    });
    it('estimateClusterCost({gpus: 50k–100k}) divides capex per GPU bound by bound, giving back the price', () => {
      const e = estimateClusterCost({ gpus: { low: 50_000, mid: 75_000, high: 100_000 } });
      // low 50,000 × $25k = 1.25e9; mid 75,000 × $30k = 2.25e9; high 100,000 × $40k = 4e9.
      expectRange(e.capex, 1.25e9, 2.25e9, 4e9);
      expectRange(e.perGpu, 25_000, 30_000, 40_000);
    });
    it("estimateClusterCost({gpu: 'nope'}) throws RangeError /invalid gpu/", () => {
      expect(() => estimateClusterCost({ gpu: 'nope' })).to.throw(RangeError, /invalid gpu: nope/);
    });
    it("estimateClusterCost({region: 'mars'}) throws RangeError /invalid region/", () => {
      expect(() => estimateClusterCost({ region: 'mars' })).to.throw(RangeError, /invalid region: mars/);
    });
  });

  describe('estimateClusterCost(): servers and cluster scopes', () => {
    const servers = estimateClusterCost({ scope: 'servers' });
    const cluster = estimateClusterCost({ scope: 'cluster' });

    it("estimateClusterCost({scope: 'servers'}) is chips × 1.54 / 1.64 / 1.69 = $3.85 / $4.92 / $6.76 billion (Epoch hardware.py)", () => {
      expectRange(servers.capex, 3.85e9, 4.92e9, 6.76e9);
      expectRange(servers.total, 3.85e9, 4.92e9, 6.76e9);
    });
    it("estimateClusterCost({scope: 'servers'}) has parts chips and servers = chips × 0.54 / 0.64 / 0.69", () => {
      expect(servers.parts.map((p) => p.id)).to.deep.equal(['chips', 'servers']);
      expectRange(part(servers, 'chips'), 2.5e9, 3.0e9, 4.0e9);
      expectRange(part(servers, 'servers'), 1.35e9, 1.92e9, 2.76e9);
    });
    it("estimateClusterCost({scope: 'servers'}) lists the sourced server multiplier 1.54–1.69", () => {
      const a = assumption(servers, 'serverCost');
      expectRange(a.value, 1.54, 1.64, 1.69);
      expect(a.overridden).to.equal(false);
      expect(a.source?.url).to.equal('https://github.com/epoch-research/training-cost-trends');
    });
    it("estimateClusterCost({scope: 'cluster'}) is servers × 1.11 / 1.14 / 1.18 = $4.2735 / $5.6088 / $7.9768 billion", () => {
      expectRange(cluster.capex, 4.2735e9, 5.6088e9, 7.9768e9);
      expectRange(cluster.total, 4.2735e9, 5.6088e9, 7.9768e9);
    });
    it("estimateClusterCost({scope: 'cluster'}) has parts chips, servers and network = servers × 0.11 / 0.14 / 0.18", () => {
      expect(cluster.parts.map((p) => p.id)).to.deep.equal(['chips', 'servers', 'network']);
      expectRange(part(cluster, 'servers'), 1.35e9, 1.92e9, 2.76e9);
      expectRange(part(cluster, 'network'), 0.4235e9, 0.6888e9, 1.2168e9);
    });
    it("estimateClusterCost({scope: 'cluster'}) lists the network multiplier 1.11–1.18 (arXiv:2405.21015)", () => {
      const a = assumption(cluster, 'networkCost');
      expectRange(a.value, 1.11, 1.14, 1.18);
      expect(a.source?.url).to.equal('https://arxiv.org/abs/2405.21015');
    });
    it("estimateClusterCost({scope: 'cluster'}) is $42,735 / $56,088 / $79,768 per GPU", () => {
      expectRange(cluster.perGpu, 42_735, 56_088, 79_768);
    });

    const scopes: Array<[string, CostEstimate]> = [['chips', bare], ['servers', servers], ['cluster', cluster]];
    scopes.forEach(([scope, e]) => {
      it(`estimateClusterCost({scope: '${scope}'}) has parts that add up to capex, bound by bound`, () => {
        const sum = e.parts.reduce((s, p) => ({ low: s.low + p.value.low, mid: s.mid + p.value.mid, high: s.high + p.value.high }), point(0));
        expectRange(sum, e.capex!.low, e.capex!.mid, e.capex!.high);
      });
      it(`estimateClusterCost({scope: '${scope}'}) has perGpu = capex ÷ 100,000, bound by bound`, () => {
        expectRange(e.perGpu, e.capex!.low / 1e5, e.capex!.mid / 1e5, e.capex!.high / 1e5);
      });
    });
  });

  describe('estimateClusterCost(): running cost from the shared power model', () => {
    const four = estimateClusterCost({ years: 4 });

    it('estimateClusterCost({years: 4}) runs for $192.2 / $296.8 / $660.0 million at 8.06 ¢/kWh (EIA 2023, figures.md §6)', () => {
      expectRange(four.running, 192_160_200.96, 296_840_063.52, 659_987_258.112);
      expectRange(part(four, 'electricity'), 192_160_200.96, 296_840_063.52, 659_987_258.112);
    });
    it('estimateClusterCost({years: 4}) running = estimatePower({gpus, gpu}).energyWh ÷ 1000 × 0.0806 × 4, all bounds', () => {
      const expected = scale(yearWh, (US_KWH * 4) / 1000);
      expectRange(four.running, expected.low, expected.mid, expected.high);
    });
    it('estimateClusterCost({years: 4}) energy is 4 × one year of the <power-equivalence> model', () => {
      const expected = scale(yearWh, 4);
      expectRange(four.energyWh, expected.low, expected.mid, expected.high);
      // 4 × 8,760 h = 35,040 h.
      expect(four.power.hours).to.deep.equal(point(35_040));
    });
    it('estimateClusterCost({years: 4}) total is capex + running: $2.692 / $3.297 / $4.660 billion', () => {
      expectRange(four.total, 2.5e9 + 192_160_200.96, 3.0e9 + 296_840_063.52, 4.0e9 + 659_987_258.112);
      expect(four.parts.map((p) => p.id)).to.deep.equal(['chips', 'electricity']);
    });
    it('estimateClusterCost({years: 4}) lists the sourced electricity price 0.0806 USD/kWh', () => {
      const a = assumption(four, 'electricityPrice');
      expect(a.value).to.deep.equal(point(0.0806));
      expect(a.overridden).to.equal(false);
      expect(a.source?.url).to.match(/^https:\/\//);
    });
    // The running cost's power assumptions come from the power model; the author gave no gpu, so the
    // H100's rated power is a default in the disclosure, as it is in estimatePower() (power.test.ts).
    it('estimateClusterCost({years: 4}) marks tdp, overhead, utilization and pue as defaults, not the author\'s', () => {
      for (const id of ['tdp', 'overhead', 'utilization', 'pue']) {
        expect(assumption(four, id).overridden, id).to.equal(false);
      }
    });

    it('estimateClusterCost({years: 4, utilization: 0.6, overhead: 1.5, pue: 1.2}) passes them to the power model', () => {
      // 100,000 × 700 W × 1.5 × 0.6 × 1.2 = 75.6 MW; × 8,760 h = 662,256,000 kWh a year;
      // × 4 × $0.0806 = $213,511,334.40.
      const opts = { utilization: 0.6, overhead: 1.5, pue: 1.2 };
      const e = estimateClusterCost({ years: 4, ...opts });
      expectRange(e.running, 213_511_334.4, 213_511_334.4, 213_511_334.4);
      const expected = scale(estimatePower({ gpus: 100_000, gpu: 'h100-sxm', ...opts }).energyWh, (US_KWH * 4) / 1000);
      expectRange(e.running, expected.low, expected.mid, expected.high);
      for (const id of ['overhead', 'utilization', 'pue'] as const) {
        expect(assumption(e, id).overridden, id).to.equal(true);
        expect(assumption(e, id).value, id).to.deep.equal(point(opts[id]));
      }
    });
    it("estimateClusterCost({gpu: 'b200', gpus: 1, years: 1, overhead: 1, utilization: 1, pue: 1}) runs 8,760 kWh × $0.0806 = $706.06", () => {
      const e = estimateClusterCost({ gpu: 'b200', gpus: 1, years: 1, overhead: 1, utilization: 1, pue: 1 });
      expect(e.energyWh).to.deep.equal(point(8_760_000));
      expectRange(e.running, 706.056, 706.056, 706.056);
    });
    it('estimateClusterCost({years: 4, electricityPrice: 0.078}) uses the given price (SemiAnalysis\' 7.8 ¢, figures.md §6)', () => {
      const e = estimateClusterCost({ years: 4, electricityPrice: 0.078 });
      const expected = scale(yearWh, (0.078 * 4) / 1000);
      expectRange(e.running, expected.low, expected.mid, expected.high);
      expect(assumption(e, 'electricityPrice').overridden).to.equal(true);
      expect(assumption(e, 'electricityPrice').source).to.equal(undefined);
    });
    it('estimateClusterCost({years: 0, electricityPrice: 0.1}) has no running part; total is capex', () => {
      const e = estimateClusterCost({ years: 0, electricityPrice: 0.1 });
      expect(e.running).to.equal(undefined);
      expect(e.energyWh).to.deep.equal(point(0));
      expect(e.total).to.deep.equal(e.capex);
      expect(e.parts.map((p) => p.id)).to.deep.equal(['chips']);
    });
    it("estimateClusterCost({region: 'uk', years: 3}) has no running part: no sourced UK electricity price", () => {
      const e = estimateClusterCost({ region: 'uk', years: 3 });
      expect(e.running).to.equal(undefined);
      expect(e.parts.map((p) => p.id)).to.deep.equal(['chips']);
      expect(e.total).to.deep.equal(e.capex);
    });
    it("estimateClusterCost({region: 'uk', years: 3, electricityPrice: 0.25}) runs $447.0 / $690.5 / $1,535.3 million", () => {
      // 596,030,400 × 3 × 0.25 = 447,022,800; 920,719,800 × 3 × 0.25 = 690,539,850; 2,047,106,880 × 3 × 0.25 = 1,535,330,160.
      expectRange(estimateClusterCost({ region: 'uk', years: 3, electricityPrice: 0.25 }).running, 447_022_800, 690_539_850, 1_535_330_160);
    });
  });

  describe('estimateClusterCost(): an accelerator without a sourced price', () => {
    const a100 = estimateClusterCost({ gpu: 'a100' });
    it("estimateClusterCost({gpu: 'a100'}) has no price, capex, chips part or total", () => {
      expect(a100.price).to.equal(undefined);
      expect(a100.capex).to.equal(undefined);
      expect(a100.perGpu).to.equal(undefined);
      expect(a100.total).to.equal(undefined);
      expect(a100.sensitivity).to.equal(undefined);
      expect(a100.parts).to.deep.equal([]);
    });
    it("estimateClusterCost({gpu: 'a100', years: 3}) totals the running cost alone", () => {
      // 100,000 × 400 W × 1.82 × 0.75 × 1.10 = 60.06 MW; × 26,280 h = 1,578,376,800 kWh; × $0.0806 = $127,217,170.08.
      const e = estimateClusterCost({ gpu: 'a100', years: 3 });
      expect(e.capex).to.equal(undefined);
      expect(e.total).to.deep.equal(e.running);
      expect(e.parts.map((p) => p.id)).to.deep.equal(['electricity']);
      expect(e.running?.mid).to.be.closeTo(127_217_170.08, 1e-3);
    });
    it("estimateClusterCost({gpu: 'a100', price: 10000}) uses the author's price: $1 billion", () => {
      expect(estimateClusterCost({ gpu: 'a100', price: 10_000 }).capex).to.deep.equal(point(1e9));
    });
  });

  // The cost's sensitivity is shown as "most sensitive to X: low–high" for the total. Price multiplies
  // only the capex and the electricity price only the running cost, so neither is proportional to the
  // total once both are present; the bounds must hold the other part at its central value.
  describe('estimateClusterCost(): sensitivity with running cost', () => {
    it('estimateClusterCost({years: 1, electricityPrice: 0.04–0.20}) is still most sensitive to price', () => {
      // Running at mid: 920,719,800 kWh × $0.08 = $73.66M; at $0.04 and $0.20: $36.8M and $184.1M, a spread of $147M.
      // Price $25k–$40k moves capex from $2.5 to $4.0 billion, a spread of $1.5 billion.
      const e = estimateClusterCost({ years: 1, electricityPrice: { low: 0.04, mid: 0.08, high: 0.2 } });
      expect(e.sensitivity?.id).to.equal('price');
    });
    it("estimateClusterCost({scope: 'cluster', years: 4}) gives the total at price $25k and $40k: $4.9708 and $7.7752 billion", () => {
      // capex mid 5.6088e9 × 25/30 = 4.674e9, × 40/30 = 7.4784e9; running mid $296,840,063.52 added unchanged.
      const e = estimateClusterCost({ scope: 'cluster', years: 4 });
      expect(e.sensitivity?.id).to.equal('price');
      expect(e.sensitivity?.low).to.be.closeTo(4.674e9 + 296_840_063.52, 1);
      expect(e.sensitivity?.high).to.be.closeTo(7.4784e9 + 296_840_063.52, 1);
    });
  });

  describe('money claims', () => {
    it('checkClaim("over $2 billion", default estimate) is consistent ($2B is the low end, figures.md §8e)', () => {
      const c = claim('over $2 billion');
      expect(c.kind).to.equal('money');
      const v = checkClaim(c, bare.total!);
      expect(v.kind).to.equal('consistent');
      expect(v.factor).to.equal(1);
    });
    it('checkClaim("about $500 million", default estimate) is too-low by 3.0e9 ÷ 5e8 = 6', () => {
      const v = checkClaim(claim('about $500 million'), bare.total!);
      expect(v.kind).to.equal('too-low');
      expect(v.factor).to.be.closeTo(6, 1e-12);
    });

    const usd: Array<[string, string, number, number | undefined, string]> = [
      ['over $2 billion', 'USD', 1, 2e9, 'a USD claim is USD'],
      ['over $2 billion', 'EUR', 0.92, 2e9, 'a USD claim stays USD in any display currency'],
      ['about €2 billion', 'EUR', 0.92, 2e9 / 0.92, 'the display currency is converted: 2e9 ÷ 0.92 = 2.174e9'],
      ['about €2 billion', 'USD', 1, undefined, 'EUR without a rate cannot be converted'],
      ['about £2 billion', 'EUR', 0.92, undefined, 'another currency than the display one'],
      ['370 GWh', 'USD', 1, undefined, 'energy is not money'],
      ['over 100,000 GPUs', 'USD', 1, undefined, 'a count is not money'],
    ];
    usd.forEach(([text, currency, rate, expected, why]) => {
      it(`claimUsd("${text}", ${currency}, ${rate}) is ${expected}: ${why}`, () => {
        const got = claimUsd(claim(text), currency, rate);
        if (expected === undefined) expect(got).to.equal(undefined);
        else expect(got).to.be.closeTo(expected, expected * 1e-12);
      });
    });
  });

  describe('parseCurrency()', () => {
    const cases: Array<[string, string | undefined]> = [['USD', 'USD'], ['eur', 'EUR'], [' GBP ', 'GBP'], ['EURO', undefined], ['€', undefined], ['', undefined]];
    cases.forEach(([text, expected]) => {
      it(`parseCurrency("${text}") is ${expected ?? 'an invalid issue (expect.currency)'}`, () => {
        const r = parseCurrency('currency', text);
        if (expected) expect(r).to.deep.equal({ ok: true, value: expected });
        else expect(r).to.deep.equal({ ok: false, issue: { field: 'currency', value: text, code: 'invalid', expected: 'expect.currency' } });
      });
    });
  });

  describe('parseEnergyPrice()', () => {
    const cases: Array<[string, number, number, number]> = [
      ['0.08', 0.08, 0.08, 0.08],
      ['$0.08', 0.08, 0.08, 0.08],
      ['$0.08/kWh', 0.08, 0.08, 0.08],
      ['$0.08 per kWh', 0.08, 0.08, 0.08],
      ['8 ¢/kWh', 0.08, 0.08, 0.08],
      ['8 cents', 0.08, 0.08, 0.08],
      ['8.06 ¢/kWh', 0.0806, 0.0806, 0.0806],
      ['8–10 ¢/kWh', 0.08, 0.09, 0.1],
    ];
    cases.forEach(([text, low, mid, high]) => {
      it(`parseEnergyPrice("${text}") is ${low === high ? low : `${low}–${high}`} USD/kWh`, () => {
        const r = parseEnergyPrice('electricity-price', text, 'USD');
        if (!r.ok) expect.fail(JSON.stringify(r.issue));
        expect(r.value.currency).to.equal('USD');
        expectRange(r.value.value, low, mid, high);
      });
    });
    it('parseEnergyPrice("€0.07/kWh", EUR) is 0.07 EUR', () => {
      const r = parseEnergyPrice('electricity-price', '€0.07/kWh', 'EUR');
      expect(r).to.deep.equal({ ok: true, value: { value: point(0.07), currency: 'EUR' } });
    });
    it('parseEnergyPrice("cheap") is an invalid issue (expect.energyPrice)', () => {
      expect(parseEnergyPrice('electricity-price', 'cheap', 'USD')).to.deep.equal({
        ok: false, issue: { field: 'electricity-price', value: 'cheap', code: 'invalid', expected: 'expect.energyPrice' },
      });
    });
    it('parseEnergyPrice("lots of ¢") is an invalid issue (expect.energyPrice)', () => {
      const r = parseEnergyPrice('electricity-price', 'lots of ¢', 'USD');
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.issue.expected).to.equal('expect.energyPrice');
    });
  });

  describe('readCostAttributes()', () => {
    it('readCostAttributes({}) has no issues, shows USD at rate 1 and gives the default estimate', () => {
      const { input, issues, currency, rate, claim: c } = readCostAttributes({});
      expect(issues).to.deep.equal([]);
      expect(currency).to.equal('USD');
      expect(rate).to.equal(1);
      expect(c).to.equal(undefined);
      expect(input.gpu).to.equal(undefined);
      expect(input.region).to.equal('us');
      expect(input.figures).to.equal(latestFigures);
      for (const key of ['gpus', 'price', 'scope', 'years', 'electricityPrice', 'utilization', 'overhead', 'pue'] as const) {
        expect(input[key], key).to.equal(undefined);
      }
      expectRange(estimateClusterCost(input).total, 2.5e9, 3.0e9, 4.0e9);
    });

    const same: Array<[string, string, string, number]> = [
      ['gpus', '100k', '100000', 100_000],
      ['gpus', '100,000', '100000', 100_000],
      ['price', '$25k', '25000', 25_000],
      ['price', '$25,000', '25000', 25_000],
      ['price', '25k USD', '25000', 25_000],
    ];
    same.forEach(([attr, a, b, value]) => {
      it(`readCostAttributes({${attr}: '${a}'}) reads like '${b}': ${value}`, () => {
        const x = readCostAttributes({ [attr]: a });
        const y = readCostAttributes({ [attr]: b });
        expect(x.issues).to.deep.equal([]);
        expect(y.issues).to.deep.equal([]);
        const key = attr as 'gpus' | 'price';
        expect(x.input[key]).to.deep.equal(point(value));
        expect(x.input[key]).to.deep.equal(y.input[key]);
      });
    });
    it("readCostAttributes({gpus: '100k', price: '$25k'}) estimates $2.5 billion", () => {
      const { input } = readCostAttributes({ gpus: '100k', price: '$25k' });
      expect(estimateClusterCost(input).total).to.deep.equal(point(2.5e9));
    });
    it("readCostAttributes({price: '$25k-$40k'}) gives chips $2.5–$4.0 billion, mid $3.25 billion", () => {
      const { input, issues } = readCostAttributes({ price: '$25k-$40k' });
      expect(issues).to.deep.equal([]);
      // A written range takes the arithmetic middle: (25,000 + 40,000) ÷ 2 = 32,500.
      expect(input.price).to.deep.equal({ low: 25_000, mid: 32_500, high: 40_000 });
      const e = estimateClusterCost(input);
      expectRange(part(e, 'chips'), 2.5e9, 3.25e9, 4.0e9);
      expect(assumption(e, 'price').overridden).to.equal(true);
    });

    it("readCostAttributes({currency: 'EUR', 'exchange-rate': '0.92', price: '€23k'}) is $25,000 (23,000 ÷ 0.92)", () => {
      const { input, issues, currency, rate } = readCostAttributes({ currency: 'EUR', 'exchange-rate': '0.92', price: '€23k' });
      expect(issues).to.deep.equal([]);
      expect(currency).to.equal('EUR');
      expect(rate).to.equal(0.92);
      expectRange(input.price, 25_000, 25_000, 25_000);
    });
    it("readCostAttributes({currency: 'eur', 'exchange-rate': '0.92', price: '23000'}) reads a bare price in euros", () => {
      const { input, currency } = readCostAttributes({ currency: 'eur', 'exchange-rate': '0.92', price: '23000' });
      expect(currency).to.equal('EUR');
      expectRange(input.price, 25_000, 25_000, 25_000);
    });
    it("readCostAttributes({currency: 'EUR', 'exchange-rate': '0.92', price: '$25k'}) keeps a dollar price as is", () => {
      const { input, issues } = readCostAttributes({ currency: 'EUR', 'exchange-rate': '0.92', price: '$25k' });
      expect(issues).to.deep.equal([]);
      expect(input.price).to.deep.equal(point(25_000));
    });
    it("readCostAttributes({currency: 'EUR'}) without exchange-rate gives one missing issue and falls back to USD", () => {
      const { issues, currency, rate } = readCostAttributes({ currency: 'EUR' });
      expect(issues).to.deep.equal([{
        field: 'exchange-rate', value: '', code: 'missing', expected: 'expect.exchangeRate', params: { currency: 'EUR' },
      }]);
      expect(currency).to.equal('USD');
      expect(rate).to.equal(1);
    });
    it("readCostAttributes({currency: 'EURO'}) gives one invalid issue on currency and shows USD", () => {
      const { issues, currency } = readCostAttributes({ currency: 'EURO' });
      expect(issues).to.deep.equal([{ field: 'currency', value: 'EURO', code: 'invalid', expected: 'expect.currency' }]);
      expect(currency).to.equal('USD');
    });
    it("readCostAttributes({currency: 'EUR', 'exchange-rate': '-1'}) gives one out-of-range issue on exchange-rate and shows USD", () => {
      const { issues, currency, rate } = readCostAttributes({ currency: 'EUR', 'exchange-rate': '-1' });
      expect(issues).to.deep.equal([{
        field: 'exchange-rate', value: '-1', code: 'out-of-range', expected: 'expect.positive', params: { min: 0 },
      }]);
      expect(currency).to.equal('USD');
      expect(rate).to.equal(1);
    });
    it("readCostAttributes({currency: 'EUR', 'exchange-rate': '0.92', price: '£20k'}) refuses the pound price (unsupported)", () => {
      const { input, issues } = readCostAttributes({ currency: 'EUR', 'exchange-rate': '0.92', price: '£20k' });
      expect(issues).to.deep.equal([{
        field: 'price', value: '£20k', code: 'unsupported', expected: 'expect.moneyCurrency', params: { currency: 'EUR' },
      }]);
      // The sourced H100 price takes over.
      expect(input.price).to.equal(undefined);
      expectRange(estimateClusterCost(input).capex, 2.5e9, 3.0e9, 4.0e9);
    });
    it("readCostAttributes({price: '€23k'}) refuses a euro price without a euro display currency", () => {
      const { issues } = readCostAttributes({ price: '€23k' });
      expect(issues).to.deep.equal([{
        field: 'price', value: '€23k', code: 'unsupported', expected: 'expect.moneyCurrency', params: { currency: 'USD' },
      }]);
    });

    it("readCostAttributes({gpu: 'a100'}) gives one missing issue on price (expect.priceNeeded) and no capex", () => {
      const { input, issues } = readCostAttributes({ gpu: 'a100' });
      expect(issues).to.deep.equal([{
        field: 'price', value: '', code: 'missing', expected: 'expect.priceNeeded', params: { gpu: 'NVIDIA A100 SXM 80GB' },
      }]);
      expect(input.gpu).to.equal('a100');
      const e = estimateClusterCost(input);
      expect(e.capex).to.equal(undefined);
      expect(e.parts.map((p) => p.id)).to.not.include('chips');
      expect(e.total).to.equal(undefined);
    });
    it("readCostAttributes({gpu: 'a100', years: '3'}) totals the running cost", () => {
      const { input, issues } = readCostAttributes({ gpu: 'a100', years: '3' });
      expect(issues.map((i) => [i.field, i.code])).to.deep.equal([['price', 'missing']]);
      const e = estimateClusterCost(input);
      expect(e.total).to.deep.equal(e.running);
      expect(e.total?.mid).to.be.closeTo(127_217_170.08, 1e-3);
    });
    it("readCostAttributes({gpu: 'a100', price: '$10k'}) has no issues", () => {
      const { input, issues } = readCostAttributes({ gpu: 'a100', price: '$10k' });
      expect(issues).to.deep.equal([]);
      expect(estimateClusterCost(input).capex).to.deep.equal(point(1e9));
    });

    const energy: Array<[string, number]> = [
      ['0.08', 0.08], ['$0.08', 0.08], ['$0.08/kWh', 0.08], ['8 ¢/kWh', 0.08], ['8 cents', 0.08],
    ];
    energy.forEach(([text, usd]) => {
      it(`readCostAttributes({'electricity-price': '${text}'}) is ${usd} USD/kWh`, () => {
        const { input, issues } = readCostAttributes({ 'electricity-price': text });
        expect(issues).to.deep.equal([]);
        expectRange(input.electricityPrice, usd, usd, usd);
      });
    });
    it("readCostAttributes({'electricity-price': 'cheap'}) gives one invalid issue (expect.energyPrice)", () => {
      const { input, issues } = readCostAttributes({ 'electricity-price': 'cheap' });
      expect(issues).to.deep.equal([{ field: 'electricity-price', value: 'cheap', code: 'invalid', expected: 'expect.energyPrice' }]);
      expect(input.electricityPrice).to.equal(undefined);
    });
    const outOfRange = ['50', '$10/kWh', '0', '-0.08'];
    outOfRange.forEach((text) => {
      it(`readCostAttributes({'electricity-price': '${text}'}) is out of range (above 0, below 10 USD/kWh)`, () => {
        const { input, issues } = readCostAttributes({ 'electricity-price': text });
        expect(issues).to.deep.equal([{ field: 'electricity-price', value: text, code: 'out-of-range', expected: 'expect.energyPrice' }]);
        expect(input.electricityPrice).to.equal(undefined);
      });
    });
    it("readCostAttributes({currency: 'EUR', 'exchange-rate': '0.92', 'electricity-price': '€0.092/kWh'}) is 0.1 USD/kWh", () => {
      const { input, issues } = readCostAttributes({ currency: 'EUR', 'exchange-rate': '0.92', 'electricity-price': '€0.092/kWh' });
      expect(issues).to.deep.equal([]);
      expectRange(input.electricityPrice, 0.1, 0.1, 0.1);
    });
    // The limit is 10 USD/kWh; ¥15 at 150 yen per dollar is $0.10, an ordinary price.
    it("readCostAttributes({currency: 'JPY', 'exchange-rate': '150', 'electricity-price': '¥15/kWh'}) is 0.1 USD/kWh, no issue", () => {
      const { input, issues } = readCostAttributes({ currency: 'JPY', 'exchange-rate': '150', 'electricity-price': '¥15/kWh' });
      expect(issues).to.deep.equal([]);
      expectRange(input.electricityPrice, 0.1, 0.1, 0.1);
    });

    it("readCostAttributes({region: 'uk', years: '3'}) gives one missing issue on electricity-price and no running part", () => {
      const { input, issues } = readCostAttributes({ region: 'uk', years: '3' });
      expect(issues).to.deep.equal([{
        field: 'electricity-price', value: '', code: 'missing', expected: 'expect.energyPriceNeeded', params: { region: 'the United Kingdom' },
      }]);
      const e = estimateClusterCost(input);
      expect(e.running).to.equal(undefined);
      expect(e.parts.map((p) => p.id)).to.deep.equal(['chips']);
    });
    it("readCostAttributes({region: 'uk', years: '0'}) needs no electricity price", () => {
      expect(readCostAttributes({ region: 'uk', years: '0' }).issues).to.deep.equal([]);
    });
    it("readCostAttributes({region: 'uk', years: '3', 'electricity-price': '$0.25'}) runs $690.5 million (mid)", () => {
      const { input, issues } = readCostAttributes({ region: 'uk', years: '3', 'electricity-price': '$0.25' });
      expect(issues).to.deep.equal([]);
      expect(input.electricityPrice).to.deep.equal(point(0.25));
      expectRange(estimateClusterCost(input).running, 447_022_800, 690_539_850, 1_535_330_160);
    });

    it("readCostAttributes({years: '4', utilization: '60%', overhead: '1.5', pue: '1.2'}) runs $213,511,334.40 (as the power model)", () => {
      const { input, issues } = readCostAttributes({ years: '4', utilization: '60%', overhead: '1.5', pue: '1.2' });
      expect(issues).to.deep.equal([]);
      const e = estimateClusterCost(input);
      const expected = scale(estimatePower({ gpus: 100_000, gpu: 'h100-sxm', utilization: 0.6, overhead: 1.5, pue: 1.2 }).energyWh, (US_KWH * 4) / 1000);
      expectRange(e.running, expected.low, expected.mid, expected.high);
      expectRange(e.running, 213_511_334.4, 213_511_334.4, 213_511_334.4);
    });
    it("readCostAttributes({scope: 'Cluster', gpu: 'B200'}) reads keywords case-insensitively", () => {
      const { input, issues } = readCostAttributes({ scope: 'Cluster', gpu: 'B200' });
      expect(issues).to.deep.equal([]);
      expect(input.scope).to.equal('cluster');
      expect(input.gpu).to.equal('b200');
    });
    it("readCostAttributes({claim: 'over $2 billion'}) reads a money claim", () => {
      const { claim: c, issues } = readCostAttributes({ claim: 'over $2 billion' });
      expect(issues).to.deep.equal([]);
      expect(c).to.deep.include({ qualifier: 'min', kind: 'money', value: 2e9, currency: 'USD' });
    });

    const bad: Array<[string, string, string, string]> = [
      ['gpus', '-5', 'out-of-range', 'expect.positive'],
      ['price', 'free', 'invalid', 'expect.money'],
      ['price', '$0', 'out-of-range', 'expect.positive'],
      ['scope', 'everything', 'unknown', 'expect.oneOf'],
      ['years', '-1', 'out-of-range', 'expect.between'],
      ['years', '101', 'out-of-range', 'expect.between'],
      ['gpu', 'nope', 'unknown', 'expect.oneOf'],
      ['region', 'mars', 'unknown', 'expect.oneOf'],
      ['utilization', '150%', 'out-of-range', 'expect.between'],
      ['pue', '0.5', 'out-of-range', 'expect.between'],
      ['claim', 'nonsense', 'invalid', 'expect.claim'],
      ['as-of', '1999-01', 'unknown', 'expect.asOf'],
    ];
    bad.forEach(([attr, text, code, expected]) => {
      it(`readCostAttributes({${attr}: '${text}'}) gives one ${code} issue on ${attr} and still estimates the default`, () => {
        const { input, issues } = readCostAttributes({ [attr]: text });
        expect(issues).to.have.length(1);
        expect(issues[0]).to.deep.include({ field: attr, value: text, code, expected });
        const e = estimateClusterCost(input);
        // An unknown as-of takes the newest set, 2026-12: 100,000 × $25,000 / $27,500 / $30,000.
        if (attr === 'as-of') expectRange(e.total, 2.5e9, 2.75e9, 3.0e9);
        else expectRange(e.total, 2.5e9, 3.0e9, 4.0e9);
      });
    });
    it('readCostAttributes reports several bad attributes, one issue each, in attribute order', () => {
      const { input, issues } = readCostAttributes({ gpus: '-5', price: 'free', scope: 'everything', years: '-1' });
      expect(issues.map((i) => i.field)).to.deep.equal(['gpus', 'price', 'scope', 'years']);
      expectRange(estimateClusterCost(input).total, 2.5e9, 3.0e9, 4.0e9);
    });
  });
});
