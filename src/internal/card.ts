// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The card every calculator shows, as pure template functions of its view and a context: the
// heading, the issues, the headline and summary, the verdict, the chart with its data table, the
// reader's controls and the "How is this calculated?" disclosure. CalcElement supplies the context.
// An element whose only child is text gets it as `.textContent`: Lit marks every child binding with
// a comment node, and those markers were a third of a card's nodes.

import { html, nothing, type TemplateResult } from 'lit';
import { barLayout, type BarDatum } from '../charts/bars.js';
import { renderBarChart, renderDataTable } from '../charts/render.js';
import type { Verdict } from '../core/claim.js';
import type { Source } from '../core/data/index.js';
import { formatVersion } from '../core/format.js';
import type { Issue } from '../core/issues.js';
import type { Params } from '../core/messages/index.js';

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

/** Everything a calculator shows, as data; the card lays it out the same way for all. */
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

/** What the card needs from its element besides the view. */
export interface CardContext {
  readonly t: (key: string, params?: Params) => string;
  readonly locale: string;
  /** The author's heading, replacing the view's. */
  readonly heading?: string;
  readonly chartWidth: number;
  readonly interactive: boolean;
  readonly issues: readonly Issue[];
  /** Which copy button last succeeded (`summary`, `citation`). */
  readonly copied?: string;
  /** Whether the disclosure's body is rendered: when it is open, and for printing. */
  readonly detailsBody: boolean;
  readonly detailsOpen: boolean;
  copy(text: string, id: string): void;
  control(id: string, value: number): void;
  reset(): void;
  toggle(open: boolean): void;
}

/** The whole card. */
export function renderCard(v: CardView, c: CardContext): TemplateResult {
  const layout = barLayout(v.chart, { width: c.chartWidth, tickFormat: v.tickFormat });
  // A named group, not a <section>: a named section is a region landmark, and an article with
  // two cost cards would get two identical landmarks it never asked for.
  return html`<div part="base" role="group" aria-labelledby="heading">
    <h2 id="heading" .textContent=${c.heading || v.heading}></h2>
    ${renderIssues(c)}
    <p part="headline" .textContent=${v.headline}></p>
    ${v.subline ? html`<p class="subline" .textContent=${v.subline}></p>` : nothing}
    <p part="summary"><span data-copy-text="summary" .textContent=${v.summary}></span> ${renderCopy(c, v.summary, 'ui.copySentence', 'summary')}</p>
    ${v.body ?? nothing}
    ${v.verdict ? html`<div part="verdict" data-kind=${v.verdict.kind}>
      <p><strong>${c.t('claim.verdict')}:</strong> ${v.verdict.sentence}</p>
      ${v.verdict.note ? html`<p .textContent=${v.verdict.note}></p>` : nothing}
    </div>` : nothing}
    <figure part="chart">
      ${renderBarChart(layout, v.summary)}
      ${renderDataTable(c.t('ui.chartData'), [c.t('ui.item'), c.t('ui.value')], layout.bars.map((b) => [b.label, b.valueLabel] as const))}
    </figure>
    ${renderControls(c, v.controls)}
    ${renderDetails(c, v)}
  </div>`;
}

/** Inline messages about the attributes, one item each, announced as an alert. */
export function renderIssues(c: Pick<CardContext, 't' | 'issues'>): TemplateResult | typeof nothing {
  if (c.issues.length === 0) return nothing;
  return html`<div part="error" role="alert"><ul>
    ${c.issues.map((i) => html`<li .textContent=${issueText(c.t, i) + (i.code === 'missing' || i.fallback === false ? '' : ` ${c.t('issue.fallback')}`)}></li>`)}
  </ul></div>`;
}

/** An issue as one sentence in the catalog's language. */
export function issueText(t: CardContext['t'], i: Issue): string {
  return t(`issue.${i.code}`, { field: i.field, value: i.value, expected: t(i.expected, i.params) });
}

function renderCopy(c: CardContext, text: string, labelKey: string, id: string): TemplateResult {
  return html`<button type="button" data-copy=${id} @click=${() => c.copy(text, id)} .textContent=${c.copied === id ? c.t('ui.copied') : c.t(labelKey)}></button>`;
}

