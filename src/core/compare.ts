// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Ranking clusters by GPU count, H100-equivalents (dense BF16 throughput relative to the H100
// SXM), average power or chip cost, each computed through the shared models.

import { clusterFigures, type Cluster, type ClusterStatus } from './data/clusters.js';
import { latestFigures, type FigureSet, type Source } from './data/index.js';
import type { Calculation, Overrides } from './calculation.js';
import { checkClaim, type Verdict } from './claim.js';
import { claimUsd, estimateClusterCost, readCurrency } from './cost.js';
import { Reader, readAccelerator, readClaim, readCount, readFigures, type Attributes } from './inputs.js';
import type { Issue } from './issues.js';
import { parseKeyword, parseKeywordList, type Claim } from './parse.js';
import { estimatePower } from './power.js';
import { add, mul, point, type Range } from './range.js';

export const METRICS = ['gpus', 'h100e', 'power', 'cost'] as const;
export type Metric = (typeof METRICS)[number];
export const STATUSES: readonly ClusterStatus[] = ['operational', 'construction', 'announced', 'planned'];
export const SORTS = ['desc', 'asc', 'none'] as const;
export type Sort = (typeof SORTS)[number];

/** The accelerator that H100-equivalents are counted in. */
export const H100E_BASE = 'h100-sxm';

/** A row an author adds with `<cluster-entry>`. */
export interface CustomCluster {
  readonly id: string;
  readonly name: string;
  readonly status: ClusterStatus;
  readonly parts: ReadonlyArray<{ readonly gpu: string; readonly count: number }>;
}

export interface CompareRow {
  readonly id: string;
  readonly name: string;
  readonly owner?: string;
  readonly status: ClusterStatus;
  readonly custom: boolean;
  /** The metric's value (GPUs, H100e, W, USD); undefined when this cluster lacks what it needs. */
  readonly value?: Range;
  readonly source?: Source;
  readonly note?: string;
}

export interface CompareResult {
  readonly metric: Metric;
  readonly rows: readonly CompareRow[];
  readonly figuresVersion: string;
}

/** H100-equivalents of `count` accelerators: count × dense BF16 peak ÷ the H100 SXM's (989.4 TFLOP/s). */
export function h100Equivalents(gpu: string, count: number, f: FigureSet = latestFigures): number {
  const a = f.accelerators[gpu];
  if (!a) throw new RangeError(`invalid gpu: ${gpu}`);
  return (count * a.bf16.value) / f.accelerators[H100E_BASE].bf16.value;
}

function metricOf(parts: CustomCluster['parts'], h100e: number | undefined, metric: Metric, f: FigureSet, powerW?: number): Range | undefined {
  // Sites reported only in gigawatts are compared by power; fleets only in H100-equivalents by those.
  if (parts.length === 0) return metric === 'h100e' && h100e !== undefined ? point(h100e) : metric === 'power' && powerW !== undefined ? point(powerW) : undefined;
  const per = parts.map(({ gpu, count }): Range | undefined => {
    switch (metric) {
      case 'gpus': return point(count);
      case 'h100e': return point(h100Equivalents(gpu, count, f));
      case 'power': return f.accelerators[gpu]?.tdp ? estimatePower({ gpus: count, gpu, figures: f }).powerW : undefined;
      case 'cost': return estimateClusterCost({ gpus: count, gpu, figures: f }).capex;
    }
  });
  return per.every((r): r is Range => r !== undefined) ? add(...per) : undefined;
}

/**
 * Computes `metric` for the known clusters `ids` (default: the seed story's set) and the author's
 * `custom` rows, sorted. Unknown ids throw a RangeError (code misuse); attribute text goes
 * through `readCompareAttributes`.
 */
export function compareClusters(options: {
  readonly ids?: readonly string[];
  readonly custom?: readonly CustomCluster[];
  readonly metric?: Metric;
  readonly sort?: Sort;
  readonly figures?: FigureSet;
} = {}): CompareResult {
  const f = options.figures ?? latestFigures;
  const data = clusterFigures(f.version);
  const metric = options.metric ?? 'gpus';
  const known = (options.ids ?? data.seedSet).map((id) => {
    const c = data.clusters.find((x) => x.id === id);
    if (!c) throw new RangeError(`invalid cluster: ${id}`);
    return c;
  });
  const rows: CompareRow[] = [
    ...known.map((c: Cluster): CompareRow => {
      const value = metricOf(c.parts, c.h100e, metric, f, c.powerW);
      return {
        id: c.id, name: c.name, owner: c.owner, status: c.status, custom: false, source: c.source,
        ...(value ? { value } : {}), ...(c.note ? { note: c.note } : {}),
      };
    }),
    ...(options.custom ?? []).map((c): CompareRow => {
      const value = metricOf(c.parts, undefined, metric, f);
      return { id: c.id, name: c.name, status: c.status, custom: true, ...(value ? { value } : {}) };
    }),
  ];
  const sort = options.sort ?? 'desc';
  if (sort !== 'none') {
    // Rows without a value go last, whatever the order.
    const key = (r: CompareRow) => (r.value ? r.value.mid : sort === 'desc' ? -Infinity : Infinity);
    rows.sort((a, b) => (sort === 'desc' ? key(b) - key(a) : key(a) - key(b)));
  }
  return { metric, rows, figuresVersion: f.version };
}

