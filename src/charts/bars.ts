// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Geometry of the horizontal bar chart every calculator draws: pure data in, coordinates out,
// no DOM. Rendering is in ./render.ts.

import { scaleLinear, scaleLog } from 'd3-scale';
import type { Range } from '../core/range.js';

/** What a bar stands for: the estimate, a figure claimed by a story, a reference amount, or something only planned. */
export type BarKind = 'main' | 'claim' | 'reference' | 'planned';

export interface BarDatum {
  readonly key: string;
  readonly label: string;
  /** The bar ends at `mid`; a whisker spans `low`–`high` when they differ. */
  readonly value: Range;
  /** The value as the reader should read it, e.g. "0.6–2 TWh". */
  readonly valueLabel: string;
  readonly kind?: BarKind;
}

export interface BarLayoutOptions {
  readonly width?: number;
  /** `auto` picks log when the values span more than `LOG_SPAN`. */
  readonly scale?: 'auto' | 'linear' | 'log';
  /** Formats tick values. */
  readonly tickFormat?: (value: number) => string;
}

export interface Bar {
  readonly key: string;
  readonly kind: BarKind;
  readonly label: string;
  /** The label wrapped to the chart's width, one string per line. */
  readonly labelLines: readonly string[];
  readonly valueLabel: string;
  /** Baseline of the label's first line. */
  readonly textY: number;
  /** Baseline of the value label: beside the label's last line, or under it when they would meet. */
  readonly valueY: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly whisker?: { readonly x1: number; readonly x2: number; readonly y: number };
}

export interface Tick {
  readonly x: number;
  readonly label: string;
}

export interface BarLayout {
  readonly width: number;
  readonly height: number;
  readonly scale: 'linear' | 'log';
  readonly bars: readonly Bar[];
  readonly ticks: readonly Tick[];
  /** Top of the axis line. */
  readonly axisY: number;
}

/** Above this ratio between the largest and smallest value a linear axis hides the small bars. */
export const LOG_SPAN = 50;

const TEXT = 13;
/** From one wrapped line's baseline to the next: 4/3 of the 12 px font, so even Firefox's tall text boxes do not meet. */
export const LINE = 16;
/** Below the bar, before the next row's text. */
const AFTER = 8;
/**
 * Width of a character at the chart's 12 px font, a little over the average glyph so that an
 * estimate errs towards wrapping (measured: 6.6–7 px in Chromium, Firefox and WebKit).
 */
const CHAR = 7;
const BAR = 14;
const GAP = 5;
const PAD = 4;
const AXIS = 22;

const finite = (x: number) => (Number.isFinite(x) ? x : 0);

/**
 * Lays out one bar per datum, top to bottom in the order given. Non-finite values count as zero,
 * negative values are drawn as zero, and an empty list gives an empty layout: a chart never throws.
 */
export function barLayout(data: readonly BarDatum[], options: BarLayoutOptions = {}): BarLayout {
  const width = options.width ?? 480;
  const rows = data.map((d) => ({
    ...d,
    low: Math.max(0, finite(d.value.low)),
    mid: Math.max(0, finite(d.value.mid)),
    high: Math.max(0, finite(d.value.high)),
  }));
  const positives = rows.flatMap((r) => [r.low, r.mid, r.high]).filter((v) => v > 0);
  const max = positives.length ? Math.max(...positives) : 1;
  const min = positives.length ? Math.min(...positives) : 1;
  const useLog = options.scale === 'log' || (options.scale !== 'linear' && max / min > LOG_SPAN);
  const left = PAD;
  const right = width - PAD;
  const scale = useLog
    // The domain starts a decade below the smallest value even when that value is a power of
    // ten, so the smallest bar is never drawn with zero length.
    ? scaleLog().domain([10 ** Math.floor(Math.log10(min) - 1e-9), 10 ** Math.ceil(Math.log10(max))]).range([left, right]).clamp(true)
    : scaleLinear().domain([0, max]).nice(4).range([left, right]).clamp(true);
  const x0 = left;
  const chars = Math.max(8, Math.floor((right - left) / CHAR));
  let top = 0;
  const bars = rows.map((r): Bar => {
    const labelLines = wrap(r.label, chars);
    const last = labelLines[labelLines.length - 1];
    const besideLast = last.length + 2 + r.valueLabel.length <= chars;
    const lines = labelLines.length + (besideLast ? 0 : 1);
    const textY = top + TEXT - 2;
    const y = top + TEXT + (lines - 1) * LINE + GAP;
    const end = r.mid > 0 ? scale(r.mid) : x0;
    const spread = r.high > r.low && r.low > 0 ? { x1: scale(r.low), x2: scale(r.high), y: y + BAR / 2 } : undefined;
    const bar: Bar = {
      key: r.key, kind: r.kind ?? 'main', label: r.label, labelLines, valueLabel: r.valueLabel,
      textY, valueY: textY + (lines - 1) * LINE, x: x0, y, width: Math.max(0, end - x0), height: BAR,
      ...(spread ? { whisker: spread } : {}),
    };
    top = y + BAR + AFTER;
    return bar;
  });
  const axisY = top;
  const format = options.tickFormat ?? ((v: number) => String(v));
  const tickValues = rows.length === 0 ? [] : useLog
    ? logTicks(scale.domain() as [number, number])
    : (scale as ReturnType<typeof scaleLinear>).ticks(4);
  const ticks = tickValues.map((v) => ({ x: scale(v), label: format(v) }));
  return { width, height: rows.length ? axisY + AXIS : 0, scale: useLog ? 'log' : 'linear', bars, ticks, axisY };
}

/** Word-wraps `text` into lines of at most `max` characters, breaking a longer word where it must. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > max) {
      if (line) { lines.push(line); line = ''; }
      lines.push(w.slice(0, max));
      w = w.slice(max);
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= max) line += ` ${w}`;
    else { lines.push(line); line = w; }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Powers of ten across a log domain, thinned to at most five so labels never collide. */
function logTicks([lo, hi]: [number, number]): number[] {
  const a = Math.round(Math.log10(lo));
  const b = Math.round(Math.log10(hi));
  const step = Math.max(1, Math.ceil((b - a) / 4));
  const out: number[] = [];
  for (let e = a; e <= b; e += step) out.push(10 ** e);
  return out;
}
