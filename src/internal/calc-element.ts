// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { LitElement, adoptStyles, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { barLayout, type BarDatum } from '../charts/bars.js';
import { renderBarChart, renderDataTable } from '../charts/render.js';
import type { Verdict } from '../core/claim.js';
import type { Source } from '../core/data/index.js';
import { formatCount, formatFactor, formatMoney, formatNumber, formatPercent, formatUnit, formatVersion } from '../core/format.js';
import type { Issue } from '../core/issues.js';
import type { Assumption } from '../core/assumptions.js';
import { mul, type Range } from '../core/range.js';
import { translate, type Params } from '../core/messages/index.js';
import { parseKeyword } from '../core/parse.js';
import { EstimateChangeEvent } from '../events/estimate-change.js';
import { baseStyles } from './styles.js';
import { warnOnce } from './warn.js';

/** One row of the "How is this calculated?" table. */
export interface AssumptionRow {
  readonly name: string;
  readonly value: string;
  readonly overridden: boolean;
}

/**
 * A control the reader can use when `interactive` is set: a slider, or with `options` a choice
 * among those labels, whose value is the chosen option's index.
 */
export interface ControlSpec {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly value: number;
  readonly text: string;
  readonly options?: readonly string[];
}

/** Everything a calculator shows, as data; the base class lays it out the same way for all. */
export interface CardView {
  readonly heading: string;
  readonly headline: string;
  readonly subline?: string;
  /** The one sentence a reader takes away; also the chart's accessible name and the copyable text. */
  readonly summary: string;
  /** Calculator-specific figures under the summary (equivalences, cost parts). */
  readonly body?: TemplateResult;
  readonly verdict?: { readonly kind: Verdict['kind']; readonly sentence: string; readonly note?: string };
  readonly chart: readonly BarDatum[];
  readonly tickFormat: (value: number) => string;
  readonly controls: readonly ControlSpec[];
  readonly assumptions: readonly AssumptionRow[];
  readonly sources: readonly Source[];
  readonly version: string;
  readonly sensitivity?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'estimate-change': EstimateChangeEvent;
  }
}

const THEMES = ['light', 'dark', 'auto'] as const;

/** The chart's layout width for a box `px` wide: whole 8 px steps, so sub-pixel jitter never re-renders it. */
const chartWidthFor = (px: number) => Math.max(240, Math.min(800, Math.floor(px / 8) * 8));

/** Connected elements that have not rendered yet; their widths are read together (see willUpdate). */
const unmeasured = new Set<CalcElement<object>>();

/**
 * What every calculator shares: the common attributes, locale resolution, inline errors, the
 * disclosure with sources and citation, copy buttons, reader controls and the change event.
 * Subclasses parse their own attributes and compute in `willUpdate`, then compose these pieces.
 *
 * @csspart base - The card around everything.
 * @csspart headline - The headline figure.
 * @csspart summary - The one-sentence summary, also the chart's accessible name.
 * @csspart verdict - The claim check.
 * @csspart chart - The figure holding the SVG chart.
 * @csspart chart-svg - The SVG chart.
 * @csspart controls - The reader's sliders (with `interactive`).
 * @csspart details - The "How is this calculated?" disclosure.
 * @csspart error - Inline messages about invalid attributes.
 *
 * @cssproperty [--cc-accent=#1d4ed8] - Headline and main bar colour.
 * @cssproperty [--cc-muted=#4b5563] - Secondary text and reference bars.
 * @cssproperty [--cc-surface=transparent] - Card background.
 * @cssproperty [--cc-border=#d1d5db] - Borders and grid lines.
 * @cssproperty [--cc-radius=8px] - Corner radius.
 * @cssproperty [--cc-font=inherit] - Font family.
 * @cssproperty [--cc-error=#b91c1c] - Error text and border.
 * @cssproperty [--cc-claim=#b45309] - Claim bar and verdict colour.
 */
