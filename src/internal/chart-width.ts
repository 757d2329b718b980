// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The chart's layout width for a box `px` wide: whole 8 px steps, so sub-pixel jitter never re-renders it. */
export const chartWidthFor = (px: number) => Math.max(240, Math.min(800, Math.floor(px / 8) * 8));

/** Hosts that have not rendered yet; their widths are read together, before the first of them renders. */
const unmeasured = new Set<ChartWidthController>();

/**
 * The width of a card's chart box in CSS pixels. Charts are laid out at this width instead of
 * being scaled by `viewBox`, so their text stays the page's size on a 320 px phone and at 800 px.
 * The first render reads the box's real width, so the first frame painted is final and nothing
 * below moves; afterwards a ResizeObserver follows the box.
 */
export class ChartWidthController implements ReactiveController {
  width = 480;
  private _resize?: ResizeObserver;
  private _observed?: Element;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated: boolean }) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.host.hasUpdated) unmeasured.add(this);
    // Moved or re-attached: render again so the chart is observed (and laid out) in its new place.
    else this.host.requestUpdate();
  }

  hostDisconnected(): void {
    unmeasured.delete(this);
    this._resize?.disconnect();
    this._observed = undefined;
  }

  hostUpdate(): void {
    if (!unmeasured.has(this)) return;
    // Every waiting host is read here, before any of them renders: one layout for a page of
    // widgets, not one each. The card's border and its padding (0.75rem in a box of 420 px or
    // less, as styles.ts says) separate the host's width from the chart's.
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    for (const c of unmeasured) {
      const box = c.host.clientWidth;
      const w = box - 2 * ((box > 420 ? rem : 0.75 * rem) + 1);
      if (w > 0) c.width = chartWidthFor(w);
    }
    unmeasured.clear();
  }

  hostUpdated(): void {
    const chart = this.host.renderRoot.querySelector('[part=chart]');
    // A detached host (removed before a pending re-render ran) must not start observing again.
    if (!chart || chart === this._observed || !this.host.isConnected || typeof ResizeObserver === 'undefined') return;
    this._resize ??= new ResizeObserver(([entry]) => {
      const w = chartWidthFor(entry.contentRect.width);
      // Next task: re-rendering inside the observer's callback changes the chart's height in the
      // same frame, which browsers report as a ResizeObserver loop error.
      if (w !== this.width && entry.contentRect.width > 0) {
        setTimeout(() => {
          if (!this.host.isConnected) return;
          this.width = w;
          this.host.requestUpdate();
        });
      }
    });
    if (this._observed) this._resize.unobserve(this._observed);
    this._resize.observe(chart);
    this._observed = chart;
  }
}
