// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import type { PropertyDeclarations } from 'lit';
import type { BarDatum } from '../../charts/bars.js';
import {
  METRICS, calculateCompare, type ClusterCompareEstimate, type CompareClaim, type CompareResult, type CompareRow, type Metric,
} from '../../core/compare.js';
import type { Calculation } from '../../core/calculation.js';
import type { Source } from '../../core/data/index.js';
import { formatCount, formatMoney, formatNumber, formatUnit } from '../../core/format.js';
import { enCompare } from '../../core/messages/en-compare.js';
import { addMessages } from '../../core/messages/index.js';
import { div, mul, type Range } from '../../core/range.js';
import { CalcElement, type CardView } from '../../internal/calc-element.js';
import { defineOnce } from '../../internal/define.js';
import { styles } from './cluster-compare.styles.js';

export type { ClusterCompareEstimate };

// Where there is no DOM (Node, server rendering) the package must still import: Lit's own classes
// come with a shim there, a plain HTMLElement does not.
/**
 * A custom row of `<cluster-compare>`: `name`, `gpus`, `gpu`, `status`. It renders nothing itself.
 *
 * @tagname cluster-entry
 * @summary One author-defined cluster inside `<cluster-compare>`.
 */
export class ClusterEntry extends (typeof HTMLElement === 'undefined' ? (class {} as typeof HTMLElement) : HTMLElement) {}

/**
 * `claim` takes a size (`over 100,000 GPUs`) or a rank (`bigger than anything reported`) about the
 * highlighted row. With `interactive`, readers choose what to rank by.
 *
 * @tagname cluster-compare
 * @summary How a cluster ranks against notable, sourced clusters by GPUs, H100-equivalents,
 * power or cost, with the author's own rows and a check of a story's size or rank claim.
 *
 * @slot - `<cluster-entry>` elements adding custom rows (never shown as such), and fallback content.
 *
 * @fires estimate-change - When a reader chooses another metric; `event.estimate` is the new result.
 */
export class ClusterCompare extends CalcElement<ClusterCompareEstimate> {
  static override properties: PropertyDeclarations = {
    clusters: {},
    metric: {},
    highlight: {},
    sort: {},
    exchangeRate: { attribute: 'exchange-rate' },
  };

  static override styles = [CalcElement.styles, styles];

  /**
   * Known clusters to show, comma-separated ids: `meta-llama3-roce`, `meta-llama3-ib`, `meta-llama4`, `xai-colossus`,
   * `xai-colossus-200k`, `meta-2024-h100`, `meta-2024-h100e`; from figures 2026-12 also `meta-prometheus`,
   * `meta-hyperion`, `stargate-abilene`, `microsoft-fairwater`, `amazon-rainier` (sites reported only in
   * gigawatts have a figure for `power` alone). Default: the seed story's set.
   */
  clusters?: string;

  /** What to rank by: `gpus`, `h100e` (H100-equivalents), `power` or `cost`. Default: `gpus`. */
  metric?: string;

  /**
   * Id of the row to highlight: a known cluster id, or `entry-1`, `entry-2`… for <cluster-entry> rows.
   * Default: the first <cluster-entry>, else the Llama 4 cluster.
   */
  highlight?: string;

  /** Order: `desc`, `asc`, or `none` (as given). Default: `desc`. */
  sort?: string;

  /** Units of the display currency per US dollar for the cost metric, e.g. `0.92` for EUR; required with a currency other than USD (no network). */
  exchangeRate?: string;

  private _observer?: MutationObserver;
  private _claimed?: CompareClaim;

  override connectedCallback(): void {
    super.connectedCallback();
    // <cluster-entry> children are data: re-rank when one is added, changed or removed.
    this._observer ??= new MutationObserver(() => this.invalidate());
    this._observer.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
  }

  protected calculate(): Calculation<ClusterCompareEstimate> {
    const attr = (node: Element, n: string) => node.getAttribute(n) ?? undefined;
    const entries = [...this.querySelectorAll('cluster-entry')].map((node) => (
      { name: attr(node, 'name'), gpus: attr(node, 'gpus'), gpu: attr(node, 'gpu'), status: attr(node, 'status'), locale: this._inputLocale }));
    const c = calculateCompare({
      locale: this._inputLocale, clusters: this.clusters, metric: this.metric, sort: this.sort, highlight: this.highlight,
      claim: this.claim, 'as-of': this.asOf, currency: this.currency, 'exchange-rate': this.exchangeRate,
    }, entries, this._overrides);
    this._claimed = c.claim;
    return { estimate: c.estimate, issues: c.issues };
  }

  /** The largest operational row other than `id`, by the metric. */
  private largestOther(e: CompareResult, id: string): CompareRow | undefined {
    return e.rows.filter((r) => r.status === 'operational' && r.value && r.id !== id).sort((a, b) => b.value!.mid - a.value!.mid)[0];
  }

