// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// English numbers are written without Intl (src/core/format-en.ts) so that a page never pays
// ICU's start-up. Intl is the oracle: `en-u-nu-latn` means the same digits and words to Intl, but
// is not `en` to format-en.ts, so every formatter below takes its Intl path for it. Whatever the
// number, both paths must write the same characters, in each engine.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatCount, formatFactor, formatMoney, formatNumber, formatPercent, formatScientific, formatUnit,
} from '../../src/core/format.js';
import { formatEnglish, formatEnglishRange } from '../../src/core/format-en.js';
import { enPower } from '../../src/core/messages/en-power.js';
import { addMessages, translate } from '../../src/core/messages/index.js';
import { range, type Range } from '../../src/core/range.js';

const ORACLE = 'en-u-nu-latn';

/** Numbers at every scale, with the halves and nines where rounding carries. */
const number = fc.oneof(
  fc.double({ min: 0, max: 1e14, noNaN: true }),
  fc.integer({ min: 0, max: 2e9 }),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: -7, max: 11 }), fc.constantFrom(0, 0.5, 0.05, 0.45, 0.95, 0.9995))
    .map(([m, e, f]) => Number(((m + f) * 10 ** e).toPrecision(12))),
  fc.constantFrom(0, 0.0145, 0.5, 1.5, 2.5, 9.5, 99.5, 999.5, 9995, 999_500, 999_950, 995e6, 9.995e11, 99_999_999_999_999),
);
const signed = fc.oneof(number, number.map((x) => -x));
const span = fc.tuple(number, number).map(([a, b]) => (a <= b ? range(a, b, (a + b) / 2) : range(b, a, (a + b) / 2)));
const value = fc.oneof(signed, span);

const FORMATTERS: Array<[string, (v: number | Range, locale: string) => string]> = [
  ['formatNumber', (v, l) => formatNumber(v, l)],
  ['formatNumber, 2 digits', (v, l) => formatNumber(v, l, 2)],
  ['formatCount', formatCount],
  ['formatPercent', formatPercent],
  ['formatUnit', (v, l) => formatUnit(v, 'Wh', l)],
  ['formatScientific', formatScientific],
  ['formatMoney', (v, l) => formatMoney(v, 'USD', l)],
  ['formatFactor', (v, l) => formatFactor(typeof v === 'number' ? v : v.mid, l)],
];

describe('English numbers without Intl (format-en.ts)', () => {
  for (const [name, f] of FORMATTERS) {
    it(`${name} writes what Intl writes, in en and en-US`, () => {
      fc.assert(fc.property(value, fc.constantFrom('en', 'en-US'), (v, locale) => {
        expect(f(v, locale)).to.equal(f(v, locale === 'en' ? ORACLE : 'en-US-u-nu-latn'));
      }), { numRuns: 1500 });
    });
  }

  it('English plurals without Intl.PluralRules choose as Intl does', () => {
    addMessages(enPower);
    const rules = new Intl.PluralRules('en');
    fc.assert(fc.property(fc.oneof(signed, fc.constantFrom(1, -1, 1.5, 0, -0, 2)), (n) => {
      const expected = `${rules.select(n) === 'one' ? 'home' : 'homes'} in {region}`;
      expect(translate('en', 'power.count.homes', { count: n }), String(n)).to.equal(expected);
      expect(translate('en-GB', 'power.count.homes', { count: n }), String(n)).to.equal(expected);
    }), { numRuns: 500 });
  });

  it('rounds the shortest decimal form half away from zero, as Intl does', () => {
    // 0.0145 is stored as 0.01449999…; Intl (and this module) round its shortest form, 0.0145.
    expect(formatEnglish(0.0145, { style: 'percent', maximumSignificantDigits: 2 })).to.equal('1.5%');
    expect(formatEnglish(2.5, { maximumFractionDigits: 0 })).to.equal('3');
    expect(formatEnglish(0.05, { maximumFractionDigits: 1 })).to.equal('0.1');
    expect(formatEnglish(0.004, { maximumFractionDigits: 2 })).to.equal('0');
    expect(formatEnglish(-0, { maximumSignificantDigits: 3 })).to.equal('-0');
    expect(formatEnglish(1234.5678, {})).to.equal('1,234.568');
    // 999,950 to three digits is 1,000,000: the word follows the rounded number.
    expect(formatEnglish(999_950, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 })).to.equal('1 million');
    expect(formatEnglish(34_288, { maximumSignificantDigits: 3 })).to.equal('34,300');
    expect(formatEnglish(3.43e7, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 })).to.equal('34.3 million');
  });

  it('writes ranges with the words and spacing of Intl', () => {
    const compact = { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 2 } as const;
    expect(formatEnglishRange(2.5e9, 4e9, compact)).to.equal('2.5–4 billion');
    expect(formatEnglishRange(5e8, 2e9, compact)).to.equal('500 million – 2 billion');
    expect(formatEnglishRange(500, 2e6, compact)).to.equal('500–2 million');
    expect(formatEnglishRange(1.1, 1.3, { maximumSignificantDigits: 2 })).to.equal('1.1–1.3');
    expect(formatEnglishRange(25_000, 40_000, { maximumSignificantDigits: 3 }, true)).to.equal('$25,000 – $40,000');
    expect(formatEnglishRange(2.5e9, 4e9, { notation: 'compact', maximumSignificantDigits: 2 }, true)).to.equal('$2.5–4\u00a0billion');
    expect(formatEnglishRange(5e8, 2e9, { notation: 'compact', maximumSignificantDigits: 2 }, true)).to.equal('$500\u00a0million – $2\u00a0billion');
  });
});
