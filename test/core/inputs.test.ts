// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { expect } from '@open-wc/testing';
import { latestFigures } from '../../src/core/data/index.js';
import { Reader, readAccelerator, readCount, readFigures, readMultiplier, readRegion, readShare, within } from '../../src/core/inputs.js';
import { parseNumber } from '../../src/core/parse.js';
import { point, range, type Range } from '../../src/core/range.js';

describe('inputs', () => {
  describe('Reader', () => {
    it('reader.text() is undefined for absent, null, empty and blank attributes', () => {
      const r = new Reader({ a: null, b: '', c: '  \n', d: 'x' });
      expect([r.text('a'), r.text('b'), r.text('c'), r.text('missing'), r.text('d')]).to.deep.equal([undefined, undefined, undefined, undefined, 'x']);
    });
    it('reader.read() returns the parsed value and records nothing', () => {
      const r = new Reader({ gpus: '100k' });
      expect(r.read('gpus', parseNumber)).to.equal(100_000);
      expect(r.issues).to.deep.equal([]);
    });
    it('reader.read() records the parse issue and returns undefined', () => {
      const r = new Reader({ gpus: 'abc' });
      expect(r.read('gpus', parseNumber)).to.equal(undefined);
      expect(r.issues).to.deep.equal([{ field: 'gpus', value: 'abc', code: 'invalid', expected: 'expect.number' }]);
    });
  });

  describe('within()', () => {
    const cases: Array<[string, (v: Range, t: string) => ReturnType<ReturnType<typeof within>>, Range, string | null]> = [
      ['within(1, 3)(2)', within('pue', 1, 3), point(2), null],
      ['within(1, 3)(1)', within('pue', 1, 3), point(1), null],
      ['within(1, 3)(3)', within('pue', 1, 3), point(3), null],
      ['within(1, 3)(0.5)', within('pue', 1, 3), point(0.5), 'expect.between'],
      ['within(1, 3)(1.1–3.5)', within('pue', 1, 3), range(1.1, 3.5), 'expect.between'],
      ['within(0, ∞, exclusive)(0)', within('gpus', 0, Infinity, true), point(0), 'expect.positive'],
      ['within(0, ∞, exclusive)(1e-9)', within('gpus', 0, Infinity, true), point(1e-9), null],
      ['within(5)(4)', within('x', 5), point(4), 'expect.atLeast'],
      ['within(0)(Infinity)', within('x', 0), point(Infinity), 'expect.atLeast'],
    ];
    cases.forEach(([name, check, v, expected]) => {
      it(`${name} is ${expected ?? 'accepted'}`, () => {
        const r = check(v, 'text');
        if (expected === null) expect(r.ok).to.equal(true);
        else expect(r.ok ? undefined : r.issue).to.include({ code: 'out-of-range', expected });
      });
    });
  });

  describe('readers', () => {
    it('readFigures() without as-of is the newest set', () => {
      expect(readFigures(new Reader({}))).to.equal(latestFigures);
    });
    it("readAccelerator({gpu: 'A100'}) is the A100", () => {
      expect(readAccelerator(new Reader({ gpu: 'A100' }), latestFigures, 'h100-sxm').id).to.equal('a100');
    });
    it("readAccelerator({gpu: 'tpu-v9'}) falls back and records one issue", () => {
      const r = new Reader({ gpu: 'tpu-v9' });
      expect(readAccelerator(r, latestFigures, 'h100-sxm').id).to.equal('h100-sxm');
      expect(r.issues).to.have.length(1);
    });
    it("readRegion({region: 'EU'}) is the European Union", () => {
      expect(readRegion(new Reader({ region: 'EU' }), latestFigures).id).to.equal('eu');
    });
    it("readCount({gpus: '50k-100k'}) is 50,000–100,000", () => {
      expect(readCount(new Reader({ gpus: '50k-100k' }), 'gpus')).to.deep.equal({ low: 50_000, mid: 75_000, high: 100_000 });
    });
    it("readShare({utilization: '61%'}) is 0.61", () => {
      expect(readShare(new Reader({ utilization: '61%' }), 'utilization')).to.deep.equal(point(0.61));
    });
    it("readMultiplier({pue: '1.56'}, max 3) is 1.56", () => {
      expect(readMultiplier(new Reader({ pue: '1.56' }), 'pue', 3)).to.deep.equal(point(1.56));
    });
  });
});
