// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// <cluster-compare> and its <cluster-entry> rows: read the way a reader reads them (headline,
// summary, the chart's bars and their labels, errors, the claim check), attribute by attribute,
// with rows added, changed and removed at runtime, the a11y audit and a narrow column.
//
// Figures (figures.md §7): Meta Llama 4 cluster "bigger than 100,000 H100s" (Zuckerberg, Q3 2024
// call); xAI Colossus 100,000 Hopper GPUs, doubled to 200,000 (NVIDIA, 28 Oct 2024); Meta GenAI
// cluster (RoCE) 24,576 H100 (Meta Engineering, 12 Mar 2024); Meta end-2024 "nearly 600,000"
// H100-equivalents. H100 $25,000–$40,000 (figures.md §1b); H200 has no sourced price.

import { expect, html } from '@open-wc/testing';
import '../../src/components/cluster-compare/cluster-compare.js';
import { ClusterCompare, ClusterEntry } from '../../src/components/cluster-compare/cluster-compare.js';
import { WarningLog, collectPageErrors, mountIn, mountTemplate, setAttrs, type AttrMap } from '../helpers/fixture.js';
import {
  ariaLabel, assumptionRows, barKeys, barWidth, errorItems, estimateOf as est, expectNoBadText,
  expectNoMessageKeys, frames, has, headline, noError, norm, overflowingElements, painted, part, parts, shadow,
  shadowAttributes, subline, summary, textOf,
} from '../helpers/shadow.js';

const TAG = 'cluster-compare';
const SEED_DESC = ['xai-colossus-200k', 'meta-llama4', 'xai-colossus', 'meta-llama3-roce', 'meta-2024-h100e'];
const XSS = '<img src=x onerror=alert(1)>';

/** Creates <cluster-compare> with its attributes and <cluster-entry> children set before its first render. */
// Figures 2026-11 unless a test sets as-of: these tests check that set's published numbers
// (test/core/figures-2026-12.test.ts has the new ones).
async function cc(attrs: AttrMap = {}, entries: AttrMap[] = []): Promise<ClusterCompare> {
  const el = document.createElement(TAG) as ClusterCompare;
  setAttrs(el, { 'as-of': '2026-11', ...attrs });
  for (const e of entries) el.append(entry(e));
  return mountTemplate<ClusterCompare>(html`${el}`);
}

function entry(attrs: AttrMap): ClusterEntry {
  const node = document.createElement('cluster-entry') as ClusterEntry;
  setAttrs(node, attrs);
  return node;
}

/** After a change to the light DOM: the MutationObserver's microtask, then the render. */
async function settle(el: ClusterCompare): Promise<void> {
  await Promise.resolve();
  await el.updateComplete;
}

const verdictText = (el: ClusterCompare) => textOf(el, '[part=verdict]');
const verdictKind = (el: ClusterCompare) => shadow(el).querySelector<HTMLElement>('[part=verdict]')?.dataset.kind;
/** The chart bars' [key, class, label, value] rows, top to bottom. */
const bars = (el: ClusterCompare) => parts(el, 'g.bar').map((g) => [
  g.getAttribute('data-key') ?? '', g.getAttribute('class') ?? '',
  norm(g.querySelector('text.label')?.textContent), norm(g.querySelector('text.value')?.textContent),
]);
const bar = (el: ClusterCompare, key: string) => {
  const found = bars(el).find(([k]) => k === key);
  if (!found) expect.fail(`no bar ${key} in ${barKeys(el).join(', ')}`);
  return { key: found[0], cls: found[1], label: found[2], value: found[3] };
};


/** <cluster-compare>'s own catalog keys (`compare.…`) are not covered by expectNoMessageKeys' pattern. */
function expectNoCompareKeys(el: ClusterCompare): void {
  const key = /\bcompare\.[a-z][\w.-]*/g;
  const found = new Set<string>();
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) for (const m of (n.nodeValue ?? '').matchAll(key)) found.add(m[0]);
  for (const a of shadowAttributes(el)) for (const m of a.slice(a.indexOf('=') + 1).matchAll(key)) found.add(m[0]);
  expect([...found].join(', '), 'compare.* keys shown instead of words').to.equal('');
}

/** Every case ends here: no NaN/undefined/…, no catalog keys. */
function clean(el: ClusterCompare): void {
  expectNoBadText(el);
  expectNoMessageKeys(el);
  expectNoCompareKeys(el);
}

