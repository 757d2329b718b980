// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Property-based tests of the parser in Node, with many runs (issue 7): whatever the text, every
// parser returns a value or an issue and never throws; and what the formatter writes for a
// reader, the parser reads back as the same figure within the formatter's rounding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatMoney, formatNumber, formatUnit } from '../../src/core/format.js';
import {
  parseClaim, parseFraction, parseMoney, parseNumber, parseNumberRange, parseQuantity,
} from '../../src/core/parse.js';

const RUNS = 3000;

/** Every number inside a parsed value (a number, a range, money, a claim). */
const numbersIn = (v: unknown): number[] =>
  typeof v === 'number' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(numbersIn) : [];
const text = fc.oneof(fc.string({ maxLength: 24 }), fc.string({ maxLength: 12, unit: 'binary' }), fc.double().map(String));

/** Relative error allowed by three significant digits: half a unit in the third digit. */
const close = (a: number, b: number, digits = 3) => Math.abs(a - b) <= 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(b))) - digits + 1) * 1.0001;

test('every parser returns a value or an issue for any text, and never throws', () => {
  fc.assert(fc.property(text, (t) => {
    for (const r of [
      parseNumber('n', t), parseNumberRange('n', t), parseQuantity('e', t, 'energy'), parseQuantity('p', t, 'power'),
      parseQuantity('f', t, 'flop'), parseFraction('u', t), parseMoney('m', t), parseClaim('c', t),
    ]) {
      if (r.ok) {
        for (const n of numbersIn(r.value)) assert.ok(Number.isFinite(n), `finite value for ${JSON.stringify(t)}`);
      } else {
        assert.equal(typeof r.issue.field, 'string');
        assert.equal(r.issue.value, t);
      }
    }
  }), { numRuns: RUNS });
});

test('parseNumber reads back what formatNumber writes, within its rounding', () => {
  fc.assert(fc.property(fc.double({ min: 1, max: 1e14, noNaN: true }), (x) => {
    const written = formatNumber(x, 'en');
    const r = parseNumber('n', written);
    assert.ok(r.ok, `parseNumber(${JSON.stringify(written)})`);
    assert.ok(close(r.value, x), `${written} → ${r.value}, from ${x}`);
  }), { numRuns: RUNS });
});

test('parseQuantity reads back what formatUnit writes for energy and power', () => {
  fc.assert(fc.property(fc.double({ min: 1, max: 1e17, noNaN: true }), fc.constantFrom('Wh', 'W'), (x, unit) => {
    const written = formatUnit(x, unit, 'en');
    const r = parseQuantity('q', written, unit === 'Wh' ? 'energy' : 'power');
    assert.ok(r.ok, `parseQuantity(${JSON.stringify(written)})`);
    assert.ok(close(r.value.mid, x), `${written} → ${r.value.mid}, from ${x}`);
  }), { numRuns: RUNS });
});

test('parseMoney reads back what formatMoney writes, within its rounding', () => {
  fc.assert(fc.property(fc.double({ min: 1, max: 1e14, noNaN: true }), (x) => {
    const written = formatMoney(x, 'USD', 'en');
    const r = parseMoney('m', written);
    assert.ok(r.ok, `parseMoney(${JSON.stringify(written)})`);
    // Compact amounts keep two significant digits ("$2.5 billion"), plain ones three.
    assert.ok(close(r.value.value.mid, x, x >= 1e6 ? 2 : 3), `${written} → ${r.value.value.mid}, from ${x}`);
    assert.equal(r.value.currency, 'USD');
  }), { numRuns: RUNS });
});

test('parseNumberRange reads back a range formatNumber writes', () => {
  fc.assert(fc.property(fc.double({ min: 1, max: 1e5, noNaN: true }), fc.double({ min: 1.5, max: 20, noNaN: true }), (low, k) => {
    const high = low * k;
    const written = formatNumber({ low, mid: low, high }, 'en');
    const r = parseNumberRange('n', written);
    assert.ok(r.ok, `parseNumberRange(${JSON.stringify(written)})`);
    assert.ok(r.value.low <= r.value.high);
    assert.ok(close(r.value.high, high, 2), `${written} → ${r.value.high}, from ${high}`);
  }), { numRuns: RUNS });
});

test('a claim of "__proto__", "constructor" or "toString" is not read as a share', () => {
  for (const t of ['__proto__', 'constructor', 'toString', 'one __proto__ of US electricity']) {
    const r = parseClaim('c', t);
    assert.ok(!r.ok || r.value.kind !== 'share', `${t} read as a share`);
  }
  // A real fraction still is: a tenth is 0.1.
  const tenth = parseClaim('c', 'a tenth of US electricity');
  assert.ok(tenth.ok && tenth.value.kind === 'share' && tenth.value.value === 0.1);
});
