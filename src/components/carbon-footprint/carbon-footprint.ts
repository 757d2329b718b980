// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { html, type PropertyDeclarations } from 'lit';
import type { BarDatum } from '../../charts/bars.js';
import {
  calculateCarbon, type CarbonEquivalence, type CarbonEquivalenceResult, type CarbonEstimate, type CarbonFootprintEstimate,
} from '../../core/carbon.js';
import type { Calculation } from '../../core/calculation.js';
import { formatCount, formatNumber, formatUnit } from '../../core/format.js';
import type { Claim } from '../../core/parse.js';
import { point, type Range } from '../../core/range.js';
import { CalcElement, sourcesOf, type CardView, type ControlSpec } from '../../internal/calc-element.js';
import { EnergyElement } from '../../internal/input-elements.js';
import { addMessages, regionName, type MessageKey } from '../../core/messages/index.js';
import { enCarbon } from '../../core/messages/en-carbon.js';
import { defineOnce } from '../../internal/define.js';
import { styles } from './carbon-footprint.styles.js';

export type { CarbonFootprintEstimate };

/**
 * `claim` takes tonnes, cars or homes: `about 136,000 tonnes`. With `interactive`, readers get a slider for
 * the grid's carbon intensity, and for the GPU count and PUE when the energy comes from a cluster.
 *
 * @tagname carbon-footprint
 * @summary What the electricity of a cluster or an energy figure emits, in tonnes of CO2, cars
 * and homes, on an average or marginal grid, with a check of a story's claim.
 *
 * @slot - Fallback content shown until the element upgrades, and where scripts do not run.
 *
 * @fires estimate-change - When a reader moves an `interactive` control; `event.estimate` is the new result.
 */
export class CarbonFootprint extends EnergyElement<CarbonFootprintEstimate> {
  static override properties: PropertyDeclarations = {
    grid: {},
    basis: {},
    compare: {},
  };

  static override styles = [CalcElement.styles, styles];

  /**
   * Grid: a region (`us`, `de`, `cn`, `world`; from figures 2026-12 also `fr`, `es`) or an intensity: `390 g/kWh`,
   * `0.39 kg/kWh`. Default: `us`: Ember's life-cycle 384 g CO2e/kWh (2024) in figures 2026-12, the same basis as
   * every region; EIA's direct 367 g/kWh (2023) in figures 2026-11.
   */
  grid?: string;

  /**
   * `average` (what consumed electricity emits) or `marginal` (what added demand emits; US only: EPA AVERT,
   * direct CO2, 699 g/kWh; 707 in figures 2026-11). Default: `average`.
   */
  basis?: string;

  /**
   * Equivalences to show, comma-separated: `cars` (EPA: 4.6 t a year; 4.7 in figures 2026-11), `homes` (the grid's household electricity),
   * `gasoline` (8,887 g a gallon). Default: all.
   */
  compare?: string;

  protected calculate(): Calculation<CarbonFootprintEstimate> {
    return calculateCarbon({ ...this.energyAttributes(), locale: this._inputLocale, grid: this.grid, basis: this.basis, compare: this.compare }, this._overrides);
  }

  private tonnes(r: Range): string {
    return this.t('carbon.tonnes', { tonnes: formatNumber(r, this._locale) });
  }

  private regionName(e: CarbonEstimate): string {
    return regionName(this._locale, e.power.region.id, e.power.region.name);
  }

  /** The equivalence's words: fuel is petrol in litres where the estimate counts litres. */
  private kind(q: CarbonEquivalenceResult, e: CarbonEstimate): CarbonEquivalence | 'petrol' {
    return q.id === 'gasoline' && e.litres ? 'petrol' : q.id;
  }

  private count(q: CarbonEquivalenceResult): { count: number; countText: string } {
    return { count: q.count.mid, countText: formatNumber(q.count, this._locale) };
  }

  /** The one sentence a reader takes away; also the chart's accessible name. */
  summary(e: CarbonEstimate): string {
    const l = this._locale;
    const first = e.equivalences[0];
    const grid = e.gridRegion
      ? this.t('carbon.gridRegion', { region: regionName(l, e.gridRegion, e.gridRegionName ?? e.gridRegion) })
      : this.t('carbon.gridValue', { intensity: `${formatNumber(e.intensity, l)} g/kWh` });
    return this.t('carbon.summary', {
      energy: formatUnit(e.energyWh, 'Wh', l), grid, tonnes: formatNumber(e.tonnes, l),
      equivalence: first ? this.t(`carbon.eq.${this.kind(first, e)}`, this.count(first)) : '',
    }).replace(/, \.$/, '.');
  }

