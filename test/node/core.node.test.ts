// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The estimation core in Node, with no DOM: what a newsroom's build script or server would run.
// scripts/test.mjs bundles this file with esbuild and runs it with `node --test`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkPowerClaim, estimatePower, formatMoney, formatNumber, formatUnit, parseClaim, readPowerAttributes,
} from '../../src/core/index.js';

test('the core loads in Node without a DOM', () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  assert.equal(typeof estimatePower, 'function');
});

test('370 GWh is about 34,300 US homes (EIA 2022: 10,791 kWh a home)', () => {
  const e = estimatePower({ energy: 370e9 });
  const homes = e.equivalences.find((q) => q.id === 'homes')!;
  assert.ok(Math.abs(homes.count.mid - 34_287.8) < 0.1);
  assert.equal(formatNumber(homes.count, 'en'), '34,300');
});

test('"over 34 million households" for 370 GWh is about 1,000 times too high', () => {
  const claim = parseClaim('claim', 'over 34 million households');
  assert.ok(claim.ok);
  const check = checkPowerClaim(claim.value, estimatePower({ energy: 370e9 }))!;
  assert.equal(check.verdict.kind, 'too-high');
  assert.ok(Math.abs(check.verdict.factor - 991.6) < 0.1);
});

test('100,000 H100 at full rated power for a year is 613 GWh', () => {
  const e = estimatePower({ gpus: 100_000, overhead: 1, pue: 1, utilization: 1 });
  assert.equal(formatUnit(e.energyWh, 'Wh', 'en'), '613\u202fGWh');
});

test('Intl formatting follows the locale in Node too', () => {
  assert.equal(formatMoney(2.5e9, 'USD', 'de'), '2,5\u00a0Mrd.\u00a0$');
  assert.equal(formatNumber(34_288, 'de'), '34.300');
});

test('attribute text is read into the model with issues, never exceptions', () => {
  const { issues } = readPowerAttributes({ gpus: 'lots', pue: '0.5' });
  assert.deepEqual(issues.map((i) => i.field), ['gpus', 'pue']);
});
