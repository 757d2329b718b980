// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// compute-calc/check in Node: a whole story in, its figures, links and verdicts out.
// scripts/test.mjs bundles this file with esbuild and runs it with `node --test`.
// Expected values are worked by hand from the figures of src/core/data/2026-11.ts:
//   H100 SXM 700 W; server overhead 1.8–2.14× (central 1.82); utilization 50–100% (75%);
//   PUE 1.08–1.56 (1.1); US household 10,791 kWh a year; US grid 367 g/kWh; H100 $25,000–$40,000.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkStory, storyText } from '../../src/check/index.js';
import { assertClean, byText, elementVerdict } from './helpers/check.js';

// The seed story, as the articles printed it (Tom's Hardware / Meta's Q3 2024 call and the
// widely shared energy paragraph), with a footnote marker glued to a figure.
const SEED = `Meta is training Llama 4 on a cluster of over 100,000 NVIDIA H100 AI GPUs, which Mark Zuckerberg called "bigger than anything that I've seen reported". The chips alone cost in excess of $2 billion.

Such a cluster would consume at least 370GWh[3] a year, equivalent to powering over 34 million average American households.

- xAI is doubling Colossus to 200,000 Hopper GPUs.
- Meta aims for half a million H100-equivalent by the end of 2024.`;

test('checkStory(seed story) finds the cluster, the cost, the energy, the households and the rank claim, with offsets into the text', () => {
  const { findings } = checkStory(SEED);
  assertClean(findings);
  for (const f of findings) assert.equal(SEED.slice(f.start, f.end), f.text);
  const kinds = findings.map((f) => f.kind);
  assert.deepEqual(kinds, ['gpus', 'cluster-rank', 'money', 'energy', 'homes', 'gpus', 'gpus']);
  const gpus = byText(findings, '100,000');
  assert.equal(gpus.text, 'over 100,000 NVIDIA H100 AI GPUs');
  assert.equal(gpus.value, 100_000);
  assert.equal(gpus.accelerator, 'h100-sxm');
  assert.equal(gpus.qualifier, 'min');
  assert.equal(byText(findings, '200,000').accelerator, 'h100-sxm');
  const h100e = byText(findings, 'half a million');
  assert.equal(h100e.value, 500_000);
  assert.equal(byText(findings, '370GWh').text, 'at least 370GWh[3] a year');
});

test('checkStory(seed story): "over 34 million average American households" is too high by about 1,000× against 370 GWh', () => {
  const homes = byText(checkStory(SEED).findings, '34 million');
  // 370 GWh ÷ 10,791 kWh = 34,288 homes; 34,000,000 ÷ 34,288 = 991.6.
  assert.equal(homes.verdict?.kind, 'too-high');
  assert.ok(Math.abs(homes.verdict!.factor - 991.6) < 0.5, String(homes.verdict!.factor));
  assert.equal(homes.verdict?.against, 'at least 370GWh a year');
  assert.equal(homes.snippet, '<power-equivalence energy="370 GWh" claim="over 34 million average American households"></power-equivalence>');
  assert.match(homes.reason, /about 1,000 times too high/);
  assert.match(homes.reason, /34,300 average homes in the United States/);
});

test('checkStory(seed story): "in excess of $2 billion" for over 100,000 H100 is consistent ($2.5–4 billion for the chips)', () => {
  const money = byText(checkStory(SEED).findings, '$2 billion');
  // 100,000 × $25,000–$40,000 = $2.5–4 billion; a lower bound of $2 billion does not exceed it.
  assert.equal(money.verdict?.kind, 'consistent');
  assert.equal(money.verdict?.factor, 1);
  assert.equal(money.verdict?.against, 'over 100,000 NVIDIA H100 AI GPUs');
  assert.equal(money.snippet, '<gpu-cluster-cost gpus="100000" gpu="h100-sxm" claim="in excess of $2 billion"></gpu-cluster-cost>');
});

test('checkStory(seed story): "at least 370 GWh a year" from 100,000 H100 is consistent with the core\'s 0.6–2 TWh', () => {
  const energy = byText(checkStory(SEED).findings, '370GWh');
  // Low: 100,000 × 700 W × 1.8 × 0.5 × 1.08 × 8,760 h = 596 GWh; high: × 2.14 × 1 × 1.56 = 2,047 GWh.
  // "At least 370 GWh" is a lower bound under 2,047 GWh and not three times short of 596 GWh.
  assert.equal(energy.verdict?.kind, 'consistent');
  assert.equal(energy.snippet, '<power-equivalence gpus="100000" gpu="h100-sxm" claim="at least 370 GWh"></power-equivalence>');
  // 370 GWh ÷ (100,000 × 700 W × 8,760 h) = 60% of rated power at the chips alone.
  assert.match(energy.reason, /about 60% of their rated power/);
});

