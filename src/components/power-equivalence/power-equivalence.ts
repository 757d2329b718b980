// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { BarDatum } from '../../charts/bars.js';
import { formatCount, formatNumber, formatPercent, formatUnit } from '../../core/format.js';
import type { Claim } from '../../core/parse.js';
import {
  calculatePower, type EquivalenceResult, type PowerClaimCheck, type PowerEquivalenceEstimate, type PowerEstimate,
} from '../../core/power.js';
import type { Calculation } from '../../core/calculation.js';
import { point, type Range } from '../../core/range.js';
import { CalcElement, sourcesOf, type CardView, type ControlSpec } from '../../internal/calc-element.js';
import { EnergyElement } from '../../internal/input-elements.js';
import { addMessages, regionName, type MessageKey } from '../../core/messages/index.js';
import { enPower } from '../../core/messages/en-power.js';
import { defineOnce } from '../../internal/define.js';
import { styles } from './power-equivalence.styles.js';

export type { PowerEquivalenceEstimate };

/**
 * `claim` takes electricity and its equivalents: `over 34 million households`, `at least 370 GWh`, `under 50 MW`,
 * and shares: `4.4 % of US electricity`, `a tenth of the world's data-centre electricity`.
 * With `interactive`, readers get sliders for the GPU count, utilization, overhead and PUE.
 *
 * @tagname power-equivalence
 * @summary How much electricity an energy figure, a power draw or a GPU cluster is, in homes,
 * electric cars, reactors and a country's share, with a check of a story's claim.
 *
 * @slot - Fallback content shown until the element upgrades, and where scripts do not run.
 *
 * @fires estimate-change - When a reader moves an `interactive` control; `event.estimate` is the new result.
 */
export class PowerEquivalence extends EnergyElement<PowerEquivalenceEstimate> {
  static override properties: PropertyDeclarations = {
    region: {},
    compare: {},
  };

  static override styles = [CalcElement.styles, styles];

  /** Region for household use and share of demand: `us`, `uk`, `eu`, `de`, `jp`, `cn`, `world`; `fr`, `es` from figures 2026-12. Default: `us`. */
  region?: string;

  /**
   * Equivalences to show, comma-separated: `homes`, `ev`, `reactors`, `share`, and from figures 2026-12 `datacentres`
   * (share of all data centres' electricity: `world` 415 TWh, IEA 2024; `us` 176 TWh, LBNL 2023). Default: all the region
   * has figures for, except `datacentres`.
   */
  compare?: string;

  protected calculate(): Calculation<PowerEquivalenceEstimate> {
    return calculatePower({ ...this.energyAttributes(), locale: this._inputLocale, region: this.region, compare: this.compare }, this._overrides);
  }

  private energyText(e: Range): string {
    return formatUnit(e, 'Wh', this._locale);
  }

  private isYear(e: PowerEstimate): boolean {
    return e.yearly;
  }

  private period(e: PowerEstimate): string {
    return this.isYear(e)
      ? this.t('power.period.year')
      : this.t('power.period.hours', { count: e.hours.mid, countText: formatNumber(e.hours, this._locale) });
  }

  private regionName(e: PowerEstimate): string {
    return regionName(this._locale, e.region.id, e.region.name);
  }

  private equivalencePhrase(q: EquivalenceResult, e: PowerEstimate): string {
    if (q.id === 'share' || q.id === 'datacentres') return this.t(`power.eq.${q.id}`, { share: formatPercent(q.count, this._locale), region: this.regionName(e) });
    return this.t(`power.eq.${q.id}`, { count: q.count.mid, countText: formatNumber(q.count, this._locale), region: this.regionName(e) });
  }

  private countText(q: EquivalenceResult, e: PowerEstimate): TemplateResult {
    if (q.id === 'share' || q.id === 'datacentres') return html`<strong .textContent=${formatPercent(q.count, this._locale)}></strong> ${this.t(`power.count.${q.id}`, { region: this.regionName(e) })}`;
    const n = formatNumber(q.count, this._locale);
    return html`<strong .textContent=${n}></strong> ${this.t(`power.count.${q.id}`, { count: q.count.mid, countText: n, region: this.regionName(e) })}`;
  }

  /** The one sentence a reader takes away; also the chart's accessible name. */
  summary(e: PowerEstimate): string {
    const energy = this.energyText(e.energyWh);
    const first = e.equivalences[0];
    const equivalence = first ? this.equivalencePhrase(first, e) : '';
    const period = this.period(e);
    if (e.mode === 'gpus' && e.gpus && e.gpu) {
      return this.t('power.summary.gpus', { count: e.gpus.high, gpus: formatCount(e.gpus, this._locale), gpu: e.gpu.name, period, energy, equivalence });
    }
    if (e.mode === 'power') return this.t('power.summary.power', { power: formatUnit(e.powerW, 'W', this._locale), period, energy, equivalence });
    return this.t('power.summary.energy', { energy, equivalence });
  }

