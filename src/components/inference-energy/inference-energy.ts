// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { html, type PropertyDeclarations } from 'lit';
import type { BarDatum } from '../../charts/bars.js';
import type { Calculation } from '../../core/calculation.js';
import { formatCount, formatNumber, formatUnit } from '../../core/format.js';
import {
  calculateInference, unlikeScopes, type InferenceEnergyEstimate, type InferenceModel, type InferenceScope,
} from '../../core/inference.js';
import { enInference } from '../../core/messages/en-inference.js';
import { enPower } from '../../core/messages/en-power.js';
import { addMessages, regionName, type MessageKey } from '../../core/messages/index.js';
import type { PowerEstimate } from '../../core/power.js';
import { point, type Range } from '../../core/range.js';
import { CalcElement, sourcesOf, type CardView, type ControlSpec } from '../../internal/calc-element.js';
import { defineOnce } from '../../internal/define.js';
import { catalogPartReady } from '../../i18n/load.js';
import { styles } from './inference-energy.styles.js';

export type { InferenceEnergyEstimate };

/**
 * `claim` takes a figure per prompt (`0.34 Wh per query`), a multiple of a web search (`ten times as
 * much as a Google search`), or, with prompts, a year's electricity, homes or tonnes of CO2 (`as much
 * electricity as 100,000 homes`). With `interactive`, readers get sliders for the energy per prompt
 * and the number of prompts a day.
 *
 * @tagname inference-energy
 * @summary What using AI takes in electricity: energy per prompt of a named service or the author's
 * figure, against a web search, and with prompts a year's electricity, homes, CO2 and water, with a
 * check of a story's claim.
 *
 * @slot - Fallback content shown until the element upgrades, and where scripts do not run.
 *
 * @fires estimate-change - When a reader moves an `interactive` control; `event.estimate` is the new result.
 */
export class InferenceEnergy extends CalcElement<InferenceEnergyEstimate> {
  static override properties: PropertyDeclarations = {
    model: {},
    perPrompt: { attribute: 'per-prompt' },
    prompts: {},
    region: {},
    grid: {},
  };

  static override styles = [CalcElement.styles, styles];

  /** Its German, French and Spanish words are a file of their own, locales/<lang>-inference-energy.js. */
  protected override wordsReady(locale: string): Promise<void> | undefined {
    return catalogPartReady(locale, 'inference-energy');
  }

  /**
   * Whose figure per prompt: `chatgpt-openai-2025` (0.34 Wh, OpenAI's chief executive, June 2025; scope not
   * stated), `gpt-4o-epoch-2025` (0.3 Wh, Epoch AI's estimate, servers and data centre), `gemini-google-2025`
   * (0.24 Wh, Google's measured median Gemini Apps text prompt, servers and data centre; 0.26 mL of water),
   * `chatgpt-2023` (2.9–3 Wh, de Vries and EPRI, servers only). Default: `chatgpt-openai-2025`.
   */
  model?: string;

  /** The author's energy per prompt, replacing the model's: `0.3 Wh`, `0.24 Wh`, `2.9–3 Wh`. */
  perPrompt?: string;

  /**
   * How many prompts, a day unless a year is said: `2.5 billion`, `2.5 billion a day`, `900 billion a year`.
   * Default: the service's stated usage (ChatGPT: 2.5 billion a day, OpenAI, July 2025); none for Gemini.
   */
  prompts?: string;

  /** Region for household use and the grid: `us`, `uk`, `eu`, `de`, `fr`, `es`, `jp`, `cn`, `world`. Default: `us`. */
  region?: string;

  /** Grid: a region with a sourced intensity or `390 g/kWh`, as for `<carbon-footprint>`. Default: the region's, else `us`. */
  grid?: string;

  protected calculate(): Calculation<InferenceEnergyEstimate> {
    return calculateInference({
      model: this.model, 'per-prompt': this.perPrompt, prompts: this.prompts, region: this.region, grid: this.grid,
      claim: this.claim, 'as-of': this.asOf, locale: this._inputLocale,
    }, this._overrides);
  }

  private wh(r: Range): string {
    return formatUnit(r, 'Wh', this._locale);
  }

