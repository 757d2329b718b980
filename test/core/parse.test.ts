// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { expect } from '@open-wc/testing';
import type { Issue, Result } from '../../src/core/issues.js';
import {
  parseClaim, parseFraction, parseKeyword, parseKeywordList, parseMoney, parseNumber, parseNumberRange, parseQuantity,
  type Claim, type Dimension,
} from '../../src/core/parse.js';
import type { Range } from '../../src/core/range.js';

/** The value of a successful result; fails the test with the issue otherwise. */
function value<T>(r: Result<T>): T {
  if (!r.ok) expect.fail(`expected a value, got issue ${JSON.stringify(r.issue)}`);
  return r.value;
}

/** The issue of a failed result; fails the test with the value otherwise. */
function issue<T>(r: Result<T>): Issue {
  if (r.ok) expect.fail(`expected an issue, got ${JSON.stringify(r.value)}`);
  return r.issue;
}

/** Range bounds compared with a relative tolerance of 1e-12 (decimal fractions like 1.1e12 are inexact). */
function expectRange(actual: Range, low: number, high: number, mid?: number): void {
  const tol = (x: number) => Math.abs(x) * 1e-12;
  expect(actual.low, 'low').to.be.closeTo(low, tol(low));
  expect(actual.high, 'high').to.be.closeTo(high, tol(high));
  if (mid !== undefined) expect(actual.mid, 'mid').to.be.closeTo(mid, tol(mid));
}

