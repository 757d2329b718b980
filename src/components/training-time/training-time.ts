// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { html, type PropertyDeclarations } from 'lit';
import type { BarDatum } from '../../charts/bars.js';
import { formatCount, formatNumber, formatPercent, formatScientific, formatUnit } from '../../core/format.js';
import type { Claim } from '../../core/parse.js';
import { point, type Range } from '../../core/range.js';
import { calculateTraining, type TrainingEstimate, type TrainingTimeEstimate } from '../../core/training.js';
import type { Calculation } from '../../core/calculation.js';
import { CalcElement, sourcesOf, type CardView, type ControlSpec } from '../../internal/calc-element.js';
import { ClusterElement } from '../../internal/input-elements.js';
import { addMessages, type MessageKey } from '../../core/messages/index.js';
import { enTraining } from '../../core/messages/en-training.js';
import { defineOnce } from '../../internal/define.js';
import { styles } from './training-time.styles.js';

export type { TrainingTimeEstimate };

/**
 * `claim` takes a duration, GPU-hours, energy or compute: `about 90 days`, `over 30 million GPU-hours`.
 * With `interactive`, readers get sliders for the GPU count and the MFU.
 *
 * @tagname training-time
 * @summary How long a training run takes on a cluster, in days, GPU-hours and electricity,
 * placed against known runs, with a check of a story's claim.
 *
 * @slot - Fallback content shown until the element upgrades, and where scripts do not run.
 *
 * @fires estimate-change - When a reader moves an `interactive` control; `event.estimate` is the new result.
 */
export class TrainingTime extends ClusterElement<TrainingTimeEstimate> {
  static override properties: PropertyDeclarations = {
    flops: {},
    params: {},
    tokens: {},
    precision: {},
    mfu: {},
  };

  static override styles = [CalcElement.styles, styles];

  /**
   * Total training compute, e.g. `3.8e25` or `3.8e25 FLOP`; takes precedence over params and tokens.
   * Default: Llama 3.1 405B's 3.8 × 10²⁵.
   */
  flops?: string;

  /** Parameters (active parameters for mixture-of-experts models), e.g. `405B`; needs tokens too. */
  params?: string;

  /** Training tokens, e.g. `15.6T`; needs params too. C ≈ 6 × parameters × tokens (Kaplan et al. 2020). */
  tokens?: string;

  /** Number format of the catalog's dense peak: `bf16` or `fp8`. Default: `bf16`. */
  precision?: string;

  /** Model FLOPs utilization: `0.4`, `38–43%`. Default: 35–43%, Llama 3's reported range. */
  mfu?: string;

  protected calculate(): Calculation<TrainingTimeEstimate> {
    return calculateTraining({
      ...this.clusterAttributes(), locale: this._inputLocale, flops: this.flops, params: this.params, tokens: this.tokens, precision: this.precision, mfu: this.mfu,
    }, this._overrides);
  }

  private daysText(r: Range): string {
    return this.t('train.days', { count: r.high, countText: formatNumber(r, this._locale) });
  }

  /** The one sentence a reader takes away; also the chart's accessible name. */
  summary(e: TrainingEstimate): string {
    const l = this._locale;
    return this.t('train.summary', {
      flops: `${formatScientific(e.flops, l)} FLOP`, gpus: formatCount(e.gpus, l), gpu: e.gpu.name,
      mfu: formatPercent(e.mfu, l), days: this.daysText(e.days), gpuHours: formatNumber(e.gpuHours, l),
      energy: formatUnit(e.energyWh, 'Wh', l),
    });
  }

  private claimText(claim: Claim, target: Range): string {
    const l = this._locale;
    if (claim.kind === 'energy') return formatUnit(target, 'Wh', l);
    if (claim.kind === 'flop') return `${formatScientific(target, l)} FLOP`;
    return claim.noun === 'days' ? this.daysText(target) : `${formatNumber(target, l)} GPU-hours`;
  }

  private chartData(e: TrainingTimeEstimate): BarDatum[] {
    const rows: BarDatum[] = [{ key: 'estimate', kind: 'main', label: this.t('ui.estimateLabel'), value: e.days, valueLabel: this.daysText(e.days) }];
    if (e.verdict && this._claim?.noun === 'days') {
      const c = point(this._claim.value);
      rows.push({ key: 'claim', kind: 'claim', label: this.t('ui.claimLabel'), value: c, valueLabel: this.daysText(c) });
    }
    for (const run of e.runs) {
      rows.push({
        key: run.id, kind: 'reference', value: run.days, valueLabel: this.daysText(run.days),
        label: this.t('train.runLabel', { name: run.name, gpus: formatCount(run.gpus, this._locale), gpu: run.gpu.toUpperCase().replace('-', ' ') }),
      });
    }
    return rows;
  }

  private chinchilla(e: TrainingEstimate): string | undefined {
    const ratio = e.tokensPerParam;
    const factor = e.chinchillaFactor;
    if (ratio === undefined || factor === undefined) return undefined;
    const l = this._locale;
    return factor > 1
      ? this.t('train.chinchilla', { ratio: formatNumber(ratio, l), factor: formatNumber(factor, l, 2) })
      : this.t('train.chinchillaUnder', { ratio: formatNumber(ratio, l) });
  }

  protected view(e: TrainingTimeEstimate): CardView {
    const l = this._locale;
    const name = (id: string) => this.t((['tdp', 'overhead', 'utilization', 'pue'].includes(id) ? `power.a.${id}` : `train.a.${id}`) as MessageKey);
    const note = this.chinchilla(e);
    const sens = e.sensitivity;
    const controls: ControlSpec[] = [
      { id: 'gpus', label: name('gpus'), min: 1000, max: 1_000_000, step: 1000, value: e.gpus.mid, text: formatCount(e.gpus.mid, l) },
      { id: 'mfu', label: name('mfu'), min: 0.1, max: 0.7, step: 0.01, value: e.mfu.mid, text: formatPercent(e.mfu.mid, l) },
    ];
    return {
      heading: this.t('train.heading'),
      headline: this.daysText(e.days),
      subline: this.t('train.sub', { gpuHours: formatNumber(e.gpuHours, l), energy: formatUnit(e.energyWh, 'Wh', l) }),
      summary: this.summary(e),
      ...(note ? { body: html`<p class="note">${note}</p>` } : {}),
      ...(e.verdict && this._claim ? {
        verdict: { kind: e.verdict.kind, sentence: this.verdictSentence(e.verdict, this.claimText(this._claim, e.verdict.estimate)) },
      } : {}),
      chart: this.chartData(e),
      tickFormat: (v) => formatNumber(v, l),
      controls,
      assumptions: e.assumptions.map((a) => ({
        name: name(a.id),
        value: a.id === 'gpus' ? `${this.assumptionValue(a)} × ${e.gpu.name}`
          : a.id === 'peak' ? `${this.assumptionValue(a)} (${e.precision.toUpperCase()})`
          : a.id === 'flops' ? `${formatScientific(a.value, l)} FLOP` : this.assumptionValue(a),
        overridden: a.overridden,
      })),
      sources: sourcesOf(e.assumptions).concat(e.runs.map((r) => r.source)),
      version: e.figuresVersion,
      ...(sens ? {
        sensitivity: this.t('ui.mostSensitive', { name: this.midSentence(name(sens.id)), low: this.daysText(point(sens.low)), high: this.daysText(point(sens.high)) }),
      } : {}),
    };
  }
}

addMessages(enTraining);
defineOnce('training-time', TrainingTime);

declare global {
  interface HTMLElementTagNameMap {
    'training-time': TrainingTime;
  }
}