const warnings = new WarningLog();

describe('<cluster-compare>', () => {
  before(() => warnings.start());
  after(() => warnings.stop());

  describe('defaults', () => {
    it('is defined as ClusterCompare, and <cluster-entry> as ClusterEntry', async () => {
      expect(customElements.get(TAG)).to.equal(ClusterCompare);
      expect(customElements.get('cluster-entry')).to.equal(ClusterEntry);
      const el = await cc();
      expect(el instanceof ClusterCompare, 'instance of ClusterCompare').to.be.true;
      expect(el.shadowRoot !== null, 'open shadow root').to.be.true;
      expect(document.createElement('cluster-entry') instanceof ClusterEntry, 'cluster-entry upgrades').to.be.true;
    });

    it('a bare tag ranks the seed set by GPUs, Colossus doubled first and the 600k-H100e fleet last', async () => {
      const el = await cc();
      noError(el);
      expect(barKeys(el)).to.deep.equal(SEED_DESC);
      expect(est(el).metric).to.equal('gpus');
      expect(est(el).figuresVersion).to.equal('2026-11');
      clean(el);
    });

    it('the headline names the highlighted Meta Llama 4 cluster with 100,000', async () => {
      const el = await cc();
      expect(est(el).highlight).to.equal('meta-llama4');
      expect(headline(el)).to.equal('Meta Llama 4 cluster: 100,000');
      clean(el);
    });

    it('the summary compares it with the largest: xAI Colossus, doubled is 2 times', async () => {
      const el = await cc();
      const s = summary(el);
      expect(s).to.include('xAI Colossus, doubled');
      expect(s).to.include('200,000');
      expect(s).to.include('2 times');
      expect(s).to.include('Meta Llama 4 cluster (100,000)');
      expect(s).to.include('by GPUs');
      expect(ariaLabel(el), 'the chart is named by the summary').to.equal(part(el, '[data-copy-text=summary]').textContent);
      clean(el);
    });

    it('the subline counts 5 clusters and says planned ones are outlined', async () => {
      expect(subline(await cc())).to.equal('5 clusters by GPUs; those not yet running are drawn as outlines.');
    });

    it('planned and announced rows are drawn as outlines (g.bar.planned, no fill) and labelled with their status', async () => {
      const el = await cc();
      const planned = parts(el, 'g.bar.planned').map((g) => g.getAttribute('data-key'));
      expect(planned).to.have.members(['xai-colossus-200k', 'meta-2024-h100e']);
      expect(bar(el, 'xai-colossus-200k').label).to.equal('xAI Colossus, doubled (announced)');
      expect(bar(el, 'meta-2024-h100e').label).to.equal("Meta's end-2024 compute, in H100-equivalents (planned)");
      // Operational rows carry no status in their label.
      expect(bar(el, 'xai-colossus').label).to.equal('xAI Colossus');
      const rect = part(el, 'g.bar.planned[data-key="xai-colossus-200k"] rect');
      expect(getComputedStyle(rect).fill, 'outline: no fill').to.equal('none');
      expect(getComputedStyle(rect).strokeDasharray, 'dashed outline').not.to.equal('none');
      clean(el);
    });

    it('the highlighted row is the main bar; other operational rows are references', async () => {
      const el = await cc();
      expect(bar(el, 'meta-llama4').cls).to.equal('bar main');
      expect(bar(el, 'xai-colossus').cls).to.equal('bar reference');
      expect(bar(el, 'meta-llama3-roce').cls).to.equal('bar reference');
    });

    it('a row without a figure says so, with a zero-length bar', async () => {
      const el = await cc();
      expect(bar(el, 'meta-2024-h100e').value).to.equal('no sourced figure');
      expect(barWidth(el, 'meta-2024-h100e')).to.equal(0);
      expect(barWidth(el, 'xai-colossus-200k')).to.be.above(barWidth(el, 'meta-llama4')!);
    });

    it('has a visually hidden data table with the bars’ labels and values', async () => {
      const el = await cc();
      const table = part<HTMLTableElement>(el, '[part=chart] .visually-hidden table');
      const rows = [...table.tBodies[0].rows].map((r) => [norm(r.cells[0].textContent), norm(r.cells[1].textContent)]);
      expect(rows).to.deep.equal(bars(el).map(([, , label, value]) => [label, value]));
    });

    it('the disclosure lists every row with its status and note, the sources and the version', async () => {
      const el = await cc();
      const rows = await assumptionRows(el);
      expect(rows.map(([name]) => name)).to.include('Meta Llama 4 cluster (operational)');
      expect(rows.find(([name]) => name === 'xAI Colossus, doubled (announced)')?.[1]).to.include('200,000');
      expect(rows.filter(([, , origin]) => origin !== 'default'), 'rows not marked default').to.deep.equal([]);
      const links = parts<HTMLAnchorElement>(el, '[part=details] ol li a').map((a) => a.href);
      expect(links.some((u) => u.includes('engineering.fb.com')), 'Meta source').to.be.true;
      expect(links.some((u) => u.includes('vmblog.com')), 'NVIDIA/xAI source').to.be.true;
      expect(textOf(el, '[part=details]')).to.include('November 2026');
    });

    it('exposes the estimate as plain data', async () => {
      const e = est(await cc());
      expect(JSON.parse(JSON.stringify(e))).to.deep.equal(e);
      expect(e.rows.map((r) => r.id)).to.deep.equal(SEED_DESC);
    });
  });

  describe('attributes', () => {
    it('metric: gpus → h100e → power → cost changes the figures', async () => {
      const el = await cc();
      expect(bar(el, 'meta-2024-h100e').value).to.equal('no sourced figure');

      el.metric = 'h100e';
      await el.updateComplete;
      noError(el);
      expect(est(el).metric).to.equal('h100e');
      expect(barKeys(el)[0]).to.equal('meta-2024-h100e');
      expect(bar(el, 'meta-2024-h100e').value).to.equal('600,000');
      expect(bar(el, 'xai-colossus-200k').value).to.equal('200,000');
      expect(summary(el)).to.include('by H100-equivalents');
      expect(summary(el)).to.include('600,000');
      clean(el);

      el.metric = 'power';
      await el.updateComplete;
      noError(el);
      // 100,000 × 700 W × (1.80–2.14) × (0.5–1) × (1.08–1.56): 68–234 MW around 105 MW (figures.md §8d).
      expect(headline(el)).to.match(/^Meta Llama 4 cluster: [\d.–]+ [MG]W$/);
      expect(est(el).rows.find((r) => r.id === 'meta-llama4')?.value?.mid).to.be.closeTo(105_105_000, 1);
      expect(summary(el)).to.include('by average power');
      expect(bar(el, 'meta-2024-h100e').value).to.equal('no sourced figure');
      clean(el);

      el.metric = 'cost';
      await el.updateComplete;
      noError(el);
      // 100,000 × $25,000–$40,000.
      expect(headline(el)).to.match(/^Meta Llama 4 cluster: \$2\.5–4 billion$/);
      expect(summary(el)).to.include('by cost of the chips');
      // The H200 has no sourced price: Colossus doubled has no figure and drops below the priced rows.
      expect(bar(el, 'xai-colossus-200k').value).to.equal('no sourced figure');
      expect(barKeys(el).slice(0, 3)).to.deep.equal(['meta-llama4', 'xai-colossus', 'meta-llama3-roce']);
      clean(el);
    });

    it('clusters: "meta-llama3-ib, xai-colossus" shows only those rows', async () => {
      const el = await cc({ clusters: 'meta-llama3-ib, xai-colossus' });
      noError(el);
      expect(barKeys(el)).to.deep.equal(['xai-colossus', 'meta-llama3-ib']);
      expect(subline(el)).to.include('2 clusters');
      clean(el);
    });

    it('sort: "asc" puts the smallest first and rows without a figure last; "none" keeps the given order', async () => {
      const asc = await cc({ sort: 'asc' });
      noError(asc);
      expect(barKeys(asc)).to.deep.equal(['meta-llama3-roce', 'meta-llama4', 'xai-colossus', 'xai-colossus-200k', 'meta-2024-h100e']);
      const none = await cc({ sort: 'none', clusters: 'xai-colossus, meta-llama3-ib, meta-llama4' });
      noError(none);
      expect(barKeys(none)).to.deep.equal(['xai-colossus', 'meta-llama3-ib', 'meta-llama4']);
      clean(asc);
      clean(none);
    });

    it('highlight: "xai-colossus" makes Colossus the headline and the main bar', async () => {
      const el = await cc({ highlight: 'xai-colossus' });
      noError(el);
      expect(headline(el)).to.equal('xAI Colossus: 100,000');
      expect(bar(el, 'xai-colossus').cls).to.equal('bar main');
      expect(bar(el, 'meta-llama4').cls).to.equal('bar reference');
      clean(el);
    });

    it('highlight: "nope" shows one error naming highlight and the known ids; the chart still renders', async () => {
      const el = await cc({ highlight: 'nope' });
      const items = errorItems(el);
      expect(items).to.have.length(1);
      expect(items[0].startsWith('highlight: “nope”'), items[0]).to.be.true;
      expect(items[0]).to.include('meta-llama4');
      expect(barKeys(el)).to.deep.equal(SEED_DESC);
      clean(el);
    });

    it('highlight: "nope" falls back to the default highlight, as its message ("Showing the default instead") says', async () => {
      // DESIGN §3.3: an invalid attribute shows a message and "the rest renders from defaults".
      const el = await cc({ highlight: 'nope' });
      expect(errorItems(el)[0]).to.include('Showing the default instead.');
      expect(headline(el)).to.equal('Meta Llama 4 cluster: 100,000');
    });

    it('as-of: "2026-11" pins the figures', async () => {
      const el = await cc({ 'as-of': '2026-11' });
      noError(el);
      expect(est(el).figuresVersion).to.equal('2026-11');
    });

    it('locale: "de" formats the figures the German way', async () => {
      const el = await cc({ locale: 'de' });
      noError(el);
      expect(headline(el)).to.equal('Meta Llama 4 cluster: 100.000');
      clean(el);
    });

    describe('properties', () => {

      it('setting attributes at runtime updates the chart', async () => {
        const el = await cc();
        el.setAttribute('sort', 'asc');
        await el.updateComplete;
        expect(barKeys(el)[0]).to.equal('meta-llama3-roce');
        el.removeAttribute('sort');
        await el.updateComplete;
        expect(barKeys(el)).to.deep.equal(SEED_DESC);
      });
    });
  });

  describe('invalid input', () => {
    // [description, attributes, attribute the message names, text the message must contain]
    const cases: Array<[string, AttrMap, string, string]> = [
      ['clusters "meta-llama4, nope"', { clusters: 'meta-llama4, nope' }, 'clusters', '“meta-llama4, nope”'],
      ['metric "fastest"', { metric: 'fastest' }, 'metric', 'gpus, h100e, power, cost'],
      ['sort "sideways"', { sort: 'sideways' }, 'sort', '“sideways”'],
      ['highlight "nope"', { highlight: 'nope' }, 'highlight', '“nope”'],
      ['claim "$2 billion" with metric "gpus"', { claim: '$2 billion', metric: 'gpus' }, 'claim', '“$2 billion”'],
      ['claim "gibberish"', { claim: 'gibberish' }, 'claim', '“gibberish”'],
      ['as-of "1999-01"', { 'as-of': '1999-01' }, 'as-of', '“1999-01”'],
    ];

    for (const [description, attrs, field, text] of cases) {
      it(description, async () => {
        let el!: ClusterCompare;
        const errors = await collectPageErrors(async () => {
          el = await cc(attrs);
        });
        expect(errors, 'page errors').to.deep.equal([]);
        expect(part(el, '[part=error]').getAttribute('role')).to.equal('alert');
        const items = errorItems(el);
        expect(items, 'one message').to.have.length(1);
        expect(items[0].startsWith(field), `message names ${field}: ${items[0]}`).to.be.true;
        expect(items[0]).to.include(text);
        // The rest still renders.
        expect(barKeys(el).length, 'bars').to.be.at.least(4);
        expect(summary(el)).to.match(/\d/);
        expect(has(el, '[part=verdict]'), '[part=verdict]').to.be.false;
        clean(el);
      });
    }

    it('warns on the console once per problem', async () => {
      const seen = warnings.count('“fastest-ever”');
      await cc({ metric: 'fastest-ever' });
      await cc({ metric: 'fastest-ever' });
      expect(warnings.count('“fastest-ever”') - seen).to.equal(1);
    });
  });

  describe('claim', () => {
    it('"bigger than anything reported" with the default highlight: Llama 4 ties Colossus at 100,000', async () => {
      const el = await cc({ claim: 'bigger than anything reported' });
      noError(el);
      expect(est(el).rank).to.equal('tie');
      expect(verdictText(el)).to.equal(
        'Claim check: The claim “bigger than anything reported” is not borne out by these figures: xAI Colossus is as large (100,000).',
      );
      expect(verdictKind(el)).not.to.equal('consistent');
      clean(el);
    });

    it('"bigger than anything reported" among Llama 4 and the Llama 3 RoCE cluster holds', async () => {
      const el = await cc({ claim: 'bigger than anything reported', clusters: 'meta-llama4,meta-llama3-roce' });
      noError(el);
      expect(est(el).rank).to.equal('holds');
      expect(verdictKind(el)).to.equal('consistent');
      expect(verdictText(el)).to.include('holds among these clusters');
      expect(verdictText(el)).to.include('Meta Llama 4 cluster is the largest in operation (100,000)');
      clean(el);
    });

    it('"the largest" for the Llama 3 RoCE cluster does not hold: Llama 4 is bigger', async () => {
      const el = await cc({ claim: 'the largest', highlight: 'meta-llama3-roce' });
      noError(el);
      expect(est(el).rank).to.equal('fails');
      expect(verdictText(el)).to.include('does not hold');
      expect(verdictText(el)).to.include('(100,000 against 24,576)');
      clean(el);
    });

    it('"over 100,000 GPUs" is checked against Llama 4’s 100,000: consistent', async () => {
      const el = await cc({ claim: 'over 100,000 GPUs' });
      noError(el);
      expect(est(el).verdict?.kind).to.equal('consistent');
      expect(verdictKind(el)).to.equal('consistent');
      expect(verdictText(el)).to.include('“over 100,000 GPUs”');
      expect(verdictText(el)).to.include('Meta Llama 4 cluster: 100,000');
      clean(el);
    });

    it('"over 1 million GPUs" is about 10 times too high', async () => {
      const el = await cc({ claim: 'over 1 million GPUs' });
      noError(el);
      expect(verdictKind(el)).to.equal('too-high');
      expect(verdictText(el)).to.match(/about 10 times too high/);
      clean(el);
    });

    it('"$2 billion" with metric "cost" is checked against $2.5–4 billion: too low', async () => {
      const el = await cc({ claim: '$2 billion', metric: 'cost' });
      noError(el);
      expect(verdictKind(el)).to.equal('too-low');
      expect(verdictText(el)).to.include('$2.5–4 billion');
      clean(el);
    });

    it('"$2 billion" with metric "gpus" is refused with an error on claim, and no verdict', async () => {
      const el = await cc({ claim: '$2 billion', metric: 'gpus' });
      const items = errorItems(el);
      expect(items).to.have.length(1);
      expect(items[0]).to.include('claim: “$2 billion”');
      expect(items[0], 'names the measure and what fits it').to.include('the chart’s measure (gpus)');
      expect(items[0]).to.include('an amount of money with “cost”');
      expect(has(el, '[part=verdict]'), '[part=verdict]').to.be.false;
      expect(headline(el)).to.equal('Meta Llama 4 cluster: 100,000');
      clean(el);
    });

    it('a reader who switches the chart to another measure hides the verdict, with no error', async () => {
      const el = await cc({ claim: 'over 100,000 GPUs', interactive: true });
      expect(has(el, '[part=verdict]'), 'verdict on GPUs').to.be.true;
      const select = part<HTMLSelectElement>(el, '[part=controls] select');
      select.selectedIndex = [...select.options].findIndex((o) => /power/i.test(o.textContent ?? ''));
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(errorItems(el)).to.deep.equal([]);
      expect(has(el, '[part=verdict]'), 'no verdict on power').to.be.false;
      clean(el);
    });

    it('removing the claim removes the verdict', async () => {
      const el = await cc({ claim: 'over 100,000 GPUs' });
      el.removeAttribute('claim');
      await el.updateComplete;
      expect(has(el, '[part=verdict]'), '[part=verdict]').to.be.false;
    });
  });

  describe('interactive: the reader chooses the metric', () => {
    const select = (el: ClusterCompare) => part<HTMLSelectElement>(el, 'select#c-metric');
    const choose = (el: ClusterCompare, index: number) => {
      select(el).value = String(index);
      select(el).dispatchEvent(new Event('change', { bubbles: true }));
    };

    it('without interactive there is no control', async () => {
      const el = await cc();
      expect(has(el, '[part=controls]')).to.equal(false);
    });

    it('offers the four metrics by name in a labelled select, the author’s metric chosen', async () => {
      const el = await cc({ interactive: true, metric: 'power' });
      const options = [...select(el).options].map((o) => norm(o.textContent));
      expect(options).to.deep.equal(['GPUs', 'H100-equivalents', 'average power', 'cost of the chips']);
      expect(select(el).selectedIndex).to.equal(2);
      expect(norm(part(el, 'label[for=c-metric]').textContent)).to.equal('Rank by');
      clean(el);
    });

    it('choosing “H100-equivalents” re-ranks the chart and fires estimate-change once, with the new estimate', async () => {
      const el = await cc({ interactive: true });
      const events: Event[] = [];
      el.addEventListener('estimate-change', (e) => events.push(e));
      choose(el, 1);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(events.length).to.equal(1);
      expect((events[0] as Event & { estimate: { metric: string } }).estimate.metric).to.equal('h100e');
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(barKeys(el)[0]).to.equal('meta-2024-h100e');
      expect(summary(el)).to.include('by H100-equivalents');
      expect(el.getAttribute('metric'), 'the author’s attribute is never rewritten').to.equal(null);
      clean(el);
    });

    it('Reset goes back to the author’s metric and fires once more', async () => {
      const el = await cc({ interactive: true, metric: 'gpus' });
      choose(el, 3);
      await el.updateComplete;
      const events: Event[] = [];
      el.addEventListener('estimate-change', (e) => events.push(e));
      part<HTMLButtonElement>(el, '[part=controls] button').click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(est(el).metric).to.equal('gpus');
      expect(select(el).selectedIndex).to.equal(0);
      expect(events.length).to.equal(1);
    });

    it('setting metric from code fires nothing', async () => {
      const el = await cc({ interactive: true });
      const events: Event[] = [];
      el.addEventListener('estimate-change', (e) => events.push(e));
      el.metric = 'power';
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(events.length).to.equal(0);
      expect(select(el).selectedIndex).to.equal(2);
    });

    it('passes the audit with the control shown', async () => {
      const el = await cc({ interactive: true });
      await expect(painted(el)).to.be.accessible();
    });
  });

  describe('currency on the cost metric', () => {
    it('currency “EUR” with exchange-rate “0.8” shows the Llama 4 chips at €2–3.2 billion (100,000 × $25,000–$40,000 × 0.8)', async () => {
      const el = await cc({ metric: 'cost', currency: 'EUR', 'exchange-rate': '0.8' });
      noError(el);
      expect(headline(el)).to.equal('Meta Llama 4 cluster: €2–3.2 billion');
      expect(est(el).currency).to.equal('EUR');
      expect(est(el).rate).to.equal(0.8);
      // The estimate stays in US dollars, like <gpu-cluster-cost>'s.
      expect(est(el).rows.find((r) => r.id === 'meta-llama4')?.value?.mid).to.be.closeTo(3_000_000_000, 1);
      expect(bar(el, 'meta-llama4').value).to.equal('€2–3.2 billion');
      clean(el);
    });

    it('a claim in euros is checked in euros: “€1 billion” is about 2.4 times too low against €2–3.2 billion', async () => {
      const el = await cc({ metric: 'cost', currency: 'EUR', 'exchange-rate': '0.8', claim: '€1 billion' });
      noError(el);
      expect(verdictKind(el)).to.equal('too-low');
      // The central €2.4 billion (0.8 × 100,000 × the central $30,000) over the claimed €1 billion.
      expect(verdictText(el)).to.include('2.4 times too low');
      expect(verdictText(el)).to.include('€2–3.2 billion');
    });

    it('currency without exchange-rate says the rate is needed and shows US dollars', async () => {
      const el = await cc({ metric: 'cost', currency: 'EUR' });
      expect(errorItems(el).join(' ')).to.include('exchange-rate');
      expect(headline(el)).to.equal('Meta Llama 4 cluster: $2.5–4 billion');
      clean(el);
    });

    it('other metrics are not money and ignore the currency', async () => {
      const el = await cc({ currency: 'EUR', 'exchange-rate': '0.9' });
      noError(el);
      expect(headline(el)).to.equal('Meta Llama 4 cluster: 100,000');
    });
  });

  describe('<cluster-entry> rows', () => {
    const ourLab: AttrMap = { name: 'Our lab', gpus: '2048', gpu: 'h200', status: 'planned' };

    it('<cluster-entry name="Our lab" gpus="2048" gpu="h200" status="planned"> adds a planned row, highlighted by default', async () => {
      const el = await cc({}, [ourLab]);
      noError(el);
      expect(barKeys(el)).to.deep.equal(['xai-colossus-200k', 'meta-llama4', 'xai-colossus', 'meta-llama3-roce', 'entry-1', 'meta-2024-h100e']);
      const b = bar(el, 'entry-1');
      expect(b.label).to.equal('Our lab (planned)');
      expect(b.value).to.equal('2,048');
      expect(b.cls).to.equal('bar planned');
      expect(est(el).highlight).to.equal('entry-1');
      expect(headline(el)).to.equal('Our lab: 2,048');
      expect(subline(el)).to.include('6 clusters');
      expect((await assumptionRows(el)).find(([name]) => name === 'Our lab (planned)')?.[2]).to.equal('the author');
      clean(el);
    });

    it('the entry itself renders nothing visible', async () => {
      const el = await cc({}, [ourLab]);
      const node = el.querySelector('cluster-entry')!;
      expect(node.getBoundingClientRect().height).to.equal(0);
    });

    it('changing its gpus attribute at runtime updates the chart', async () => {
      const el = await cc({}, [ourLab]);
      const before = barWidth(el, 'entry-1')!;
      el.querySelector('cluster-entry')!.setAttribute('gpus', '300000');
      await settle(el);
      noError(el);
      expect(barKeys(el)[0]).to.equal('entry-1');
      expect(bar(el, 'entry-1').value).to.equal('300,000');
      expect(headline(el)).to.equal('Our lab: 300,000');
      expect(barWidth(el, 'entry-1')).to.be.above(before);
      clean(el);
    });

    it('removing it removes the row', async () => {
      const el = await cc({}, [ourLab]);
      el.querySelector('cluster-entry')!.remove();
      await settle(el);
      expect(barKeys(el)).to.deep.equal(SEED_DESC);
      expect(headline(el)).to.equal('Meta Llama 4 cluster: 100,000');
      clean(el);
    });

    it('adding one at runtime adds a row', async () => {
      const el = await cc();
      el.append(entry({ name: 'New site', gpus: '50k', gpu: 'b200' }));
      await settle(el);
      noError(el);
      expect(barKeys(el)).to.include('entry-1');
      expect(bar(el, 'entry-1').label).to.equal('New site');
      expect(bar(el, 'entry-1').value).to.equal('50,000');
      expect(bar(el, 'entry-1').cls, 'operational by default').to.equal('bar main');
      clean(el);
    });

    it('two entries are numbered entry-1 and entry-2 in document order', async () => {
      const el = await cc({ highlight: 'entry-2' }, [ourLab, { name: 'Second', gpus: '4096' }]);
      noError(el);
      expect(barKeys(el)).to.include.members(['entry-1', 'entry-2']);
      expect(headline(el)).to.equal('Second: 4,096');
      clean(el);
    });

    it('a bad entry (gpus "-5") shows one error naming cluster-entry gpus while the other rows render', async () => {
      let el!: ClusterCompare;
      const errors = await collectPageErrors(async () => {
        el = await cc({}, [{ name: 'Our lab', gpus: '-5' }]);
      });
      expect(errors, 'page errors').to.deep.equal([]);
      const items = errorItems(el);
      expect(items).to.have.length(1);
      expect(items[0].startsWith('cluster-entry gpus: “-5”'), items[0]).to.be.true;
      expect(barKeys(el)).to.deep.equal(SEED_DESC);
      expect(headline(el)).to.equal('Meta Llama 4 cluster: 100,000');
      clean(el);
    });

    it('an entry without a name says a name is needed', async () => {
      const el = await cc({}, [{ gpus: '2048' }]);
      const items = errorItems(el);
      expect(items).to.have.length(1);
      expect(items[0]).to.include('cluster-entry name is needed');
      expect(items[0]).to.include('Our lab');
      clean(el);
    });

    it('an entry with status "rumoured" or gpu "tpu-v9" is refused, naming the entry’s attribute', async () => {
      const el = await cc({}, [{ name: 'A', gpus: '10', status: 'rumoured' }, { name: 'B', gpus: '10', gpu: 'tpu-v9' }]);
      const items = errorItems(el);
      expect(items).to.have.length(2);
      expect(items[0].startsWith('cluster-entry status: “rumoured”'), items[0]).to.be.true;
      expect(items[1].startsWith('cluster-entry gpu: “tpu-v9”'), items[1]).to.be.true;
      expect(barKeys(el)).to.deep.equal(SEED_DESC);
      clean(el);
    });

    it('fixing a bad entry at runtime clears its error and adds its row', async () => {
      const el = await cc({}, [{ name: 'Our lab', gpus: '-5' }]);
      el.querySelector('cluster-entry')!.setAttribute('gpus', '5');
      await settle(el);
      noError(el);
      expect(bar(el, 'entry-1').value).to.equal('5');
    });

    it('entry names are shown as text, never parsed as markup', async () => {
      let el!: ClusterCompare;
      const errors = await collectPageErrors(async () => {
        el = await cc({}, [{ name: XSS, gpus: '2048' }]);
      });
      expect(errors, 'page errors').to.deep.equal([]);
      noError(el);
      expect(bar(el, 'entry-1').label).to.equal(XSS);
      expect(headline(el)).to.equal(`${XSS}: 2,048`);
      expect(has(el, 'img'), 'an img element in the shadow root').to.be.false;
      expect(shadow(el).querySelectorAll('[onerror]').length, 'elements with onerror').to.equal(0);
      clean(el);
    });
  });

  describe('accessibility', () => {
    it('passes the audit with an entry, a claim and an error shown', async () => {
      await expect(painted(await cc({ claim: 'bigger than anything reported', metric: 'nope' }, [{ name: 'Our lab', gpus: '2048', status: 'planned' }]))).to.be.accessible();
    });

    it('the error is announced as an alert naming the attribute', async () => {
      const el = await cc({ sort: 'sideways' });
      const alert = part(el, '[role=alert]');
      expect(alert.getAttribute('part')).to.equal('error');
      expect(norm(alert.textContent)).to.include('sort');
    });
  });

  describe('layout', () => {
    /** Mounts in a `width`px column and lets the chart re-lay itself out at the measured width. */
    async function column(width: number, attrs: AttrMap = {}): Promise<ClusterCompare> {
      const el = await mountIn<ClusterCompare>(TAG, `width: ${width}px`, attrs);
      await frames(3);
      await el.updateComplete;
      return el;
    }

    /** Bars whose label runs into their value text, as "key: label ends x, value starts y". */
    const collisions = (el: ClusterCompare) => parts(el, 'g.bar').flatMap((g) => {
      const label = g.querySelector('text.label')?.getBoundingClientRect();
      const value = g.querySelector('text.value')?.getBoundingClientRect();
      // Text boxes meet only when they share both columns and lines: a value set under a wrapped
      // label may start left of where the label ends.
      const meet = label && value && label.right > value.left - 1 && label.bottom > value.top + 1 && value.bottom > label.top + 1;
      return meet
        ? [`${g.getAttribute('data-key')}: label ends ${Math.round(label.right)}, value starts ${Math.round(value.left)}`] : [];
    });

    it('a bare tag fits a 280px column without horizontal overflow', async () => {
      const el = await column(280);
      expect(el.getBoundingClientRect().width).to.be.closeTo(280, 1);
      expect(overflowingElements(el).join('; '), 'boxes outside the host').to.equal('');
      expect(el.scrollWidth, 'host scrollWidth').to.be.at.most(el.clientWidth);
      clean(el);
    });

    it('at 280px no bar label runs into its value', async () => {
      const el = await column(280);
      expect(collisions(el).join('; '), 'labels overlapping values').to.equal('');
    });

    it('at 480px no bar label runs into its value, whatever the metric', async function () {
      // Four widgets one after another; a background tab in Firefox gets slow frames.
      this.timeout(30_000);
      for (const metric of ['gpus', 'h100e', 'power', 'cost']) {
        const el = await column(480, { metric });
        expect(collisions(el).join('; '), `${metric}: labels overlapping values`).to.equal('');
      }
    });

    it('at 280px everything outside the chart fits, with an entry, a claim, an error and the disclosure open', async () => {
      const el = await column(280, { claim: 'bigger than anything reported', metric: 'cost', sort: 'sideways' });
      el.append(entry({ name: 'Our lab with a rather long name', gpus: '2048', status: 'planned' }));
      await settle(el);
      part<HTMLDetailsElement>(el, 'details').open = true;
      await frames(2);
      await el.updateComplete;
      const outside = overflowingElements(el).filter((s) => !/^(?:g|text|rect|path|line) /.test(s));
      expect(outside.join('; '), 'boxes outside the host (chart contents aside)').to.equal('');
      expect(has(el, '[part=verdict]'), 'verdict').to.be.true;
      expect(errorItems(el)).to.have.length(1);
      clean(el);
    });
  });
});
