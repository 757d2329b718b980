// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { expect } from '@open-wc/testing';
import { carbonClaimTarget, parseGrid, type CarbonEstimate } from '../../src/core/carbon.js';
import { carbonFigures } from '../../src/core/data/carbon.js';
import type { Attributes } from '../../src/core/inputs.js';
import type { IssueCode } from '../../src/core/issues.js';

import { point, range } from '../../src/core/range.js';
import { claim, expectRange } from '../helpers/core.js';
// Pinned to figures 2026-11, the numbers these tests hand-check (see test/helpers/pinned.ts).
import {
  estimateCarbon, estimatePower, readCarbonAttributes, nov as latestFigures,
} from '../helpers/pinned.js';

const equivalence = (e: CarbonEstimate, id: string) => {
  const found = e.equivalences.find((q) => q.id === id);
  if (!found) expect.fail(`no ${id} equivalence in ${JSON.stringify(e.equivalences.map((q) => q.id))}`);
  return found;
};

/** Regions with a sourced average grid intensity: the ids `grid` accepts. */
const GRIDS = Object.keys(carbonFigures(latestFigures.version).gridGPerKwh);

// The seed story's 370 GWh (figures.md §8) on the US grid, EIA FAQ 74 (2023 data): 0.81 lb/kWh = 367 g/kWh (figures.md §5):
//   370e9 Wh ÷ 1,000 = 370e6 kWh; × 367 g = 135,790e6 g; ÷ 1e6 = 135,790 t (figures.md §8d: "~136 kt").
const seed = estimateCarbon({ energy: 370e9 });
const SEED_TONNES = 135_790;

