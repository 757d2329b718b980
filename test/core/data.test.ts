// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { expect } from '@open-wc/testing';
import { figureSets, figuresAsOf, latestFigures, type Source } from '../../src/core/data/index.js';
import { figures as f202611 } from '../../src/core/data/2026-11.js';

/** Every object in a figure set that looks like a source (has a url), with its path. */
function sources(value: unknown, path = '', out: Array<[string, Source]> = []): Array<[string, Source]> {
  if (typeof value !== 'object' || value === null) return out;
  if ('url' in value && 'title' in value) out.push([path, value as Source]);
  for (const [k, v] of Object.entries(value)) sources(v, path ? `${path}.${k}` : k, out);
  return out;
}

describe('data', () => {
  describe('figure sets', () => {
    it('figureSets is not empty and latestFigures is its last entry', () => {
      expect(figureSets.length).to.be.greaterThan(0);
      expect(latestFigures).to.equal(figureSets[figureSets.length - 1]);
    });
    figureSets.forEach((set) => {
      it(`figure set ${set.version} has a YYYY-MM version`, () => {
        expect(set.version).to.match(/^\d{4}-\d{2}$/);
      });
    });
    it('figureSets are ordered oldest first, without duplicates', () => {
      const versions = figureSets.map((s) => s.version);
      expect(versions).to.deep.equal([...new Set(versions)].sort());
    });
  });

  describe('figuresAsOf()', () => {
    const cases: Array<[string, string | undefined]> = [
      ['2026-11', '2026-11'],
      ['2026-12', '2026-12'],
      // A date takes the newest set published on or before it.
      ['2026-11-30', '2026-11'],
      ['2026-12-24', '2026-12'],
      ['2027-03-15', '2026-12'],
      [' 2026-11 ', '2026-11'],
      // Older than every set.
      ['2026-10', undefined],
      ['2020-01', undefined],
      ['1999-01', undefined],
      // Not a version or a date.
      ['2026-1', undefined],
      ['November 2026', undefined],
      ['', undefined],
    ];
    cases.forEach(([asOf, version]) => {
      it(`figuresAsOf('${asOf}') is ${version === undefined ? 'undefined' : `the ${version} set`}`, () => {
        const set = figuresAsOf(asOf);
        if (version === undefined) expect(set).to.equal(undefined);
        else expect(set?.version).to.equal(version);
      });
    });
    it("figuresAsOf('2026-11') is the very object exported by data/2026-11", () => {
      expect(figuresAsOf('2026-11')).to.equal(f202611);
    });
  });

  figureSets.forEach((set) => {
    describe(`figures ${set.version}`, () => {
      Object.entries(set.accelerators).forEach(([key, a]) => {
        it(`accelerator ${key} has its id as key, a name, a positive finite bf16 and a sourced figure for each value`, () => {
          expect(a.id).to.equal(key);
          expect(a.name).to.be.a('string').and.not.equal('');
          expect(Number.isFinite(a.bf16.value) && a.bf16.value > 0, 'bf16').to.equal(true);
          if (a.fp8) expect(a.fp8.value, 'fp8 ≥ bf16').to.be.at.least(a.bf16.value);
          if (a.tdp) expect(Number.isFinite(a.tdp.value) && a.tdp.value > 0, 'tdp').to.equal(true);
          if (a.price) {
            expect(a.price.value.low).to.be.greaterThan(0);
            expect(a.price.value.low).to.be.at.most(a.price.value.mid);
            expect(a.price.value.mid).to.be.at.most(a.price.value.high);
          }
          expect(a.memoryGB).to.be.greaterThan(0);
        });
      });

      Object.entries(set.regions).forEach(([key, r]) => {
        it(`region ${key} has its id as key and positive figures where it has any`, () => {
          expect(r.id).to.equal(key);
          expect(r.name).to.be.a('string').and.not.equal('');
          const h = r.householdKwh?.value;
          if (h !== undefined) expect(typeof h === 'number' ? h : h.low).to.be.greaterThan(0);
          if (r.demandTwh) expect(r.demandTwh.value).to.be.greaterThan(0);
        });
      });

      it('every source has a title, a publisher, an https url and a plausible year', () => {
        const all = sources(set);
        expect(all.length).to.be.greaterThan(10);
        for (const [path, s] of all) {
          expect(s.title, `${path}.title`).to.be.a('string').and.not.equal('');
          expect(s.publisher, `${path}.publisher`).to.be.a('string').and.not.equal('');
          expect(s.url, `${path}.url`).to.match(/^https:\/\/[^\s]+$/);
          expect(() => new URL(s.url), `${path}.url`).not.to.throw();
          expect(s.year, `${path}.year`).to.be.within(2000, Number(set.version.slice(0, 4)));
          expect(['verified', 'secondary', 'estimate', 'derived'], `${path}.status`).to.include(s.status);
        }
      });

      it('the seed accelerator exists and has a rated power', () => {
        expect(set.accelerators[set.seed.gpu]?.tdp).to.not.equal(null);
      });

      it('ranged defaults keep low ≤ mid ≤ high', () => {
        for (const f of [set.serverOverhead, set.utilization, set.pue]) {
          expect(f.value.low).to.be.at.most(f.value.mid);
          expect(f.value.mid).to.be.at.most(f.value.high);
        }
      });
    });
  });

  describe('figures 2026-11 match the reference table (figures.md)', () => {
    const f = f202611;
    const cases: Array<[string, unknown, unknown]> = [
      // §1a: H100 SXM 700 W, 989.4 dense BF16 TFLOP/s.
      ['H100 SXM TDP, W', f.accelerators['h100-sxm'].tdp?.value, 700],
      ['H100 SXM dense BF16, TFLOP/s', f.accelerators['h100-sxm'].bf16.value, 989.4],
      // §4: EIA FAQ 97, 2022: 10,791 kWh per US household.
      ['US household, kWh/yr', f.regions.us.householdKwh?.value, 10_791],
      // §4: Ember via OWID, US demand 2024: 4,405 TWh.
      ['US demand, TWh/yr', f.regions.us.demandTwh?.value, 4405],
      // §4: DOE VTO Fact #994: 2,800 kWh a year.
      ['EV, kWh/yr', f.evKwh.value, 2800],
      // §4: 1 GW × 8,760 h × 0.927 = 8.12 TWh.
      ['1-GW reactor, TWh/yr', f.reactorTwh.value, 8.12],
      ['hours per year', f.hoursPerYear, 8760],
      // §8d: chip-to-server 1.8 (Epoch), 1.82 (DGX H100), 2.14 (SemiAnalysis 1,500 W ÷ 700 W).
      ['server overhead', f.serverOverhead.value, { low: 1.8, mid: 1.82, high: 2.14 }],
      // Epoch AI energy.py: average draw 0.75, interval 0.5–1.0.
      ['utilization', f.utilization.value, { low: 0.5, mid: 0.75, high: 1 }],
      // §3/§8d: Meta 1.08, Google 1.10, Uptime 1.56.
      ['PUE', f.pue.value, { low: 1.08, mid: 1.1, high: 1.56 }],
      // §8: the seed cluster, 100,000 H100s.
      ['seed GPUs', f.seed.gpus.value, 100_000],
      ['seed GPU', f.seed.gpu, 'h100-sxm'],
      ['China households', f.regions.cn.householdKwh, null],
    ];
    cases.forEach(([name, actual, expected]) => {
      it(`${name} is ${JSON.stringify(expected)}`, () => {
        expect(actual).to.deep.equal(expected);
      });
    });
  });
});
