// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// <inference-energy>'s core in Node: energy per prompt × prompts a day × 365 through the shared power
// and carbon models, the claims stories print, and the attributes as authors write them. Figures
// 2026-12 (the first set with inference figures); every expected value is worked out in its comment.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calculateCarbon } from '../../src/core/carbon.js';
import { inferenceFigures } from '../../src/core/data/inference.js';
import { calculateInference, parseInferenceClaim, parsePerPrompt, parsePrompts } from '../../src/core/inference.js';
import { calculatePower } from '../../src/core/power.js';
import type { Range } from '../../src/core/range.js';
// German authors' words ("Milliarden", decimal commas), as the element has them once its catalog is loaded.
import { de } from '../../src/locales/de.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';

const near = (actual: number | undefined, expected: number, rel: number, what: string) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) <= Math.abs(expected) * rel, `${what}: ${actual}, expected ${expected} (±${rel * 100}%)`);
const mid = (r: Range | undefined) => r?.mid;
assert.ok(de && fr && es, 'the German, French and Spanish catalogs registered');

describe('calculateInference(attrs): the default, ChatGPT at OpenAI’s own figures', () => {
  const { estimate: e, issues } = calculateInference({});
  test('0.34 Wh per prompt (OpenAI, June 2025) × 2.5 billion prompts a day (OpenAI, July 2025) × 365 = 310.25 GWh a year', () => {
    assert.deepEqual(issues, []);
    assert.equal(e.model.id, 'chatgpt-openai-2025');
    near(mid(e.perPromptWh), 0.34, 1e-12, 'Wh per prompt');
    near(mid(e.promptsPerDay), 2.5e9, 1e-12, 'prompts a day');
    // 0.34 × 2.5e9 × 365 = 310.25e9 Wh.
    near(mid(e.energyWh), 310.25e9, 1e-9, 'Wh a year');
  });
  test('an average draw of 35.4 MW and 28,751 US homes, through the power model', () => {
    // 310.25e9 Wh ÷ 8,760 h = 35.4167e6 W; 310.25e6 kWh ÷ 10,791 kWh a US home (EIA) = 28,750.8 homes.
    near(mid(e.carbon?.power.powerW), 35.4167e6, 1e-5, 'W');
    near(mid(e.carbon?.power.equivalences.find((q) => q.id === 'homes')?.count), 28_750.8, 1e-5, 'homes');
  });
  test('119,136 t of CO2 on the US grid and 0.131 g a prompt, through the carbon model', () => {
    // 310.25e6 kWh × 384 g/kWh (Ember, life-cycle) = 119,136e6 g = 119,136 t; 0.34 Wh × 384 g/kWh ÷ 1000 = 0.13056 g.
    near(mid(e.carbon?.tonnes), 119_136, 1e-9, 't');
    near(mid(e.gramsPerPrompt), 0.13056, 1e-9, 'g a prompt');
  });
  test('1.13 times a web search, water 0.32 mL a prompt and 293.6 million litres a year', () => {
    // 0.34 ÷ 0.3 Wh (Google 2009) = 1.1333; 0.000085 gal × 3,785.41 = 0.3218 mL; × 2.5e9 × 365 ÷ 1000 = 293,642,500 L.
    near(mid(e.searchRatio), 1.13333, 1e-5, 'ratio');
    near(mid(e.waterMl), 0.3218, 1e-9, 'mL');
    near(mid(e.waterLitres), 293_642_500, 1e-9, 'L');
  });
  test('the same energy through <power-equivalence> and <carbon-footprint> gives the same figures', () => {
    const energy = '310.25 GWh';
    near(mid(calculatePower({ energy }).estimate.equivalences.find((q) => q.id === 'homes')?.count), mid(e.carbon?.power.equivalences[0].count)!, 1e-9, 'homes');
    near(mid(calculateCarbon({ energy }).estimate.tonnes), mid(e.carbon?.tonnes)!, 1e-9, 'tonnes');
  });
});

