// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The base of every calculator, kept to orchestration: it holds the common attributes and the
// reader's state, asks the subclass's core function for a calculation when an input changed, and
// hands the view to the card's template functions (card.ts). Chart measuring is a controller
// (chart-width.ts), locale resolution and the clipboard are functions of their own.

import { LitElement, adoptStyles, html, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Assumption } from '../core/assumptions.js';
import type { Calculation } from '../core/calculation.js';
import type { Verdict } from '../core/claim.js';
import { formatAssumption, formatFactor } from '../core/format.js';
import type { Issue } from '../core/issues.js';
import { translate, type MessageKey, type Params } from '../core/messages/index.js';
import type { Claim } from '../core/parse.js';
import { parseKeyword } from '../core/parse.js';
import { EstimateChangeEvent } from '../events/estimate-change.js';
import { citationOf, renderCard, renderIssues, issueText, type CardContext, type CardView } from './card.js';
import { ChartWidthController } from './chart-width.js';
import { copyText } from './clipboard.js';
import { resolveLocale } from './locale.js';
import { takeTurn } from './turns.js';
import { catalogReady } from '../i18n/load.js';
import { baseStyles } from './styles.js';
import { warnOnce } from './warn.js';

export type { AssumptionRow, CardView, ControlSpec } from './card.js';
export { sourcesOf } from '../core/assumptions.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'estimate-change': EstimateChangeEvent;
  }
}

const THEMES = ['light', 'dark', 'auto'] as const;

/** Reader state that changes what the card shows but never the calculation. */
const VIEW_ONLY = new Set<PropertyKey>(['_copied', '_detailsOpen']);

/** Connected calculators, so that printing can build every disclosure's body first. */
const connected = new Set<CalcElement<object>>();
if (typeof window !== 'undefined') {
  // One pair of listeners for the page, not one per widget; a printed page shows every
  // disclosure whole, since paper cannot be clicked open.
  const printing = (on: boolean) => () => { for (const el of connected) { el._printing = on; el.requestUpdate(); } };
  window.addEventListener('beforeprint', printing(true));
  window.addEventListener('afterprint', printing(false));
}

/**
 * What every calculator shares: the common attributes, the reader's controls and copy buttons,
 * and the change event. A subclass supplies `calculate()` (its core function applied to its
 * attributes) and `view()` (what the card shows for the result).
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
 * @cssproperty [--cc-content-visibility=auto] - `visible` lays out and paints the card even far from the viewport, for scripts that measure inside it.
 */
export abstract class CalcElement<E extends object> extends LitElement {
  // Reactive properties are declared in a static map, not with decorators, in every element: the
  // decorators' helper and calls cost ≈ 460 bytes gzipped in the single file. Each field below
  // keeps its documentation.
  static override properties: PropertyDeclarations = {
    claim: {},
    interactive: { type: Boolean, reflect: true },
    locale: {},
    currency: {},
    theme: { reflect: true },
    asOf: { attribute: 'as-of' },
    heading: {},
    _overrides: { state: true },
    _copied: { state: true },
    _detailsOpen: { state: true },
  };

  static override styles: CSSResultGroup = baseStyles;

  /** A figure as a story states it, checked against the estimate; each element says what it takes. */
  claim?: string;

  /** Shows sliders so readers can try their own assumptions. */
  interactive = false;

  /**
   * BCP 47 locale for words, numbers and how attributes are read: `en`, `de`, `fr`, `es`, or a regional form such as `en-GB` or
   * `de-AT`. German, French and Spanish words load from `locales/<lang>.js` beside the library. Default: the nearest lang attribute,
   * then the browser's.
   */
  locale?: string;

  /** Currency for money figures (ISO 4217, e.g. `EUR`), converted with exchange-rate; <gpu-cluster-cost> and <cluster-compare> (its cost metric) take it. Default: `USD`. */
  currency?: string;

  /** Colour scheme: `light`, `dark`, or `auto` (follows the reader's system). Default: unset, inheriting the page's colours. */
  theme?: string;

  /** Pins the figures to a published version, e.g. `2026-11`, so an article's numbers never change. Default: the newest. */
  asOf?: string;

  /** Replaces the default heading. */
  heading?: string;

  /** Values the reader set with the controls, by control id. */
  protected _overrides: Readonly<Record<string, number>> = {};

  private _copied?: string;
  private _detailsOpen = false;
  /** @internal Set around printing (module listeners), so the disclosure's body is on paper. */
  _printing = false;

  private readonly _chart = new ChartWidthController(this);
  /** Inputs changed in a way Lit cannot see (light-DOM children): recompute on the next update. */
  private _stale = true;

  protected _locale = 'en';
  /**
   * The language attributes are read in: the author's (`locale`, or the page's `lang`), never the
   * reader's browser, so that "100,000" means the same to every reader of an unlabelled page.
   */
  protected _inputLocale = 'en';
  protected _issues: readonly Issue[] = [];
  protected _estimate?: E;
  /** The author's claim as understood, for the verdict's words. */
  protected _claim?: Claim;

  /** The latest result, as plain data; read it after `updateComplete`. */
  get estimate(): E | undefined {
    return this._estimate;
  }

  /** Everything the card shows, as data: what `compute-calc/export` writes as CSV. Read after `updateComplete`. */
  get card(): CardView | undefined {
    return this._estimate && this.view(this._estimate);
  }