test('checkStory(seed story): the rank claim is checked against the reported clusters, as <cluster-compare> would', () => {
  const rank = byText(checkStory(SEED).findings, 'bigger than anything');
  assert.equal(rank.kind, 'cluster-rank');
  // Figures 2026-12: xAI's Colossus runs 200,000 GPUs since 2025-02, 200,000 ÷ 100,000 = 2× the story's cluster.
  assert.equal(rank.verdict?.kind, 'too-high');
  assert.equal(rank.verdict?.factor, 2);
  assert.match(rank.reason, /does not hold/);
  assert.match(rank.snippet ?? '', /^<cluster-compare claim="bigger than anything that I've seen reported"><cluster-entry name="The story’s cluster" gpus="100000" gpu="h100-sxm"><\/cluster-entry><\/cluster-compare>$/);
});

test('checkStory checks rank claims that hold and that fail, and reads "largest" only before a cluster', () => {
  const { findings } = checkStory('Its 300,000 H100 GPUs make the largest AI cluster. Their 50,000 H100 GPUs are bigger than anything reported. Meta, the largest buyer of GPUs, runs 100,000 H100 GPUs.');
  const ranks = findings.filter((f) => f.kind === 'cluster-rank');
  assert.deepEqual(ranks.map((f) => f.text), ['largest AI cluster', 'bigger than anything reported']);
  // 300,000 is above every reported cluster in operation (the largest, Colossus doubled: 200,000).
  assert.equal(ranks[0].verdict?.kind, 'consistent');
  assert.match(ranks[0].reason, /holds among these clusters/);
  // 50,000 against the 200,000 of xAI's Colossus, running since 2025-02 (figures 2026-12): 4× short.
  assert.equal(ranks[1].verdict?.kind, 'too-high');
  assert.equal(ranks[1].verdict?.factor, 4);
});

test('every verdict of checkStory equals the verdict of the element its snippet writes', () => {
  const stories = [SEED, CORRECT[0], CORRECT[1], CORRECT[2], WRONG];
  let compared = 0;
  for (const story of stories) {
    for (const f of checkStory(story).findings) {
      if (!f.verdict || !f.snippet || f.kind === 'cluster-rank') continue;
      const v = elementVerdict(f.snippet);
      assert.ok(v, f.snippet);
      assert.equal(v.kind, f.verdict.kind, f.snippet);
      assert.equal(v.factor, f.verdict.factor, f.snippet);
      compared++;
    }
  }
  assert.ok(compared >= 10, `compared ${compared}`);
});

