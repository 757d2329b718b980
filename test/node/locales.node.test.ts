// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The German, French and Spanish catalogs against the English one, and attributes read in each
// language (issue 13). The type check already refuses a missing or misspelled key; these tests
// hold what types cannot: the same placeholders, plural forms, and how authors' text is read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calculateCarbon } from '../../src/core/carbon.js';
import { calculateCost } from '../../src/core/cost.js';
import { formatMoney } from '../../src/core/format.js';
import { enAll } from '../../src/core/messages/en-all.js';
import { addMessages, translate, type Message } from '../../src/core/messages/index.js';
import { calculatePower } from '../../src/core/power.js';
import { calculateTraining } from '../../src/core/training.js';
import { delocalize } from '../../src/core/words.js';
import { enInference } from '../../src/core/messages/en-inference.js';
import { de } from '../../src/locales/de.js';
import { deInference } from '../../src/locales/de-inference-energy.js';
import { es } from '../../src/locales/es.js';
import { esInference } from '../../src/locales/es-inference-energy.js';
import { fr } from '../../src/locales/fr.js';
import { frInference } from '../../src/locales/fr-inference-energy.js';

addMessages(enAll);
// Each language's words: its catalog and the part only <inference-energy> fetches (locales/<lang>-inference-energy.js).
const PARTS = { de: deInference, fr: frInference, es: esInference } as const;
const CATALOGS = { de: { ...de, ...deInference }, fr: { ...fr, ...frInference }, es: { ...es, ...esInference } } as const;

