// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The cluster-cost core in Node, with no DOM: what a newsroom's build script or server would run.
// scripts/test.mjs bundles this file with esbuild and runs it with `node --test`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimUsd, estimateClusterCost, readCostAttributes } from '../../src/core/cost.js';
import * as core from '../../src/core/index.js';

test('the cost core loads in Node without a DOM', () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  assert.equal(typeof estimateClusterCost, 'function');
});

// README: "The arithmetic is in `compute-calc/core`", the entry point src/core/index.ts.
test('compute-calc/core exports the cost functions next to estimatePower', () => {
  const exported = core as unknown as Record<string, unknown>;
  assert.equal(typeof exported.estimatePower, 'function');
  for (const name of ['estimateClusterCost', 'readCostAttributes', 'parseEnergyPrice', 'claimUsd']) {
    assert.equal(typeof exported[name], 'function', name);
  }
});

test('100,000 × $25,000 is $2.5 billion, formatted "$2.5\u00a0billion"', () => {
  const e = estimateClusterCost({ gpus: 100_000, price: 25_000 });
  assert.deepEqual(e.total, { low: 2.5e9, mid: 2.5e9, high: 2.5e9 });
  assert.equal(core.formatMoney(e.total!, 'USD', 'en'), '$2.5\u00a0billion');
});

test('the bare estimate is $2.5–$3.0 billion for 100,000 H100s: × $25,000 / $27,500 / $30,000 (figures 2026-12)', () => {
  const e = estimateClusterCost(readCostAttributes({}).input);
  assert.deepEqual(e.total, { low: 2.5e9, mid: 2.75e9, high: 3e9 });
});

test("with as-of 2026-11 the bare estimate stays $2.5–$4.0 billion (figures.md §8e)", () => {
  const e = estimateClusterCost(readCostAttributes({ 'as-of': '2026-11' }).input);
  assert.deepEqual(e.total, { low: 2.5e9, mid: 3e9, high: 4e9 });
});

test('4 years of running cost is 4 × the power model\'s yearly energy × $0.0806/kWh', () => {
  const e = estimateClusterCost({ years: 4 });
  const year = core.estimatePower({ gpus: 100_000, gpu: 'h100-sxm' }).energyWh.mid;
  assert.ok(Math.abs(e.running!.mid - (year / 1000) * 0.0806 * 4) < 1e-3);
});

test('attribute text is read with issues, never exceptions; a euro claim converts at the rate', () => {
  const { issues, claim, currency, rate } = readCostAttributes({ gpus: 'lots', currency: 'EUR', 'exchange-rate': '0.92', claim: 'about €2 billion' });
  assert.deepEqual(issues.map((i) => i.field), ['gpus']);
  assert.equal(currency, 'EUR');
  assert.ok(Math.abs(claimUsd(claim!, currency, rate)! - 2e9 / 0.92) < 1e-3);
});