describe('calculateInference(attrs): other services, the author’s figures and prompts', () => {
  test("model 'gemini-google-2025' without prompts: 0.24 Wh, 0.8 times a search, 0.26 mL; no year", () => {
    const { estimate: e, issues } = calculateInference({ model: 'gemini-google-2025' });
    assert.deepEqual(issues, []);
    // 0.24 ÷ 0.3 = 0.8; 0.24 Wh × 384 g/kWh ÷ 1000 = 0.09216 g (Google's own, market-based, is 0.03 g).
    near(mid(e.searchRatio), 0.8, 1e-12, 'ratio');
    near(mid(e.gramsPerPrompt), 0.09216, 1e-9, 'g');
    near(mid(e.waterMl), 0.26, 1e-12, 'mL');
    assert.equal(e.energyWh, undefined);
    assert.equal(e.scope, 'facility');
  });
  test("per-prompt '0.24 Wh' with prompts '2 billion a day' is 175.2 GWh a year, and no water is claimed", () => {
    // 0.24 × 2e9 × 365 = 175.2e9 Wh.
    const { estimate: e } = calculateInference({ 'per-prompt': '0.24 Wh', prompts: '2 billion a day' });
    near(mid(e.energyWh), 175.2e9, 1e-9, 'Wh');
    assert.equal(e.ownPerPrompt, true);
    assert.equal(e.scope, 'unstated');
    assert.equal(e.waterMl, undefined);
  });
  test("prompts '900 billion a year' is 2.466 billion a day and 306 GWh a year at 0.34 Wh", () => {
    // 900e9 ÷ 365 = 2.46575e9 a day; 0.34 × 900e9 = 306e9 Wh.
    const { estimate: e } = calculateInference({ prompts: '900 billion a year' });
    near(mid(e.promptsPerDay), 2.46575e9, 1e-5, 'a day');
    near(mid(e.energyWh), 306e9, 1e-9, 'Wh');
  });
  test("model 'chatgpt-2023' is 2.9–3 Wh, 9.67–10 times a search", () => {
    const { estimate: e } = calculateInference({ model: 'chatgpt-2023' });
    // 2.9 ÷ 0.3 = 9.667; 3 ÷ 0.3 = 10.
    near(e.searchRatio.low, 9.6667, 1e-4, 'low');
    near(e.searchRatio.high, 10, 1e-12, 'high');
    assert.equal(e.scope, 'server');
  });
  test('a reader’s 1 Wh per prompt and 1 billion prompts a day give 365 GWh, marked as overridden', () => {
    // 1 × 1e9 × 365 = 365e9 Wh.
    const { estimate: e } = calculateInference({}, { perPrompt: 1, promptsPerDay: 1e9 });
    near(mid(e.energyWh), 365e9, 1e-12, 'Wh');
    assert.deepEqual(e.assumptions.filter((a) => a.overridden).map((a) => a.id), ['perPrompt', 'prompts']);
  });
  test('every figure in the 2026-12 catalog says what it counts', () => {
    for (const m of inferenceFigures('2026-12').models) assert.ok(['accelerators', 'server', 'facility', 'unstated'].includes(m.scope), m.id);
  });
});

describe('claims as stories print them', () => {
  test('"ten times as much as a Google search" for de Vries’ 2.9–3 Wh is consistent, and says the two figures may count different things', () => {
    const c = calculateInference({ model: 'chatgpt-2023', claim: 'ten times as much as a Google search' });
    assert.deepEqual(c.issues, []);
    assert.equal(c.estimate.verdict?.kind, 'consistent');
    assert.equal(c.claim?.noun, 'searches');
  });
  test('"uses ten times as much as a Google search" for OpenAI’s 0.34 Wh is 8.8 times too high', () => {
    // 10 ÷ (0.34 ÷ 0.3) = 8.8235.
    const v = calculateInference({ claim: 'uses ten times as much as a Google search' }).estimate.verdict;
    assert.equal(v?.kind, 'too-high');
    near(v?.factor, 8.8235, 1e-4, 'factor');
  });
  test('"0.34 Wh per query" is consistent with OpenAI’s figure, and "3 Wh per query" is 8.8 times too high', () => {
    assert.equal(calculateInference({ claim: '0.34 Wh per query' }).estimate.verdict?.kind, 'consistent');
    // 3 ÷ 0.34 = 8.8235.
    near(calculateInference({ claim: '3 Wh per query' }).estimate.verdict?.factor, 8.8235, 1e-4, 'factor');
  });
  test('"as much electricity as 100,000 homes" is 3.5 times too high for ChatGPT’s 310 GWh (28,751 homes)', () => {
    // 100,000 ÷ 28,750.8 = 3.478.
    const c = calculateInference({ claim: 'as much electricity as 100,000 homes' });
    assert.equal(c.estimate.verdict?.kind, 'too-high');
    near(c.estimate.verdict?.factor, 3.478, 1e-3, 'factor');
  });
  test('the chart’s claim bar, in Wh per prompt: "ten times a Google search" is 10 × 0.3 = 3 Wh; "0.5 Wh per query" is 0.5 Wh; a claim of homes has none', () => {
    near(calculateInference({ claim: 'ten times as much as a Google search' }).estimate.claimWh?.mid, 3, 1e-9, 'searches');
    near(calculateInference({ claim: '0.5 Wh per query' }).estimate.claimWh?.mid, 0.5, 1e-9, 'per prompt');
    assert.equal(calculateInference({ claim: 'as much electricity as 100,000 homes' }).estimate.claimWh, undefined);
  });
  test('a claim about a year without prompts is an issue on claim, naming what it needs', () => {
    const c = calculateInference({ model: 'gemini-google-2025', claim: 'about 100,000 homes' });
    assert.deepEqual(c.issues.map((i) => `${i.field} ${i.code} ${i.expected}`), ['claim unsupported infer.expect.claim']);
  });
});

