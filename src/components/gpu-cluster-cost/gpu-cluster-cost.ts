// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { html, type PropertyDeclarations } from 'lit';
import type { BarDatum } from '../../charts/bars.js';
import { calculateCost, type GpuClusterCostEstimate } from '../../core/cost.js';
import type { Calculation } from '../../core/calculation.js';
import { formatMoney, formatCount, formatNumber } from '../../core/format.js';
import { mul, point, type Range } from '../../core/range.js';
import { CalcElement, sourcesOf, type CardView, type ControlSpec } from '../../internal/calc-element.js';
import { ClusterElement } from '../../internal/input-elements.js';
import { addMessages, type MessageKey } from '../../core/messages/index.js';
import { enCost } from '../../core/messages/en-cost.js';
import { defineOnce } from '../../internal/define.js';
import { styles } from './gpu-cluster-cost.styles.js';

export type { GpuClusterCostEstimate };

/**
 * `claim` takes money: `over $2 billion`, `about $500 million`. With `interactive`, readers get sliders for
 * the GPU count, the price and the years.
 *
 * @tagname gpu-cluster-cost
 * @summary What a GPU cluster costs to buy (chips, servers, network) and to run, with sourced
 * price ranges and a check of a story's figure.
 *
 * @slot - Fallback content shown until the element upgrades, and where scripts do not run.
 *
 * @fires estimate-change - When a reader moves an `interactive` control; `event.estimate` is the new result.
 */
export class GpuClusterCost extends ClusterElement<GpuClusterCostEstimate> {
  static override properties: PropertyDeclarations = {
    price: {},
    scope: {},
    years: {},
    electricityPrice: { attribute: 'electricity-price' },
    region: {},
    exchangeRate: { attribute: 'exchange-rate' },
  };

  static override styles = [CalcElement.styles, styles];

  /**
   * Price per accelerator: `$25,000`, `$25k`, `$25k–$40k`, or `€23k` with a currency set. Default: the catalog's
   * sourced range; where it has none (A100, MI300X, …) the element asks for a price instead of inventing one.
   */
  price?: string;

  /** What to count: `chips`, `servers` (whole servers) or `cluster` (plus network and storage). Default: `chips`. */
  scope?: string;

  /** Years of operation to add electricity for. Default: 0 (the purchase only). */
  years?: string;

  /**
   * Electricity price per kWh: `0.08`, `$0.08/kWh`, `8 ¢/kWh`. Default: the region's industrial price, for `us`
   * 8.06 ¢/kWh (EIA 2023); other regions need it.
   */
  electricityPrice?: string;

  /**
   * Region for the electricity price: `us`, `uk`, `eu`, `de`, `jp`, `cn`, `world` (`fr`, `es` from figures 2026-12); only `us` has a sourced price,
   * the others need an electricity-price. Default: `us`.
   */
  region?: string;

  /** Units of the display currency per US dollar, e.g. `0.92` for EUR; required with a currency other than USD (no network). */
  exchangeRate?: string;

  protected calculate(): Calculation<GpuClusterCostEstimate> {
    return calculateCost({
      ...this.clusterAttributes(), locale: this._inputLocale, price: this.price, scope: this.scope, years: this.years,
      'electricity-price': this.electricityPrice, region: this.region, currency: this.currency, 'exchange-rate': this.exchangeRate,
    }, this._overrides);
  }

  private money(r: Range, e: GpuClusterCostEstimate): string {
    return formatMoney(mul(r, e.rate), e.currency, this._locale);
  }

  /** The one sentence a reader takes away; also the chart's accessible name. */
  summary(e: GpuClusterCostEstimate): string {
    const l = this._locale;
    const gpus = formatCount(e.gpus, l);
    const count = e.gpus.high;
    const first = e.capex
      ? this.t(`cost.summary.${e.scope}`, { count, gpus, gpu: e.gpu.name, capex: this.money(e.capex, e) })
      : this.t('cost.summary.noPrice', { gpus, gpu: e.gpu.name });
    const running = e.running
      ? ` ${this.t('cost.summary.running', { count: e.years.high, countText: formatNumber(e.years, l), running: this.money(e.running, e) })}`
      : '';
    return first + running;
  }

