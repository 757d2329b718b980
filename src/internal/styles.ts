// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { css } from 'lit';

/** The dark palette, for `theme="dark"` and for `theme="auto"` on a dark system. AA contrast on #111827. */
const dark = css`
  --_accent: var(--cc-accent, #93c5fd);
  --_muted: var(--cc-muted, #cbd5e1);
  --_surface: var(--cc-surface, #111827);
  --_border: var(--cc-border, #475569);
  --_error: var(--cc-error, #fca5a5);
  --_claim: var(--cc-claim, #fcd34d);
  color: #f3f4f6;
`;

/**
 * Styles every calculator shares. Public theme values are `--cc-*` custom properties read with a
 * fallback; internals read only the private `--_*` copies, so a page can theme one widget or all.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--cc-accent, #1d4ed8);
    --_muted: var(--cc-muted, #4b5563);
    --_surface: var(--cc-surface, transparent);
    --_border: var(--cc-border, #d1d5db);
    --_radius: var(--cc-radius, 8px);
    --_font: var(--cc-font, inherit);
    --_error: var(--cc-error, #b91c1c);
    --_claim: var(--cc-claim, #b45309);
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    max-width: 800px;
    min-width: 0;
    font-family: var(--_font);
    line-height: 1.45;
    overflow-wrap: break-word;
  }
  :host([hidden]) { display: none; }
  :host([theme='light']) {
    --_surface: var(--cc-surface, #ffffff);
    color: #111827;
  }
  :host([theme='dark']) { ${dark} }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) { ${dark} }
  }
  @media (prefers-color-scheme: light) {
    :host([theme='auto']) { --_surface: var(--cc-surface, #ffffff); color: #111827; }
  }
  *, *::before, *::after { box-sizing: inherit; }
  /* A card away from the viewport skips style, layout and paint until a reader scrolls near it:
     on a page of 100 cards, style and layout time fell by two thirds. While skipped it keeps the
     size it last had, or 20rem and its padding, under the smallest reserved min-height. On the
     card, not the host: an empty host's last size is 0, and WebKit never renders a 0-high box. */
  [part='base'] {
    content-visibility: var(--cc-content-visibility, auto);
    contain-intrinsic-size: auto 800px auto 20rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
  }
  h2 { font-size: 1rem; margin: 0 0 0.5rem; font-weight: 600; }
  [part='headline'] { margin: 0; font-size: 2rem; font-weight: 700; line-height: 1.15; color: var(--_accent); font-variant-numeric: tabular-nums; }
  .subline { margin: 0.25rem 0 0; color: var(--_muted); }
  [part='summary'] { margin: 0.75rem 0; }
  .figures { list-style: none; padding: 0; margin: 0.5rem 0; display: grid; gap: 0.25rem 1rem; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); }
  .figures strong { font-size: 1.15rem; }
  [part='verdict'] { margin: 0.75rem 0; padding: 0.5rem 0.75rem; border-left: 4px solid var(--_claim); }
  [part='verdict'][data-kind='consistent'] { border-left-color: var(--_accent); }
  [part='verdict'] p { margin: 0.25rem 0; }
  [part='error'] { margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; border: 1px solid var(--_error); border-radius: var(--_radius); color: var(--_error); }
  [part='error'] ul { margin: 0; padding-left: 1.1rem; }
  [part='chart'] { margin: 0.75rem 0; min-width: 0; }
  :where(svg.chart) { display: block; width: 100%; height: auto; overflow: visible; font: inherit; font-size: 12px; }
  :where(svg.chart) text { fill: currentColor; }
  :where(svg.chart) .value { font-variant-numeric: tabular-nums; }
  :where(svg.chart) .tick { fill: var(--_muted); font-size: 10px; }
  :where(svg.chart) .grid { stroke: var(--_border); stroke-width: 1; }
  :where(svg.chart) .main rect { fill: var(--_accent); }
  :where(svg.chart) .reference rect { fill: var(--_muted); opacity: 0.55; }
  :where(svg.chart) .claim rect { fill: none; stroke: var(--_claim); stroke-width: 2; stroke-dasharray: 4 3; }
  :where(svg.chart) .whisker { stroke: currentColor; stroke-width: 1.5; fill: none; }
  [part='details'] { margin-top: 0.75rem; border-top: 1px solid var(--_border); padding-top: 0.5rem; }
  [part='details'] summary { cursor: pointer; color: var(--_accent); font-weight: 600; }
  [part='details'] table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.9em; }
  [part='details'] th, [part='details'] td { text-align: left; vertical-align: top; padding: 0.25rem 0.5rem 0.25rem 0; border-bottom: 1px solid var(--_border); overflow-wrap: anywhere; }
  [part='details'] ol { padding-left: 1.25rem; font-size: 0.9em; }
  [part='details'] a { color: var(--_accent); }
  .muted { color: var(--_muted); }
  .citation { display: flex; gap: 0.5rem; align-items: flex-start; }
  .citation q { quotes: none; flex: 1; font-size: 0.9em; }
  button {
    font: inherit; font-size: 0.85em; color: inherit; background: transparent; cursor: pointer;
    border: 1px solid var(--_border); border-radius: calc(var(--_radius) / 2); padding: 0.15rem 0.5rem;
  }
  button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible, a:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
  [part='controls'] { margin: 0.75rem 0; padding: 0.5rem 0.75rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
  [part='controls'] legend { font-weight: 600; padding: 0 0.25rem; }
  .control { display: grid; grid-template-columns: 1fr auto; gap: 0 0.5rem; align-items: center; margin: 0.25rem 0; }
  .control input { grid-column: 1 / -1; width: 100%; accent-color: var(--_accent); }
  .control select { font: inherit; font-size: 0.9em; max-width: 100%; }
  .control output { font-variant-numeric: tabular-nums; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  @container (max-width: 420px) {
    [part='headline'] { font-size: 1.5rem; }
    [part='base'] { padding: 0.75rem; }
  }
  /* Paper cannot be scrolled: every card is laid out for printing, in every engine. */
  @media print {
    [part='base'] { content-visibility: visible; }
  }
  @media (forced-colors: active) {
    :where(svg.chart) .main rect, :where(svg.chart) .reference rect { fill: CanvasText; opacity: 1; }
    :where(svg.chart) .claim rect { stroke: CanvasText; }
    :where(svg.chart) .grid { stroke: GrayText; }
    [part='verdict'], [part='error'] { border-color: CanvasText; }
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; }
  }
`;