  /** The citation line the disclosure offers to copy, in the element's language. Read after `updateComplete`. */
  get citation(): string | undefined {
    const v = this.card;
    return v && citationOf(v, (key, params) => this.t(key, params), this._locale);
  }

  /** A reader-facing text from the message catalog in the resolved locale. */
  protected t(key: MessageKey, params?: Params): string {
    return translate(this._locale, key, params);
  }

  /** A label inside a sentence: lower-case first letter, except for German nouns and acronyms ("PUE"). */
  protected midSentence(label: string): string {
    return /^de\b/i.test(this._locale) || /^\p{Lu}{2}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
  }

  /** Recomputes on the next update although no property changed. */
  protected invalidate(): void {
    this._stale = true;
    this.requestUpdate();
  }

  /** `undefined` when the words of `locale` are on the page, else a promise that settles once they are (src/i18n/load.ts). */
  protected wordsReady(locale: string): Promise<void> | undefined {
    return catalogReady(locale);
  }

  /**
   * Waits for the catalog of the element's language when it is not on the page yet, so the card
   * never shows in the wrong language, and renders the first time when its turn comes (turns.ts),
   * so a page of widgets never blocks the reader for long. Until then the author's fallback text
   * stays in view (a slot), in the space the stylesheet reserves.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.wordsReady(resolveLocale(this, this.locale, []));
    if (this.hasUpdated) return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
    const slot = this.renderRoot.appendChild(document.createElement('slot'));
    const render = () => takeTurn(() => {
      slot.remove();
      return super.scheduleUpdate();
    });
    return ready ? ready.then(render) : render();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A copy button, the disclosure or the chart's width changes the view, never the numbers.
    if (!this._stale && ![...changed.keys()].some((k) => !VIEW_ONLY.has(k))) return;
    this._stale = false;
    const issues: Issue[] = [];
    this._locale = resolveLocale(this, this.locale, issues);
    this._inputLocale = this.locale?.trim() || this.closest('[lang]')?.getAttribute('lang') ? this._locale : 'en';
    if (this.theme) {
      const r = parseKeyword('theme', this.theme, THEMES);
      if (!r.ok) issues.push(r.issue);
    }
    // The core function reads the attributes; a failure in it must never reach the page.
    try {
      const c = this.calculate();
      this._estimate = c.estimate;
      this._claim = c.claim;
      issues.push(...c.issues);
    } catch (error) {
      warnOnce('internal', String(error));
    }
    this._issues = issues;
    // The warning's code and tag are for developers; its sentence is the reader's, in the element's language.
    for (const i of issues) warnOnce(`invalid-${i.field}`, `<${this.localName}> ${issueText((key, params) => this.t(key, params), i)}`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** Adopted into another document and back: the shadow root loses its stylesheets, so re-apply them. */
  adoptedCallback(): void {
    try {
      adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    } catch { /* another document's sheets cannot be adopted; they are re-applied on the way back */ }
  }

  /** The element's core function applied to its attributes and the reader's overrides. */
  protected abstract calculate(): Calculation<E>;

  /** What to show for the current estimate. */
  protected abstract view(estimate: E): CardView;

  protected override render(): TemplateResult {
    const e = this._estimate;
    return e ? renderCard(this.view(e), this.context()) : html`<div part="base">${renderIssues(this.context())}</div>`;
  }

  private context(): CardContext {
    return {
      t: (key, params) => this.t(key, params),
      locale: this._locale,
      heading: this.heading,
      chartWidth: this._chart.width,
      interactive: this.interactive,
      issues: this._issues,
      copied: this._copied,
      detailsOpen: this._detailsOpen || this._printing,
      detailsBody: this._detailsOpen || this._printing,
      copy: (text, id) => void this.copy(text, id),
      control: (id, value) => void this.change({ ...this._overrides, [id]: value }, value),
      reset: () => void this.change({}, 0),
      // Opened for printing is not opened by the reader: it closes again afterwards.
      toggle: (open) => { if (!this._printing) this._detailsOpen = open; },
    };
  }

  private async copy(text: string, id: string): Promise<void> {
    if (await copyText(text, this.renderRoot.querySelector(`[data-copy-text="${id}"]`))) this._copied = id;
  }

  /** Applies the reader's overrides and tells the page the new estimate. */
  private async change(overrides: Readonly<Record<string, number>>, value: number): Promise<void> {
    if (!Number.isFinite(value)) return;
    this._overrides = overrides;
    await this.updateComplete;
    this.dispatchEvent(new EstimateChangeEvent(this._estimate));
  }

  /** The verdict sentence for a checked claim; `estimate` is the estimate in the claim's terms. */
  protected verdictSentence(v: Verdict, estimate: string): string {
    const key = v.kind === 'consistent' ? 'claim.consistent' : v.kind === 'too-high' ? 'claim.tooHigh' : 'claim.tooLow';
    return this.t(key, { claim: v.claim.text, factor: formatFactor(v.factor, this._locale), estimate });
  }

  /** An assumption's value as a reader reads it; money in `currency` at `rate` per USD. */
  protected assumptionValue(a: Assumption, currency = 'USD', rate = 1): string {
    return formatAssumption(a, this._locale, currency, rate);
  }
}