  private claimEstimateText(claim: Claim, c: PowerClaimCheck, e: PowerEstimate): string {
    if (claim.kind === 'energy') return this.energyText(c.verdict.estimate);
    if (claim.kind === 'power') return formatUnit(c.verdict.estimate, 'W', this._locale);
    if (claim.kind === 'share') return `${formatPercent(c.verdict.estimate, this._locale)} ${this.t(`power.count.${claim.noun as 'share'}`, { region: this.regionName(e) })}`;
    const q = e.equivalences.find((x) => x.id === claim.noun);
    const n = formatNumber(c.verdict.estimate, this._locale);
    return q ? `${n} ${this.t(`power.count.${q.id}`, { count: c.verdict.estimate.mid, countText: n, region: this.regionName(e) })}` : n;
  }

  private verdict(e: PowerEquivalenceEstimate): CardView['verdict'] {
    const c = e.claimCheck;
    const claim = this._claim;
    if (!c || !claim) return undefined;
    let note: string | undefined;
    if (c.impliedChipShare !== undefined && c.energyWh !== undefined && e.gpus && e.gpu) {
      note = this.t(c.impliedChipShare <= 1 ? 'claim.implied' : 'claim.impliedOver', {
        energy: this.energyText(point(c.energyWh)),
        gpus: formatCount(e.gpus.mid, this._locale), gpu: e.gpu.name, share: formatPercent(c.impliedChipShare, this._locale),
        per: this.isYear(e) ? this.t('power.per.year') : this.t('power.per.hours', { count: e.hours.mid, countText: formatNumber(e.hours, this._locale) }),
      });
    }
    return { kind: c.verdict.kind, sentence: this.verdictSentence(c.verdict, this.claimEstimateText(claim, c, e)), ...(note ? { note } : {}) };
  }

  private chartData(e: PowerEquivalenceEstimate): BarDatum[] {
    const rows: BarDatum[] = [{ key: 'estimate', kind: 'main', label: this.t('ui.estimateLabel'), value: e.energyWh, valueLabel: this.energyText(e.energyWh) }];
    if (e.claimCheck?.energyWh !== undefined) {
      const w = point(e.claimCheck.energyWh);
      rows.push({ key: 'claim', kind: 'claim', label: this.t('ui.claimLabel'), value: w, valueLabel: this.energyText(w) });
    }
    for (const q of e.equivalences) {
      rows.push({ key: q.id, kind: 'reference', label: this.t(`power.ref.${q.id}`, { region: this.regionName(e) }), value: q.unitWh, valueLabel: this.energyText(q.unitWh) });
    }
    return rows;
  }

  private controls(e: PowerEstimate): ControlSpec[] {
    if (e.mode !== 'gpus' || !e.gpus) return [];
    const a = (id: string) => e.assumptions.find((x) => x.id === id)!.value.mid;
    const l = this._locale;
    return [
      { id: 'gpus', label: this.t('power.a.gpus'), min: 1000, max: 1_000_000, step: 1000, value: e.gpus.mid, text: formatCount(e.gpus.mid, l) },
      { id: 'utilization', label: this.t('power.a.utilization'), min: 0.1, max: 1, step: 0.01, value: a('utilization'), text: formatPercent(a('utilization'), l) },
      { id: 'overhead', label: this.t('power.a.overhead'), min: 1, max: 3, step: 0.01, value: a('overhead'), text: `${formatNumber(a('overhead'), l)}×` },
      { id: 'pue', label: this.t('power.a.pue'), min: 1, max: 2, step: 0.01, value: a('pue'), text: `${formatNumber(a('pue'), l)}×` },
    ];
  }

  protected view(e: PowerEquivalenceEstimate): CardView {
    const l = this._locale;
    const sens = e.sensitivity;
    // An energy figure has no period of its own; its average power assumes it is spread over a year.
    const spread = e.mode === 'energy' && this.isYear(e);
    return {
      heading: this.t('power.heading'),
      headline: this.isYear(e) && e.mode !== 'energy' ? this.t('power.perYear', { energy: this.energyText(e.energyWh) }) : this.energyText(e.energyWh),
      subline: this.t(spread ? 'power.averagePowerSpread' : 'power.averagePower', { power: formatUnit(e.powerW, 'W', l) }),
      summary: this.summary(e),
      body: html`<ul class="figures equivalences">${e.equivalences.map((q) => html`<li data-eq=${q.id}>${this.countText(q, e)}</li>`)}</ul>`,
      verdict: this.verdict(e),
      chart: this.chartData(e),
      tickFormat: (v) => formatUnit(v, 'Wh', l, 1),
      controls: this.controls(e),
      assumptions: e.assumptions.map((a) => ({
        // Data centres have no assumption label of their own: their chart label names them.
        name: this.t(a.id === 'datacentres' ? 'power.ref.datacentres' : `power.a.${a.id}` as MessageKey, { region: this.regionName(e) }),
        value: a.id === 'gpus' && e.gpu ? `${this.assumptionValue(a)} × ${e.gpu.name}` : this.assumptionValue(a),
        overridden: a.overridden,
      })),
      sources: sourcesOf(e.assumptions),
      version: e.figuresVersion,
      ...(sens ? {
        sensitivity: this.t('ui.mostSensitive', {
          name: this.midSentence(this.t(`power.a.${sens.id}` as MessageKey, { region: this.regionName(e) })),
          low: this.energyText(point(sens.low)), high: this.energyText(point(sens.high)),
        }),
      } : {}),
    };
  }
}

addMessages(enPower);
defineOnce('power-equivalence', PowerEquivalence);

declare global {
  interface HTMLElementTagNameMap {
    'power-equivalence': PowerEquivalence;
  }
}