/** The rank claim a story makes without a number: "bigger than anything reported", "the largest". */
export const RANK_CLAIM = /\b(?:(?:bigger|larger) than (?:anything|any other|all)|largest|biggest|größer als (?:alles|alle|jeder)|größte[nrs]?|plus grands? que (?:tout|tous)|le plus grand|más grande que (?:cualquier|todos)|el (?:más grande|mayor))(?![\p{L}])/iu;

/** How a claim about the highlighted cluster fares: a size ("over 100,000 GPUs") or a rank. */
export type CompareClaim = { readonly kind: 'size'; readonly claim: Claim } | { readonly kind: 'rank'; readonly text: string };

/** Parsed attributes of `<cluster-compare>` (without its `<cluster-entry>` children). */
export interface CompareAttributes {
  readonly ids?: readonly string[];
  readonly metric?: Metric;
  readonly sort?: Sort;
  readonly highlight?: string;
  readonly claim?: CompareClaim;
  /** Display currency for the cost metric, and its units per US dollar (1 for USD). */
  readonly currency: string;
  readonly rate: number;
  readonly figures: FigureSet;
  readonly issues: readonly Issue[];
}

/** Reads `<cluster-compare>`'s own attributes. */
export function readCompareAttributes(attrs: Attributes): CompareAttributes {
  const r = new Reader(attrs);
  const figures = readFigures(r);
  const ids = clusterFigures(figures.version).clusters.map((c) => c.id);
  const chosen = r.read('clusters', (n, t) => parseKeywordList(n, t, ids));
  const metric = r.read('metric', (n, t) => parseKeyword(n, t, METRICS));
  const sort = r.read('sort', (n, t) => parseKeyword(n, t, SORTS));
  const highlight = r.text('highlight')?.trim();
  const { currency, rate } = readCurrency(r);
  const claimText = r.text('claim');
  let claim: CompareClaim | undefined;
  if (claimText !== undefined && RANK_CLAIM.test(claimText) && !/\d/.test(claimText)) claim = { kind: 'rank', text: claimText.trim() };
  else {
    const c = readClaim(r);
    if (c) claim = { kind: 'size', claim: c };
  }
  return {
    figures, currency, rate, issues: r.issues, ...(chosen ? { ids: chosen } : {}), ...(metric ? { metric } : {}), ...(sort ? { sort } : {}),
    ...(highlight ? { highlight } : {}), ...(claim ? { claim } : {}),
  };
}

/** Reads one `<cluster-entry>`: `name`, `gpus`, `gpu`, `status`. Issues name the entry's attribute. */
export function readClusterEntry(attrs: Attributes, index: number, f: FigureSet = latestFigures): { entry?: CustomCluster; issues: readonly Issue[] } {
  const r = new Reader(attrs);
  const name = r.text('name')?.trim();
  if (!name) r.report({ field: 'cluster-entry name', value: '', code: 'missing', expected: 'expect.entryName' });
  const gpus = readCount(r, 'gpus');
  if (r.text('gpus') === undefined) r.report({ field: 'cluster-entry gpus', value: '', code: 'missing', expected: 'expect.number' });
  const gpu = readAccelerator(r, f, f.seed.gpu);
  const status = r.read('status', (n, t) => parseKeyword(n, t, STATUSES)) ?? 'operational';
  // A bad entry is left out rather than replaced, so its messages promise no default.
  const issues = r.issues.map((i) => ({ ...i, field: i.field.startsWith('cluster-entry') ? i.field : `cluster-entry ${i.field}`, fallback: false as const }));
  if (issues.length > 0 || !name || !gpus) return { issues };
  return { entry: { id: `entry-${index + 1}`, name, status, parts: [{ gpu: gpu.id, count: Math.round(gpus.mid) }] }, issues };
}

/**
 * How a rank claim ("bigger than anything reported") fares for row `id`: `holds` if its value
 * exceeds every other operational row's, `tie` if one equals it, `fails` if one is bigger.
 * Undefined when the row has no value.
 */