/**
 * The disclosure. Its body (the assumptions table, the sources, the citation) is built only when a
 * reader opens it, or for printing: most readers never do, and it is most of a card's nodes. The
 * summary sentence, the chart's name and its data table stay outside it for assistive technology.
 */
function renderDetails(c: CardContext, v: CardView): TemplateResult {
  return html`<details part="details" ?open=${c.detailsOpen} @toggle=${(e: Event) => c.toggle((e.target as HTMLDetailsElement).open)}>
    <summary .textContent=${c.t('ui.howCalculated')}></summary>
    ${c.detailsBody ? renderDetailsBody(c, v) : nothing}
  </details>`;
}

/** Sources listed once each, in order. */
const uniqueSources = (sources: readonly Source[]) => sources.filter((s, i) => sources.findIndex((o) => o.url === s.url && o.title === s.title) === i);

/** The citation line a reader can copy into a footnote. */
export function citationOf(v: CardView, t: CardContext['t'], locale: string): string {
  return t('ui.citationText', {
    summary: v.summary, date: formatVersion(v.version, locale),
    sources: uniqueSources(v.sources).map((s) => `${s.publisher} (${s.year})`).join('; ') || t('ui.byAuthor'),
  });
}

function renderDetailsBody(c: CardContext, v: CardView): TemplateResult {
  const citation = citationOf(v, c.t, c.locale);
  return html`<table>
      <caption class="visually-hidden">${c.t('ui.assumptions')}</caption>
      <thead><tr><th scope="col">${c.t('ui.assumption')}</th><th scope="col">${c.t('ui.value')}</th><th scope="col">${c.t('ui.origin')}</th></tr></thead>
      <tbody>${v.assumptions.map((r) => html`<tr><th scope="row">${r.name}</th><td>${r.value}</td><td>${r.overridden ? c.t('ui.byAuthor') : c.t('ui.byDefault')}</td></tr>`)}</tbody>
    </table>
    ${v.sensitivity ? html`<p>${v.sensitivity}</p>` : nothing}
    <h3 class="visually-hidden">${c.t('ui.sources')}</h3>
    <ol>${uniqueSources(v.sources).map((s) => html`<li><a href=${s.url} rel="noopener noreferrer" target="_blank">${s.title}</a>, ${s.publisher}, ${s.year}.${s.note ? html` <span class="muted">${s.note}</span>` : nothing}</li>`)}</ol>
    <p class="muted">${c.t('ui.figuresAsOf', { date: formatVersion(v.version, c.locale) })}</p>
    <div class="citation"><q data-copy-text="citation">${citation}</q>${renderCopy(c, citation, 'ui.copyCitation', 'citation')}</div>`;
}

/** Reader controls; using one recomputes and fires `estimate-change`. */
function renderControls(c: CardContext, specs: readonly ControlSpec[]): TemplateResult | typeof nothing {
  if (!c.interactive || specs.length === 0) return nothing;
  return html`<fieldset part="controls">
    <legend .textContent=${c.t('ui.controls')}></legend>
    ${specs.map((s) => {
      const changed = (e: Event) => c.control(s.id, Number((e.target as HTMLInputElement | HTMLSelectElement).value));
      // `selected` picks the option on the first render, before `.value` can; `.value` keeps it
      // right after the reader has chosen one (Firefox ignores `selected` from then on).
      return s.options
        ? html`<div class="control">
          <label for="c-${s.id}" .textContent=${s.label}></label>
          <select id="c-${s.id}" .value=${String(s.value)} @change=${changed}>${s.options.map((o, i) => html`<option value=${i} ?selected=${i === s.value} .textContent=${o}></option>`)}</select>
        </div>`
        : html`<div class="control">
          <label for="c-${s.id}" .textContent=${s.label}></label>
          <output for="c-${s.id}" .textContent=${s.text}></output>
          <input id="c-${s.id}" type="range" min=${s.min} max=${s.max} step=${s.step} .value=${String(s.value)} @input=${changed}>
        </div>`;
    })}
    <button type="button" @click=${c.reset} .textContent=${c.t('ui.reset')}></button>
  </fieldset>`;
}
