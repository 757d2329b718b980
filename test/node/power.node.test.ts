// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Share claims in <power-equivalence> (issue 14): "4.4 % of US electricity", "a tenth of all data
// centres' electricity", in English, German, French and Spanish. Figures 2026-12: US demand
// 4,405 TWh (Ember, 2024); US data centres 176 TWh, 4.4 % of US electricity (LBNL, 2023), so
// LBNL's own total is 176 ÷ 0.044 = 4,000 TWh; world data centres 415 TWh (IEA, 2024).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { latestFigures } from '../../src/core/data/index.js';
import { calculatePower, claimRegion, shareBase } from '../../src/core/power.js';
import { parseClaim } from '../../src/core/parse.js';
import { de } from '../../src/locales/de.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';

// The catalogs register their words and region names when they load (a bare import would be
// dropped by the bundler: the package declares src side-effect free).
test('the German, French and Spanish catalogs are loaded, with their names for the US', () => {
  assert.deepEqual([de, fr, es].map((c) => c['region.us']), ['den USA', 'aux États-Unis', 'Estados Unidos']);
});

const near = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.abs(expected) + 1e-12, `${what}: ${actual}, expected ${expected}`);

function verdict(attrs: Record<string, string>) {
  const c = calculatePower(attrs);
  assert.deepEqual(c.issues, [], JSON.stringify(c.issues));
  const v = c.estimate.claimCheck?.verdict;
  assert.ok(v, 'a verdict');
  return v;
}

describe('parseClaim reads shares', () => {
  const cases: Array<[string, number, string, string]> = [
    ['4.4 % of US electricity', 0.044, 'share', 'approx'],
    ['4.4% of all electricity used in the US', 0.044, 'share', 'approx'],
    ['about 1 % of the world\'s data-centre electricity', 0.01, 'datacentres', 'approx'],
    ['a tenth of all data centres\' electricity', 0.1, 'datacentres', 'approx'],
    ['more than half of US electricity', 0.5, 'share', 'min'],
    ['one quarter of the world\'s electricity', 0.25, 'share', 'approx'],
    ['12 percent of US electricity', 0.12, 'share', 'approx'],
  ];
  for (const [text, value, noun, qualifier] of cases) {
    test(`parseClaim('${text}') is a ${noun} of ${value}, ${qualifier}`, () => {
      const r = parseClaim('claim', text);
      assert.ok(r.ok);
      assert.equal(r.value.kind, 'share');
      near(r.value.value, value, 'value');
      assert.equal(r.value.noun, noun);
      assert.equal(r.value.qualifier, qualifier);
    });
  }
  test('other claims read as before: "over 34 million households" is a count of homes', () => {
    const r = parseClaim('claim', 'over 34 million households');
    assert.ok(r.ok);
    assert.deepEqual([r.value.kind, r.value.value, r.value.noun], ['count', 34e6, 'homes']);
  });
});