export abstract class CalcElement<E extends object> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** A figure as a story states it, checked against the estimate; each element says what it takes. */
  @property() claim?: string;

  /** Shows sliders so readers can try their own assumptions. */
  @property({ type: Boolean, reflect: true }) interactive = false;

  /** BCP 47 locale for numbers and words, e.g. `de` or `en-GB`. Default: the nearest lang attribute, then the browser's. */
  @property() locale?: string;

  /** Currency for money figures (ISO 4217, e.g. `EUR`), converted with exchange-rate; <gpu-cluster-cost> and <cluster-compare> (its cost metric) take it. Default: `USD`. */
  @property() currency?: string;

  /** Colour scheme: `light`, `dark`, or `auto` (follows the reader's system). Default: unset, inheriting the page's colours. */
  @property({ reflect: true }) theme?: string;

  /** Pins the figures to a published version, e.g. `2026-11`, so an article's numbers never change. Default: the newest. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** Replaces the default heading. */
  @property() heading?: string;

  /** Problems with the attributes, shown inline. */
  @state() protected _issues: readonly Issue[] = [];

  /** Values the reader set with the controls, by control id. */
  @state() protected _overrides: Readonly<Record<string, number>> = {};

  @state() private _copied?: string;

  /**
   * Width of the chart's box in CSS pixels. Charts are laid out at this width instead of being
   * scaled by `viewBox`, so their text stays the page's size on a 320 px phone and at 800 px.
   */
  @state() protected _chartWidth = 480;

  private _resize?: ResizeObserver;
  private _observed?: Element;

  protected _locale = 'en';
  protected _estimate?: E;

  /** The latest result, as plain data; read it after `updateComplete`. */
  get estimate(): E | undefined {
    return this._estimate;
  }

  /** Everything the card shows, as data: what `compute-calc/export` writes as CSV. Read after `updateComplete`. */
  get card(): CardView | undefined {
    return this._estimate && this.view(this._estimate);
  }

  /** A reader-facing text from the message catalog in the resolved locale. */
  protected t(key: string, params?: Params): string {
    return translate(this._locale, key, params);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (unmeasured.has(this)) {
      // The first render lays the chart out at its box's real width, so the first frame painted
      // is final and nothing below moves. Every waiting element is read here, before any of them
      // renders: one layout for a page of widgets, not one each. The card's border and its
      // padding (0.75rem in a box of 420 px or less, as styles.ts says) separate the host's width
      // from the chart's.
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      for (const el of unmeasured) {
        const w = el.clientWidth - 2 * ((el.clientWidth > 420 ? rem : 0.75 * rem) + 1);
        if (w > 0) el._chartWidth = chartWidthFor(w);
      }
      unmeasured.clear();
    }
    const issues: Issue[] = [];
    this._locale = this.resolveLocale(issues);
    if (this.theme) {
      const r = parseKeyword('theme', this.theme, THEMES);
      if (!r.ok) issues.push(r.issue);
    }
    // The subclass reads its attributes and computes; a failure here must never reach the page.
    try {
      issues.push(...this.compute());
    } catch (error) {
      warnOnce('internal', String(error));
    }
    this._issues = issues;
    for (const i of issues) warnOnce(`invalid-${i.field}`, `<${this.localName}> ${translate('en', `issue.${i.code}`, this.issueParams(i, 'en'))}`);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const chart = this.renderRoot.querySelector('[part=chart]');
    // A detached element (removed before a pending re-render ran) must not start observing again.
    if (chart && chart !== this._observed && this.isConnected && typeof ResizeObserver !== 'undefined') {
      this._resize ??= new ResizeObserver(([entry]) => {
        const w = chartWidthFor(entry.contentRect.width);
        // Next task: re-rendering inside the observer's callback changes the chart's height in
        // the same frame, which browsers report as a ResizeObserver loop error.
        if (w !== this._chartWidth && entry.contentRect.width > 0) setTimeout(() => { if (this.isConnected) this._chartWidth = w; });
      });
      if (this._observed) this._resize.unobserve(this._observed);
      this._resize.observe(chart);
      this._observed = chart;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) unmeasured.add(this);
    // Moved or re-attached: render again so the chart is observed (and laid out) in its new place.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unmeasured.delete(this);
    this._resize?.disconnect();
    this._observed = undefined;
  }

  /** Adopted into another document and back: the shadow root loses its stylesheets, so re-apply them. */
  adoptedCallback(): void {
    try {
      adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    } catch { /* another document's sheets cannot be adopted; they are re-applied on the way back */ }
  }

  /** Parses attributes and computes the estimate into `_estimate`; returns the issues found. */
  protected abstract compute(): Issue[];

  /** What to show for the current estimate. */
  protected abstract view(estimate: E): CardView;

  protected override render(): TemplateResult {
    const e = this._estimate;
    return e ? this.renderCard(this.view(e)) : html`<div part="base">${this.renderIssues()}</div>`;
  }

  private renderCard(v: CardView): TemplateResult {
    const layout = barLayout(v.chart, { width: this._chartWidth, tickFormat: v.tickFormat });
    // A named group, not a <section>: a named section is a region landmark, and an article with
    // two cost cards would get two identical landmarks it never asked for.
    return html`<div part="base" role="group" aria-labelledby="heading">
      <h2 id="heading">${this.heading || v.heading}</h2>
      ${this.renderIssues()}
      <p part="headline">${v.headline}</p>
      ${v.subline ? html`<p class="subline">${v.subline}</p>` : nothing}
      <p part="summary"><span data-copy-text="summary">${v.summary}</span> ${this.renderCopy(v.summary, 'ui.copySentence', 'summary')}</p>
      ${v.body ?? nothing}
      ${v.verdict ? html`<div part="verdict" data-kind=${v.verdict.kind}>
        <p><strong>${this.t('claim.verdict')}:</strong> ${v.verdict.sentence}</p>
        ${v.verdict.note ? html`<p>${v.verdict.note}</p>` : nothing}
      </div>` : nothing}
      <figure part="chart">
        ${renderBarChart(layout, v.summary)}
        ${renderDataTable(this.t('ui.chartData'), [this.t('ui.item'), this.t('ui.value')], layout.bars.map((b) => [b.label, b.valueLabel] as const))}
      </figure>
      ${this.renderControls(v.controls)}
      ${this.renderDetails(v.assumptions, v.sources, v.version, v.summary, v.sensitivity)}
    </div>`;
  }

  /** The verdict sentence for a checked claim; `estimate` is the estimate in the claim's terms. */
  protected verdictSentence(v: Verdict, estimate: string): string {
    const key = v.kind === 'consistent' ? 'claim.consistent' : v.kind === 'too-high' ? 'claim.tooHigh' : 'claim.tooLow';
    return this.t(key, { claim: v.claim.text, factor: formatFactor(v.factor, this._locale), estimate });
  }

  /** An assumption's value as a reader reads it, by its unit; money in `currency` at `rate` per USD. */
  protected assumptionValue(a: Assumption, currency = 'USD', rate = 1): string {
    const l = this._locale;
    const money = (r: Range) => formatMoney(mul(r, rate), currency, l);
    switch (a.unit) {
      case 'Wh': case 'W': case 'FLOP/s': return formatUnit(a.value, a.unit, l);
      case '%': return formatPercent(a.value, l);
      case '×': return `${formatNumber(a.value, l)}×`;
      case 'h': return `${formatNumber(a.value, l)} h`;
      case 'GPUs': return formatCount(a.value, l);
      case 'USD': return money(a.value);
      case 'USD/kWh': return `${money(a.value)}/kWh`;
      default: return formatNumber(a.value, l);
    }
  }

  /** Sources of the assumptions, each once. */
  protected sourcesOf(assumptions: readonly Assumption[]): Source[] {
    return assumptions.map((a) => a.source).filter((s): s is Source => s !== undefined);
  }

  private resolveLocale(issues: Issue[]): string {
    const wanted = this.locale?.trim() || this.closest('[lang]')?.getAttribute('lang') || (typeof navigator !== 'undefined' ? navigator.language : '') || 'en';
    try {
      return Intl.getCanonicalLocales(wanted)[0] ?? 'en';
    } catch {
      if (this.locale) issues.push({ field: 'locale', value: this.locale, code: 'invalid', expected: 'expect.oneOf', params: { list: 'en, en-GB, de, fr, es, …' } });
      return 'en';
    }
  }

  private issueParams(i: Issue, locale: string): Params {
    return { field: i.field, value: i.value, expected: translate(locale, i.expected, i.params) };
  }

  protected renderIssues(): TemplateResult | typeof nothing {
    if (this._issues.length === 0) return nothing;
    return html`<div part="error" role="alert"><ul>
      ${this._issues.map((i) => html`<li>${this.t(`issue.${i.code}`, this.issueParams(i, this._locale))}${i.code === 'missing' || i.fallback === false ? '' : ` ${this.t('issue.fallback')}`}</li>`)}
    </ul></div>`;
  }

  protected renderCopy(text: string, labelKey: string, id: string): TemplateResult {
    const done = this._copied === id;
    return html`<button type="button" data-copy=${id} @click=${() => this.copy(text, id)}>${done ? this.t('ui.copied') : this.t(labelKey)}</button>`;
  }

  private async copy(text: string, id: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this._copied = id;
    } catch {
      // Clipboard access can be refused (permissions, insecure page): select the text instead,
      // so the reader can copy it by hand.
      const target = this.renderRoot.querySelector(`[data-copy-text="${id}"]`);
      const selection = window.getSelection();
      if (target && selection) {
        selection.selectAllChildren(target);
      }
    }
  }

  /** The disclosure: assumptions, the most sensitive one, sources with links, version, citation. */
  protected renderDetails(rows: readonly AssumptionRow[], sources: readonly Source[], version: string, summary: string, sensitivity?: string): TemplateResult {
    const date = formatVersion(version, this._locale);
    const unique = sources.filter((s, i) => sources.findIndex((o) => o.url === s.url && o.title === s.title) === i);
    const citation = this.t('ui.citationText', { summary, date, sources: unique.map((s) => `${s.publisher} (${s.year})`).join('; ') || this.t('ui.byAuthor') });
    return html`<details part="details">
      <summary>${this.t('ui.howCalculated')}</summary>
      <table>
        <caption class="visually-hidden">${this.t('ui.assumptions')}</caption>
        <thead><tr><th scope="col">${this.t('ui.assumption')}</th><th scope="col">${this.t('ui.value')}</th><th scope="col">${this.t('ui.origin')}</th></tr></thead>
        <tbody>${rows.map((r) => html`<tr><th scope="row">${r.name}</th><td>${r.value}</td><td>${r.overridden ? this.t('ui.byAuthor') : this.t('ui.byDefault')}</td></tr>`)}</tbody>
      </table>
      ${sensitivity ? html`<p>${sensitivity}</p>` : nothing}
      <h3 class="visually-hidden">${this.t('ui.sources')}</h3>
      <ol>${unique.map((s) => html`<li><a href=${s.url} rel="noopener noreferrer" target="_blank">${s.title}</a>, ${s.publisher}, ${s.year}.${s.note ? html` <span class="muted">${s.note}</span>` : nothing}</li>`)}</ol>
      <p class="muted">${this.t('ui.figuresAsOf', { date })}</p>
      <div class="citation"><q data-copy-text="citation">${citation}</q>${this.renderCopy(citation, 'ui.copyCitation', 'citation')}</div>
    </details>`;
  }

  /** Reader controls; moving one recomputes and fires `estimate-change`. */
  protected renderControls(specs: readonly ControlSpec[]): TemplateResult | typeof nothing {
    if (!this.interactive || specs.length === 0) return nothing;
    return html`<fieldset part="controls">
      <legend>${this.t('ui.controls')}</legend>
      ${specs.map((s) => {
        const changed = (e: Event) => this.onControl(s.id, Number((e.target as HTMLInputElement | HTMLSelectElement).value));
        // `selected` picks the option on the first render, before `.value` can; `.value` keeps it
        // right after the reader has chosen one (Firefox ignores `selected` from then on).
        return s.options
          ? html`<div class="control">
            <label for="c-${s.id}">${s.label}</label>
            <select id="c-${s.id}" .value=${String(s.value)} @change=${changed}>${s.options.map((o, i) => html`<option value=${i} ?selected=${i === s.value}>${o}</option>`)}</select>
          </div>`
          : html`<div class="control">
            <label for="c-${s.id}">${s.label}</label>
            <output for="c-${s.id}">${s.text}</output>
            <input id="c-${s.id}" type="range" min=${s.min} max=${s.max} step=${s.step} .value=${String(s.value)} @input=${changed}>
          </div>`;
      })}
      <button type="button" @click=${this.onReset}>${this.t('ui.reset')}</button>
    </fieldset>`;
  }

  private async onControl(id: string, value: number): Promise<void> {
    if (!Number.isFinite(value)) return;
    this._overrides = { ...this._overrides, [id]: value };
    await this.updateComplete;
    this.dispatchEvent(new EstimateChangeEvent(this._estimate));
  }

  private onReset = async (): Promise<void> => {
    this._overrides = {};
    await this.updateComplete;
    this.dispatchEvent(new EstimateChangeEvent(this._estimate));
  };
}
