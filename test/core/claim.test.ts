// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { expect } from '@open-wc/testing';
import { checkClaim, TOLERANCE, UNDERSTATEMENT, type Verdict } from '../../src/core/claim.js';
import type { Claim, Qualifier } from '../../src/core/parse.js';
import { point, range } from '../../src/core/range.js';

const claim = (qualifier: Qualifier, value: number): Claim => ({ text: `${qualifier} ${value}`, qualifier, kind: 'energy', value });

// One estimate for every case: low 100, mid 200, high 400.
// TOLERANCE 1.1 puts the "too high" line at 400 × 1.1 = 440 and the "too low" line at 100 ÷ 1.1 = 90.9.
// UNDERSTATEMENT 3 puts an "under" claim's line at 400 × 3 = 1,200 and an "over" claim's at 100 ÷ 3 = 33.3.
const estimate = range(100, 400, 200);

describe('claim', () => {
  it('TOLERANCE is 1.1 and UNDERSTATEMENT is 3', () => {
    expect(TOLERANCE).to.equal(1.1);
    expect(UNDERSTATEMENT).to.equal(3);
  });

  describe('checkClaim()', () => {
    const cases: Array<[Qualifier, number, Verdict['kind'], number, string]> = [
      // approx ("about X"): X must lie within low ÷ 1.1 … high × 1.1.
      ['approx', 200, 'consistent', 1, 'the central value'],
      ['approx', 430, 'consistent', 1, '430 ≤ 440'],
      ['approx', 450, 'too-high', 450 / 200, '450 > 440; factor 450 ÷ 200 = 2.25'],
      ['approx', 95, 'consistent', 1, '95 × 1.1 = 104.5 ≥ 100'],
      ['approx', 90, 'too-low', 200 / 90, '90 × 1.1 = 99 < 100; factor 200 ÷ 90 = 2.22'],
      // min ("over X"): too high above high × 1.1, too low (an understatement) below low ÷ 3.
      ['min', 430, 'consistent', 1, '430 ≤ 440'],
      ['min', 450, 'too-high', 2.25, '450 > 440'],
      ['min', 40, 'consistent', 1, '40 × 3 = 120 ≥ 100: true and not misleading'],
      ['min', 90, 'consistent', 1, '90 is below the range, but "over 90" is still true'],
      ['min', 30, 'too-low', 200 / 30, '30 × 3 = 90 < 100; factor 200 ÷ 30 = 6.67'],
      // max ("under X"): too low below low ÷ 1.1, too high (an understatement) above high × 3.
      ['max', 95, 'consistent', 1, '95 × 1.1 = 104.5 ≥ 100'],
      ['max', 90, 'too-low', 200 / 90, '90 × 1.1 = 99 < 100'],
      ['max', 450, 'consistent', 1, '450 is above the range, but "under 450" is still true'],
      ['max', 1150, 'consistent', 1, '1,150 ≤ 1,200'],
      ['max', 1250, 'too-high', 1250 / 200, '1,250 > 1,200; factor 1,250 ÷ 200 = 6.25'],
    ];
    cases.forEach(([qualifier, x, kind, factor, why]) => {
      it(`checkClaim(${qualifier} ${x}, 100–400) is ${kind}${kind === 'consistent' ? '' : ` by ${factor.toFixed(2)}`} (${why})`, () => {
        const v = checkClaim(claim(qualifier, x), estimate);
        expect(v.kind).to.equal(kind);
        expect(v.factor).to.be.closeTo(factor, 1e-12);
      });
    });

    // The lines themselves count as consistent (strict comparisons in the check).
    it('checkClaim(approx high × TOLERANCE) is consistent: the tolerance line is inclusive', () => {
      expect(checkClaim(claim('approx', 400 * TOLERANCE), estimate).kind).to.equal('consistent');
    });
    it('checkClaim(max high × UNDERSTATEMENT) is consistent: the understatement line is inclusive', () => {
      expect(checkClaim(claim('max', 400 * UNDERSTATEMENT), estimate).kind).to.equal('consistent');
    });

    it('checkClaim(over 34 million homes, 34,287.8 homes) is too-high by 991.6 (figures.md §8b)', () => {
      // 370 GWh ÷ 10,791 kWh = 34,287.8 homes (EIA FAQ 97, 2022); 34,000,000 ÷ 34,287.8 = 991.6.
      const homes = 370e9 / 10_791e3;
      const v = checkClaim({ text: 'over 34 million households', qualifier: 'min', kind: 'count', value: 34e6, noun: 'homes' }, point(homes));
      expect(v.kind).to.equal('too-high');
      expect(v.factor).to.be.closeTo(991.6, 0.01);
    });

    it('checkClaim returns the claim and the estimate it was checked against', () => {
      const c = claim('approx', 200);
      const v = checkClaim(c, estimate);
      expect(v.claim).to.equal(c);
      expect(v.estimate).to.equal(estimate);
    });

    it('checkClaim(approx 1, zero estimate) reports a finite factor (0), never Infinity', () => {
      const v = checkClaim(claim('approx', 1), point(0));
      expect(v.kind).to.equal('too-high');
      expect(Number.isFinite(v.factor)).to.equal(true);
    });
  });
});