  private chartData(e: CarbonFootprintEstimate): BarDatum[] {
    const rows: BarDatum[] = [{ key: 'estimate', kind: 'main', label: this.t('ui.estimateLabel'), value: e.tonnes, valueLabel: this.tonnes(e.tonnes) }];
    if (e.verdict && this._claim?.noun === 'tonnes') {
      const c = point(this._claim.value);
      rows.push({ key: 'claim', kind: 'claim', label: this.t('ui.claimLabel'), value: c, valueLabel: this.tonnes(c) });
    }
    for (const q of e.equivalences) {
      rows.push({ key: q.id, kind: 'reference', label: this.t(`carbon.ref.${this.kind(q, e)}`), value: q.unitTonnes, valueLabel: this.tonnes(q.unitTonnes) });
    }
    return rows;
  }

  private controls(e: CarbonEstimate): ControlSpec[] {
    const l = this._locale;
    const specs: ControlSpec[] = [];
    if (e.power.mode === 'gpus' && e.power.gpus) {
      const pue = e.assumptions.find((a) => a.id === 'pue')!.value.mid;
      specs.push(
        { id: 'gpus', label: this.t('power.a.gpus'), min: 1000, max: 1_000_000, step: 1000, value: e.power.gpus.mid, text: formatCount(e.power.gpus.mid, l) },
        { id: 'pue', label: this.t('power.a.pue'), min: 1, max: 2, step: 0.01, value: pue, text: `${formatNumber(pue, l)}×` },
      );
    }
    specs.push({ id: 'intensity', label: this.t('carbon.a.intensity'), min: 20, max: 1000, step: 1, value: e.intensity.mid, text: `${formatNumber(e.intensity.mid, l)} g/kWh` });
    return specs;
  }

  protected view(e: CarbonFootprintEstimate): CardView {
    const l = this._locale;
    const name = (id: string) => this.t((id === 'gasoline' && e.litres ? 'carbon.a.petrol'
      : ['intensity', 'cars', 'homes', 'gasoline'].includes(id) ? `carbon.a.${id}` : `power.a.${id}`) as MessageKey, { region: this.regionName(e) });
    const claimText = (c: Claim, r: Range) => (c.noun === 'tonnes'
      ? this.tonnes(r)
      : `${formatNumber(r, l)} ${this.t(`carbon.count.${c.noun === 'ev' ? 'cars' : 'homes'}`, { count: r.mid, countText: formatNumber(r, l) })}`);
    return {
      heading: this.t('carbon.heading'),
      headline: this.tonnes(e.tonnes),
      subline: this.t(`carbon.sub.${e.basis}`, { intensity: `${formatNumber(e.intensity, l)} g/kWh` }),
      summary: this.summary(e),
      body: html`<ul class="figures equivalences">${e.equivalences.map((q) => html`<li data-eq=${q.id}><strong .textContent=${formatNumber(q.count, l)}></strong> ${this.t(`carbon.count.${this.kind(q, e)}`, this.count(q))}</li>`)}</ul>`,
      ...(e.verdict && this._claim ? { verdict: { kind: e.verdict.kind, sentence: this.verdictSentence(e.verdict, claimText(this._claim, e.verdict.estimate)) } } : {}),
      chart: this.chartData(e),
      tickFormat: (v) => `${formatNumber(v, l, 1)} t`,
      controls: this.controls(e),
      assumptions: e.assumptions.map((a) => ({
        name: name(a.id),
        value: a.id === 'gpus' && e.power.gpu ? `${this.assumptionValue(a)} × ${e.power.gpu.name}`
          : a.unit === 'g/kWh' || a.unit === 't' ? `${formatNumber(a.value, l)} ${a.unit}` : this.assumptionValue(a),
        overridden: a.overridden,
      })),
      sources: sourcesOf(e.assumptions),
      version: e.figuresVersion,
    };
  }
}

addMessages(enCarbon);
defineOnce('carbon-footprint', CarbonFootprint);

declare global {
  interface HTMLElementTagNameMap {
    'carbon-footprint': CarbonFootprint;
  }
}
