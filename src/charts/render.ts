// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { html, svg, type TemplateResult } from 'lit';
import { LINE, type BarLayout } from './bars.js';

// Text-only elements take their text as `.textContent`, not a child binding: no marker comment each.
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Draws a bar layout as SVG that inherits the page's font and colour. The chart's accessible
 * name is the calculator's one-sentence summary; its numbers are also in a hidden table.
 */
export function renderBarChart(layout: BarLayout, label: string): TemplateResult {
  const { width, height } = layout;
  return html`<svg part="chart-svg" class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label=${label}
    preserveAspectRatio="xMinYMin meet" width=${width} height=${height}>
    <path class="grid" d=${layout.ticks.map((t) => `M${r3(t.x)},0V${r3(layout.axisY)}`).join('')}></path>
    ${layout.bars.map((b) => svg`<g class="bar ${b.kind}" data-key=${b.key}>
      <text class="label" x=${r3(b.x)} y=${r3(b.textY)}>${b.labelLines.length === 1 ? b.label
        : b.labelLines.map((line, i) => svg`<tspan x=${r3(b.x)} dy=${i === 0 ? 0 : LINE}>${line}</tspan>`)}</text>
      <text class="value" x=${r3(width - b.x)} y=${r3(b.valueY)} text-anchor="end" .textContent=${b.valueLabel}></text>
      <rect x=${r3(b.x)} y=${r3(b.y)} width=${r3(b.width)} height=${r3(b.height)} rx="2"></rect>
      ${b.whisker ? svg`<path class="whisker" d="M${r3(b.whisker.x1)},${r3(b.whisker.y)}H${r3(b.whisker.x2)}M${r3(b.whisker.x1)},${r3(b.whisker.y - 5)}v10M${r3(b.whisker.x2)},${r3(b.whisker.y - 5)}v10"></path>` : null}
    </g>`)}
    ${layout.ticks.map((t, i) => svg`<text class="tick" x=${r3(t.x)} y=${r3(layout.axisY + 15)}
      text-anchor=${i === 0 ? 'start' : i === layout.ticks.length - 1 ? 'end' : 'middle'} .textContent=${t.label}></text>`)}
  </svg>`;
}

/**
 * The chart's numbers as a table, visually hidden, so screen readers and copy-paste get them
 * exactly. The hidden box is a wrapper: a table is never narrower than its longest row, and the
 * card (a layout container, styles.ts) would be as wide as that row.
 */
export function renderDataTable(caption: string, headers: readonly [string, string], rows: ReadonlyArray<readonly [string, string]>): TemplateResult {
  return html`<div class="visually-hidden"><table>
    <caption .textContent=${caption}></caption>
    <thead><tr><th scope="col" .textContent=${headers[0]}></th><th scope="col" .textContent=${headers[1]}></th></tr></thead>
    <tbody>${rows.map(([a, b]) => html`<tr><th scope="row" .textContent=${a}></th><td .textContent=${b}></td></tr>`)}</tbody>
  </table></div>`;
}