  /** A value of `metric` as a reader reads it; costs (in USD) are shown in the display currency. */
  private value(r: Range, metric: Metric, e: ClusterCompareEstimate): string {
    const l = this._locale;
    switch (metric) {
      case 'gpus': return formatCount(r, l);
      case 'h100e': return formatNumber(r, l);
      case 'power': return formatUnit(r, 'W', l);
      default: return formatMoney(mul(r, e.rate), e.currency, l);
    }
  }

  private rowText(r: CompareRow, e: ClusterCompareEstimate): string {
    return r.value ? this.value(r.value, e.metric, e) : this.t('compare.noValue');
  }

  /** The one sentence a reader takes away; also the chart's accessible name. */
  summary(e: ClusterCompareEstimate): string {
    const metric = this.t(`compare.metric.${e.metric}`);
    const valued = e.rows.filter((r) => r.value);
    const top = [...valued].sort((a, b) => b.value!.mid - a.value!.mid)[0];
    const h = valued.find((r) => r.id === e.highlight);
    const other = h && top && h.id !== top.id ? top : valued.filter((r) => r.id !== h?.id).sort((a, b) => b.value!.mid - a.value!.mid)[0];
    const a = h && other && h.value!.mid >= other.value!.mid ? h : other;
    const b = a === h ? other : h;
    if (!a) return this.t('compare.summaryNone', { metric });
    if (!b) return this.t('compare.summaryOne', { a: a.name, va: this.rowText(a, e), metric });
    return this.t('compare.summary', {
      a: a.name, va: this.rowText(a, e), b: b.name, vb: this.rowText(b, e), metric,
      ratio: formatNumber(div(a.value!, b.value!).mid, this._locale, 2),
    });
  }

  private verdict(e: ClusterCompareEstimate): CardView['verdict'] {
    const c = this._claimed;
    const row = e.rows.find((r) => r.id === e.highlight);
    if (c?.kind === 'size' && e.verdict && row) {
      return { kind: e.verdict.kind, sentence: this.verdictSentence(e.verdict, `${row.name}: ${this.rowText(row, e)}`) };
    }
    if (c?.kind === 'rank' && e.rank && row) {
      const other = this.largestOther(e, row.id);
      return {
        kind: e.rank === 'holds' ? 'consistent' : 'too-high',
        sentence: this.t(e.rank === 'holds' ? 'compare.rankTrue' : e.rank === 'tie' ? 'compare.rankTie' : 'compare.rankFalse', {
          claim: c.text, a: row.name, va: this.rowText(row, e), b: other?.name ?? '', vb: other ? this.rowText(other, e) : '',
        }),
      };
    }
    return undefined;
  }

  protected view(e: ClusterCompareEstimate): CardView {
    const metric = this.t(`compare.metric.${e.metric}`);
    const h = e.rows.find((r) => r.id === e.highlight);
    const chart: BarDatum[] = e.rows.map((r) => ({
      key: r.id,
      kind: r.status !== 'operational' ? 'planned' : r.id === e.highlight ? 'main' : 'reference',
      label: r.status === 'operational' ? r.name : `${r.name} (${this.t(`compare.status.${r.status}`)})`,
      value: r.value ? (e.metric === 'cost' ? mul(r.value, e.rate) : r.value) : { low: 0, mid: 0, high: 0 },
      valueLabel: this.rowText(r, e),
    }));
    const sources = e.rows.map((r) => r.source).filter((s): s is Source => s !== undefined);
    return {
      heading: this.t('compare.heading'),
      headline: h ? `${h.name}: ${this.rowText(h, e)}` : this.t('compare.sub', { count: e.rows.length, metric }),
      subline: this.t('compare.sub', { count: e.rows.length, metric }),
      summary: this.summary(e),
      verdict: this.verdict(e),
      chart,
      // Cost bars in the display currency, so the axis ticks fall on round amounts of it.
      tickFormat: (v) => this.value({ low: v, mid: v, high: v }, e.metric, { ...e, rate: 1 }),
      controls: [{
        id: 'metric', label: this.t('compare.rankBy'), min: 0, max: METRICS.length - 1, step: 1,
        value: METRICS.indexOf(e.metric), text: metric, options: METRICS.map((m) => this.t(`compare.metric.${m}`)),
      }],
      assumptions: e.rows.map((r) => ({
        name: this.t('compare.a.row', { name: r.name, status: this.t(`compare.status.${r.status}`) }),
        // A row's note is an English editor's aside on its source; other languages show the figure alone.
        value: [this.rowText(r, e), /^en\b/i.test(this._locale) ? r.note : undefined].filter(Boolean).join('. '),
        overridden: r.custom,
      })),
      sources,
      version: e.figuresVersion,
    };
  }
}

addMessages(enCompare);
defineOnce('cluster-entry', ClusterEntry);
defineOnce('cluster-compare', ClusterCompare);

declare global {
  interface HTMLElementTagNameMap {
    'cluster-compare': ClusterCompare;
    'cluster-entry': ClusterEntry;
  }
}