  private nameOf(m: InferenceModel): string {
    return m.search ? this.t('infer.searchName') : m.name;
  }

  private scope(s: InferenceScope): string {
    return this.t(`infer.scope.${s}`);
  }

  private regionOf(p: PowerEstimate): string {
    return regionName(this._locale, p.region.id, p.region.name);
  }

  /** The one sentence a reader takes away; also the chart's accessible name. */
  summary(e: InferenceEnergyEstimate): string {
    const l = this._locale;
    const perPrompt = this.wh(e.perPromptWh);
    const p = e.carbon?.power;
    if (p && e.energyWh && e.promptsPerDay) {
      const q = p.equivalences[0];
      // The first equivalence is homes, or electric cars where a region has no household figure.
      const equivalence = q ? this.t(`power.eq.${q.id}`, { count: q.count.mid, countText: formatNumber(q.count, l), region: this.regionOf(p) }) : '';
      return this.t('infer.summary.year', { prompts: formatCount(e.promptsPerDay, l), perPrompt, energy: this.wh(e.energyWh), equivalence }).replace(/, \.$/, '.');
    }
    const ratio = formatNumber(e.searchRatio, l);
    return e.ownPerPrompt ? this.t('infer.summary.own', { perPrompt, ratio }) : this.t('infer.summary.prompt', { name: e.model.name, perPrompt, ratio });
  }

  private verdict(e: InferenceEnergyEstimate): CardView['verdict'] {
    const v = e.verdict;
    const claim = this._claim;
    if (!v || !claim) return undefined;
    const l = this._locale;
    const p = e.carbon?.power;
    let estimate: string;
    if (claim.noun === 'searches') estimate = this.t('infer.ratio', { ratio: formatNumber(v.estimate, l) });
    else if (claim.kind === 'energy') estimate = claim.noun === 'prompt' ? this.t('infer.perPrompt', { energy: this.wh(v.estimate) }) : this.wh(v.estimate);
    else if (claim.kind === 'power') estimate = formatUnit(v.estimate, 'W', l);
    else if (claim.noun === 'tonnes') estimate = this.t('infer.tonnes', { tonnes: formatNumber(v.estimate, l) });
    else {
      const n = formatNumber(v.estimate, l);
      estimate = `${n} ${this.t(`power.count.${claim.noun as 'homes'}`, { count: v.estimate.mid, countText: n, region: p ? this.regionOf(p) : '' })}`;
    }
    const unlike = unlikeScopes(claim, e);
    const note = unlike && this.t('infer.scopeNote', {
      a: e.ownPerPrompt ? this.t('infer.ownName') : e.model.name, sa: this.scope(unlike[0]), b: this.nameOf(e.search), sb: this.scope(unlike[1]),
    });
    return { kind: v.kind, sentence: this.verdictSentence(v, estimate), ...(note ? { note } : {}) };
  }

  private chartData(e: InferenceEnergyEstimate): BarDatum[] {
    const rows: BarDatum[] = [{ key: 'estimate', kind: 'main', label: this.t('ui.estimateLabel'), value: e.perPromptWh, valueLabel: this.wh(e.perPromptWh) }];
    if (e.claimWh) rows.push({ key: 'claim', kind: 'claim', label: this.t('ui.claimLabel'), value: e.claimWh, valueLabel: this.wh(e.claimWh) });
    for (const m of e.references) {
      if (m !== e.model || e.ownPerPrompt) rows.push({ key: m.id, kind: 'reference', label: this.nameOf(m), value: m.wh.value, valueLabel: this.wh(m.wh.value) });
    }
    return rows;
  }

  private controls(e: InferenceEnergyEstimate): ControlSpec[] {
    const l = this._locale;
    const specs: ControlSpec[] = [
      { id: 'perPrompt', label: this.t('infer.a.perPrompt'), min: 0.01, max: 5, step: 0.01, value: e.perPromptWh.mid, text: this.wh(point(e.perPromptWh.mid)) },
    ];
    const n = e.promptsPerDay?.mid;
    if (n !== undefined) specs.push({ id: 'promptsPerDay', label: this.t('infer.a.prompts'), min: 1e8, max: 1e10, step: 1e8, value: n, text: formatCount(n, l) });
    return specs;
  }

