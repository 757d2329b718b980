// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { expect } from '@open-wc/testing';
import { trainingFigures } from '../../src/core/data/training.js';
import type { Attributes } from '../../src/core/inputs.js';
import type { IssueCode } from '../../src/core/issues.js';

import { isPoint, point, range, toRange } from '../../src/core/range.js';
import {
  CHINCHILLA_BAND, FLOP_PER_PARAM_TOKEN, peakFlops, trainingClaimTarget, type TrainingEstimate,
} from '../../src/core/training.js';
import { claim, expectRange } from '../helpers/core.js';
// Pinned to figures 2026-11, the numbers these tests hand-check (see test/helpers/pinned.ts).
import {
  estimatePower, estimateTraining, readTrainingAttributes, nov as latestFigures,
} from '../helpers/pinned.js';

const assumption = (e: TrainingEstimate, id: string) => {
  const found = e.assumptions.find((a) => a.id === id);
  if (!found) expect.fail(`no ${id} assumption in ${JSON.stringify(e.assumptions.map((a) => a.id))}`);
  return found;
};

const h100 = latestFigures.accelerators['h100-sxm'];
const a100 = latestFigures.accelerators.a100;

// Dense peaks (figures.md §1a, Klockwood's H100 page): BF16 989.4 TFLOP/s, FP8 1,978.9 TFLOP/s.
const H100_BF16 = 989.4e12;
const H100_FP8 = 1978.9e12;
const DAY = 86_400;

// Llama 3.1 405B (figures.md §7): 3.8e25 FLOP on up to 16,384 H100, MFU about 40% (Llama 3 paper table 4).
//   16,384 × 989.4e12 = 1.62103e19 FLOP/s; × 0.4 = 6.48413e18 FLOP/s
//   3.8e25 ÷ 6.48413e18 = 5,860,460.7 s; ÷ 86,400 = 67.829 days (the issue says ≈ 68 days)
//   GPU-hours = 16,384 × 67.829 × 24 = 26,671,608
const LLAMA_SECONDS = 3.8e25 / (16_384 * H100_BF16 * 0.4);
const LLAMA_DAYS = LLAMA_SECONDS / DAY;
const llama = estimateTraining({ flops: 3.8e25, gpus: 16_384, mfu: 0.4 });

// The bare tag: the reference run's 3.8e25 FLOP on the seed cluster of 100,000 H100 (figures.md §7),
// MFU 0.35–0.43 around 0.40 (Llama 3 paper: 38–43% per job, ~35% over the whole run):
//   low  = 3.8e25 ÷ (1e5 × 989.4e12 × 0.43) ÷ 86,400 = 10.338 days
//   mid  = 3.8e25 ÷ (1e5 × 989.4e12 × 0.40) ÷ 86,400 = 11.113 days
//   high = 3.8e25 ÷ (1e5 × 989.4e12 × 0.35) ÷ 86,400 = 12.701 days
const bareDays = (mfu: number) => 3.8e25 / (1e5 * H100_BF16 * mfu) / DAY;
const BARE_LOW = bareDays(0.43);
const BARE_MID = bareDays(0.4);
const BARE_HIGH = bareDays(0.35);
const bare = estimateTraining();