for (const [lang, part] of Object.entries(PARTS)) {
  test(`the ${lang} catalog leaves <inference-energy>'s words to its part, which has exactly them`, () => {
    const main = { de, fr, es }[lang as 'de'] as Readonly<Record<string, unknown>>;
    assert.deepEqual(Object.keys(enInference).filter((k) => k in main), []);
    assert.deepEqual(Object.keys(part).sort(), Object.keys(enInference).sort());
  });
}
const english = enAll as Readonly<Record<string, Message>>;
const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m));
const placeholders = (m: Message) => [...new Set(forms(m).flatMap((f) => [...f.matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

for (const [lang, catalog] of Object.entries(CATALOGS)) {
  const own = catalog as Readonly<Record<string, Message>>;
  describe(`the ${lang} catalog`, () => {
    test('has every English key, and besides them only region names', () => {
      assert.deepEqual(Object.keys(english).filter((k) => !(k in own)), []);
      assert.deepEqual(Object.keys(own).filter((k) => !(k in english) && !k.startsWith('region.')), []);
    });
    test('uses the same placeholders as English in every message', () => {
      for (const key of Object.keys(english)) assert.deepEqual(placeholders(own[key]), placeholders(english[key]), key);
    });
    test('has a plural message wherever English has one, with a form for "one" and "other" and # where English counts', () => {
      for (const [key, m] of Object.entries(english)) {
        if (typeof m === 'string') continue;
        const t = own[key];
        assert.equal(typeof t, 'object', key);
        const p = t as Exclude<Message, string>;
        assert.ok(p.one && p.other, key);
        if (m.other.includes('#')) assert.ok(p.one.includes('#') && p.other.includes('#'), key);
      }
    });
    test('has no English sentence left untranslated', () => {
      // Only texts without words of their own ("{name} ({status})") or that are the same in both
      // languages ("Total", "GPUs", "Sources") may stay as they are.
      const words = (k: string) => (english[k] as string).replace(/\{\w+\}/g, '').match(/\p{L}{3,}/gu) ?? [];
      const same = Object.keys(english).filter((k) => typeof english[k] === 'string' && own[k] === english[k] && words(k).length > 1);
      assert.deepEqual(same, []);
    });
    test('selects its plural forms with Intl.PluralRules', () => {
      assert.notEqual(translate(lang, 'train.days', { count: 1, countText: '1' }), translate(lang, 'train.days', { count: 2, countText: '2' }));
    });
  });
}

describe('French and Spanish counts in words take "de" before their noun', () => {
  test("translate('fr', 'power.eq.homes') with 34 millions", () => {
    assert.equal(translate('fr', 'power.eq.homes', { count: 34e6, countText: '34 millions', region: 'aux États-Unis' }),
      'autant que la consommation annuelle de 34 millions de foyers aux États-Unis');
  });
  test("translate('es', 'power.count.homes') after 2,5 millones", () => {
    assert.equal(translate('es', 'power.count.homes', { count: 2.5e6, countText: '2,5 millones', region: 'España' }), 'de hogares en España');
  });
  test("translate('fr', 'train.sub') joins GPU-hours in millions with d’", () => {
    assert.equal(translate('fr', 'train.sub', { gpuHours: '25–30 millions', energy: '17–71 GWh' }), '25–30 millions d’heures-GPU, 17–71 GWh d’électricité.');
  });
  test("translate('es', 'train.sub') joins GPU-hours in millions with de", () => {
    assert.equal(translate('es', 'train.sub', { gpuHours: '25-30 millones', energy: '17-71 GWh' }), '25-30 millones de horas de GPU, 17-71 GWh de electricidad.');
  });
  test("translate('fr', 'carbon.count.cars') under a million takes none", () => {
    assert.equal(translate('fr', 'carbon.count.cars', { count: 500, countText: '500' }), 'voitures roulant pendant un an');
  });
});

describe('delocalize(text, locale)', () => {
  const cases: ReadonlyArray<readonly [string, string, string | undefined]> = [
    ['1,5 TWh', 'fr', '1.5 TWh'],
    ['über 34 Millionen Haushalte', 'de', 'over 34 million households'],
    ['mehr als 2 Mrd. $', 'de', 'over 2 billion $'],
    ['mindestens 370 GWh pro Jahr', 'de', 'at least 370 GWh a year'],
    ['rund 136.000 Tonnen', 'de', 'about 136000 tonnes'],
    ['plus de 34 millions de foyers', 'fr', 'over 34 million households'],
    ['au moins 370 GWh par an', 'fr', 'at least 370 GWh a year'],
    ['environ 2,5 milliards de dollars', 'fr', 'about 2.5 billion dollars'],
    ['más de 34 millones de hogares', 'es', 'over 34 million households'],
    ['al menos 370 GWh al año', 'es', 'at least 370 GWh a year'],
    ['unos 2.500 millones de dólares', 'es', 'about 2500 million dollars'],
    ['alrededor de 2,5 mil millones de dólares', 'es', 'about 2.5 billion dollars'],
    ['1.234,5', 'de', '1234.5'],
    ['1,234.5', 'de', '1234.5'],
    ['1,500', 'de', undefined],
    ['1,500', 'fr', undefined],
    ['1,500', 'en', '1,500'],
    ['2026-11', 'de', '2026-11'],
    ['over 34 million households', 'es', 'over 34 million households'],
  ];
  for (const [text, locale, expected] of cases) {
    test(`delocalize(${JSON.stringify(text)}, '${locale}') is ${JSON.stringify(expected)}`, () => assert.equal(delocalize(text, locale), expected));
  }
});

describe('claims in each language are checked as their English form is', () => {
  const english = calculatePower({ energy: '370 GWh', claim: 'over 34 million households' }).estimate.claimCheck!.verdict;
  for (const [locale, claim] of [['de', 'über 34 Millionen Haushalte'], ['fr', 'plus de 34 millions de foyers'], ['es', 'más de 34 millones de hogares']] as const) {
    test(`calculatePower({energy: '370 GWh', claim: '${claim}', locale: '${locale}'}) is about 1,000 times too high`, () => {
      const c = calculatePower({ energy: '370 GWh', claim, locale });
      assert.deepEqual(c.issues, []);
      const v = c.estimate.claimCheck!.verdict;
      assert.equal(v.kind, 'too-high');
      assert.equal(v.factor, english.factor);
      // 34 million ÷ 34,288 US homes (370 GWh ÷ 10,791 kWh, EIA) ≈ 990.
      assert.ok(v.factor > 900 && v.factor < 1100);
      assert.equal(v.claim.text, claim);
    });
  }
  test("calculatePower({energy: '1,5 TWh', locale: 'fr'}) is 1.5 TWh", () => {
    const c = calculatePower({ energy: '1,5 TWh', locale: 'fr' });
    assert.deepEqual(c.issues, []);
    assert.equal(c.estimate.energyWh.mid, 1.5e12);
  });
  test("calculatePower({energy: '1,500 GWh', locale: 'de'}) reports an ambiguous value and keeps the author's text", () => {
    const c = calculatePower({ energy: '1,500 GWh', locale: 'de' });
    assert.deepEqual(c.issues.map((i) => [i.field, i.code, i.value, i.expected]), [['energy', 'ambiguous', '1,500 GWh', 'expect.unambiguous']]);
  });
  test("calculateCost({gpus: '100.000', claim: 'über 2 Mrd. $', locale: 'de'}) reads both", () => {
    const c = calculateCost({ gpus: '100.000', claim: 'über 2 Mrd. $', locale: 'de' });
    assert.deepEqual(c.issues, []);
    assert.equal(c.claim?.value, 2e9);
    assert.equal(c.claim?.qualifier, 'min');
  });
  test("calculateTraining({claim: 'environ 90 jours', locale: 'fr'}) reads a duration", () => {
    const c = calculateTraining({ claim: 'environ 90 jours', locale: 'fr' });
    assert.equal(c.claim?.noun, 'days');
    assert.equal(c.claim?.value, 90);
  });
  test("calculateCarbon({energy: '370 GWh', claim: 'unas 136.000 toneladas', locale: 'es'}) reads tonnes", () => {
    const c = calculateCarbon({ energy: '370 GWh', claim: 'unas 136.000 toneladas', locale: 'es' });
    assert.equal(c.claim?.noun, 'tonnes');
    assert.equal(c.claim?.value, 136000);
  });
  test('English input keeps working in every locale', () => {
    for (const locale of ['de', 'fr', 'es']) {
      const c = calculatePower({ energy: '1.2 TWh', claim: 'over 34 million households', locale });
      assert.deepEqual(c.issues, [], locale);
      assert.equal(c.estimate.energyWh.mid, 1.2e12, locale);
    }
  });
});

describe('regional equivalences', () => {
  test('a European grid counts petrol in litres, the US grid gallons', () => {
    const us = calculateCarbon({ energy: '370 GWh' }).estimate;
    const de = calculateCarbon({ energy: '370 GWh', grid: 'de' }).estimate;
    assert.equal(us.litres, false);
    assert.equal(de.litres, true);
    const unit = (e: typeof us) => e.equivalences.find((q) => q.id === 'gasoline')!.unitTonnes.mid;
    // EPA: 8,887 g CO2 a US gallon; a gallon is 3.785411784 litres.
    assert.ok(Math.abs(unit(us) - 8887e-6) < 1e-12);
    assert.ok(Math.abs(unit(de) - 8887e-6 / 3.785411784) < 1e-12);
  });
  test('German, French and Spanish readers count litres on any grid', () => {
    assert.equal(calculateCarbon({ energy: '370 GWh', locale: 'fr' }).estimate.litres, true);
  });
});

describe('money in words', () => {
  test("formatMoney(2.5e9, 'USD', …) in de, fr and es", () => {
    assert.equal(formatMoney(2.5e9, 'USD', 'de'), '2,5\u00a0Mrd.\u00a0$');
    assert.equal(formatMoney(2.5e9, 'USD', 'fr'), '2,5 milliards de dollars');
    assert.equal(formatMoney(2.5e9, 'EUR', 'fr'), '2,5 milliards d’euros');
    assert.equal(formatMoney(2.5e9, 'USD', 'es'), '2.500 millones de dólares');
  });
});