// Correct stories: every figure checked is consistent; no false alarm.
const CORRECT = [
  // Colossus: 100,000 H100 at 68–234 MW (central 105 MW); 150 MW × 8,760 h = 1.31 TWh;
  // 1.31 TWh ÷ 10,791 kWh = 121,800 homes; 1.3 TWh × 367 g/kWh = 477,100 t CO2.
  `xAI's Colossus in Memphis runs 100,000 H100 GPUs. The site draws about 150 MW, which over a year is roughly 1.3 TWh, as much electricity as about 120,000 American homes use. On the average US grid, 1.3 TWh emits about 480,000 tonnes of CO2.`,
  // Llama 3.1 405B: 6 × 405e9 × 15.6e12 = 3.79e25 FLOP; on 16,384 H100 at 989.4 TFLOP/s and
  // 35–43% MFU: 3.8e25 ÷ (16,384 × 989.4e12 × 0.43…0.35) = 63–78 days.
  `Training Llama 3.1 405B took 3.8 × 10^25 FLOP on 16,384 H100 GPUs, a run of about 70 days. The model has 405 billion parameters and saw 15.6 trillion tokens, about 3.8e25 FLOP.`,
  // Prices: one H100 $25,000–$40,000; 25,000 × that = $625 million–$1 billion. Revenue is not a purchase.
  `## What it costs

* Each H100 costs about $30,000.
* A 25,000-GPU cluster of H100s costs about $750 million in chips alone.
* Microsoft reported revenue of $65 billion this quarter.`,
  // Ranges and compact forms: 100k H100 × $25k–$40k = $2.5–4bn; "between $2.5bn and $4bn" written as a range.
  `Sources told us the company bought 100k H100s for $2.5bn–$4bn. Its 24,576-GPU H100 cluster, built earlier, trained Llama 3.`,
  // Quotes, no spaces, footnotes: 16,384 H100 × 700 W × 1.8–2.14 × 0.5–1 × 1.08–1.56 = 11–38 MW.
  `“We run 16,384 H100 GPUs,” she said. “They draw around 20MW[1].”`,
  // "apiece" is about the unit price; the total is the cluster's: 350,000 × $25,000–$40,000 = $8.75–14 billion.
  `Meta said it would have 350,000 H100s by the end of the year, part of a portfolio equivalent to nearly 600,000 H100s. At $25,000 to $40,000 apiece, 350,000 H100s would cost $8.75 billion to $14 billion.`,
  // Energy over a run: 16,000 × 700 W × (1.8 × 0.5 × 1.08 … 2.14 × 1 × 1.56) × 54 × 24 h = 14.1–48.5 GWh.
  `The company's 16,000 H100 cluster used 30 GWh to train the model over 54 days.`,
  // Power ↔ energy over a year: 1 GW × 8,760 h = 8.76 TWh; "about 8 TWh" is within 10%.
  `Microsoft's deal will restart an 835 MW reactor. A 1 GW reactor produces about 8 TWh a year.`,
  // GB200 at 1,200 W: 72 × 1,200 W × 1.8 × 0.5 × 1.08 = 84 kW … × 2.14 × 1 × 1.56 = 288 kW.
  `The B200 is rated at 1,000 W. A rack of 72 GB200 draws about 120 kW. A 100,000-GPU GB200 cluster could need 150 MW.`,
  // Dates, a build time, funding and a power rating: nothing here is a claim to check against another.
  `On Oct. 28, 2024, Nvidia said xAI's Colossus, built in 122 days, runs 100,000 Hopper GPUs. Musk's firm raised $6 billion in May. Each GPU draws up to 700 W, and the whole site about 150 MW.`,
];

for (const [i, story] of CORRECT.entries()) {
  test(`checkStory(correct story ${i + 1}) raises no false alarm`, () => {
    const { findings } = checkStory(story);
    assertClean(findings);
    const checked = findings.filter((f) => f.verdict);
    assert.ok(checked.length >= 1, `something is checked: ${JSON.stringify(findings.map((f) => f.text))}`);
    for (const f of checked) assert.equal(f.verdict!.kind, 'consistent', `${f.text}: ${f.reason}`);
  });
}

test('checkStory(correct story 1) links power ↔ energy over a year, energy ↔ homes and energy ↔ CO2', () => {
  const { findings } = checkStory(CORRECT[0]);
  assert.equal(byText(findings, '150 MW').verdict?.against, '100,000 H100 GPUs');
  assert.equal(byText(findings, '1.3 TWh').verdict?.against, 'about 150 MW');
  assert.equal(byText(findings, '120,000').verdict?.against, 'roughly 1.3 TWh');
  assert.equal(byText(findings, '480,000').verdict?.against, '1.3 TWh');
  assert.equal(byText(findings, '480,000').snippet, '<carbon-footprint energy="1.3 TWh" claim="about 480,000 tonnes of CO2"></carbon-footprint>');
});

test('checkStory(correct story 2) links compute ↔ training days and parameters × tokens ↔ compute', () => {
  const { findings } = checkStory(CORRECT[1]);
  const days = byText(findings, '70 days');
  assert.equal(days.kind, 'duration');
  assert.equal(days.value, 70);
  assert.equal(days.snippet, '<training-time flops="3.8e25" gpus="16384" gpu="h100-sxm" claim="about 70 days"></training-time>');
  assert.equal(byText(findings, 'about 3.8e25').verdict?.against, '405 billion parameters × 15.6 trillion tokens');
});

test('checkStory reads figures with footnote markers between their words ("34 million[4] average American households", "370[3] GWh", "¹")', () => {
  const story = 'Meta runs over 100,000[1] H100 GPUs[2]. It uses at least 370[3] GWh a year, equivalent to powering over 34 million[4] average American households¹. The chips cost over $2 billion[^5] in total.';
  const { findings } = checkStory(story);
  assert.deepEqual(findings.map((f) => f.text), ['over 100,000[1] H100 GPUs', 'at least 370[3] GWh a year', 'over 34 million[4] average American households', 'over $2 billion']);
  assert.deepEqual(findings.map((f) => f.verdict?.kind ?? '-'), ['-', 'consistent', 'too-high', 'consistent']);
  assert.equal(findings[2].snippet, '<power-equivalence energy="370 GWh" claim="over 34 million average American households"></power-equivalence>');
});

