// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Cluster ranking (src/core/compare.ts): H100-equivalents, the seed set by each metric, sorting,
// the author's rows, and reading <cluster-compare>'s and <cluster-entry>'s attributes.
//
// Reference figures (figures.md §1a, §7):
//   dense BF16 TFLOP/s: H100 SXM 989.4, H200 989.4 (same compute), B200 2,250, A100 312,
//   MI300X 1,307.4 (Klockwood, AMD datasheet).
//   Meta GenAI cluster (RoCE) 24,576 H100 (Meta Engineering, 12 Mar 2024); Llama 4 cluster
//   "bigger than 100,000 H100s" (Zuckerberg, Q3 2024 call); xAI Colossus 100,000 Hopper GPUs,
//   doubled to 200,000 (+50,000 H100, +50,000 H200 per press; NVIDIA release 28 Oct 2024);
//   Meta end-2024 "compute power equivalent to nearly 600,000 H100s" (no split).
//   H100 price $25,000–$40,000 (central $30,000); H200 has no sourced price (figures.md §1b).

import { expect } from '@open-wc/testing';
import {
  H100E_BASE, METRICS, RANK_CLAIM, compareClaimTarget, h100Equivalents, rankOf, readClusterEntry, type CompareRow, type CustomCluster,
} from '../../src/core/compare.js';

import { clusterFigures } from '../../src/core/data/clusters.js';

import { add, point } from '../../src/core/range.js';
import { claim, expectRange } from '../helpers/core.js';
// Pinned to figures 2026-11, the numbers these tests hand-check (see test/helpers/pinned.ts).
import {
  compareClusters, estimateClusterCost, estimatePower, readCompareAttributes, nov as latestFigures,
} from '../helpers/pinned.js';

/** Rows as [id, value mid] pairs (undefined where a row has no value), top to bottom. */
const ranked = (rows: readonly CompareRow[]) => rows.map((r) => [r.id, r.value?.mid] as const);

const row = (rows: readonly CompareRow[], id: string): CompareRow => {
  const found = rows.find((r) => r.id === id);
  if (!found) expect.fail(`no row ${id} in ${JSON.stringify(rows.map((r) => r.id))}`);
  return found;
};

const ourLab: CustomCluster = { id: 'entry-1', name: 'Our lab', status: 'planned', parts: [{ gpu: 'h200', count: 2048 }] };