  private partLabel(id: string, e: GpuClusterCostEstimate): string {
    return this.t(`cost.part.${id}` as MessageKey, { count: e.years.high, countText: formatNumber(e.years, this._locale) });
  }

  /** Bars in the display currency, so the axis ticks fall on round amounts of it. */
  private chartData(e: GpuClusterCostEstimate): BarDatum[] {
    const rows: BarDatum[] = [];
    const shown = (r: Range): Range => mul(r, e.rate);
    if (e.total && e.parts.length > 1) {
      rows.push({ key: 'total', kind: 'main', label: this.t('cost.part.total'), value: shown(e.total), valueLabel: this.money(e.total, e) });
    }
    for (const p of e.parts) {
      rows.push({ key: p.id, kind: e.parts.length > 1 ? 'reference' : 'main', label: this.partLabel(p.id, e), value: shown(p.value), valueLabel: this.money(p.value, e) });
    }
    if (e.verdict) {
      const c = point(e.verdict.claim.value);
      rows.push({ key: 'claim', kind: 'claim', label: this.t('ui.claimLabel'), value: shown(c), valueLabel: this.money(c, e) });
    }
    return rows;
  }

  private controls(e: GpuClusterCostEstimate): ControlSpec[] {
    const l = this._locale;
    const specs: ControlSpec[] = [
      { id: 'gpus', label: this.t('cost.a.gpus'), min: 1000, max: 1_000_000, step: 1000, value: e.gpus.mid, text: formatCount(e.gpus.mid, l) },
    ];
    if (e.price) {
      specs.push({ id: 'price', label: this.t('cost.a.price'), min: 5000, max: 80_000, step: 500, value: e.price.mid, text: this.money(point(e.price.mid), e) });
    }
    specs.push({ id: 'years', label: this.t('cost.a.years'), min: 0, max: 10, step: 1, value: e.years.mid, text: formatNumber(e.years.mid, l) });
    return specs;
  }

  protected view(e: GpuClusterCostEstimate): CardView {
    const sens = e.sensitivity;
    const name = (id: string) => this.t((['tdp', 'overhead', 'utilization', 'pue'].includes(id) ? `power.a.${id}` : `cost.a.${id}`) as MessageKey);
    const subline = e.capex && e.running
      ? this.t('cost.split', { capex: this.money(e.capex, e), running: this.money(e.running, e) })
      : e.perGpu ? this.t('cost.perGpu', { value: this.money(e.perGpu, e) }) : undefined;
    return {
      heading: this.t('cost.heading'),
      // Without a price the running cost alone is not "what the cluster costs"; it stays in the body.
      headline: e.capex && e.total ? this.money(e.total, e) : this.t('cost.priceNeeded'),
      ...(subline ? { subline } : {}),
      summary: this.summary(e),
      body: html`<ul class="figures parts">${e.parts.map((p) => html`<li data-part=${p.id}><strong .textContent=${this.money(p.value, e)}></strong> ${this.partLabel(p.id, e)}</li>`)}</ul>`,
      ...(e.verdict && e.total ? { verdict: { kind: e.verdict.kind, sentence: this.verdictSentence(e.verdict, this.money(e.total, e)) } } : {}),
      chart: this.chartData(e),
      tickFormat: (v) => formatMoney(v, e.currency, this._locale),
      controls: this.controls(e),
      assumptions: e.assumptions.map((a) => ({
        name: name(a.id),
        value: a.id === 'gpus' ? `${this.assumptionValue(a)} × ${e.gpu.name}` : this.assumptionValue(a, e.currency, e.rate),
        overridden: a.overridden,
      })),
      sources: sourcesOf(e.assumptions),
      version: e.figuresVersion,
      ...(sens ? {
        sensitivity: this.t('ui.mostSensitive', { name: this.midSentence(name(sens.id)), low: this.money(point(sens.low), e), high: this.money(point(sens.high), e) }),
      } : {}),
    };
  }
}

addMessages(enCost);
defineOnce('gpu-cluster-cost', GpuClusterCost);

declare global {
  interface HTMLElementTagNameMap {
    'gpu-cluster-cost': GpuClusterCost;
  }
}