  private body(e: InferenceEnergyEstimate) {
    const l = this._locale;
    const p = e.carbon?.power;
    const item = (id: string, figure: string, words: string) => html`<li data-eq=${id}><strong .textContent=${figure}></strong> ${words}</li>`;
    // The figure in bold wherever the message puts it: "0.13 g of CO2 per prompt", "das 1,13-Fache …".
    const split = (id: string, text: string, figure: string) => {
      const at = text.indexOf(figure);
      return html`<li data-eq=${id}>${text.slice(0, at)}<strong .textContent=${figure}></strong>${text.slice(at + figure.length)}</li>`;
    };
    const rows = p && e.carbon ? [
      ...p.equivalences.filter((q) => q.id !== 'share' && q.id !== 'datacentres').map((q) => {
        const n = formatNumber(q.count, l);
        return item(q.id, n, this.t(`power.count.${q.id as 'homes'}`, { count: q.count.mid, countText: n, region: this.regionOf(p) }));
      }),
      split('co2', this.t('infer.tonnes', { tonnes: formatNumber(e.carbon.tonnes, l) }), formatNumber(e.carbon.tonnes, l)),
      ...(e.waterLitres ? [split('water', this.t('infer.waterYear', { litres: formatNumber(e.waterLitres, l) }), formatNumber(e.waterLitres, l))] : []),
    ] : [
      split('search', this.t('infer.ratio', { ratio: formatNumber(e.searchRatio, l) }), formatNumber(e.searchRatio, l)),
      split('co2', this.t('infer.grams', { grams: formatNumber(e.gramsPerPrompt, l) }), formatNumber(e.gramsPerPrompt, l)),
      ...(e.waterMl ? [split('water', this.t('infer.waterPrompt', { ml: formatNumber(e.waterMl, l) }), formatNumber(e.waterMl, l))] : []),
    ];
    const name = e.ownPerPrompt ? this.t('infer.ownName') : e.model.name;
    return html`<ul class="figures equivalences">${rows}</ul><p class="scope">${this.t('infer.counts', { name, scope: this.scope(e.scope) })}</p>`;
  }

  protected view(e: InferenceEnergyEstimate): CardView {
    const l = this._locale;
    const p = e.carbon?.power;
    const byId = new Map(e.references.map((m) => [m.search ? 'search' : `ref:${m.id}`, m]));
    return {
      heading: this.t('infer.heading'),
      headline: e.energyWh ? this.t('power.perYear', { energy: this.wh(e.energyWh) }) : this.t('infer.perPrompt', { energy: this.wh(e.perPromptWh) }),
      subline: p && e.promptsPerDay
        ? this.t('infer.sub.year', { perPrompt: this.wh(e.perPromptWh), prompts: formatCount(e.promptsPerDay, l), power: formatUnit(p.powerW, 'W', l) })
        : this.t('infer.sub.prompt'),
      summary: this.summary(e),
      body: this.body(e),
      verdict: this.verdict(e),
      chart: this.chartData(e),
      tickFormat: (v) => formatUnit(v, 'Wh', l, 1),
      controls: this.controls(e),
      assumptions: e.assumptions.map((a) => {
        const ref = byId.get(a.id);
        const named = ['perPrompt', 'prompts', 'water', 'intensity'].includes(a.id) ? `infer.a.${a.id}` : `power.a.${a.id}`;
        return {
          name: ref ? this.nameOf(ref) : this.t(named as MessageKey, { region: p ? this.regionOf(p) : '' }),
          value: ref ? `${this.wh(a.value)} (${this.scope(ref.scope)})`
            : a.unit === 'prompts' ? formatCount(a.value, l) : a.unit === 'mL' || a.unit === 'g/kWh' ? `${formatNumber(a.value, l)} ${a.unit}` : this.assumptionValue(a),
          overridden: a.overridden,
        };
      }),
      sources: sourcesOf(e.assumptions),
      version: e.figuresVersion,
    };
  }
}

addMessages(enPower);
addMessages(enInference);
defineOnce('inference-energy', InferenceEnergy);

declare global {
  interface HTMLElementTagNameMap {
    'inference-energy': InferenceEnergy;
  }
}
