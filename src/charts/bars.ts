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
  readonly valueLabel: string;
  /** Baseline of the row's text line. */
  readonly textY: number;
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

const ROW = 40;
const TEXT = 13;
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
  const bars = rows.map((r, i): Bar => {
    const top = i * ROW;
    const y = top + TEXT + GAP;
    const end = r.mid > 0 ? scale(r.mid) : x0;
    const spread = r.high > r.low && r.low > 0 ? { x1: scale(r.low), x2: scale(r.high), y: y + BAR / 2 } : undefined;
    return {
      key: r.key, kind: r.kind ?? 'main', label: r.label, valueLabel: r.valueLabel,
      textY: top + TEXT - 2, x: x0, y, width: Math.max(0, end - x0), height: BAR,
      ...(spread ? { whisker: spread } : {}),
    };
  });
  const axisY = rows.length * ROW;
  const format = options.tickFormat ?? ((v: number) => String(v));
  const tickValues = rows.length === 0 ? [] : useLog
    ? logTicks(scale.domain() as [number, number])
    : (scale as ReturnType<typeof scaleLinear>).ticks(4);
  const ticks = tickValues.map((v) => ({ x: scale(v), label: format(v) }));
  return { width, height: rows.length ? axisY + AXIS : 0, scale: useLog ? 'log' : 'linear', bars, ticks, axisY };
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
