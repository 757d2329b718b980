// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { expect } from '@open-wc/testing';
import {
  formatFactor, formatMoney, formatNumber, formatPercent, formatUnit, formatVersion,
} from '../../src/core/format.js';
import { range, type Range } from '../../src/core/range.js';

// Special spaces, spelled out so the expectations are readable:
// U+202F NARROW NO-BREAK SPACE (SI style, before a unit) and U+00A0 NO-BREAK SPACE (Intl's compact money).
// The strings were checked in Chromium 156, Firefox ESR 153 and WebKitGTK (Safari 605.1.15); all three agree.

/** A written range: arithmetic middle, as the parser makes it. */
const span = (low: number, high: number): Range => range(low, high, (low + high) / 2);

describe('format', () => {
  describe('formatNumber()', () => {
    const cases: Array<[number | Range, string, string, string]> = [
      // 370 GWh ÷ 10,791 kWh = 34,287.8 homes (EIA FAQ 97, 2022), shown to three significant digits.
      [34288, 'en', '34,300', '34288'],
      [34288, 'de', '34.300', '34288'],
      [34.3e6, 'en', '34.3 million', '34.3e6'],
      [34.3e6, 'de', '34,3 Millionen', '34.3e6'],
      [1e9, 'en', '1 billion', '1e9'],
      [999, 'en', '999', '999'],
      // Bounds of a range keep two significant digits: 55,234 → 55,000 and 189,705 → 190,000.
      [span(55_234, 189_705), 'en', '55,000–190,000', 'range(55234, 189705)'],
      [span(2.5e9, 4e9), 'en', '2.5–4 billion', 'range(2.5e9, 4e9)'],
      // Bounds that round alike print once.
      [span(34_280, 34_290), 'en', '34,000', 'range(34280, 34290)'],
    ];
    cases.forEach(([v, locale, expected, name]) => {
      it(`formatNumber(${name}, '${locale}') is '${expected}'`, () => {
        expect(formatNumber(v, locale)).to.equal(expected);
      });
    });

    it("formatNumber(34288, 'xx-invalid-!!') falls back to English instead of throwing", () => {
      expect(formatNumber(34288, 'xx-invalid-!!')).to.equal('34,300');
    });
  });

  describe('formatUnit()', () => {
    const cases: Array<[number | Range, string, string, string, string]> = [
      [370e9, 'Wh', 'en', '370\u202fGWh', '370e9'],
      [1.2e12, 'Wh', 'en', '1.2\u202fTWh', '1.2e12'],
      [span(1.1e12, 1.3e12), 'Wh', 'en', '1.1–1.3\u202fTWh', 'range(1.1e12, 1.3e12)'],
      [span(1.1e12, 1.3e12), 'Wh', 'de', '1,1–1,3\u202fTWh', 'range(1.1e12, 1.3e12)'],
      // 370e9 Wh ÷ 8,760 h = 42,237,443 W (figures.md §8c: 42.2 MW).
      [370e9 / 8760, 'W', 'en', '42.2\u202fMW', '370e9 / 8760'],
      [700, 'W', 'en', '700\u202fW', '700'],
      [3_740_520, 'Wh', 'en', '3.74\u202fMWh', '3740520'],
      [0.5, 'W', 'en', '0.5\u202fW', '0.5'],
    ];
    cases.forEach(([v, unit, locale, expected, name]) => {
      it(`formatUnit(${name}, '${unit}', '${locale}') is '${expected.replace('\u202f', '\\u202f')}'`, () => {
        expect(formatUnit(v, unit, locale)).to.equal(expected);
      });
    });

    // Rounding to three significant digits can carry into the next prefix: 999.9 GWh rounds to
    // 1,000 GWh, which SI style writes as 1 TWh.
    it("formatUnit(999.9e9, 'Wh', 'en') is '1\\u202fTWh' when rounding carries into the next prefix", () => {
      expect(formatUnit(999.9e9, 'Wh', 'en')).to.equal('1\u202fTWh');
    });
  });

  describe('formatMoney()', () => {
    const cases: Array<[number | Range, string, string, string, string]> = [
      // 100,000 × $25,000 = $2.5 billion (figures.md §8e).
      [2.5e9, 'USD', 'en', '$2.5\u00a0billion', '2.5e9'],
      [2.5e9, 'USD', 'de', '2,5\u00a0Mrd.\u00a0$', '2.5e9'],
      [1.5e12, 'USD', 'en', '$1.5\u00a0trillion', '1.5e12'],
      [3e6, 'EUR', 'en', '€3\u00a0million', '3e6'],
      [25_000, 'USD', 'en', '$25,000', '25000'],
      [span(2.5e9, 4e9), 'USD', 'en', '$2.5–4\u00a0billion', 'range(2.5e9, 4e9)'],
      [span(2.5e9, 4e9), 'USD', 'de', '2,5–4\u00a0Mrd.\u00a0$', 'range(2.5e9, 4e9)'],
    ];
    const show = (s: string) => s.replace(/\u00a0/g, '\\u00a0');
    cases.forEach(([v, currency, locale, expected, name]) => {
      it(`formatMoney(${name}, '${currency}', '${locale}') is '${show(expected)}'`, () => {
        expect(formatMoney(v, currency, locale)).to.equal(expected);
      });
    });

    // Across a magnitude boundary both bounds must use the spelled-out word; a bare "M" next to
    // "billion" mixes the short and long forms.
    it("formatMoney(range(500e6, 2e9), 'USD', 'en') spells out both magnitudes ('million' and 'billion', no bare 'M')", () => {
      const text = formatMoney(span(500e6, 2e9), 'USD', 'en');
      expect(text).to.include('million');
      expect(text).to.include('billion');
      expect(text).not.to.match(/\dM\b/);
    });

    // Found by the round-trip property test (test/node/parse.node.test.ts): $995 million rounds
    // to "$1B", and the spelled-out word must follow the rounding, or the reader sees a figure
    // a thousand times too small.
    it("formatMoney(995e6, 'USD', 'en') is '$1\u00a0billion', never '$1 million'", () => {
      expect(formatMoney(995e6, 'USD', 'en')).to.equal('$1\u00a0billion');
      expect(formatMoney(999.6e3, 'USD', 'en')).to.equal('$1,000,000');
    });

    // formatMoney remembers what it wrote; the memory must never answer for another amount,
    // currency, locale or form, including after it is emptied (above 500 entries).
    it('remembered results stay right for every amount, currency, locale and form, across a flush', () => {
      for (let round = 0; round < 2; round++) {
        expect(formatMoney(2.5e9, 'USD', 'en')).to.equal('$2.5\u00a0billion');
        expect(formatMoney(2.5e9, 'USD', 'en', false)).to.equal('$2.5B');
        expect(formatMoney(2.5e9, 'EUR', 'en')).to.equal('€2.5\u00a0billion');
        expect(formatMoney(2.5e9, 'USD', 'de')).to.equal('2,5\u00a0Mrd.\u00a0$');
        expect(formatMoney(span(2.5e9, 4e9), 'USD', 'en')).to.equal('$2.5–4\u00a0billion');
        for (let i = 1; i <= 600; i++) expect(formatMoney(i * 1000, 'USD', 'en')).to.equal(`$${(i * 1000).toLocaleString('en-US')}`);
      }
    });
  });

  describe('formatPercent()', () => {
    const cases: Array<[number | Range, string, string, string]> = [
      [0.6, 'en', '60%', '0.6'],
      [0.61, 'en', '61%', '0.61'],
      [0.6, 'de', '60\u00a0%', '0.6'],
      // 370 GWh ÷ 4,405 TWh = 0.0084% of US demand (Ember 2024): tiny shares keep two significant digits.
      [370e9 / 4405e12, 'en', '0.0084%', '370e9 / 4405e12'],
    ];
    cases.forEach(([v, locale, expected, name]) => {
      it(`formatPercent(${name}, '${locale}') is '${expected.replace('\u00a0', '\\u00a0')}'`, () => {
        expect(formatPercent(v, locale)).to.equal(expected);
      });
    });

    // The function's own documentation promises `50–90%`; Intl's formatRange gives "50% – 90%".
    it("formatPercent(range(0.5, 0.9), 'en') is '50–90%', as its documentation states", () => {
      expect(formatPercent(span(0.5, 0.9), 'en')).to.equal('50–90%');
    });
  });

  describe('formatFactor()', () => {
    const cases: Array<[number, string, string]> = [
      // 34,000,000 ÷ 34,287.8 = 991.6, within 5% of 1,000: "about 1,000 times" (figures.md §8b).
      [991.6, 'en', '1,000'],
      [991.6, 'de', '1.000'],
      [1040, 'en', '1,000'],
      // 1,060 is 6% from 1,000: not snapped, two significant digits.
      [1060, 'en', '1,100'],
      [2.54, 'en', '2.5'],
      [9.8, 'en', '9.8'],
      [34.2, 'en', '34'],
      [12_345, 'en', '12,000'],
    ];
    cases.forEach(([v, locale, expected]) => {
      it(`formatFactor(${v}, '${locale}') is '${expected}'`, () => {
        expect(formatFactor(v, locale)).to.equal(expected);
      });
    });
  });

  describe('formatVersion()', () => {
    it("formatVersion('2026-11', 'en') is 'November 2026'", () => {
      expect(formatVersion('2026-11', 'en')).to.equal('November 2026');
    });
    it("formatVersion('2026-11', 'de') is 'November 2026'", () => {
      expect(formatVersion('2026-11', 'de')).to.equal('November 2026');
    });
    it("formatVersion('2026-03', 'de') is 'März 2026'", () => {
      expect(formatVersion('2026-03', 'de')).to.equal('März 2026');
    });
    it("formatVersion('garbage', 'en') returns the text unchanged", () => {
      expect(formatVersion('garbage', 'en')).to.equal('garbage');
    });
  });

  describe('never prints NaN, Infinity, undefined or null', () => {
    const bad = /NaN|Infinity|∞|undefined|null/;
    const inputs: Array<[string, number | Range]> = [
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity],
      ['{low: NaN, mid: 1, high: Infinity}', { low: NaN, mid: 1, high: Infinity }],
      ['{low: 1, mid: NaN, high: NaN}', { low: 1, mid: NaN, high: NaN }],
    ];
    const formatters: Array<[string, (v: number | Range, locale: string) => string]> = [
      ['formatNumber', (v, l) => formatNumber(v, l)],
      ['formatUnit', (v, l) => formatUnit(v, 'Wh', l)],
      ['formatMoney', (v, l) => formatMoney(v, 'USD', l)],
      ['formatPercent', (v, l) => formatPercent(v, l)],
      ['formatFactor', (v, l) => formatFactor(typeof v === 'number' ? v : v.mid, l)],
    ];
    for (const locale of ['en', 'de']) {
      formatters.forEach(([name, format]) => {
        inputs.forEach(([label, v]) => {
          it(`${name}(${label}, '${locale}') prints no NaN, Infinity, undefined or null`, () => {
            const text = format(v, locale);
            expect(text).to.be.a('string').and.not.equal('');
            expect(text).not.to.match(bad);
          });
        });
      });
    }
  });
});