describe('compare', () => {
  describe('h100Equivalents()', () => {
    // [gpu, count, expected, how]
    const cases: Array<[string, number, number, string]> = [
      ['h100-sxm', 1, 1, '989.4 / 989.4'],
      ['h200', 1, 1, '989.4 / 989.4 (same compute as the H100)'],
      ['b200', 1, 2250 / 989.4, '2,250 / 989.4 ≈ 2.27'],
      ['a100', 1, 312 / 989.4, '312 / 989.4 ≈ 0.315'],
      ['mi300x', 1, 1307.4 / 989.4, '1,307.4 / 989.4 ≈ 1.32'],
      ['h200', 50_000, 50_000, '50,000 × 989.4 / 989.4'],
      ['b200', 1000, 2_274.105, '1,000 × 2,250 / 989.4'],
    ];
    for (const [gpu, count, expected, how] of cases) {
      it(`h100Equivalents('${gpu}', ${count}) is ${how}`, () => {
        expect(h100Equivalents(gpu, count)).to.be.closeTo(expected, 1e-3);
      });
    }

    it("h100Equivalents('b200', 1) is 2.274 to three decimals (2,250 / 989.4 = 2.27410…)", () => {
      expect(Math.round(h100Equivalents('b200', 1) * 1000) / 1000).to.equal(2.274);
    });

    it('counts in the H100 SXM (H100E_BASE)', () => {
      expect(H100E_BASE).to.equal('h100-sxm');
      expect(latestFigures.accelerators[H100E_BASE].bf16.value).to.equal(989.4);
    });

    it("h100Equivalents('tpu-v9', 1) throws a RangeError naming the gpu", () => {
      expect(() => h100Equivalents('tpu-v9', 1)).to.throw(RangeError, /invalid gpu: tpu-v9/);
    });
  });

  describe('the cluster data', () => {
    it('the seed set is Llama 3 RoCE, Llama 4, Colossus, Colossus doubled and the 600k H100e fleet', () => {
      expect(clusterFigures(latestFigures.version).seedSet).to.deep.equal(
        ['meta-llama3-roce', 'meta-llama4', 'xai-colossus', 'xai-colossus-200k', 'meta-2024-h100e'],
      );
    });

    it('every cluster has a source with a link', () => {
      for (const c of clusterFigures(latestFigures.version).clusters) {
        expect(c.source.url, c.id).to.match(/^https:\/\//);
      }
    });
  });

  describe('compareClusters()', () => {
    it('compareClusters() ranks the seed set by GPUs: Colossus doubled (200,000) first, the 600k-H100e row last with no value', () => {
      const r = compareClusters();
      expect(r.metric).to.equal('gpus');
      expect(r.figuresVersion).to.equal('2026-11');
      expect(ranked(r.rows)).to.deep.equal([
        ['xai-colossus-200k', 200_000],
        ['meta-llama4', 100_000],
        ['xai-colossus', 100_000],
        ['meta-llama3-roce', 24_576],
        ['meta-2024-h100e', undefined],
      ]);
      expect('value' in row(r.rows, 'meta-2024-h100e'), 'no value key at all').to.be.false;
    });

    it('compareClusters() keeps each row’s name, owner, status, source and note', () => {
      const rows = compareClusters().rows;
      const c = row(rows, 'xai-colossus-200k');
      expect(c.name).to.equal('xAI Colossus, doubled');
      expect(c.owner).to.equal('xAI');
      expect(c.status).to.equal('announced');
      expect(c.custom).to.be.false;
      expect(c.source?.url).to.include('vmblog.com');
      expect(c.note).to.include('200,000');
      expect(row(rows, 'meta-2024-h100e').status).to.equal('planned');
      expect(row(rows, 'meta-llama4').status).to.equal('operational');
      expect(row(rows, 'xai-colossus').note).to.include('122 days');
    });

    it('compareClusters() returns plain data', () => {
      const r = compareClusters();
      expect(JSON.parse(JSON.stringify(r))).to.deep.equal(r);
    });

    it("compareClusters({metric: 'h100e'}) puts the 600,000 H100e fleet first and Colossus doubled at 200,000 (H100 and H200 both 989.4)", () => {
      const r = compareClusters({ metric: 'h100e' });
      expect(r.metric).to.equal('h100e');
      expect(ranked(r.rows).map(([id]) => id)).to.deep.equal(
        ['meta-2024-h100e', 'xai-colossus-200k', 'meta-llama4', 'xai-colossus', 'meta-llama3-roce'],
      );
      expectRange(row(r.rows, 'meta-2024-h100e').value, 600_000, 600_000, 600_000);
      // 150,000 × 989.4/989.4 + 50,000 × 989.4/989.4 = 200,000.
      expectRange(row(r.rows, 'xai-colossus-200k').value, 200_000, 200_000, 200_000);
      expectRange(row(r.rows, 'meta-llama3-roce').value, 24_576, 24_576, 24_576);
    });

    it("compareClusters({metric: 'power'}) gives Llama 4 exactly estimatePower({gpus: 100000, gpu: 'h100-sxm'}).powerW", () => {
      const r = compareClusters({ metric: 'power' });
      const direct = estimatePower({ gpus: 100_000, gpu: 'h100-sxm' }).powerW;
      expect(row(r.rows, 'meta-llama4').value).to.deep.equal(direct);
      // By hand (figures.md §8d, test/core/power.test.ts): 100,000 × 700 W × 1.82 × 0.75 × 1.10 = 105.105 MW central,
      // 100,000 × 700 W × 1.80 × 0.50 × 1.08 = 68.04 MW low, 100,000 × 700 W × 2.14 × 1.00 × 1.56 = 233.688 MW high.
      expectRange(row(r.rows, 'meta-llama4').value, 68_040_000, 105_105_000, 233_688_000);
    });

    it("compareClusters({metric: 'power'}) sums the parts of Colossus doubled: 150,000 H100 + 50,000 H200", () => {
      const r = compareClusters({ metric: 'power' });
      const expected = add(
        estimatePower({ gpus: 150_000, gpu: 'h100-sxm' }).powerW,
        estimatePower({ gpus: 50_000, gpu: 'h200' }).powerW,
      );
      const v = row(r.rows, 'xai-colossus-200k').value;
      expectRange(v, expected.low, expected.mid, expected.high);
      // Both are 700 W parts, so this is twice Llama 4's power.
      expectRange(v, 2 * 68_040_000, 2 * 105_105_000, 2 * 233_688_000);
    });

    it("compareClusters({metric: 'power'}) has no value for the 600k H100e fleet (no accelerators to rate) and ranks it last", () => {
      const r = compareClusters({ metric: 'power' });
      expect(r.rows.map((x) => x.id)).to.deep.equal(['xai-colossus-200k', 'meta-llama4', 'xai-colossus', 'meta-llama3-roce', 'meta-2024-h100e']);
      expect(row(r.rows, 'meta-2024-h100e').value).to.equal(undefined);
      expect(row(r.rows, 'xai-colossus-200k').value?.mid).to.be.closeTo(210_210_000, 1e-3);
      expect(row(r.rows, 'meta-llama3-roce').value?.mid).to.be.closeTo(24_576 * 700 * 1.82 * 0.75 * 1.10, 1e-3);
    });

    it("compareClusters({metric: 'cost'}) is estimateClusterCost's capex: Llama 4 100,000 × $25k–$40k = $2.5–4 billion", () => {
      const r = compareClusters({ metric: 'cost' });
      const direct = estimateClusterCost({ gpus: 100_000, gpu: 'h100-sxm' }).capex;
      expect(row(r.rows, 'meta-llama4').value).to.deep.equal(direct);
      expectRange(row(r.rows, 'meta-llama4').value, 2.5e9, 3e9, 4e9);
      // 24,576 × $30,000 = $737.28 million.
      expectRange(row(r.rows, 'meta-llama3-roce').value, 614.4e6, 737.28e6, 983.04e6);
    });

    it("compareClusters({metric: 'cost'}) has no value for Colossus doubled (the H200 has no sourced price) nor the H100e fleet", () => {
      const r = compareClusters({ metric: 'cost' });
      expect(latestFigures.accelerators.h200.price).to.equal(null);
      expect(row(r.rows, 'xai-colossus-200k').value).to.equal(undefined);
      expect(row(r.rows, 'meta-2024-h100e').value).to.equal(undefined);
      expect(r.rows.map((x) => x.id)).to.deep.equal(['meta-llama4', 'xai-colossus', 'meta-llama3-roce', 'xai-colossus-200k', 'meta-2024-h100e']);
      expect(row(r.rows, 'meta-llama3-roce').value?.mid).to.be.closeTo(737.28e6, 1e-3);
    });

    it("compareClusters({sort: 'asc'}) ranks smallest first and still puts rows without a value last", () => {
      expect(ranked(compareClusters({ sort: 'asc' }).rows)).to.deep.equal([
        ['meta-llama3-roce', 24_576],
        ['meta-llama4', 100_000],
        ['xai-colossus', 100_000],
        ['xai-colossus-200k', 200_000],
        ['meta-2024-h100e', undefined],
      ]);
    });

    it("compareClusters({sort: 'asc', metric: 'cost'}) puts both rows without a price last", () => {
      const ids = compareClusters({ sort: 'asc', metric: 'cost' }).rows.map((r) => r.id);
      expect(ids.slice(-2)).to.have.members(['xai-colossus-200k', 'meta-2024-h100e']);
      expect(ids[0]).to.equal('meta-llama3-roce');
    });

    it("compareClusters({sort: 'none'}) keeps the seed set’s order", () => {
      expect(compareClusters({ sort: 'none' }).rows.map((r) => r.id)).to.deep.equal(clusterFigures(latestFigures.version).seedSet);
    });

    it("compareClusters({ids: ['meta-llama3-ib', 'meta-2024-h100'], sort: 'none'}) shows only those, in that order", () => {
      expect(ranked(compareClusters({ ids: ['meta-llama3-ib', 'meta-2024-h100'], sort: 'none' }).rows)).to.deep.equal([
        ['meta-llama3-ib', 24_576],
        ['meta-2024-h100', 350_000],
      ]);
    });

    it("compareClusters({ids: ['nope']}) throws a RangeError naming the cluster", () => {
      expect(() => compareClusters({ ids: ['nope'] })).to.throw(RangeError, /invalid cluster: nope/);
    });

    it('compareClusters({custom: [Our lab, 2,048 H200]}) adds a custom row ranked among the others', () => {
      const r = compareClusters({ custom: [ourLab] });
      expect(ranked(r.rows)).to.deep.equal([
        ['xai-colossus-200k', 200_000],
        ['meta-llama4', 100_000],
        ['xai-colossus', 100_000],
        ['meta-llama3-roce', 24_576],
        ['entry-1', 2048],
        ['meta-2024-h100e', undefined],
      ]);
      const lab = row(r.rows, 'entry-1');
      expect(lab.custom).to.be.true;
      expect(lab.name).to.equal('Our lab');
      expect(lab.status).to.equal('planned');
      expect(lab.source).to.equal(undefined);
    });

    it("compareClusters({custom: [1,000 B200], metric: 'h100e'}) counts them as 2,274.1 H100e (1,000 × 2,250 / 989.4)", () => {
      const r = compareClusters({ metric: 'h100e', custom: [{ id: 'entry-1', name: 'B', status: 'operational', parts: [{ gpu: 'b200', count: 1000 }] }] });
      expect(row(r.rows, 'entry-1').value?.mid).to.be.closeTo(2_274.105, 1e-3);
    });

    it("compareClusters({custom: [Our lab], metric: 'cost'}) has no value for an H200 row (no sourced price)", () => {
      expect(row(compareClusters({ custom: [ourLab], metric: 'cost' }).rows, 'entry-1').value).to.equal(undefined);
    });

    it("compareClusters({custom: [1,000 B200], metric: 'cost'}) is 1,000 × $30k–$40k (CNBC)", () => {
      const r = compareClusters({ metric: 'cost', custom: [{ id: 'entry-1', name: 'B', status: 'operational', parts: [{ gpu: 'b200', count: 1000 }] }] });
      expectRange(row(r.rows, 'entry-1').value, 30e6, 35e6, 40e6);
    });

    it('every metric gives finite values or none', () => {
      for (const metric of METRICS) {
        for (const r of compareClusters({ metric, custom: [ourLab] }).rows) {
          if (r.value) for (const v of [r.value.low, r.value.mid, r.value.high]) expect(Number.isFinite(v), `${metric} ${r.id}`).to.be.true;
        }
      }
    });
  });

  describe('readCompareAttributes()', () => {
    it('readCompareAttributes({}) has no issues and leaves everything to the defaults', () => {
      const a = readCompareAttributes({});
      expect(a.issues).to.deep.equal([]);
      expect(a.figures.version).to.equal('2026-11');
      expect(Object.keys(a).sort()).to.deep.equal(['currency', 'figures', 'issues', 'rate']);
      expect([a.currency, a.rate]).to.deep.equal(['USD', 1]);
    });

    it('readCompareAttributes({ currency: "EUR", "exchange-rate": "0.92" }) reads the display currency and rate', () => {
      const a = readCompareAttributes({ currency: 'EUR', 'exchange-rate': '0.92' });
      expect(a.issues).to.deep.equal([]);
      expect([a.currency, a.rate]).to.deep.equal(['EUR', 0.92]);
    });

    it('readCompareAttributes({ currency: "EUR" }) reports the missing exchange-rate and keeps US dollars', () => {
      const a = readCompareAttributes({ currency: 'EUR' });
      expect(a.issues.map((i) => [i.field, i.code])).to.deep.equal([['exchange-rate', 'missing']]);
      expect([a.currency, a.rate]).to.deep.equal(['USD', 1]);
    });

    it("readCompareAttributes({clusters: 'meta-llama4, xai-colossus'}) picks those ids", () => {
      const a = readCompareAttributes({ clusters: 'meta-llama4, xai-colossus' });
      expect(a.issues).to.deep.equal([]);
      expect(a.ids).to.deep.equal(['meta-llama4', 'xai-colossus']);
    });

    it("readCompareAttributes({clusters: 'meta-llama4, nope'}) gives one unknown issue on clusters and no ids", () => {
      const a = readCompareAttributes({ clusters: 'meta-llama4, nope' });
      expect(a.issues).to.have.length(1);
      expect(a.issues[0].field).to.equal('clusters');
      expect(a.issues[0].code).to.equal('unknown');
      expect(a.issues[0].value).to.equal('meta-llama4, nope');
      expect(String(a.issues[0].params?.list)).to.include('xai-colossus-200k');
      expect(a.ids).to.equal(undefined);
    });

    it("readCompareAttributes({metric: 'fastest'}) gives one issue on metric", () => {
      const a = readCompareAttributes({ metric: 'fastest' });
      expect(a.issues).to.have.length(1);
      expect(a.issues[0].field).to.equal('metric');
      expect(a.issues[0].code).to.equal('unknown');
      expect(a.issues[0].params?.list).to.equal('gpus, h100e, power, cost');
      expect(a.metric).to.equal(undefined);
    });

    it("readCompareAttributes({metric: 'H100e'}) reads 'h100e' (keywords ignore case)", () => {
      expect(readCompareAttributes({ metric: 'H100e' }).metric).to.equal('h100e');
    });

    it("readCompareAttributes({sort: 'sideways'}) gives one issue on sort", () => {
      const a = readCompareAttributes({ sort: 'sideways' });
      expect(a.issues.map((i) => i.field)).to.deep.equal(['sort']);
      expect(a.sort).to.equal(undefined);
      expect(readCompareAttributes({ sort: 'asc' }).sort).to.equal('asc');
    });

    it("readCompareAttributes({highlight: ' meta-llama4 '}) trims the id", () => {
      expect(readCompareAttributes({ highlight: ' meta-llama4 ' }).highlight).to.equal('meta-llama4');
    });

    it("readCompareAttributes({claim: 'bigger than anything reported'}) is a rank claim", () => {
      const a = readCompareAttributes({ claim: 'bigger than anything reported' });
      expect(a.issues).to.deep.equal([]);
      expect(a.claim).to.deep.equal({ kind: 'rank', text: 'bigger than anything reported' });
    });

    it('RANK_CLAIM matches "the largest", "biggest" and "larger than any other", not "over 100,000 GPUs"', () => {
      for (const t of ['the largest AI cluster', 'the biggest', 'larger than any other', 'Bigger than all']) expect(RANK_CLAIM.test(t), t).to.be.true;
      expect(RANK_CLAIM.test('over 100,000 GPUs')).to.be.false;
    });

    it("readCompareAttributes({claim: 'over 100,000 GPUs'}) is a size claim: at least 100,000 GPUs", () => {
      const a = readCompareAttributes({ claim: 'over 100,000 GPUs' });
      expect(a.issues).to.deep.equal([]);
      if (a.claim?.kind !== 'size') expect.fail(`expected a size claim, got ${JSON.stringify(a.claim)}`);
      expect(a.claim.claim.kind).to.equal('count');
      expect(a.claim.claim.noun).to.equal('gpus');
      expect(a.claim.claim.value).to.equal(100_000);
      expect(a.claim.claim.qualifier).to.equal('min');
    });

    it("readCompareAttributes({claim: 'bigger than 100,000 GPUs'}) (a figure in it) is read as a size, not a rank", () => {
      const a = readCompareAttributes({ claim: 'bigger than 100,000 GPUs' });
      expect(a.claim?.kind).to.equal('size');
    });

    it("readCompareAttributes({claim: 'gibberish'}) gives one issue on claim", () => {
      const a = readCompareAttributes({ claim: 'gibberish' });
      expect(a.issues.map((i) => i.field)).to.deep.equal(['claim']);
      expect(a.claim).to.equal(undefined);
    });

    it("readCompareAttributes({'as-of': '1999-01'}) gives one issue on as-of and the latest figures", () => {
      const a = readCompareAttributes({ 'as-of': '1999-01' });
      expect(a.issues.map((i) => i.field)).to.deep.equal(['as-of']);
      expect(a.figures.version).to.equal('2026-12');
    });
  });

  describe('readClusterEntry()', () => {
    it("readClusterEntry({name: 'Our lab', gpus: '2048', gpu: 'h200', status: 'planned'}, 0) is entry-1, 2,048 H200, planned", () => {
      const r = readClusterEntry({ name: 'Our lab', gpus: '2048', gpu: 'h200', status: 'planned' }, 0);
      expect(r.issues).to.deep.equal([]);
      expect(r.entry).to.deep.equal(ourLab);
    });

    it("readClusterEntry({name: ' B ', gpus: '2k'}, 2) is entry-3: 2,000 of the seed GPU (H100 SXM), operational", () => {
      const r = readClusterEntry({ name: ' B ', gpus: '2k' }, 2);
      expect(r.issues).to.deep.equal([]);
      expect(r.entry).to.deep.equal({ id: 'entry-3', name: 'B', status: 'operational', parts: [{ gpu: 'h100-sxm', count: 2000 }] });
    });

    it("readClusterEntry({gpu: 'H200', status: 'Announced', …}) ignores case", () => {
      const r = readClusterEntry({ name: 'X', gpus: '10', gpu: 'H200', status: 'Announced' }, 0);
      expect(r.issues).to.deep.equal([]);
      expect(r.entry?.status).to.equal('announced');
      expect(r.entry?.parts[0].gpu).to.equal('h200');
    });

    // [description, attributes, field, code]
    const bad: Array<[string, Record<string, string>, string, string]> = [
      ['no name', { gpus: '2048' }, 'cluster-entry name', 'missing'],
      ['a blank name', { name: '  ', gpus: '2048' }, 'cluster-entry name', 'missing'],
      ['no gpus', { name: 'Our lab' }, 'cluster-entry gpus', 'missing'],
      ["gpus '-5'", { name: 'Our lab', gpus: '-5' }, 'cluster-entry gpus', 'out-of-range'],
      ["gpus '0'", { name: 'Our lab', gpus: '0' }, 'cluster-entry gpus', 'out-of-range'],
      ["gpus 'lots'", { name: 'Our lab', gpus: 'lots' }, 'cluster-entry gpus', 'invalid'],
      ["gpu 'tpu-v9'", { name: 'Our lab', gpus: '2048', gpu: 'tpu-v9' }, 'cluster-entry gpu', 'unknown'],
      ["status 'rumoured'", { name: 'Our lab', gpus: '2048', status: 'rumoured' }, 'cluster-entry status', 'unknown'],
    ];
    for (const [description, attrs, field, code] of bad) {
      it(`readClusterEntry() with ${description} gives one '${code}' issue on '${field}' and no entry`, () => {
        const r = readClusterEntry(attrs, 0);
        expect(r.entry).to.equal(undefined);
        expect(r.issues.map((i) => [i.field, i.code])).to.deep.equal([[field, code]]);
      });
    }

    it("readClusterEntry({gpus: '-5'}) keeps the value as given", () => {
      expect(readClusterEntry({ name: 'Our lab', gpus: '-5' }, 0).issues[0].value).to.equal('-5');
    });
  });

  describe('compareClaimTarget()', () => {
    const llama4 = (metric: 'gpus' | 'h100e' | 'power' | 'cost') => row(compareClusters({ metric }).rows, 'meta-llama4');

    it("compareClaimTarget('over 100,000 GPUs', Llama 4, 'gpus') is the row’s 100,000", () => {
      expect(compareClaimTarget(claim('over 100,000 GPUs'), llama4('gpus'), 'gpus')).to.deep.equal(point(100_000));
    });

    it("compareClaimTarget('over 100,000 GPUs', Llama 4, 'h100e') is the row’s H100e", () => {
      expect(compareClaimTarget(claim('over 100,000 GPUs'), llama4('h100e'), 'h100e')?.mid).to.be.closeTo(100_000, 1e-6);
    });

    it("compareClaimTarget('over 100,000 GPUs', Llama 4, 'power' or 'cost') is undefined (a count is not a power or a price)", () => {
      expect(compareClaimTarget(claim('over 100,000 GPUs'), llama4('power'), 'power')).to.equal(undefined);
      expect(compareClaimTarget(claim('over 100,000 GPUs'), llama4('cost'), 'cost')).to.equal(undefined);
    });

    it("compareClaimTarget('about 100 MW', Llama 4, 'power') is the row’s power; with 'gpus' it is undefined", () => {
      expect(compareClaimTarget(claim('about 100 MW'), llama4('power'), 'power')).to.deep.equal(llama4('power').value);
      expect(compareClaimTarget(claim('about 100 MW'), llama4('gpus'), 'gpus')).to.equal(undefined);
    });

    it("compareClaimTarget('$2 billion', Llama 4, 'cost') is the row’s capex; with 'gpus' it is undefined", () => {
      expect(compareClaimTarget(claim('$2 billion'), llama4('cost'), 'cost')).to.deep.equal(llama4('cost').value);
      expect(compareClaimTarget(claim('$2 billion'), llama4('gpus'), 'gpus')).to.equal(undefined);
    });

    it("compareClaimTarget('over 34 million households', …) is undefined (not a GPU count)", () => {
      expect(compareClaimTarget(claim('over 34 million households'), llama4('gpus'), 'gpus')).to.equal(undefined);
    });

    it('compareClaimTarget() without a row, or for a row with no value, is undefined', () => {
      expect(compareClaimTarget(claim('over 100,000 GPUs'), undefined, 'gpus')).to.equal(undefined);
      const fleet = row(compareClusters({ metric: 'cost' }).rows, 'xai-colossus-200k');
      expect(compareClaimTarget(claim('$2 billion'), fleet, 'cost')).to.equal(undefined);
    });
  });

  describe('rankOf() (a rank claim such as "bigger than anything reported")', () => {
    const rows = compareClusters().rows;
    it("rankOf(seed rows, 'meta-llama4') is 'tie': 100,000 GPUs, as many as xAI Colossus", () => {
      expect(rankOf(rows, 'meta-llama4')).to.equal('tie');
    });
    it("rankOf(rows without Colossus, 'meta-llama4') is 'holds' against the 24,576-GPU cluster", () => {
      expect(rankOf(compareClusters({ ids: ['meta-llama4', 'meta-llama3-roce'] }).rows, 'meta-llama4')).to.equal('holds');
    });
    it("rankOf(seed rows, 'meta-llama3-roce') is 'fails': two operational clusters are bigger", () => {
      expect(rankOf(rows, 'meta-llama3-roce')).to.equal('fails');
    });
    it('planned and announced rows do not count against the claim', () => {
      // Colossus doubled (announced, 200,000) is bigger than Colossus but not operational.
      expect(rankOf(compareClusters({ ids: ['xai-colossus', 'xai-colossus-200k'] }).rows, 'xai-colossus')).to.equal('holds');
    });
    it('a row without a value has no rank', () => {
      expect(rankOf(rows, 'meta-2024-h100e')).to.equal(undefined);
      expect(rankOf(rows, 'nope')).to.equal(undefined);
    });
  });
});