test('checkStory reads "$2bn", "2 billion dollars", "100k GPUs", "370GWh" and ranges as the core parser does', () => {
  const { findings } = checkStory('They bought 100k GPUs for $2bn. Another lab paid 2 billion dollars. The site uses 370GWh a year and 300–400 GWh in 2025. It has 25,000 to 40,000 GPUs.');
  assertClean(findings);
  assert.equal(byText(findings, '100k').value, 100_000);
  assert.equal(byText(findings, '$2bn').value, 2e9);
  assert.equal(byText(findings, '2 billion dollars').value, 2e9);
  assert.equal(byText(findings, '370GWh').value, 370e9);
  const r = byText(findings, '300–400');
  assert.deepEqual([r.low, r.value, r.high], [300e9, 350e9, 400e9]);
  const g = byText(findings, '25,000 to 40,000');
  assert.deepEqual([g.low, g.value, g.high], [25_000, 32_500, 40_000]);
});

// A story with the seed's error and two more, one per list item.
const WRONG = `Key figures:
- The lab's 50,000 H100 GPUs cost $150 million.
- They use 40 TWh a year, enough for 3.7 million American homes.
- Training the model took 1e26 FLOP on those 50,000 H100 GPUs in 2 days.`;

test('checkStory(a wrong story) flags each figure off by a factor, per list item', () => {
  const { findings } = checkStory(WRONG);
  assertClean(findings);
  // 50,000 × $25,000–$30,000 = $1.25–1.5 billion (central 50,000 × $27,500 = $1.375 billion): $150 million is 9.17× too low.
  const money = byText(findings, '$150 million');
  assert.equal(money.verdict?.kind, 'too-low');
  assert.ok(Math.abs(money.verdict!.factor - 1.375e9 / 150e6) < 0.01);
  // 50,000 H100: 298–1,024 GWh a year, central 50,000 × 700 × 1.82 × 0.75 × 1.1 × 8,760 = 460 GWh; 40 TWh is 87× that.
  const energy = byText(findings, '40 TWh');
  assert.equal(energy.verdict?.kind, 'too-high');
  assert.ok(Math.abs(energy.verdict!.factor - 40e12 / (50_000 * 700 * 1.82 * 0.75 * 1.1 * 8760)) < 0.5);
  // 40 TWh ÷ 10,791 kWh = 3.71 million homes: consistent with the (wrong) energy.
  assert.equal(byText(findings, '3.7 million').verdict?.kind, 'consistent');
  // 1e26 ÷ (50,000 × 989.4e12 FLOP/s × 0.43…0.35 MFU) = 4.7–5.8 million s = 54–67 days: 2 days is far too low.
  const days = byText(findings, '2 days');
  assert.equal(days.verdict?.kind, 'too-low');
  assert.ok(days.verdict!.factor > 10);
});

test('checkStory links a figure to the cluster named earlier in the story, not to another company\'s', () => {
  const story = `Meta trains on 100,000 H100 GPUs.

xAI runs 200,000 H100 GPUs.

Meta's cluster costs over $2 billion in chips.`;
  const money = byText(checkStory(story).findings, '$2 billion');
  assert.equal(money.verdict?.against, '100,000 H100 GPUs');
  // "It" names nobody: the last cluster before it.
  const it = byText(checkStory('xAI runs 200,000 H100 GPUs.\n\nIt cost about $6 billion in chips.').findings, '$6 billion');
  assert.equal(it.verdict?.against, '200,000 H100 GPUs');
  assert.equal(it.verdict?.kind, 'consistent');
});

test('checkStory checks a price "each" against the sourced price of one accelerator, and a range at its middle', () => {
  const { findings } = checkStory('Each H100 costs about $30,000. Each H100 costs $300,000.');
  const [ok, high] = findings;
  assert.equal(ok.verdict?.kind, 'consistent');
  assert.equal(ok.snippet, '<gpu-cluster-cost gpus="1" gpu="h100-sxm" claim="about $30,000"></gpu-cluster-cost>');
  // $300,000 ÷ $27,500 (the central H100 price of figures 2026-12, $25,000–$30,000) = 10.909.
  assert.equal(high.verdict?.kind, 'too-high');
  assert.ok(Math.abs(high.verdict!.factor - 300_000 / 27_500) < 1e-9);
  const range = byText(checkStory('350,000 H100s would cost $8.75 billion to $14 billion.').findings, '$8.75');
  assert.match(range.snippet ?? '', /claim="\$11\.38 billion"/);
});

