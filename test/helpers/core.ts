// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Helpers for the tests of the pure estimation core.

import { expect } from '@open-wc/testing';
import { parseClaim, type Claim } from '../../src/core/parse.js';
import { toRange, type Range } from '../../src/core/range.js';

/** A parsed claim; fails the test if the text does not parse. */
export function claim(text: string): Claim {
  const r = parseClaim('claim', text);
  if (!r.ok) expect.fail(`claim "${text}" did not parse: ${JSON.stringify(r.issue)}`);
  return r.value;
}

/** Asserts a range's three bounds, each to a relative tolerance (1e-9 by default). */
export function expectRange(value: number | Range | undefined, low: number, mid: number, high: number, rel = 1e-9): void {
  if (value === undefined) expect.fail('range is undefined');
  const actual = toRange(value);
  expect(actual.low, 'low').to.be.closeTo(low, Math.abs(low) * rel);
  expect(actual.mid, 'mid').to.be.closeTo(mid, Math.abs(mid) * rel);
  expect(actual.high, 'high').to.be.closeTo(high, Math.abs(high) * rel);
}