describe('parse', () => {
  describe('parseNumber()', () => {
    // Every value below is exact in binary floating point; hand arithmetic in the names.
    const valid: Array<[string, number]> = [
      ['100000', 100_000],
      ['100,000', 100_000],
      ['100k', 100_000],
      ['100K', 100_000],
      ['1.5M', 1_500_000],
      ['2 billion', 2_000_000_000],
      ['1e5', 100_000],
      ['100 000', 100_000],
      ['100\u00a0000', 100_000],
      ['100\u202f000', 100_000],
      ['  42  ', 42],
      ['0', 0],
      ['-5', -5],
      ['3 trillion', 3e12],
      ['2.5bn', 2.5e9],
    ];
    valid.forEach(([text, expected]) => {
      it(`parseNumber("${text}") is ${expected.toLocaleString('en')}`, () => {
        expect(value(parseNumber('gpus', text))).to.equal(expected);
      });
    });

    it('parseNumber("1.5 × 10^25") is exactly 1.5e25, not 1.5 × 1e25 with a rounding error', () => {
      expect(value(parseNumber('flop', '1.5 × 10^25'))).to.equal(1.5e25);
    });
    it('parseNumber("1.5 x 10^25") accepts a Latin x as the times sign', () => {
      expect(value(parseNumber('flop', '1.5 x 10^25'))).to.equal(1.5e25);
    });

    const invalid = ['abc', '12kk', '1,00', '', 'NaN', 'Infinity', '-Infinity', '1.2.3', '100 GPUs', '5 million GWh'];
    invalid.forEach((text) => {
      it(`parseNumber("${text}") is an invalid issue naming the field and value, expecting expect.number`, () => {
        expect(issue(parseNumber('gpus', text))).to.deep.equal({
          field: 'gpus', value: text, code: 'invalid', expected: 'expect.number',
        });
      });
    });
  });

  describe('parseNumberRange()', () => {
    const cases: Array<[string, number, number, number]> = [
      // [text, low, mid, high]; mid is the arithmetic middle of a written range.
      ['25000-40000', 25_000, 32_500, 40_000],
      ['25k–40k', 25_000, 32_500, 40_000],
      // A bare left side takes the right side's multiplier: "25–40k" is 25,000–40,000.
      ['25–40k', 25_000, 32_500, 40_000],
      ['2 to 3 billion', 2e9, 2.5e9, 3e9],
      ['50k - 100k', 50_000, 75_000, 100_000],
      // The minus of an exponent is not a separator: 1e-5 to 2e-5.
      ['1e-5-2e-5', 1e-5, 1.5e-5, 2e-5],
      ['100000', 100_000, 100_000, 100_000],
    ];
    cases.forEach(([text, low, mid, high]) => {
      it(`parseNumberRange("${text}") is ${low}–${high} (mid ${mid})`, () => {
        expectRange(value(parseNumberRange('gpus', text)), low, high, mid);
      });
    });

    ['40000-25000', '25k-abc', 'to 3', '1–2–3'].forEach((text) => {
      it(`parseNumberRange("${text}") is an invalid issue expecting expect.number`, () => {
        const i = issue(parseNumberRange('gpus', text));
        expect(i).to.include({ field: 'gpus', value: text, code: 'invalid', expected: 'expect.number' });
      });
    });
  });

  describe('parseQuantity()', () => {
    const cases: Array<[string, Dimension, number, number]> = [
      // [text, dimension, low, high] in Wh, W or FLOP.
      ['370 GWh', 'energy', 370e9, 370e9],
      ['370GWh a year', 'energy', 370e9, 370e9],
      ['370 GWh/yr', 'energy', 370e9, 370e9],
      ['370 GWh per year', 'energy', 370e9, 370e9],
      ['370 gwh', 'energy', 370e9, 370e9],
      ['1.1–1.3 TWh', 'energy', 1.1e12, 1.3e12],
      ['1.1 TWh to 1.3 TWh', 'energy', 1.1e12, 1.3e12],
      // 1.5 thousand MWh = 1,500 MWh = 1.5e9 Wh.
      ['1.5k MWh', 'energy', 1.5e9, 1.5e9],
      ['3,740 kWh', 'energy', 3.74e6, 3.74e6],
      ['42 MW', 'power', 42e6, 42e6],
      ['700 W', 'power', 700, 700],
      ['10.2 kW', 'power', 10_200, 10_200],
      ['3.8e25 FLOP', 'flop', 3.8e25, 3.8e25],
      ['3.8e25 FLOPs', 'flop', 3.8e25, 3.8e25],
    ];
    cases.forEach(([text, dim, low, high]) => {
      it(`parseQuantity("${text}", "${dim}") is ${low === high ? low : `${low}–${high}`}`, () => {
        expectRange(value(parseQuantity(dim, text, dim)), low, high);
      });
    });

    const invalid: Array<[string, Dimension, string]> = [
      ['370 GWh', 'power', 'expect.power'],
      ['42 MW', 'energy', 'expect.energy'],
      ['370', 'energy', 'expect.energy'],
      ['abc', 'energy', 'expect.energy'],
      ['1.3–1.1 TWh', 'energy', 'expect.energy'],
      // FLOP/s is a rate, not an amount of compute.
      ['1e15 FLOP/s', 'flop', 'expect.flop'],
      ['NaN GWh', 'energy', 'expect.energy'],
    ];
    invalid.forEach(([text, dim, expected]) => {
      it(`parseQuantity("${text}", "${dim}") is an invalid issue expecting ${expected}`, () => {
        expect(issue(parseQuantity(dim, text, dim))).to.deep.equal({ field: dim, value: text, code: 'invalid', expected });
      });
    });
  });

  describe('parseFraction()', () => {
    const cases: Array<[string, number, number, number]> = [
      ['0.6', 0.6, 0.6, 0.6],
      ['60%', 0.6, 0.6, 0.6],
      ['61 %', 0.61, 0.61, 0.61],
      ['50–90%', 0.5, 0.7, 0.9],
      ['0.6 to 0.9', 0.6, 0.75, 0.9],
      ['1', 1, 1, 1],
    ];
    cases.forEach(([text, low, mid, high]) => {
      it(`parseFraction("${text}") is ${low}–${high}`, () => {
        expectRange(value(parseFraction('utilization', text)), low, high, mid);
      });
    });

    // A bare number above 1 is ambiguous (60 what?), so it is refused rather than read as 60%.
    ['60', '1.2', 'abc', '%'].forEach((text) => {
      it(`parseFraction("${text}") is an invalid issue expecting expect.fraction`, () => {
        expect(issue(parseFraction('utilization', text))).to.deep.equal({
          field: 'utilization', value: text, code: 'invalid', expected: 'expect.fraction',
        });
      });
    });
  });

  describe('parseMoney()', () => {
    const cases: Array<[string, number, number, string]> = [
      ['$25k', 25_000, 25_000, 'USD'],
      ['$2 billion', 2e9, 2e9, 'USD'],
      ['$25k–$40k', 25_000, 40_000, 'USD'],
      ['$25k-40k', 25_000, 40_000, 'USD'],
      ['€1.5M', 1.5e6, 1.5e6, 'EUR'],
      ['£3m', 3e6, 3e6, 'GBP'],
      ['US$25,000', 25_000, 25_000, 'USD'],
      ['2 billion dollars', 2e9, 2e9, 'USD'],
      ['25k-40k EUR', 25_000, 40_000, 'EUR'],
    ];
    cases.forEach(([text, low, high, currency]) => {
      it(`parseMoney("${text}") is ${low === high ? low : `${low}–${high}`} ${currency}`, () => {
        const m = value(parseMoney('price', text));
        expect(m.currency).to.equal(currency);
        expect(m.value.low).to.equal(low);
        expect(m.value.high).to.equal(high);
      });
    });

    it('parseMoney("25000") without a sign takes the fallback currency, USD by default', () => {
      expect(value(parseMoney('price', '25000'))).to.deep.equal({ value: { low: 25_000, mid: 25_000, high: 25_000 }, currency: 'USD' });
    });
    it('parseMoney("25000", "EUR") takes the given fallback currency', () => {
      expect(value(parseMoney('price', '25000', 'EUR')).currency).to.equal('EUR');
    });

    ['$25k-€40k', '€25k–$40k', 'abc', '$', '25k apples'].forEach((text) => {
      it(`parseMoney("${text}") is an invalid issue expecting expect.money`, () => {
        expect(issue(parseMoney('price', text))).to.deep.equal({ field: 'price', value: text, code: 'invalid', expected: 'expect.money' });
      });
    });
  });

  describe('parseClaim()', () => {
    const cases: Array<[string, Omit<Claim, 'text'>]> = [
      // The seed story's figures (figures.md §8).
      ['over 34 million households', { qualifier: 'min', kind: 'count', value: 34e6, noun: 'homes' }],
      ['at least 370 GWh', { qualifier: 'min', kind: 'energy', value: 3.7e11 }],
      ['at least 370 GWh a year', { qualifier: 'min', kind: 'energy', value: 3.7e11 }],
      ['about $2 billion', { qualifier: 'approx', kind: 'money', value: 2e9, currency: 'USD' }],
      ['over $2 billion', { qualifier: 'min', kind: 'money', value: 2e9, currency: 'USD' }],
      ['equivalent to powering over 34 million average American households', { qualifier: 'min', kind: 'count', value: 34e6, noun: 'homes' }],
      ['under 50 MW', { qualifier: 'max', kind: 'power', value: 50e6 }],
      ['up to 1.2 TWh', { qualifier: 'max', kind: 'energy', value: 1.2e12 }],
      ['more than 100,000 GPUs', { qualifier: 'min', kind: 'count', value: 100_000, noun: 'gpus' }],
      ['roughly 130,000 electric cars', { qualifier: 'approx', kind: 'count', value: 130_000, noun: 'ev' }],
      ['nearly 5 reactors', { qualifier: 'approx', kind: 'count', value: 5, noun: 'reactors' }],
      // No qualifier reads as "about".
      ['370 GWh', { qualifier: 'approx', kind: 'energy', value: 3.7e11 }],
      ['3.8e25 FLOP', { qualifier: 'approx', kind: 'flop', value: 3.8e25 }],
      ['34,000 homes', { qualifier: 'approx', kind: 'count', value: 34_000, noun: 'homes' }],
    ];
    cases.forEach(([text, expected]) => {
      it(`parseClaim("${text}") is ${JSON.stringify(expected)}`, () => {
        expect(value(parseClaim('claim', text))).to.deep.equal({ text, ...expected });
      });
    });

    it('parseClaim keeps the text as written, with spaces normalised', () => {
      expect(value(parseClaim('claim', '  at\u00a0least 370\u202fGWh ')).text).to.equal('at least 370 GWh');
    });

    ['nonsense', '', 'over', 'about lots of homes'].forEach((text) => {
      it(`parseClaim("${text}") is an invalid issue expecting expect.claim`, () => {
        expect(issue(parseClaim('claim', text))).to.deep.equal({ field: 'claim', value: text, code: 'invalid', expected: 'expect.claim' });
      });
    });
  });

  describe('parseKeyword() and parseKeywordList()', () => {
    const ids = ['a100', 'h100-sxm', 'b200'] as const;

    it('parseKeyword("H100-SXM") matches case-insensitively as "h100-sxm"', () => {
      expect(value(parseKeyword('gpu', 'H100-SXM', ids))).to.equal('h100-sxm');
    });
    it('parseKeyword(" b200 ") ignores surrounding spaces', () => {
      expect(value(parseKeyword('gpu', ' b200 ', ids))).to.equal('b200');
    });
    it('parseKeyword("tpu-v9") is an unknown issue listing the allowed ids', () => {
      expect(issue(parseKeyword('gpu', 'tpu-v9', ids))).to.deep.equal({
        field: 'gpu', value: 'tpu-v9', code: 'unknown', expected: 'expect.oneOf', params: { list: 'a100, h100-sxm, b200' },
      });
    });

    const equivalences = ['homes', 'ev', 'reactors', 'share'] as const;
    const lists: Array<[string, string[]]> = [
      ['homes,ev', ['homes', 'ev']],
      ['Homes EV', ['homes', 'ev']],
      ['homes, ev, homes', ['homes', 'ev']],
      ['share', ['share']],
    ];
    lists.forEach(([text, expected]) => {
      it(`parseKeywordList("${text}") is ${JSON.stringify(expected)}`, () => {
        expect(value(parseKeywordList('compare', text, equivalences))).to.deep.equal(expected);
      });
    });
    it('parseKeywordList("homes,toasters") is an unknown issue with params.list', () => {
      expect(issue(parseKeywordList('compare', 'homes,toasters', equivalences))).to.deep.equal({
        field: 'compare', value: 'homes,toasters', code: 'unknown', expected: 'expect.oneOf', params: { list: 'homes, ev, reactors, share' },
      });
    });
    it('parseKeywordList(" , ") with no items is an invalid issue', () => {
      expect(issue(parseKeywordList('compare', ' , ', equivalences))).to.include({ code: 'invalid', expected: 'expect.oneOf' });
    });
  });
});