export function rankOf(rows: readonly CompareRow[], id: string): 'holds' | 'tie' | 'fails' | undefined {
  const row = rows.find((r) => r.id === id);
  if (!row?.value) return undefined;
  const best = Math.max(0, ...rows.filter((r) => r.status === 'operational' && r.value && r.id !== id).map((r) => r.value!.mid));
  return row.value.mid > best ? 'holds' : row.value.mid === best ? 'tie' : 'fails';
}

/** The value a size claim is compared with: the highlighted row's, in the claim's terms. */
export function compareClaimTarget(claim: Claim, row: CompareRow | undefined, metric: Metric, currency = 'USD', rate = 1): Range | undefined {
  if (!row?.value) return undefined;
  // A cost claim in the display currency is checked in US dollars, like the rows.
  if (claim.kind === 'money' && metric === 'cost' && claim.currency !== 'USD' && claimUsd(claim, currency, rate) !== undefined) return mul(row.value, rate);
  if (claim.kind === 'count' && claim.noun === 'gpus' && (metric === 'gpus' || metric === 'h100e')) return row.value;
  if (claim.kind === 'power' && metric === 'power') return row.value;
  if (claim.kind === 'money' && claim.currency === 'USD' && metric === 'cost') return row.value;
  return undefined;
}

/** What `<cluster-compare>` shows: the ranked rows (cost in USD), the display currency, and the claim's check. */
export interface ClusterCompareEstimate extends CompareResult {
  readonly highlight?: string;
  readonly currency: string;
  /** Display-currency units per US dollar, for the cost metric. */
  readonly rate: number;
  readonly verdict?: Verdict;
  /** For a rank claim ("bigger than anything reported"): how it fares among the operational rows. */
  readonly rank?: 'holds' | 'tie' | 'fails';
}

/** `<cluster-compare>`'s calculation, with its claim as read (size or rank). */
export interface CompareCalculation extends Omit<Calculation<ClusterCompareEstimate>, 'claim'> {
  readonly claim?: CompareClaim;
}

/**
 * `<cluster-compare>` from its attributes, its `<cluster-entry>` rows (each row's attributes) and
 * the reader's override: `metric`, an index into METRICS, which wins over the author's.
 */
export function calculateCompare(attrs: Attributes, entries: readonly Attributes[] = [], overrides: Overrides = {}): CompareCalculation {
  const parsed = readCompareAttributes(attrs);
  const issues: Issue[] = [...parsed.issues];
  const custom: CustomCluster[] = [];
  entries.forEach((e, i) => {
    const r = readClusterEntry(e, i, parsed.figures);
    issues.push(...r.issues);
    if (r.entry) custom.push(r.entry);
  });
  const metric = METRICS[overrides.metric ?? -1] ?? parsed.metric;
  const result = compareClusters({
    figures: parsed.figures, custom,
    ...(parsed.ids ? { ids: parsed.ids } : {}), ...(metric ? { metric } : {}), ...(parsed.sort ? { sort: parsed.sort } : {}),
  });
  // Default highlight: the author's first row, else the seed story's Llama 4 cluster if shown.
  const fallback = custom[0]?.id ?? (result.rows.some((r) => r.id === 'meta-llama4') ? 'meta-llama4' : undefined);
  let highlight: string | undefined = parsed.highlight ?? fallback;
  if (parsed.highlight && !result.rows.some((r) => r.id === parsed.highlight)) {
    issues.push({ field: 'highlight', value: parsed.highlight, code: 'unknown', expected: 'expect.oneOf', params: { list: result.rows.map((r) => r.id).join(', ') } });
    highlight = fallback;
  }
  const row = result.rows.find((r) => r.id === highlight);
  let verdict: Verdict | undefined;
  let rank: ClusterCompareEstimate['rank'];
  if (parsed.claim?.kind === 'size') {
    const target = compareClaimTarget(parsed.claim.claim, row, result.metric, parsed.currency, parsed.rate);
    if (target) verdict = checkClaim(parsed.claim.claim, target);
    // A reader who switches the chart to another measure hides the verdict; an author is told why.
    else if (overrides.metric === undefined) issues.push({ field: 'claim', value: parsed.claim.claim.text, code: 'unsupported', expected: row ? 'expect.claimMetric' : 'expect.claimCompare', params: { metric: result.metric } });
  } else if (parsed.claim?.kind === 'rank' && row) {
    rank = rankOf(result.rows, row.id);
  }
  return {
    estimate: {
      ...result, currency: parsed.currency, rate: parsed.rate,
      ...(highlight ? { highlight } : {}), ...(verdict ? { verdict } : {}), ...(rank ? { rank } : {}),
    },
    issues, ...(parsed.claim ? { claim: parsed.claim } : {}),
  };
}
