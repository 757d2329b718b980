// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Each calculator's one core function, from attributes as an author types them and the reader's
// overrides to the estimate, the claim's verdict and the issues: what the element shows, in Node.
// Figures pinned to the 2026-11 set so the hand-checked values below stay true.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  calculateCarbon, calculateCompare, calculateCost, calculatePower, calculateTraining, METRICS,
} from '../../src/core/index.js';

const near = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual}, expected ${expected} ± ${tolerance}`);
const asOf = { 'as-of': '2026-11' };

test('power: the seed story, 370 GWh against "over 34 million households", is ≈ 992× too high', () => {
  // 370e9 Wh ÷ 10,791 kWh a US home (EIA 2022) = 34,288 homes; 34e6 ÷ 34,288 = 991.6.
  const c = calculatePower({ ...asOf, energy: '370 GWh', claim: 'over 34 million households' });
  assert.deepEqual(c.issues, []);
  assert.equal(c.claim?.text, 'over 34 million households');
  assert.equal(c.estimate.claimCheck?.verdict.kind, 'too-high');
  near(c.estimate.claimCheck!.verdict.factor, 991.6, 0.1, 'factor');
});

test('power: a reader\'s GPU count replaces the author\'s, nothing else', () => {
  // 100,000 × 700 W × 8,760 h = 613.2 GWh; the reader's 50,000 give half: 306.6 GWh.
  const attrs = { ...asOf, gpus: '100000', utilization: '1', overhead: '1', pue: '1' };
  near(calculatePower(attrs).estimate.energyWh.mid, 613.2e9, 0.1e9, 'author');
  const reader = calculatePower(attrs, { gpus: 50_000 }).estimate;
  near(reader.energyWh.mid, 306.6e9, 0.1e9, 'reader');
  assert.equal(reader.assumptions.find((a) => a.id === 'gpus')?.overridden, true);
});

test('power: a claim it cannot check is an issue on claim, and the estimate stays', () => {
  const c = calculatePower({ ...asOf, energy: '370 GWh', claim: 'about 90 days' });
  assert.equal(c.issues.length, 1);
  assert.equal(c.issues[0]!.field, 'claim');
  assert.equal(c.issues[0]!.code, 'unsupported');
  near(c.estimate.energyWh.mid, 370e9, 1, 'energy');
});

test('cost: 1,000 GPUs at $30,000 are $30 million; the reader\'s price of $20,000 makes $20 million', () => {
  const attrs = { ...asOf, gpus: '1000', price: '30000' };
  near(calculateCost(attrs).estimate.total!.mid, 30e6, 1, 'author');
  near(calculateCost(attrs, { price: 20_000 }).estimate.total!.mid, 20e6, 1, 'reader');
});

test('cost: "over $2 billion" for 100,000 GPUs at $25,000 ($2.5 billion) holds', () => {
  const c = calculateCost({ ...asOf, gpus: '100000', price: '25000', claim: 'over $2 billion' });
  assert.equal(c.estimate.verdict?.kind, 'consistent');
  assert.deepEqual(c.issues, []);
});

test('cost: a claim in a currency it was not given is refused on claim', () => {
  const c = calculateCost({ ...asOf, gpus: '1000', price: '30000', claim: 'about 10 million tonnes' });
  assert.equal(c.estimate.verdict, undefined);
  assert.deepEqual(c.issues.map((i) => `${i.field} ${i.code}`), ['claim unsupported']);
});

test('training: 3.8e25 FLOP on 16,384 H100 at 40 % MFU take ≈ 68 days; the reader\'s 32,768 halve it', () => {
  // 3.8e25 ÷ (16,384 × 989e12 FLOP/s × 0.4) = 5.863e6 s = 67.9 days.
  const attrs = { ...asOf, flops: '3.8e25', gpus: '16384', mfu: '0.4' };
  near(calculateTraining(attrs).estimate.days.mid, 67.9, 0.1, 'author');
  near(calculateTraining(attrs, { gpus: 32_768 }).estimate.days.mid, 33.9, 0.1, 'reader');
});

test('training: "about 90 days" against ≈ 68 days is a verdict, not an issue', () => {
  const c = calculateTraining({ ...asOf, flops: '3.8e25', gpus: '16384', mfu: '0.4', claim: 'about 90 days' });
  assert.deepEqual(c.issues, []);
  assert.ok(c.estimate.verdict);
});

test('carbon: 1 GWh on a 390 g/kWh grid is 390 t; the reader\'s 500 g/kWh make 500 t', () => {
  // 1e6 kWh × 390 g = 390e6 g = 390 t.
  const attrs = { ...asOf, energy: '1 GWh', grid: '390 g/kWh' };
  near(calculateCarbon(attrs).estimate.tonnes.mid, 390, 0.01, 'author');
  near(calculateCarbon(attrs, { intensity: 500 }).estimate.tonnes.mid, 500, 0.01, 'reader');
});

test('compare: an author\'s 300,000-GPU row is highlighted, ranks first, and "bigger than anything reported" holds', () => {
  const c = calculateCompare({ ...asOf, claim: 'bigger than anything reported' }, [{ name: 'Our lab', gpus: '300000', gpu: 'h100-sxm', status: 'operational' }]);
  assert.deepEqual(c.issues, []);
  assert.equal(c.estimate.highlight, 'entry-1');
  assert.equal(c.estimate.rows[0]!.id, 'entry-1');
  assert.equal(c.estimate.rank, 'holds');
  assert.equal(c.claim?.kind, 'rank');
});

test('compare: the reader\'s metric (an index into METRICS) wins over the author\'s', () => {
  const c = calculateCompare({ ...asOf, metric: 'gpus' }, [], { metric: METRICS.indexOf('power') });
  assert.equal(c.estimate.metric, 'power');
});

test('compare: a bad row is an issue naming it, and the other rows stay', () => {
  const c = calculateCompare({ ...asOf }, [{ name: 'Bad', gpus: 'lots' }]);
  assert.ok(c.issues.some((i) => i.value === 'lots'));
  assert.ok(c.estimate.rows.length > 0);
});