describe('reading attributes', () => {
  const cases: ReadonlyArray<readonly [string, number | undefined]> = [
    ['2.5 billion', 2.5e9], ['2.5 billion a day', 2.5e9], ['2.5 billion prompts per day', 2.5e9], ['2.5bn', 2.5e9],
    ['365 billion a year', 1e9], ['0', undefined], ['lots', undefined],
  ];
  for (const [text, perDay] of cases) {
    test(`parsePrompts('prompts', '${text}') is ${perDay ?? 'refused'}`, () => {
      const r = parsePrompts('prompts', text);
      if (perDay === undefined) assert.equal(r.ok, false);
      else { assert.ok(r.ok); near(r.value.mid, perDay, 1e-12, text); }
    });
  }
  test("parsePerPrompt: '0.3 Wh', '0.34 Wh per query', '2.9–3 Wh'; '0 Wh', '2 kWh' and '0.3' are refused", () => {
    const v = (t: string) => { const r = parsePerPrompt('per-prompt', t); return r.ok ? [r.value.low, r.value.high] : r.issue.code; };
    assert.deepEqual([v('0.3 Wh'), v('0.34 Wh per query'), v('2.9–3 Wh')], [[0.3, 0.3], [0.34, 0.34], [2.9, 3]]);
    assert.deepEqual([v('0 Wh'), v('2 kWh'), v('0.3')], ['out-of-range', 'out-of-range', 'invalid']);
  });
  test('parseInferenceClaim reads qualifiers of a multiple of a search', () => {
    const r = parseInferenceClaim('claim', 'more than 10 times more energy than a web search');
    assert.ok(r.ok);
    assert.deepEqual([r.value.kind, r.value.noun, r.value.value, r.value.qualifier], ['count', 'searches', 10, 'min']);
  });
  test('invalid values are issues naming the attribute, the value and what is expected; the rest uses defaults', () => {
    const c = calculateInference({ model: 'grok', 'per-prompt': 'lots', prompts: 'many' });
    assert.deepEqual(c.issues.map((i) => `${i.field} “${i.value}” ${i.expected}`), [
      'model “grok” expect.oneOf', 'per-prompt “lots” infer.expect.perPrompt', 'prompts “many” infer.expect.prompts',
    ]);
    near(mid(c.estimate.energyWh), 310.25e9, 1e-9, 'default Wh');
  });
  for (const [locale, prompts] of [['fr', '2,5 milliards par jour'], ['es', '2.500 millones al día'], ['de', '912,5 Milliarden pro Jahr']] as const) {
    test(`${locale}: prompts '${prompts}' is 2.5 billion a day`, () => {
      // 912.5e9 a year ÷ 365 = 2.5e9 a day.
      const c = calculateInference({ locale, prompts });
      assert.deepEqual(c.issues, []);
      near(mid(c.estimate.promptsPerDay), 2.5e9, 1e-12, 'a day');
    });
  }
  test("German: prompts '2,5 Milliarden pro Tag' is 2.5 billion a day", () => {
    const c = calculateInference({ locale: 'de', prompts: '2,5 Milliarden pro Tag' });
    assert.deepEqual(c.issues, []);
    near(mid(c.estimate.promptsPerDay), 2.5e9, 1e-12, 'a day');
  });
});