describe('training', () => {
  describe('estimateTraining(): time', () => {
    it('estimateTraining({flops: 3.8e25, gpus: 16384, mfu: 0.4}) takes about 68 days (3.8e25 ÷ (16,384 × 989.4e12 × 0.4) = 5.8605e6 s)', () => {
      expect(llama.days.mid).to.be.closeTo(67.829_406_6, 1e-6);
      expect(llama.days.mid).to.be.closeTo(68, 0.2);
      expect(isPoint(llama.days)).to.equal(true);
      expect(llama.days.mid * DAY).to.be.closeTo(5_860_460.727, 1e-3);
    });
    it('estimateTraining({flops: 3.8e25, gpus: 16384, mfu: 0.4}) uses 26.67 million GPU-hours (16,384 × 67.83 days × 24)', () => {
      expectRange(llama.gpuHours, 16_384 * LLAMA_DAYS * 24, 16_384 * LLAMA_DAYS * 24, 16_384 * LLAMA_DAYS * 24);
      expect(llama.gpuHours.mid).to.be.closeTo(26_671_607.93, 0.01);
    });
    it('estimateTraining({flops: 3.8e25, gpus: 16384, mfu: 0.4}) runs on the H100 SXM at 989.4 dense BF16 TFLOP/s', () => {
      expect(llama.gpu.id).to.equal('h100-sxm');
      expect(llama.precision).to.equal('bf16');
      expect(llama.peak).to.equal(H100_BF16);
      expect(llama.flops).to.deep.equal(point(3.8e25));
      expect(llama.gpus).to.deep.equal(point(16_384));
      expect(llama.mfu).to.deep.equal(point(0.4));
    });
    it('estimateTraining({flops: 3.8e25, gpus: 16384, mfu: 0.4}) has no tokensPerParam (flops given, not params × tokens)', () => {
      expect(llama.tokensPerParam).to.equal(undefined);
    });
    it('estimateTraining({flops: 3.8e25, gpus: 16384, mfu: 0.4}) marks flops, gpus and mfu as overridden and the peak not', () => {
      expect(assumption(llama, 'flops').overridden).to.equal(true);
      expect(assumption(llama, 'gpus').overridden).to.equal(true);
      expect(assumption(llama, 'mfu').overridden).to.equal(true);
      expect(assumption(llama, 'peak').overridden).to.equal(false);
    });
    it('estimateTraining({flops: 3.8e25, gpus: 16384, mfu: 0.4}) has no sensitivity (every factor is a point)', () => {
      expect(llama.sensitivity).to.equal(undefined);
    });

    // Time scales as C ÷ (n × peak × MFU); each row changes one input of the Llama case.
    const scaling: ReadonlyArray<readonly [string, Parameters<typeof estimateTraining>[0], number]> = [
      ['estimateTraining({flops: 7.6e25, gpus: 16384, mfu: 0.4}) takes twice as long (2 × 67.83 days)', { flops: 7.6e25, gpus: 16_384, mfu: 0.4 }, 2 * LLAMA_DAYS],
      ['estimateTraining({flops: 3.8e25, gpus: 32768, mfu: 0.4}) takes half as long (67.83 ÷ 2 days)', { flops: 3.8e25, gpus: 32_768, mfu: 0.4 }, LLAMA_DAYS / 2],
      ['estimateTraining({flops: 3.8e25, gpus: 16384, mfu: 0.2}) takes twice as long (MFU halved)', { flops: 3.8e25, gpus: 16_384, mfu: 0.2 }, 2 * LLAMA_DAYS],
      ["estimateTraining({flops: 3.8e25, gpus: 16384, mfu: 0.4, precision: 'fp8'}) takes half as long (1,978.9 vs 989.4 TFLOP/s)", { flops: 3.8e25, gpus: 16_384, mfu: 0.4, precision: 'fp8' }, 3.8e25 / (16_384 * H100_FP8 * 0.4) / DAY],
      ["estimateTraining({flops: 3.8e25, gpus: 16384, mfu: 0.4, gpu: 'h200'}) takes as long as on the H100 (same 989.4 TFLOP/s)", { flops: 3.8e25, gpus: 16_384, mfu: 0.4, gpu: 'h200' }, LLAMA_DAYS],
      // B200 dense BF16 2,250 TFLOP/s (figures.md §1a): 3.8e25 ÷ (16,384 × 2,250e12 × 0.4) ÷ 86,400 = 29.83 days.
      ["estimateTraining({flops: 3.8e25, gpus: 16384, mfu: 0.4, gpu: 'b200'}) takes 29.83 days (2,250 TFLOP/s)", { flops: 3.8e25, gpus: 16_384, mfu: 0.4, gpu: 'b200' }, 3.8e25 / (16_384 * 2250e12 * 0.4) / DAY],
      // A100 dense BF16 312 TFLOP/s (figures.md §1a). GPT-4 (figures.md §7): 2.15e25 FLOP on 25,000 A100 at ~34% MFU:
      //   2.15e25 ÷ (25,000 × 312e12 × 0.34) ÷ 86,400 = 93.8 days, inside SemiAnalysis' 90–100 days.
      ["estimateTraining({flops: 2.15e25, gpus: 25000, mfu: 0.34, gpu: 'a100'}) takes 93.8 days (GPT-4: 90–100)", { flops: 2.15e25, gpus: 25_000, mfu: 0.34, gpu: 'a100' }, 2.15e25 / (25_000 * 312e12 * 0.34) / DAY],
    ];
    for (const [name, input, days] of scaling) {
      it(name, () => {
        expect(estimateTraining(input).days.mid).to.be.closeTo(days, days * 1e-12);
      });
    }
    it("estimateTraining({flops: 2.15e25, gpus: 25000, mfu: 0.34, gpu: 'a100'}) falls inside the GPT-4 run's 90–100 days", () => {
      const d = estimateTraining({ flops: 2.15e25, gpus: 25_000, mfu: 0.34, gpu: 'a100' }).days.mid;
      expect(d).to.be.within(90, 100);
    });
    it('estimateTraining({flops: range(3e25, 4e25), gpus: 16384, mfu: 0.4}) carries the compute range to the days, bound by bound', () => {
      const e = estimateTraining({ flops: range(3e25, 4e25, 3.5e25), gpus: 16_384, mfu: 0.4 });
      const per = 16_384 * H100_BF16 * 0.4 * DAY;
      expectRange(e.days, 3e25 / per, 3.5e25 / per, 4e25 / per);
      expect(e.sensitivity?.id).to.equal('flops');
    });
  });

  describe('estimateTraining(): compute from parameters and tokens', () => {
    // C ≈ 6·N·D (Kaplan et al. 2020, figures.md §9): 6 × 405e9 × 15.6e12 = 3.7908e25 FLOP, Llama 3.1 405B's 3.8e25 (figures.md §7).
    const e = estimateTraining({ params: 405e9, tokens: 15.6e12 });
    it('FLOP_PER_PARAM_TOKEN is 6 (2 forward + 4 backward, Kaplan et al. 2020)', () => {
      expect(FLOP_PER_PARAM_TOKEN).to.equal(6);
    });
    it('estimateTraining({params: 405e9, tokens: 15.6e12}) is 6 × 405e9 × 15.6e12 = 3.7908e25 FLOP (≈ Llama 3.1 405B\'s 3.8e25)', () => {
      expectRange(e.flops, 3.7908e25, 3.7908e25, 3.7908e25);
      expect(e.flops.mid / 3.8e25).to.be.closeTo(1, 0.003);
    });
    it('estimateTraining({params: 405e9, tokens: 15.6e12}) trains on 38.52 tokens per parameter (15.6e12 ÷ 405e9; Chinchilla-optimal is ~20)', () => {
      expect(e.tokensPerParam).to.be.closeTo(38.518_518_5, 1e-6);
      expect(trainingFigures(latestFigures.version).tokensPerParam.value).to.equal(20);
    });
    it('estimateTraining({params: 405e9, tokens: 15.6e12}) marks flops as overridden, without the reference run\'s source', () => {
      const a = assumption(e, 'flops');
      expect(a.overridden).to.equal(true);
      expect(a.source).to.equal(undefined);
    });
    it('estimateTraining({flops: 1e25, params: 405e9, tokens: 15.6e12}) lets flops win', () => {
      const w = estimateTraining({ flops: 1e25, params: 405e9, tokens: 15.6e12 });
      expect(w.flops).to.deep.equal(point(1e25));
      expect(w.tokensPerParam).to.equal(undefined);
    });
    it('estimateTraining({params: 405e9}) without tokens falls back to the reference run\'s 3.8e25 FLOP', () => {
      expect(estimateTraining({ params: 405e9 }).flops).to.deep.equal(point(3.8e25));
    });
  });

  describe('estimateTraining(): precision', () => {
    it("peakFlops(h100, 'bf16') is 989.4e12 FLOP/s (figures.md §1a)", () => {
      expect(peakFlops(h100, 'bf16')).to.be.closeTo(H100_BF16, 1);
    });
    it("peakFlops(h100, 'fp8') is 1,978.9e12 FLOP/s, twice BF16 (figures.md §1a)", () => {
      expect(peakFlops(h100, 'fp8')).to.be.closeTo(H100_FP8, 1);
      // 1,978.9 ÷ 989.4 = 2.0001 (the sparse-to-dense halving is rounded to 0.1 TFLOP/s).
      expect(peakFlops(h100, 'fp8')! / peakFlops(h100, 'bf16')!).to.be.closeTo(2, 2e-4);
    });
    it("peakFlops(a100, 'bf16') is 312e12 FLOP/s (figures.md §1a)", () => {
      expect(peakFlops(a100, 'bf16')).to.be.closeTo(312e12, 1);
    });
    it("peakFlops(a100, 'fp8') is undefined (the A100 has no FP8, figures.md §1a)", () => {
      expect(peakFlops(a100, 'fp8')).to.equal(undefined);
    });
    it("estimateTraining({flops: 3.8e25, gpus: 16384, mfu: 0.4, precision: 'fp8'}) uses 1,978.9 TFLOP/s and halves the time", () => {
      const e = estimateTraining({ flops: 3.8e25, gpus: 16_384, mfu: 0.4, precision: 'fp8' });
      expect(e.precision).to.equal('fp8');
      expect(e.peak).to.be.closeTo(H100_FP8, 1);
      // 67.829 days × 989.4 ÷ 1,978.9 = 33.913 days.
      expect(e.days.mid).to.be.closeTo(LLAMA_DAYS * 989.4 / 1978.9, 1e-9);
      expect(e.days.mid / LLAMA_DAYS).to.be.closeTo(0.5, 1e-4);
      expect(assumption(e, 'peak').overridden).to.equal(true);
    });
    it("estimateTraining({gpu: 'a100', precision: 'fp8'}) throws RangeError /invalid precision/", () => {
      expect(() => estimateTraining({ gpu: 'a100', precision: 'fp8' })).to.throw(RangeError, /invalid precision: fp8$/);
    });
    it("estimateTraining({gpu: 'tpu-v9'}) throws RangeError /invalid gpu/", () => {
      expect(() => estimateTraining({ gpu: 'tpu-v9' })).to.throw(RangeError, /invalid gpu: tpu-v9$/);
    });
  });

  describe('estimateTraining() by default: the Llama 3.1 405B run on the seed cluster', () => {
    it(`estimateTraining() is 3.8e25 FLOP on 100,000 H100 SXM in ${BARE_LOW.toFixed(2)}–${BARE_HIGH.toFixed(2)} days, mid ${BARE_MID.toFixed(2)}`, () => {
      expect(bare.flops).to.deep.equal(point(3.8e25));
      expect(bare.gpus).to.deep.equal(point(100_000));
      expect(bare.gpu.id).to.equal('h100-sxm');
      expect(bare.precision).to.equal('bf16');
      expectRange(bare.days, BARE_LOW, BARE_MID, BARE_HIGH);
      expectRange(bare.days, 10.337_832_5, 11.113_170_0, 12.700_765_7, 1e-8);
    });
    it('estimateTraining() uses MFU 0.35–0.43, mid 0.40 (Llama 3 paper table 4)', () => {
      expectRange(bare.mfu, 0.35, 0.4, 0.43);
      expect(assumption(bare, 'mfu').source?.url).to.equal('https://arxiv.org/abs/2407.21783');
      expect(assumption(bare, 'mfu').overridden).to.equal(false);
    });
    it('estimateTraining() uses 100,000 × days × 24 GPU-hours, bound by bound', () => {
      expectRange(bare.gpuHours, 1e5 * BARE_LOW * 24, 1e5 * BARE_MID * 24, 1e5 * BARE_HIGH * 24);
    });
    it('estimateTraining() is most sensitive to MFU: more MFU, fewer days (days at 0.43 and at 0.35)', () => {
      // Only MFU is a range among the time's factors; as an inverse factor, days × 0.40 ÷ 0.43 and days × 0.40 ÷ 0.35.
      expect(bare.sensitivity?.id).to.equal('mfu');
      expect(bare.sensitivity?.low).to.be.closeTo(BARE_LOW, BARE_LOW * 1e-12);
      expect(bare.sensitivity?.high).to.be.closeTo(BARE_HIGH, BARE_HIGH * 1e-12);
      expect(assumption(bare, 'mfu').inverse).to.equal(true);
    });
    it("estimateTraining() cites the reference run's source for its compute", () => {
      const a = assumption(bare, 'flops');
      expect(a.overridden).to.equal(false);
      expect(a.source?.url).to.match(/^https:\/\/github\.com\/meta-llama\//);
    });
    it('estimateTraining() lists flops, gpus, peak, mfu as factors and the power assumptions as context', () => {
      expect(bare.assumptions.map((a) => a.id)).to.deep.equal(['flops', 'gpus', 'peak', 'mfu', 'tdp', 'overhead', 'utilization', 'pue']);
      expect(bare.assumptions.filter((a) => a.factor).map((a) => a.id)).to.deep.equal(['flops', 'gpus', 'peak', 'mfu']);
    });
    it('estimateTraining() names figures version 2026-11', () => {
      expect(bare.figuresVersion).to.equal('2026-11');
    });
  });

  describe('estimateTraining(): energy through the shared power model', () => {
    // The run's hours bound by bound: hours = days × 24, shortest at the highest MFU.
    const cases: ReadonlyArray<readonly [string, Parameters<typeof estimateTraining>[0], Parameters<typeof estimatePower>[0]]> = [
      ['estimateTraining() uses the energy of estimatePower({gpus: 100000, hours: 248.1–304.8 h})', {},
        { gpus: 100_000, hours: range(BARE_LOW * 24, BARE_HIGH * 24, BARE_MID * 24) }],
      ['estimateTraining({flops: 3.8e25, gpus: 16384, mfu: 0.4}) uses the energy of estimatePower({gpus: 16384, hours: 1,627.9})',
        { flops: 3.8e25, gpus: 16_384, mfu: 0.4 }, { gpus: 16_384, hours: LLAMA_DAYS * 24 }],
      ["estimateTraining({flops: 2.15e25, gpus: 25000, gpu: 'a100', pue: 1.2, utilization: 0.9}) uses the energy of estimatePower with the same cluster",
        { flops: 2.15e25, gpus: 25_000, gpu: 'a100', pue: 1.2, utilization: 0.9 },
        { gpus: 25_000, gpu: 'a100', pue: 1.2, utilization: 0.9, hours: range(2.15e25 / (25_000 * 312e12 * 0.43) / 3600, 2.15e25 / (25_000 * 312e12 * 0.35) / 3600, 2.15e25 / (25_000 * 312e12 * 0.4) / 3600) }],
    ];
    for (const [name, input, power] of cases) {
      it(name, () => {
        const e = estimateTraining(input);
        const p = estimatePower(power).energyWh;
        expectRange(e.energyWh, p.low, p.mid, p.high);
        expectRange(e.power.hours, toRange(power!.hours!).low, toRange(power!.hours!).mid, toRange(power!.hours!).high);
      });
    }
    it('estimateTraining({flops: 3.8e25, gpus: 16384, mfu: 0.4, overhead: 1, utilization: 1, pue: 1}) is 16,384 × 700 W × 1,627.9 h = 18.67 GWh', () => {
      // 16,384 × 700 = 11,468,800 W; × 67.829 days × 24 h = 1,627.906 h → 18,670,125,553 Wh.
      const e = estimateTraining({ flops: 3.8e25, gpus: 16_384, mfu: 0.4, overhead: 1, utilization: 1, pue: 1 });
      expectRange(e.energyWh, 18_670_125_553, 18_670_125_553, 18_670_125_553, 1e-9);
    });
    it("estimateTraining({region: 'de'}) passes the region to the power model", () => {
      expect(estimateTraining({ region: 'de' }).power.region.id).to.equal('de');
    });
  });

  describe('readTrainingAttributes()', () => {
    it("readTrainingAttributes({params: '405B', tokens: '15.6T'}) reads 405e9 parameters and 15.6e12 tokens, 3.7908e25 FLOP", () => {
      const { input, issues } = readTrainingAttributes({ params: '405B', tokens: '15.6T' });
      expect(issues).to.deep.equal([]);
      expectRange(input.params, 405e9, 405e9, 405e9);
      expectRange(input.tokens, 15.6e12, 15.6e12, 15.6e12);
      const e = estimateTraining(input);
      expectRange(e.flops, 3.7908e25, 3.7908e25, 3.7908e25);
      expect(e.tokensPerParam).to.be.closeTo(38.518_518_5, 1e-6);
    });
    const flopsForms: ReadonlyArray<readonly [string, number]> = [
      ['3.8e25 FLOP', 3.8e25],
      ['3.8e25', 3.8e25],
      ['3.8e25 FLOPs', 3.8e25],
      ['3.8 × 10^25', 3.8e25],
    ];
    for (const [text, value] of flopsForms) {
      it(`readTrainingAttributes({flops: '${text}'}) reads ${value} FLOP`, () => {
        const { input, issues } = readTrainingAttributes({ flops: text });
        expect(issues).to.deep.equal([]);
        expectRange(input.flops, value, value, value);
      });
    }
    it("readTrainingAttributes({gpus: '16,384', mfu: '40%', precision: 'FP8'}) reads 16,384 GPUs, MFU 0.4 and fp8", () => {
      const { input, issues } = readTrainingAttributes({ gpus: '16,384', mfu: '40%', precision: 'FP8' });
      expect(issues).to.deep.equal([]);
      expect(input.gpus).to.deep.equal(point(16_384));
      expect(input.mfu).to.deep.equal(point(0.4));
      expect(input.precision).to.equal('fp8');
    });
    it("readTrainingAttributes({mfu: '35-43%'}) reads a range of MFU", () => {
      const { input } = readTrainingAttributes({ mfu: '35-43%' });
      expectRange(input.mfu, 0.35, 0.39, 0.43);
    });
    it("readTrainingAttributes({}) passes only the figures: estimateTraining gives the bare estimate", () => {
      const { input, issues } = readTrainingAttributes({});
      expect(issues).to.deep.equal([]);
      expect(input.gpu).to.equal(undefined);
      expectRange(estimateTraining(input).days, BARE_LOW, BARE_MID, BARE_HIGH);
    });
    it("readTrainingAttributes({gpu: 'a100', precision: 'fp8'}) reports one 'unsupported' issue on precision and falls back to BF16", () => {
      const { input, issues } = readTrainingAttributes({ gpu: 'a100', precision: 'fp8' });
      expect(issues).to.have.length(1);
      expect(issues[0].field).to.equal('precision');
      expect(issues[0].code).to.equal('unsupported');
      expect(issues[0].params?.gpu).to.equal(a100.name);
      expect(input.precision).to.equal(undefined);
      expect(input.gpu).to.equal('a100');
      expect(estimateTraining(input).precision).to.equal('bf16');
    });
    it("readTrainingAttributes({claim: 'about 90 days'}) reads a claim of 90 days", () => {
      const { claim: c, issues } = readTrainingAttributes({ claim: 'about 90 days' });
      expect(issues).to.deep.equal([]);
      expect(c?.kind).to.equal('count');
      expect(c?.noun).to.equal('days');
      expect(c?.value).to.equal(90);
    });

    // Each bad attribute gives exactly one issue, on that attribute.
    const bad: ReadonlyArray<readonly [Attributes, string, IssueCode]> = [
      [{ params: '405B' }, 'tokens', 'missing'],
      [{ tokens: '15.6T' }, 'params', 'missing'],
      [{ flops: '3.8e25', params: '405B', tokens: '15.6T' }, 'params', 'conflict'],
      // flops without tokens: tokens are not needed once flops is given, so only the conflict is the author's error.
      [{ flops: '3.8e25', params: '405B' }, 'params', 'conflict'],
      [{ flops: 'lots' }, 'flops', 'invalid'],
      [{ flops: '3.8e25 FLOP/s' }, 'flops', 'invalid'],
      [{ flops: '0' }, 'flops', 'out-of-range'],
      [{ params: 'many', tokens: '15.6T' }, 'params', 'invalid'],
      [{ params: '405B', tokens: '-1' }, 'tokens', 'out-of-range'],
      [{ mfu: '150%' }, 'mfu', 'out-of-range'],
      [{ mfu: '0' }, 'mfu', 'out-of-range'],
      [{ mfu: '40' }, 'mfu', 'invalid'],
      [{ gpus: '-5' }, 'gpus', 'out-of-range'],
      [{ gpus: 'some' }, 'gpus', 'invalid'],
      [{ gpu: 'tpu-v9' }, 'gpu', 'unknown'],
      [{ precision: 'fp4' }, 'precision', 'unknown'],
      [{ utilization: '120%' }, 'utilization', 'out-of-range'],
      [{ overhead: '0.5' }, 'overhead', 'out-of-range'],
      [{ pue: '4' }, 'pue', 'out-of-range'],
      [{ 'as-of': '1999-01' }, 'as-of', 'unknown'],
      [{ claim: 'a long time' }, 'claim', 'invalid'],
    ];
    for (const [attrs, field, code] of bad) {
      it(`readTrainingAttributes(${JSON.stringify(attrs)}) reports exactly one '${code}' issue on ${field}`, () => {
        const { issues } = readTrainingAttributes(attrs);
        expect(issues.map((i) => `${i.field}:${i.code}`)).to.deep.equal([`${field}:${code}`]);
      });
    }
    it("readTrainingAttributes({flops: '3.8e25', params: '405B', tokens: '15.6T'}) keeps flops and drops params and tokens", () => {
      const { input } = readTrainingAttributes({ flops: '3.8e25', params: '405B', tokens: '15.6T' });
      expect(input.flops).to.deep.equal(point(3.8e25));
      expect(input.params).to.equal(undefined);
      expect(input.tokens).to.equal(undefined);
    });
    it("readTrainingAttributes({params: '405B'}) drops params, so the estimate is the reference run", () => {
      const { input } = readTrainingAttributes({ params: '405B' });
      expect(input.params).to.equal(undefined);
      expect(estimateTraining(input).flops).to.deep.equal(point(3.8e25));
    });
  });

  describe('trainingClaimTarget()', () => {
    const e = estimateTraining({ flops: 3.8e25, gpus: 16_384, mfu: 0.4 });
    const targets: ReadonlyArray<readonly [string, keyof TrainingEstimate | undefined, number | undefined]> = [
      ['about 90 days', 'days', 90],
      ['over 30 million GPU-hours', 'gpuHours', 30e6],
      // parseClaim turns weeks into days (× 7) and months into days (× 365.25 ÷ 12).
      ['10 weeks', 'days', 70],
      ['3 months', 'days', 91.3125],
      ['at least 20 GWh', 'energyWh', 20e9],
      ['3.8e25 FLOP', 'flops', 3.8e25],
      ['$2 billion', undefined, undefined],
      ['100,000 GPUs', undefined, undefined],
    ];
    for (const [text, field, value] of targets) {
      it(`trainingClaimTarget('${text}') ${field ? `checks the estimate's ${field}` : 'is undefined'}`, () => {
        const c = claim(text);
        if (value !== undefined) expect(c.value).to.be.closeTo(value, value * 1e-12);
        const target = trainingClaimTarget(c, e);
        if (field === undefined) expect(target).to.equal(undefined);
        else expect(target).to.equal(e[field]);
      });
    }
  });

  describe('training figures: known runs', () => {
    const { runs } = trainingFigures(latestFigures.version);
    it('trainingFigures(2026-11) lists Llama 3.1 405B first: 3.8e25 FLOP on 16,384 H100 for 78.4 days (30.84e6 GPU-hours ÷ 16,384 ÷ 24)', () => {
      const r = runs[0];
      expect(r.id).to.equal('llama-3.1-405b');
      expect(r.flops).to.deep.equal(point(3.8e25));
      expect(r.gpus).to.equal(16_384);
      expect(r.gpu).to.equal('h100-sxm');
      // 30,840,000 ÷ 16,384 ÷ 24 = 78.430 days (Llama 3.1 model card).
      expect(r.days.mid).to.be.closeTo(30.84e6 / 16_384 / 24, 0.05);
      expect(r.days.mid).to.equal(78.4);
    });
    it('trainingFigures(2026-11) lists GPT-4 (estimate): 25,000 A100 for 90–100 days (SemiAnalysis, figures.md §7)', () => {
      const r = runs.find((x) => x.id === 'gpt-4');
      if (!r) expect.fail('no gpt-4 run');
      expect(r.name).to.match(/estimate/);
      expect(r.gpus).to.equal(25_000);
      expect(r.gpu).to.equal('a100');
      expect(r.days.low).to.equal(90);
      expect(r.days.high).to.equal(100);
      expect(r.source.status).to.equal('estimate');
    });
    it('trainingFigures(2026-11): every run has a source with an https url and a known accelerator', () => {
      expect(runs.length).to.be.at.least(2);
      for (const r of runs) {
        expect(r.source.url, r.id).to.match(/^https:\/\//);
        expect(latestFigures.accelerators[r.gpu], r.id).to.not.equal(undefined);
      }
    });
    it('estimateTraining().runs are the figure set\'s runs', () => {
      expect(bare.runs).to.equal(runs);
    });
    it('trainingFigures(2026-11) MFU is 0.35–0.43, mid 0.40', () => {
      expectRange(trainingFigures(latestFigures.version).mfu.value, 0.35, 0.4, 0.43);
    });
  });

  describe('Chinchilla note (Hoffmann et al. 2022: ~20 tokens per parameter)', () => {
    // chinchillaFactor = tokens per parameter ÷ 20, set only beyond CHINCHILLA_BAND (1.5) either way.
    const cases: Array<[string, number, number, number | undefined]> = [
      ['Llama 3.1 405B on 15.6T tokens: 38.5 per parameter, 1.93×', 405e9, 15.6e12, 15.6e12 / 405e9 / 20],
      ['70B on 1.4T tokens: exactly compute-optimal, no note', 70e9, 1.4e12, undefined],
      ['70B on 2T tokens: 1.43×, inside the band, no note', 70e9, 2e12, undefined],
      ['8B on 15T tokens: 1,875 per parameter, 93.75×', 8e9, 15e12, 93.75],
      ['405B on 2T tokens: 4.94 per parameter, 0.247×', 405e9, 2e12, 2e12 / 405e9 / 20],
    ];
    for (const [name, params, tokens, factor] of cases) {
      it(`estimateTraining({params, tokens}) chinchillaFactor for ${name}`, () => {
        const e = estimateTraining({ params, tokens });
        if (factor === undefined) expect(e.chinchillaFactor).to.equal(undefined);
        else expect(e.chinchillaFactor).to.be.closeTo(factor, 1e-9);
      });
    }
    it('the factor follows the sourced compute-optimal figure, not a literal', () => {
      expect(trainingFigures(latestFigures.version).tokensPerParam.value).to.equal(20);
      expect(CHINCHILLA_BAND).to.equal(1.5);
    });
    it('estimateTraining({flops}) has no tokens per parameter and no note', () => {
      const e = estimateTraining({ flops: 3.8e25 });
      expect(e.tokensPerParam).to.equal(undefined);
      expect(e.chinchillaFactor).to.equal(undefined);
    });
  });
});
