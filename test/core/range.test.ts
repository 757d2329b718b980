// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { expect } from '@open-wc/testing';
import { add, div, isFiniteRange, isPoint, isRange, mapRange, mul, point, range, toRange, type Range } from '../../src/core/range.js';

/** Compares the three bounds with a relative tolerance. */
function expectRange(actual: Range, low: number, mid: number, high: number): void {
  const tol = (x: number) => Math.max(1e-12, Math.abs(x) * 1e-12);
  expect(actual.low, 'low').to.be.closeTo(low, tol(low));
  expect(actual.mid, 'mid').to.be.closeTo(mid, tol(mid));
  expect(actual.high, 'high').to.be.closeTo(high, tol(high));
}

describe('range', () => {
  describe('range()', () => {
    it('range(1, 4) has the geometric middle 2 (√(1 × 4))', () => {
      expectRange(range(1, 4), 1, 2, 4);
    });
    it('range(0, 4) has the arithmetic middle 2, since a zero bound has no geometric middle', () => {
      expectRange(range(0, 4), 0, 2, 4);
    });
    it('range(-2, 4) has the arithmetic middle 1', () => {
      expectRange(range(-2, 4), -2, 1, 4);
    });
    it('range(4, 1) orders its bounds', () => {
      expectRange(range(4, 1), 1, 2, 4);
    });
    it('range(5) is the point 5', () => {
      expect(range(5)).to.deep.equal({ low: 5, mid: 5, high: 5 });
    });
    it('range(1, 4, 3) keeps the given middle 3', () => {
      expect(range(1, 4, 3)).to.deep.equal({ low: 1, mid: 3, high: 4 });
    });
    it('range(1, 4, 10) clamps the middle to the high bound', () => {
      expect(range(1, 4, 10)).to.deep.equal({ low: 1, mid: 4, high: 4 });
    });
    it('range(1, 4, -10) clamps the middle to the low bound', () => {
      expect(range(1, 4, -10)).to.deep.equal({ low: 1, mid: 1, high: 4 });
    });
  });

  describe('point(), toRange(), isRange()', () => {
    it('point(7) has three equal bounds', () => {
      expect(point(7)).to.deep.equal({ low: 7, mid: 7, high: 7 });
    });
    it('toRange(7) is point(7)', () => {
      expect(toRange(7)).to.deep.equal(point(7));
    });
    it('toRange(range) returns the same range', () => {
      const r = range(1, 2);
      expect(toRange(r)).to.equal(r);
    });
    const rangeCases: Array<[string, unknown, boolean]> = [
      ['{low, mid, high}', { low: 1, mid: 2, high: 3 }, true],
      ['a number', 3, false],
      ['null', null, false],
      ['{low, high}', { low: 1, high: 3 }, false],
    ];
    rangeCases.forEach(([name, value, expected]) => {
      it(`isRange(${name}) is ${expected}`, () => {
        expect(isRange(value)).to.equal(expected);
      });
    });
  });

  describe('isPoint()', () => {
    const cases: Array<[string, Range, boolean]> = [
      ['point(5)', point(5), true],
      ['point(0)', point(0), true],
      ['range(1, 2)', range(1, 2), false],
      // 1e-9 relative: 1e12 and 1e12 + 1 differ by 1e-12 relative, so they count as one figure.
      ['range(1e12, 1e12 + 1)', range(1e12, 1e12 + 1), true],
      // 1e12 and 1e12 + 1e4 differ by 1e-8 relative: two figures.
      ['range(1e12, 1e12 + 1e4)', range(1e12, 1e12 + 1e4), false],
    ];
    cases.forEach(([name, r, expected]) => {
      it(`isPoint(${name}) is ${expected}`, () => {
        expect(isPoint(r)).to.equal(expected);
      });
    });
  });

  describe('add()', () => {
    it('add(range(1, 4), point(10)) adds bound to bound: 11, 12, 14', () => {
      expectRange(add(range(1, 4), point(10)), 11, 12, 14);
    });
    it('add(1, 2, 3) of plain numbers is the point 6', () => {
      expect(add(1, 2, 3)).to.deep.equal({ low: 6, mid: 6, high: 6 });
    });
    it('add() of nothing is the point 0', () => {
      expect(add()).to.deep.equal({ low: 0, mid: 0, high: 0 });
    });
  });

  describe('mul()', () => {
    it('mul(range(1, 4), range(2, 8)) multiplies lows, mids and highs: 2, 8, 32', () => {
      // mids: √(1·4) = 2 and √(2·8) = 4, so 2 × 4 = 8.
      expectRange(mul(range(1, 4), range(2, 8)), 2, 8, 32);
    });
    it('mul(100000, 700, 8760) is the point 613.2e9 (100k H100s at TDP for a year, figures.md §8d)', () => {
      // 100,000 × 700 W × 8,760 h = 613,200,000,000 Wh, exact in binary floating point.
      expect(mul(100_000, 700, 8760)).to.deep.equal(point(613.2e9));
    });
    it('mul() of nothing is the point 1', () => {
      expect(mul()).to.deep.equal({ low: 1, mid: 1, high: 1 });
    });
  });

  describe('div()', () => {
    it('div(range(10, 20, 15), range(2, 5, 3)) divides low by high and high by low: 2, 5, 10', () => {
      // low 10 / 5 = 2, mid 15 / 3 = 5, high 20 / 2 = 10.
      expect(div(range(10, 20, 15), range(2, 5, 3))).to.deep.equal({ low: 2, mid: 5, high: 10 });
    });
    it('div(370e9, 8760) is the point 42.24e6 (370 GWh a year as average watts, figures.md §8c)', () => {
      // 370,000,000,000 Wh / 8,760 h = 42,237,442.9 W.
      const r = div(370e9, 8760);
      expect(isPoint(r)).to.equal(true);
      expect(r.mid).to.be.closeTo(42_237_442.92, 0.01);
    });
    it('div(point(12), range(2, 6, 3)) is low 2, mid 4, high 6', () => {
      expect(div(point(12), range(2, 6, 3))).to.deep.equal({ low: 2, mid: 4, high: 6 });
    });
    it('div(x, y) keeps low ≤ mid ≤ high for non-negative ranges', () => {
      const r = div(range(3, 7), range(0.5, 9));
      expect(r.low).to.be.at.most(r.mid);
      expect(r.mid).to.be.at.most(r.high);
    });
  });

  describe('mapRange()', () => {
    it('mapRange(range(1, 4), x => x * 10) maps each bound: 10, 20, 40', () => {
      expect(mapRange(range(1, 4), (x) => x * 10)).to.deep.equal({ low: 10, mid: 20, high: 40 });
    });
    it('mapRange(r, Math.sqrt) applies the function to mid as well, not the middle of the new bounds', () => {
      expect(mapRange(range(4, 16, 9), Math.sqrt)).to.deep.equal({ low: 2, mid: 3, high: 4 });
    });
  });

  describe('isFiniteRange()', () => {
    const cases: Array<[string, Range, boolean]> = [
      ['range(1, 2)', range(1, 2), true],
      ['{low: NaN}', { low: NaN, mid: 1, high: 2 }, false],
      ['{high: Infinity}', { low: 1, mid: 1, high: Infinity }, false],
      ['div(1, 0)', div(1, 0), false],
    ];
    cases.forEach(([name, r, expected]) => {
      it(`isFiniteRange(${name}) is ${expected}`, () => {
        expect(isFiniteRange(r)).to.equal(expected);
      });
    });
  });
});
