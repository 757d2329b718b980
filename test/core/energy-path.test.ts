// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// One shared energy path: every calculator that needs electricity calls estimatePower, so the
// same cluster over the same hours gives the same energy in <power-equivalence>,
// <carbon-footprint>, <gpu-cluster-cost> and <training-time>.

import { expect } from '@open-wc/testing';

import { range, type Range } from '../../src/core/range.js';
import { peakFlops, type Precision } from '../../src/core/training.js';
// Pinned to figures 2026-11, the numbers these tests hand-check (see test/helpers/pinned.ts).
import {
  estimateCarbon, estimateClusterCost, estimatePower, estimateTraining, nov as latestFigures,
} from '../helpers/pinned.js';

/** Compares three bounds to a relative tolerance (default 1e-9). */
function expectSame(actual: Range, expected: Range, rel = 1e-9): void {
  expect(actual.low, 'low').to.be.closeTo(expected.low, Math.abs(expected.low) * rel);
  expect(actual.mid, 'mid').to.be.closeTo(expected.mid, Math.abs(expected.mid) * rel);
  expect(actual.high, 'high').to.be.closeTo(expected.high, Math.abs(expected.high) * rel);
}

interface Cluster {
  readonly gpus: number;
  readonly gpu: string;
  readonly utilization?: number | Range;
  readonly pue?: number | Range;
  readonly overhead?: number | Range;
  readonly region?: string;
}

/** The compute a cluster does in exactly one year at `mfu`: gpus × peak × MFU × 365 days × 86,400 s. */
function yearOfFlops(c: Cluster, mfu: number, precision: Precision = 'bf16'): number {
  const peak = peakFlops(latestFigures.accelerators[c.gpu], precision);
  if (peak === undefined) expect.fail(`no ${precision} peak for ${c.gpu}`);
  return c.gpus * peak * mfu * 365 * 86_400;
}

const clusters: ReadonlyArray<readonly [string, Cluster]> = [
  // The case: 50,000 B200 × 1,000 W × 1.82 × 0.8 × 1.2 × 8,760 h = 765,273,600,000 Wh at the central overhead.
  ["{gpus: 50000, gpu: 'b200', utilization: 0.8, pue: 1.2}", { gpus: 50_000, gpu: 'b200', utilization: 0.8, pue: 1.2 }],
  // The seed cluster with every default range: 596.0 / 920.7 / 2,047.1 GWh a year (power.test.ts).
  ["{gpus: 100000, gpu: 'h100-sxm'}", { gpus: 100_000, gpu: 'h100-sxm' }],
  ["{gpus: 25000, gpu: 'a100', overhead: 1, utilization: 0.61, pue: 1}", { gpus: 25_000, gpu: 'a100', overhead: 1, utilization: 0.61, pue: 1 }],
  ["{gpus: 10000, gpu: 'mi300x', pue: range(1.1, 1.4), region: 'de'}", { gpus: 10_000, gpu: 'mi300x', pue: range(1.1, 1.4, 1.2), region: 'de' }],
];

describe('energy path', () => {
  for (const [name, c] of clusters) {
    describe(`${name} for one year`, () => {
      const power = estimatePower(c).energyWh;
      it(`estimatePower(${name}) runs 8,760 hours`, () => {
        expect(estimatePower(c).hours.mid).to.equal(8760);
        expect(estimatePower(c).yearly).to.equal(true);
      });
      it(`estimateCarbon(${name}).energyWh equals estimatePower's`, () => {
        expectSame(estimateCarbon(c).energyWh, power);
      });
      it(`estimateClusterCost({...${name}, years: 1}).energyWh equals estimatePower's`, () => {
        expectSame(estimateClusterCost({ ...c, years: 1 }).energyWh, power);
      });
      it(`estimateTraining({...${name}, mfu: 0.4, flops: gpus × peak × 0.4 × 365 × 86,400}) takes 365 days and equals estimatePower's energy`, () => {
        const t = estimateTraining({ ...c, mfu: 0.4, flops: yearOfFlops(c, 0.4) });
        expectSame(t.days, range(365));
        expectSame(t.power.hours, range(8760));
        expectSame(t.energyWh, power);
      });
      it(`estimateTraining({...${name}, precision: 'fp8' or bf16, mfu: 0.3}) over a year also equals estimatePower's energy`, () => {
        const precision: Precision = peakFlops(latestFigures.accelerators[c.gpu], 'fp8') === undefined ? 'bf16' : 'fp8';
        const t = estimateTraining({ ...c, precision, mfu: 0.3, flops: yearOfFlops(c, 0.3, precision) });
        expectSame(t.energyWh, power);
      });
    });
  }

  it("estimatePower({gpus: 50000, gpu: 'b200', utilization: 0.8, pue: 1.2}) is 756.9 / 765.3 / 899.8 GWh a year by hand", () => {
    // B200 1,000 W (Klockwood, figures.md §1a): 50,000 × 1,000 W = 50e6 W; × 0.8 × 1.2 = 48e6 W;
    // × server overhead 1.80 / 1.82 / 2.14 (Epoch AI; DGX H100; SemiAnalysis, figures.md §8d) = 86.4e6 / 87.36e6 / 102.72e6 W;
    // × 8,760 h = 756,864,000,000 / 765,273,600,000 / 899,827,200,000 Wh.
    const e = estimatePower({ gpus: 50_000, gpu: 'b200', utilization: 0.8, pue: 1.2 }).energyWh;
    expectSame(e, { low: 756_864_000_000, mid: 765_273_600_000, high: 899_827_200_000 });
  });

  it('estimateClusterCost({years: 2}) is twice one year of estimatePower (8,760 h × 2)', () => {
    const c = { gpus: 50_000, gpu: 'b200', utilization: 0.8, pue: 1.2 };
    const one = estimatePower(c).energyWh;
    expectSame(estimateClusterCost({ ...c, years: 2 }).energyWh, { low: one.low * 2, mid: one.mid * 2, high: one.high * 2 });
    expectSame(estimateClusterCost({ ...c, years: 2 }).energyWh, estimatePower({ ...c, hours: 17_520 }).energyWh);
  });

  it('estimateCarbon(cluster).tonnes is estimateClusterCost(cluster, years 1).energyWh × 367 g/kWh', () => {
    const c = { gpus: 50_000, gpu: 'b200', utilization: 0.8, pue: 1.2 };
    const wh = estimateClusterCost({ ...c, years: 1 }).energyWh;
    expectSame(estimateCarbon(c).tonnes, { low: wh.low * 367 / 1e9, mid: wh.mid * 367 / 1e9, high: wh.high * 367 / 1e9 });
  });
});