test('checkStory does not link a figure about a country or an industry, or about another company, to a cluster', () => {
  const wider = byText(checkStory('Meta trains on 100,000 H100 GPUs. US data centres used 176 TWh a year in 2023.').findings, '176 TWh');
  assert.equal(wider.verdict, undefined);
  // The paragraph's cluster is xAI's; the sentence is about Meta's, named two paragraphs up.
  const other = byText(checkStory('Meta trains on 100,000 H100 GPUs.\n\nxAI runs 200,000 H100 GPUs. Meta\'s cluster uses at least 370 GWh a year.').findings, '370 GWh');
  assert.equal(other.verdict?.against, '100,000 H100 GPUs');
});

test('checkStory leaves money that buys no cluster unchecked (revenue, funding)', () => {
  const { findings } = checkStory('OpenAI, which runs 100,000 GPUs, raised $40 billion. Its revenue was $3.7 billion.');
  for (const f of findings.filter((x) => x.kind === 'money')) assert.equal(f.verdict, undefined, f.text);
});

test('storyText reads HTML (entities, <sup> footnotes, lists, scripts dropped) and Markdown', () => {
  const html = '<html><head><title>x</title><script>var a = "10,000 GPUs";</script></head><body><p>Meta runs over&nbsp;100,000 H100 GPUs.</p><ul><li>It uses 370&#8239;GWh<sup>3</sup> a year,</li><li>about 34 million homes.</li></ul></body></html>';
  const text = storyText(html);
  assert.doesNotMatch(text, /<|script|10,000/);
  const { findings } = checkStory(text);
  assert.deepEqual(findings.map((f) => f.kind), ['gpus', 'energy', 'homes']);
  assert.equal(byText(findings, '34 million').verdict?.kind, 'too-high');
  const md = '# Llama 4\n\nMeta uses **over 100,000** [H100 GPUs](https://example.invalid/x)[^1].\n\n* It burns *at least* 370 GWh a year, like over 34 million households.\n\n[^1]: A source.';
  const mdText = storyText(md, 'markdown');
  assert.doesNotMatch(mdText, /\*\*|\]\(|\[\^/);
  assert.equal(byText(checkStory(mdText).findings, '34 million').verdict?.kind, 'too-high');
});

test('checkStory never throws and never prints NaN, Infinity, undefined or null, on any input', () => {
  const weird: unknown[] = [
    '', ' ', '\n\n\n', null, undefined, 42, {}, [], 'NaN GWh', 'Infinity GPUs', '1e999 GWh', '0 GPUs cost $0', '-5 GWh',
    '$ billion', '....', '100,000,000,000,000,000,000 GPUs use 1e30 GWh a year for 1e40 homes', '\u0000\u0001\u0002\uFFFD 370 GWh \uD800',
    Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
    'x'.repeat(100_000), '100,000 H100 GPUs use 370 GWh a year. '.repeat(3000), '- 1 GPU\n'.repeat(250_000), 'a\n\n'.repeat(300_000),
    '[1]'.repeat(100_000), '1'.repeat(1_000_000),
  ];
  for (const input of weird) {
    const r = checkStory(input);
    assertClean(r);
  }
  // Italian is not read: the story is read as English, and the note says so.
  const r = checkStory('100 GPUs', { locale: 'it', asOf: 'nonsense' });
  assert.equal(r.locale, 'en');
  assert.equal(r.figuresVersion, '2026-12');
  assert.equal(r.notes.length, 2);
});

test('checkStory(text, { asOf }) pins the figures and writes as-of into the snippets', () => {
  const r = checkStory('Meta runs 100,000 H100 GPUs that cost over $2 billion.', { asOf: '2026-11' });
  assert.equal(r.figuresVersion, '2026-11');
  assert.match(byText(r.findings, '$2 billion').snippet ?? '', /as-of="2026-11"/);
  assert.equal(r.notes.length, 0);
});

test('a huge story is checked in well under a few seconds', () => {
  const story = `${SEED}\n\n`.repeat(200);
  const t0 = performance.now();
  const r = checkStory(story);
  assert.ok(r.findings.length >= 1000);
  assert.ok(performance.now() - t0 < 15_000);
});

test('checkStory: a GPU count ends at its sentence ("100,000 GPUs. Chips alone …" is not "100,000 GPUs. Chips")', () => {
  const { findings } = checkStory('Meta runs 100,000 GPUs. Chips alone cost $2 billion.');
  assert.equal(findings[0].text, '100,000 GPUs');
  assert.equal(byText(findings, '$2 billion').verdict?.againstIndex, 0);
});