describe('LBNL\'s US figures are in the data, sourced', () => {
  const us = latestFigures.regions.us;
  test('176 TWh and 4.4 % in 2023, 6.7–12 % in 2028, each with title, publisher, link, year and how checked', () => {
    assert.equal(us.dataCentreTwh?.value, 176);
    assert.equal(us.dataCentreShare?.value, 0.044);
    assert.deepEqual([us.dataCentreOutlook?.value.low, us.dataCentreOutlook?.value.high], [0.067, 0.12]);
    for (const f of [us.dataCentreTwh!, us.dataCentreShare!, us.dataCentreOutlook!]) {
      assert.ok(f.unit);
      assert.match(f.source.publisher, /Lawrence Berkeley/);
      assert.match(f.source.url, /^https:\/\//);
      assert.match(f.source.title, /4\.4% in 2023; 6\.7–12% in 2028/);
      assert.ok(f.source.year >= 2023 && f.source.status);
    }
    assert.match(us.dataCentreOutlook!.source.note!, /^Projection for 2028/);
  });
  test('a share of US electricity is taken of 4,000 TWh (176 ÷ 0.044, LBNL 2023) to 4,405 TWh (Ember 2024)', () => {
    const b = shareBase('share', us)!;
    near(b.low, 4000e12, 'low');
    near(b.mid, 4405e12, 'mid');
    near(b.high, 4405e12, 'high');
  });
  test('without a report share the base is the demand alone: the world 30,856 TWh; data centres 415 TWh', () => {
    const w = latestFigures.regions.world;
    assert.deepEqual(shareBase('share', w), { low: 30_856e12, mid: 30_856e12, high: 30_856e12 });
    assert.deepEqual(shareBase('datacentres', w), { low: 415e12, mid: 415e12, high: 415e12 });
  });
});

describe('calculatePower checks share claims', () => {
  test('176 TWh is "4.4 % of US electricity": 176/4,405 = 3.995 % to 176/4,000 = 4.4 %, consistent', () => {
    const v = verdict({ energy: '176 TWh', claim: '4.4 % of US electricity' });
    assert.equal(v.kind, 'consistent');
    near(v.estimate.low, 176 / 4405, 'low');
    near(v.estimate.high, 0.044, 'high');
  });
  test('the same share against Ember alone (figures 2026-11 have no LBNL share) is 0.044 ÷ 0.03996 = 1.10 times too high', () => {
    // 4,405 TWh × 1.1 tolerance: 176/4,405 × 1.1 = 0.043951 < 0.044, just outside.
    const v = verdict({ 'as-of': '2026-11', energy: '176 TWh', claim: '4.4 % of US electricity' });
    assert.equal(v.kind, 'too-high');
    near(v.factor, 0.044 / (176 / 4405), 'factor');
  });
  test('176 TWh as "12 % of US electricity" is 0.12 ÷ (176/4,405) = 3.003 times too high', () => {
    const v = verdict({ energy: '176 TWh', claim: '12 % of US electricity' });
    assert.equal(v.kind, 'too-high');
    near(v.factor, 0.12 / (176 / 4405), 'factor');
    assert.ok(Math.abs(v.factor - 3.0034) < 1e-4);
  });
  test('370 GWh as "about 1 % of the world\'s data-centre electricity" is 0.01 ÷ (370/415,000) = 11.2 times too high', () => {
    const v = verdict({ energy: '370 GWh', region: 'world', claim: 'about 1 % of the world\'s data-centre electricity' });
    assert.equal(v.kind, 'too-high');
    near(v.factor, 0.01 / (0.37 / 415), 'factor');
    assert.ok(Math.abs(v.factor - 11.2162) < 1e-4);
  });
  test('17.6 TWh is "a tenth of all data centres\' electricity" in the US (176 TWh); for 1.76 TWh (1 %) it is 10 times too high', () => {
    assert.equal(verdict({ energy: '17.6 TWh', claim: 'a tenth of all data centres\' electricity' }).kind, 'consistent');
    const high = verdict({ energy: '1.76 TWh', claim: 'a tenth of all data centres\' electricity' });
    assert.equal(high.kind, 'too-high');
    near(high.factor, 0.1 / (1.76 / 176), 'factor');
  });
  test('2,202.5 TWh is "half of US electricity" (2,202.5 / 4,405 = 0.5)', () => {
    assert.equal(verdict({ energy: '2202.5 TWh', claim: 'half of US electricity' }).kind, 'consistent');
  });
  test('a cluster\'s share: 100,000 H100 (920.7198 GWh central) as "0.02 % of US electricity" = 0.02 ÷ 0.0209 ≈ consistent', () => {
    // 920.7198 GWh ÷ 4,405 TWh = 0.0209 %; 0.02 % is within the range and its 10 % tolerance.
    assert.equal(verdict({ claim: '0.02 % of US electricity' }).kind, 'consistent');
  });
  test('the claim\'s energy is drawn on the chart: 4.4 % × 4,405 TWh = 193.82 TWh', () => {
    const c = calculatePower({ energy: '176 TWh', claim: '4.4 % of US electricity' });
    near(c.estimate.claimCheck!.energyWh!, 0.044 * 4405e12, 'energy');
  });
  test('the disclosure cites LBNL (176 TWh) and Ember when a US share is checked', () => {
    const c = calculatePower({ energy: '176 TWh', claim: '4.4 % of US electricity' });
    const ids = c.estimate.assumptions.map((a) => a.id);
    assert.deepEqual(ids.filter((id) => id === 'share' || id === 'datacentres'), ['share', 'datacentres']);
    assert.match(c.estimate.assumptions.find((a) => a.id === 'datacentres')!.source!.publisher, /Lawrence Berkeley/);
  });
});

describe('share claims in German, French and Spanish, as newsrooms print them', () => {
  const cases: Array<[string, string, string]> = [
    ['de', '4,4 % des Stroms in den USA', 'consistent'],
    ['de', 'rund 4,4 Prozent des Stroms in den USA', 'consistent'],
    ['fr', '4,4 % de l\'électricité des États-Unis', 'consistent'],
    ['fr', 'près de 4,4 % de l’électricité aux États-Unis', 'consistent'],
    ['es', 'el 4,4 % de la electricidad de EE. UU.', 'consistent'],
    ['es', 'más del 12 % de la electricidad de Estados Unidos', 'too-high'],
    ['de', 'die Hälfte des Stroms in den USA', 'too-high'],
    ['fr', 'la moitié de l\'électricité des États-Unis', 'too-high'],
    ['es', 'la mitad de la electricidad de EE. UU.', 'too-high'],
  ];
  for (const [locale, claim, kind] of cases) {
    test(`${locale}: 176 TWh as „${claim}“ is ${kind}`, () => {
      assert.equal(verdict({ locale, energy: '176 TWh', claim }).kind, kind);
    });
  }
  test('de: "rund die Hälfte des Stroms aller Rechenzentren der Welt" is half of 415 TWh: 207.5 TWh is consistent', () => {
    const c = calculatePower({ locale: 'de', energy: '207,5 TWh', region: 'world', claim: 'rund die Hälfte des Stroms aller Rechenzentren der Welt' });
    assert.deepEqual(c.issues, []);
    assert.equal(c.claim?.noun, 'datacentres');
    assert.equal(c.estimate.claimCheck?.verdict.kind, 'consistent');
  });
  test('es: "más del 4 %" is a lower bound; fr: "environ 1 % des centres de données dans le monde" reads data centres of the world', () => {
    assert.equal(calculatePower({ locale: 'es', energy: '176 TWh', claim: 'más del 4 % de la electricidad de EE. UU.' }).claim?.qualifier, 'min');
    const fr1 = calculatePower({ locale: 'fr', energy: '370 GWh', region: 'world', claim: 'environ 1 % de l’électricité des centres de données dans le monde' });
    assert.deepEqual(fr1.issues, []);
    assert.equal(fr1.claim?.noun, 'datacentres');
    assert.equal(fr1.estimate.claimCheck?.verdict.kind, 'too-high');
  });
});

describe('share claims that cannot be checked say why', () => {
  test('a claim about the US on a German element conflicts with region, naming Germany', () => {
    const c = calculatePower({ energy: '176 TWh', region: 'de', claim: '4.4 % of US electricity' });
    assert.equal(c.estimate.claimCheck, undefined);
    assert.deepEqual(c.issues, [{ field: 'claim', value: '4.4 % of US electricity', code: 'conflict', expected: 'expect.claimRegion', params: { region: 'Germany' } }]);
  });
  test('in German the region is named as the catalog names it: "den USA" on a US element, a claim about Germany', () => {
    const c = calculatePower({ locale: 'de', energy: '176 TWh', claim: '4,4 % des Stroms in Deutschland' });
    assert.deepEqual(c.issues.map((i) => [i.code, i.params]), [['conflict', { region: 'den USA' }]]);
  });
  test('"Deutschland" is not read as "EU", nor "the world" on a US element as the US', () => {
    assert.equal(claimRegion('4,4 % des Stroms in Deutschland', latestFigures, 'de'), 'de');
    assert.equal(claimRegion('1 % of the world\'s electricity', latestFigures, 'en'), 'world');
    assert.equal(claimRegion('a tenth of all data centres\' electricity', latestFigures, 'en'), undefined);
    assert.equal(claimRegion('el 3 % de la electricidad de la UE', latestFigures, 'es'), 'eu');
    assert.equal(claimRegion('el 4,4 % de la electricidad de EE. UU.', latestFigures, 'es'), 'us');
  });
  test('a region with no figure for it lists the regions that have one', () => {
    const c = calculatePower({ energy: '1 TWh', region: 'uk', claim: '1 % of electricity' });
    assert.equal(c.issues.length, 1);
    assert.equal(c.issues[0].code, 'unsupported');
    assert.equal(c.issues[0].expected, 'expect.regionData');
    const dc = calculatePower({ energy: '1 TWh', region: 'de', claim: '1 % of data centres\' electricity' });
    assert.deepEqual(dc.issues.map((i) => [i.code, i.params]), [['unsupported', { list: 'us, world' }]]);
  });
  for (const claim of ['140 % of US electricity', '-5 % of US electricity']) {
    test(`"${claim}" is out of range: a value from 0 % to 100 %`, () => {
      const c = calculatePower({ energy: '176 TWh', claim });
      assert.deepEqual(c.issues, [{ field: 'claim', value: claim, code: 'out-of-range', expected: 'expect.between', params: { min: '0 %', max: '100 %' } }]);
      assert.equal(c.estimate.claimCheck, undefined);
    });
  }
});
