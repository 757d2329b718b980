// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { expect } from '@open-wc/testing';
import type { IssueCode } from '../../src/core/issues.js';
import { enAll } from '../../src/core/messages/en-all.js';
import { addCatalog, addMessages, catalogFor, en, translate, type Message, type MessageKey } from '../../src/core/messages/index.js';

// Elements register their own English words when they load; here every element's words are.
addMessages(enAll);

// Every IssueCode (src/core/issues.ts) needs an `issue.<code>` message.
const ISSUE_CODES: readonly IssueCode[] = ['invalid', 'out-of-range', 'unknown', 'unsupported', 'conflict', 'missing', 'ambiguous'];

describe('messages', () => {
  ISSUE_CODES.forEach((code) => {
    // A missing attribute has no value to quote; every other issue names the value given.
    const placeholders = code === 'missing' ? ['{field}', '{expected}'] : ['{field}', '{value}', '{expected}'];
    it(`en has issue.${code} with ${placeholders.join(', ')}`, () => {
      const m = en[`issue.${code}`];
      expect(m).to.be.a('string');
      for (const p of placeholders) expect(m as string).to.include(p);
    });
  });

  it('every plural message in en has an "other" form', () => {
    for (const [key, m] of Object.entries(en) as Array<[string, Message]>) {
      if (typeof m !== 'string') expect(m.other, key).to.be.a('string');
    }
  });

  describe('translate()', () => {
    it("translate('en', 'issue.invalid', …) fills {field}, {value} and {expected}", () => {
      const expected = translate('en', 'expect.energy');
      expect(translate('en', 'issue.invalid', { field: 'energy', value: 'abc', expected })).to.equal(
        'energy: “abc” is not understood. Expected an energy such as “370 GWh” or “1.2 TWh a year”.',
      );
    });
    it("translate('en', 'expect.between', {min: 1, max: 3}) is 'a value from 1 to 3'", () => {
      expect(translate('en', 'expect.between', { min: 1, max: 3 })).to.equal('a value from 1 to 3');
    });
    it("translate('en', 'power.eq.homes', {count: 1}) uses the singular form", () => {
      expect(translate('en', 'power.eq.homes', { count: 1, countText: '1', region: 'the United States' }))
        .to.equal('as much as 1 home in the United States uses in a year');
    });
    it("translate('en', 'power.eq.homes', {count: 2}) uses the plural form", () => {
      expect(translate('en', 'power.eq.homes', { count: 2, countText: '2', region: 'the United States' }))
        .to.equal('as much as 2 homes in the United States use in a year');
    });
    it("translate('en', 'power.eq.homes', {count: 34288, countText: '34,300'}) shows the formatted count", () => {
      // 370 GWh ÷ 10,791 kWh = 34,287.8 homes (EIA FAQ 97), shown as 34,300.
      expect(translate('en', 'power.eq.homes', { count: 34_288, countText: '34,300', region: 'the United States' }))
        .to.equal('as much as 34,300 homes in the United States use in a year');
    });
    it("translate('en', 'power.count.ev', {count: 1}) is 'electric car'", () => {
      expect(translate('en', 'power.count.ev', { count: 1 })).to.equal('electric car');
    });
    it("translate('en', 'no.such.key') returns the key", () => {
      expect(translate('en', 'no.such.key' as MessageKey)).to.equal('no.such.key');
    });
    it("translate('en', 'ui.figuresAsOf') leaves a placeholder without a value as written", () => {
      expect(translate('en', 'ui.figuresAsOf')).to.equal('Figures as of {date}.');
    });
    it("translate('fr', 'ui.sources') falls back to English without a French catalog", () => {
      expect(translate('fr', 'ui.sources')).to.equal('Sources');
    });
    it("translate('not a locale!', 'power.eq.homes', {count: 1}) does not throw and uses a valid form", () => {
      const text = translate('not a locale!', 'power.eq.homes', { count: 1, countText: '1', region: 'X' });
      expect(text).to.match(/^as much as 1 homes? in X uses? in a year$/);
    });
  });

  describe('addCatalog() and catalogFor()', () => {
    // A private-use language tag, so no real catalog is disturbed.
    addCatalog('x-test', { 'ui.sources': 'Quellen-test', 'power.count.ev': { one: 'E-Auto', other: 'E-Autos' } });

    it("catalogFor('X-TEST') finds the catalog registered as 'x-test'", () => {
      expect(catalogFor('X-TEST')['ui.sources']).to.equal('Quellen-test');
    });
    it("catalogFor('en-GB') falls back to the 'en' catalog", () => {
      expect(catalogFor('en-GB')).to.equal(catalogFor('en'));
      expect(catalogFor('en-GB')['ui.sources']).to.equal(en['ui.sources']);
    });
    it("translate('x-test', 'ui.sources') uses the added catalog", () => {
      expect(translate('x-test', 'ui.sources')).to.equal('Quellen-test');
    });
    it("translate('x-test', 'ui.assumptions') falls back to English for a missing key", () => {
      expect(translate('x-test', 'ui.assumptions')).to.equal('Assumptions');
    });
  });
});