describe('carbon', () => {
  describe('estimateCarbon(): average grid intensity', () => {
    it('estimateCarbon({energy: 370e9}) emits 135,790 t on the US grid (370e6 kWh × 367 g/kWh, EIA FAQ 74, 2023)', () => {
      expectRange(seed.tonnes, SEED_TONNES, SEED_TONNES, SEED_TONNES);
      expect(seed.tonnes.mid).to.be.closeTo(136_000, 500);
    });
    it('estimateCarbon({energy: 370e9}) uses the US average 367 g/kWh, basis average', () => {
      expect(seed.intensity).to.deep.equal(point(367));
      expect(seed.basis).to.equal('average');
      expect(seed.gridRegion).to.equal('us');
      expect(seed.energyWh).to.deep.equal(point(370e9));
    });
    it('estimateCarbon({energy: 370e9}) cites EIA FAQ 74 for the intensity and marks it as a default', () => {
      const a = seed.assumptions.find((x) => x.id === 'intensity');
      expect(a?.source?.url).to.equal('https://www.eia.gov/tools/faqs/faq.php?id=74');
      expect(a?.overridden).to.equal(false);
      expect(a?.factor).to.equal(true);
    });
    it('estimateCarbon({energy: 370e9}) names figures version 2026-11', () => {
      expect(seed.figuresVersion).to.equal('2026-11');
    });

    const grids: ReadonlyArray<readonly [string, Parameters<typeof estimateCarbon>[0], number]> = [
      // Exactly: 1,000 MWh = 1e6 kWh × 500 g = 500e6 g = 500 t.
      ['estimateCarbon({energy: 1e9, grid: 500}) emits exactly 500 t (1,000 MWh × 500 g/kWh)', { energy: 1e9, grid: 500 }, 500],
      // Germany 381 g/kWh (Ember 2023, figures.md §5a): 370e6 kWh × 381 = 140,970 t.
      ["estimateCarbon({energy: 370e9, grid: 'de'}) emits 140,970 t (Germany, 381 g/kWh, Ember 2023)", { energy: 370e9, grid: 'de' }, 140_970],
      // China 555 g/kWh (Ember 2024): 370e6 × 555 = 205,350 t.
      ["estimateCarbon({energy: 370e9, grid: 'cn'}) emits 205,350 t (China, 555 g/kWh, Ember 2024)", { energy: 370e9, grid: 'cn' }, 205_350],
      // World 481 g/kWh (Ember via Statista, 2023): 370e6 × 481 = 177,970 t.
      ["estimateCarbon({energy: 370e9, grid: 'world'}) emits 177,970 t (world, 481 g/kWh)", { energy: 370e9, grid: 'world' }, 177_970],
      // figures.md §8d: 1.23 TWh at 0.367 kg/kWh ≈ 451 kt; 1.23e9 kWh × 367 = 451,410 t.
      ['estimateCarbon({energy: 1.23e12}) emits 451,410 t (figures.md §8d: ~451 kt)', { energy: 1.23e12 }, 451_410],
      // A power draw over the default year: 42e6 W × 8,760 h = 367.92 GWh; × 367 g/kWh ÷ 1e9 = 135,026.64 t.
      ['estimateCarbon({power: 42e6}) emits 135,026.64 t over a year (367.92 GWh × 367 g/kWh)', { power: 42e6 }, 135_026.64],
      ["estimateCarbon({energy: 370e9, region: 'de'}) uses the region's grid when no grid is given (140,970 t)", { energy: 370e9, region: 'de' }, 140_970],
    ];
    for (const [name, input, tonnes] of grids) {
      it(name, () => {
        expectRange(estimateCarbon(input).tonnes, tonnes, tonnes, tonnes);
      });
    }
    it('estimateCarbon({energy: 1e9, grid: 500}) has no grid region and marks the intensity as overridden', () => {
      const e = estimateCarbon({ energy: 1e9, grid: 500 });
      expect(e.gridRegion).to.equal(undefined);
      const a = e.assumptions.find((x) => x.id === 'intensity');
      expect(a?.overridden).to.equal(true);
      expect(a?.source).to.equal(undefined);
    });
    it('estimateCarbon({energy: range(1.1e12, 1.3e12)}) carries the energy range to the tonnes, bound by bound', () => {
      const e = estimateCarbon({ energy: range(1.1e12, 1.3e12, 1.2e12) });
      // 1.1e9 kWh × 367 = 403,700 t; 1.2e9 × 367 = 440,400 t; 1.3e9 × 367 = 477,100 t.
      expectRange(e.tonnes, 403_700, 440_400, 477_100);
    });
    it("estimateCarbon({grid: 'mars'}) throws RangeError /invalid grid/", () => {
      expect(() => estimateCarbon({ energy: 1e9, grid: 'mars' })).to.throw(RangeError, /invalid grid: mars$/);
    });
  });

  describe('estimateCarbon(): marginal intensity', () => {
    // EPA AVERT national marginal rate: 1,559 lb/MWh ≈ 707 g/kWh (figures.md §5). 370e6 kWh × 707 = 261,590 t.
    const marginal = estimateCarbon({ energy: 370e9, basis: 'marginal' });
    it("estimateCarbon({energy: 370e9, basis: 'marginal'}) emits 261,590 t on the US grid (707 g/kWh, EPA AVERT)", () => {
      expectRange(marginal.tonnes, 261_590, 261_590, 261_590);
      expect(marginal.intensity).to.deep.equal(point(707));
      expect(marginal.basis).to.equal('marginal');
    });
    it("estimateCarbon({energy: 370e9, basis: 'marginal'}) cites EPA and marks the intensity as overridden", () => {
      const a = marginal.assumptions.find((x) => x.id === 'intensity');
      expect(a?.source?.publisher).to.match(/Environmental Protection Agency/);
      expect(a?.overridden).to.equal(true);
    });
    it('carbonFigures(2026-11) has a marginal factor for the US only (707 g/kWh)', () => {
      const m = carbonFigures(latestFigures.version).marginalGPerKwh;
      expect(Object.keys(m)).to.deep.equal(['us']);
      expect(m.us.value).to.equal(707);
    });
    it("estimateCarbon({energy: 370e9, grid: 'de', basis: 'marginal'}) throws RangeError (no sourced marginal factor for Germany)", () => {
      expect(() => estimateCarbon({ energy: 370e9, grid: 'de', basis: 'marginal' })).to.throw(RangeError, /invalid grid: de$/);
    });
  });

  describe('estimateCarbon(): equivalences', () => {
    // Typical US passenger vehicle 4.7 t CO2 a year (EPA, figures.md §5): 135,790 ÷ 4.7 = 28,891.49 cars.
    // Gasoline 8,887 g CO2 per gallon (EPA): 135,790 ÷ 0.008887 = 15,279,621.9 gallons.
    // US home 10,791 kWh a year (EIA FAQ 97, 2022) × 367 g ÷ 1e6 = 3.960297 t; 135,790 ÷ 3.960297 = 34,287.83 homes,
    // the same as <power-equivalence>'s 370e9 Wh ÷ 10,791,000 Wh = 34,288 (figures.md §8b).
    const table: ReadonlyArray<readonly [string, number, number]> = [
      ['cars', 4.7, SEED_TONNES / 4.7],
      ['gasoline', 0.008887, SEED_TONNES / 0.008887],
      ['homes', 10_791 * 367 / 1e6, 34_287.832_452_97],
    ];
    for (const [id, unit, count] of table) {
      it(`estimateCarbon({energy: 370e9}) equals ${count.toFixed(2)} ${id} (135,790 t ÷ ${unit} t)`, () => {
        const q = equivalence(seed, id);
        expectRange(q.unitTonnes, unit, unit, unit);
        expectRange(q.count, count, count, count);
      });
    }
    it('estimateCarbon({energy: 370e9}) equals as many homes as estimatePower({energy: 370e9})', () => {
      const power = estimatePower({ energy: 370e9 }).equivalences.find((q) => q.id === 'homes');
      expect(equivalence(seed, 'homes').count.mid).to.be.closeTo(power!.count.mid, 1e-6);
    });
    it('estimateCarbon({energy: 370e9}) lists cars, homes, gasoline in that order, each with a source', () => {
      expect(seed.equivalences.map((q) => q.id)).to.deep.equal(['cars', 'homes', 'gasoline']);
      for (const q of seed.equivalences) expect(q.source.url, q.id).to.match(/^https:\/\//);
    });
    it("estimateCarbon({energy: 370e9, carbonCompare: ['cars']}) gives only cars", () => {
      expect(estimateCarbon({ energy: 370e9, carbonCompare: ['cars'] }).equivalences.map((q) => q.id)).to.deep.equal(['cars']);
    });
    it("estimateCarbon({energy: 370e9, grid: 'cn'}) has no homes (no sourced Chinese household figure)", () => {
      expect(estimateCarbon({ energy: 370e9, grid: 'cn' }).equivalences.map((q) => q.id)).to.deep.equal(['cars', 'gasoline']);
    });
    it('estimateCarbon({energy: 1e9, grid: 500}) counts US homes at 500 g/kWh: 1e6 kWh ÷ 10,791 kWh = 92.67 homes', () => {
      // 500 t ÷ (10,791 × 500 ÷ 1e6 = 5.3955 t) = 92.670 homes: the energy's homes whatever the grid.
      expect(equivalence(estimateCarbon({ energy: 1e9, grid: 500 }), 'homes').count.mid).to.be.closeTo(1e6 / 10_791, 1e-9);
    });
    it("estimateCarbon({energy: 370e9, grid: 'de'}) counts 115,337–117,684 German homes (3,144–3,208 kWh)", () => {
      // Same as power.test.ts: 370e9 ÷ 3,208,000 = 115,336.66; 370e9 ÷ 3,144,000 = 117,684.48.
      const q = equivalence(estimateCarbon({ energy: 370e9, grid: 'de' }), 'homes');
      expect(q.count.low).to.be.closeTo(115_336.66, 0.01);
      expect(q.count.high).to.be.closeTo(117_684.48, 0.01);
    });
  });

  describe('estimateCarbon(): a cluster, through the shared power model', () => {
    const cases: ReadonlyArray<readonly [string, Parameters<typeof estimateCarbon>[0]]> = [
      ['estimateCarbon({gpus: 1000}) emits estimatePower({gpus: 1000}).energyWh × 367 g/kWh, bound by bound', { gpus: 1000 }],
      ['estimateCarbon() emits the seed cluster\'s energy × 367 g/kWh (596.0–2,047.1 GWh → 218,743–751,288 t)', {}],
      ["estimateCarbon({gpus: 50000, gpu: 'b200', pue: 1.2, hours: 24}) emits estimatePower's energy × 367 g/kWh", { gpus: 50_000, gpu: 'b200', pue: 1.2, hours: 24 }],
    ];
    for (const [name, input] of cases) {
      it(name, () => {
        const e = estimateCarbon(input);
        const p = estimatePower(input).energyWh;
        expectRange(e.energyWh, p.low, p.mid, p.high);
        expectRange(e.tonnes, p.low * 367 / 1e9, p.mid * 367 / 1e9, p.high * 367 / 1e9);
      });
    }
    it('estimateCarbon() by default is 218,743.16 / 337,904.17 / 751,288.22 t (power.test.ts energy × 367 g/kWh)', () => {
      // 596,030,400,000 Wh × 367 ÷ 1e9 = 218,743.1568 t; 920,719,800,000 × 367 ÷ 1e9 = 337,904.1666 t;
      // 2,047,106,880,000 × 367 ÷ 1e9 = 751,288.225 t.
      expectRange(estimateCarbon().tonnes, 218_743.1568, 337_904.1666, 751_288.224_96);
    });
    it('estimateCarbon() lists the power model\'s factors and the intensity as assumptions', () => {
      const ids = estimateCarbon().assumptions.filter((a) => a.factor).map((a) => a.id);
      expect(ids).to.deep.equal(['gpus', 'tdp', 'overhead', 'utilization', 'pue', 'hours', 'intensity']);
    });
  });

  describe('parseGrid()', () => {
    const good: ReadonlyArray<readonly [string, string | number]> = [
      ['500 g/kWh', 500],
      ['500g/kWh', 500],
      ['0.5 kg/kWh', 500],
      ['500 gCO2/kWh', 500],
      ['500', 500],
      ['367.5', 367.5],
      ['us', 'us'],
      ['DE', 'de'],
      ['cn', 'cn'],
      [' world ', 'world'],
    ];
    for (const [text, value] of good) {
      it(`parseGrid('grid', '${text}') is ${JSON.stringify(value)}`, () => {
        const r = parseGrid('grid', text, GRIDS);
        expect(r.ok).to.equal(true);
        if (r.ok) {
          if (typeof value === 'number') expect(r.value as number).to.be.closeTo(value, 1e-9);
          else expect(r.value).to.equal(value);
        }
      });
    }
    const bad: ReadonlyArray<readonly [string, IssueCode]> = [
      ['mars', 'invalid'],
      ['uk', 'invalid'], // a region, but without a sourced intensity
      ['-5', 'out-of-range'],
      ['0', 'out-of-range'],
      ['5000 g/kWh', 'out-of-range'],
      ['5 kg/kWh', 'out-of-range'],
    ];
    for (const [text, code] of bad) {
      it(`parseGrid('grid', '${text}') is refused as ${code}`, () => {
        const r = parseGrid('grid', text, GRIDS);
        expect(r.ok).to.equal(false);
        if (!r.ok) {
          expect(r.issue.field).to.equal('grid');
          expect(r.issue.code).to.equal(code);
          expect(r.issue.params?.list).to.equal(GRIDS.join(', '));
        }
      });
    }
    it("the grids with a sourced intensity are 'us', 'de', 'cn', 'world'", () => {
      expect(GRIDS).to.deep.equal(['us', 'de', 'cn', 'world']);
    });
  });

  describe('readCarbonAttributes()', () => {
    it("readCarbonAttributes({energy: '370 GWh'}) estimates 135,790 t", () => {
      const { input, issues } = readCarbonAttributes({ energy: '370 GWh' });
      expect(issues).to.deep.equal([]);
      expectRange(estimateCarbon(input).tonnes, SEED_TONNES, SEED_TONNES, SEED_TONNES);
    });
    const grids: ReadonlyArray<readonly [string, string | number]> = [
      ['500 g/kWh', 500], ['0.5 kg/kWh', 500], ['500', 500], ['de', 'de'],
    ];
    for (const [text, value] of grids) {
      it(`readCarbonAttributes({grid: '${text}'}) reads grid ${JSON.stringify(value)}`, () => {
        const { input, issues } = readCarbonAttributes({ grid: text });
        expect(issues).to.deep.equal([]);
        expect(input.grid).to.equal(value);
      });
    }
    it("readCarbonAttributes({energy: '370 GWh', basis: 'marginal'}) estimates 261,590 t (US marginal 707 g/kWh)", () => {
      const { input, issues } = readCarbonAttributes({ energy: '370 GWh', basis: 'marginal' });
      expect(issues).to.deep.equal([]);
      expect(input.basis).to.equal('marginal');
      expectRange(estimateCarbon(input).tonnes, 261_590, 261_590, 261_590);
    });
    it("readCarbonAttributes({basis: 'marginal', grid: 'de'}) reports one 'unsupported' issue on basis and uses the German average", () => {
      const { input, issues } = readCarbonAttributes({ energy: '370 GWh', basis: 'marginal', grid: 'de' });
      expect(issues.map((i) => `${i.field}:${i.code}`)).to.deep.equal(['basis:unsupported']);
      expect(issues[0].params?.list).to.equal('us');
      expect(input.basis).to.equal(undefined);
      const e = estimateCarbon(input);
      expect(e.basis).to.equal('average');
      expect(e.intensity).to.deep.equal(point(381));
      expectRange(e.tonnes, 140_970, 140_970, 140_970);
    });
    it("readCarbonAttributes({basis: 'marginal', grid: '500'}) reports one 'unsupported' issue on basis and keeps the grid", () => {
      const { input, issues } = readCarbonAttributes({ energy: '1 GWh', basis: 'marginal', grid: '500' });
      expect(issues.map((i) => `${i.field}:${i.code}`)).to.deep.equal(['basis:unsupported']);
      expect(input.grid).to.equal(500);
      expectRange(estimateCarbon(input).tonnes, 500, 500, 500);
    });
    it("readCarbonAttributes({compare: 'cars, homes'}) reads the equivalences", () => {
      const { input, issues } = readCarbonAttributes({ compare: 'cars, homes' });
      expect(issues).to.deep.equal([]);
      expect(input.carbonCompare).to.deep.equal(['cars', 'homes']);
    });
    it("readCarbonAttributes({claim: 'about 136,000 tonnes of CO2'}) reads a claim of 136,000 tonnes", () => {
      const { claim: c } = readCarbonAttributes({ claim: 'about 136,000 tonnes of CO2' });
      expect(c?.kind).to.equal('count');
      expect(c?.noun).to.equal('tonnes');
      expect(c?.value).to.equal(136_000);
    });

    // Each bad attribute gives exactly one issue, on that attribute.
    const bad: ReadonlyArray<readonly [Attributes, string, IssueCode]> = [
      [{ energy: '370 GWh', power: '42 MW' }, 'power', 'conflict'],
      [{ energy: '370 GWh', gpus: '100k' }, 'gpus', 'conflict'],
      [{ power: '42 MW', gpus: '100k' }, 'gpus', 'conflict'],
      [{ energy: 'lots' }, 'energy', 'invalid'],
      [{ power: '42 GWh' }, 'power', 'invalid'],
      [{ gpus: '-5' }, 'gpus', 'out-of-range'],
      [{ gpu: 'tpu-v9' }, 'gpu', 'unknown'],
      [{ utilization: '150%' }, 'utilization', 'out-of-range'],
      [{ overhead: '9' }, 'overhead', 'out-of-range'],
      [{ pue: '0.9' }, 'pue', 'out-of-range'],
      [{ hours: '0' }, 'hours', 'out-of-range'],
      [{ grid: 'mars' }, 'grid', 'invalid'],
      [{ grid: '-5' }, 'grid', 'out-of-range'],
      [{ grid: '5000 g/kWh' }, 'grid', 'out-of-range'],
      [{ basis: 'median' }, 'basis', 'unknown'],
      [{ basis: 'marginal', grid: 'cn' }, 'basis', 'unsupported'],
      [{ compare: 'cars,planes' }, 'compare', 'unknown'],
      [{ 'as-of': '1999-01' }, 'as-of', 'unknown'],
      [{ claim: 'a lot of CO2' }, 'claim', 'invalid'],
    ];
    for (const [attrs, field, code] of bad) {
      it(`readCarbonAttributes(${JSON.stringify(attrs)}) reports exactly one '${code}' issue on ${field}`, () => {
        const { issues } = readCarbonAttributes(attrs);
        expect(issues.map((i) => `${i.field}:${i.code}`)).to.deep.equal([`${field}:${code}`]);
      });
    }
    it("readCarbonAttributes({energy: '370 GWh', power: '42 MW'}) keeps the energy", () => {
      const { input } = readCarbonAttributes({ energy: '370 GWh', power: '42 MW' });
      expect(input.energy).to.deep.equal(point(370e9));
      expect(input.power).to.equal(undefined);
    });
    it("readCarbonAttributes({grid: 'mars'}) falls back to the US grid", () => {
      const { input } = readCarbonAttributes({ energy: '370 GWh', grid: 'mars' });
      expect(input.grid).to.equal(undefined);
      expectRange(estimateCarbon(input).tonnes, SEED_TONNES, SEED_TONNES, SEED_TONNES);
    });
  });

  describe('carbonClaimTarget()', () => {
    const targets: ReadonlyArray<readonly [string, 'tonnes' | 'cars' | 'homes' | undefined, number]> = [
      ['about 136,000 tonnes of CO2', 'tonnes', 136_000],
      ['over 130,000 metric tons of CO2', 'tonnes', 130_000],
      ['136 thousand tonnes', 'tonnes', 136_000],
      // "t" is listed as a tonnes noun in parse.ts NOUNS, but leadingNumber reads it first as the
      // multiplier "t" (trillion): parseClaim gives 1.36e17 with noun 'co2'. Known src bug, kept failing.
      ['about 136,000 t CO2', 'tonnes', 136_000],
      ['over 30,000 cars', 'cars', 30_000],
      ['34,000 homes', 'homes', 34_000],
      ['$2 billion', undefined, 0],
      ['370 GWh', undefined, 0],
    ];
    for (const [text, target, value] of targets) {
      it(`carbonClaimTarget('${text}') ${target ? `checks the ${target}` : 'is undefined'}`, () => {
        const c = claim(text);
        const t = carbonClaimTarget(c, seed);
        if (target === undefined) {
          expect(t).to.equal(undefined);
          return;
        }
        expect(c.value).to.equal(value);
        expect(t).to.equal(target === 'tonnes' ? seed.tonnes : equivalence(seed, target).count);
      });
    }
    it("carbonClaimTarget('over 30,000 cars') is undefined when cars are not compared", () => {
      const e = estimateCarbon({ energy: 370e9, carbonCompare: ['homes'] });
      expect(carbonClaimTarget(claim('over 30,000 cars'), e)).to.equal(undefined);
    });
  });
});
