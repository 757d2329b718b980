// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

/**
 * A quantity known only within bounds: `low ≤ mid ≤ high`. A plain number is the degenerate range
 * with all three equal. Every estimate carries ranges end to end so that the uncertainty of a price
 * or a utilization reaches the headline instead of being hidden by a single "central" figure.
 */
export interface Range {
  readonly low: number;
  readonly mid: number;
  readonly high: number;
}

/** A range from its bounds; `mid` defaults to the geometric middle of positive bounds, else the arithmetic one. */
export function range(low: number, high: number = low, mid?: number): Range {
  const lo = Math.min(low, high);
  const hi = Math.max(low, high);
  const m = mid ?? (lo > 0 ? Math.sqrt(lo * hi) : (lo + hi) / 2);
  return { low: lo, mid: Math.min(hi, Math.max(lo, m)), high: hi };
}

/** The range holding exactly one value. */
export const point = (value: number): Range => ({ low: value, mid: value, high: value });

/** Whether a value is already a range. */
export const isRange = (value: unknown): value is Range =>
  typeof value === 'object' && value !== null && 'low' in value && 'mid' in value && 'high' in value;

/** Turns a number or a range into a range. */
export const toRange = (value: number | Range): Range => (typeof value === 'number' ? point(value) : value);

/** Whether the bounds coincide (within a relative 1e-9), so a single figure is honest. */
export const isPoint = (r: Range): boolean => Math.abs(r.high - r.low) <= 1e-9 * Math.max(Math.abs(r.high), Math.abs(r.low));

/** Applies a monotonically increasing function to each bound. */
export const mapRange = (r: Range, f: (x: number) => number): Range => ({ low: f(r.low), mid: f(r.mid), high: f(r.high) });

/** Sum of ranges: bounds add bound to bound. */
export function add(...terms: ReadonlyArray<number | Range>): Range {
  let low = 0, mid = 0, high = 0;
  for (const t of terms.map(toRange)) { low += t.low; mid += t.mid; high += t.high; }
  return { low, mid, high };
}

/**
 * Product of non-negative ranges. Every factor in our models (counts, watts, hours, prices,
 * utilization, PUE) is non-negative, so the low bound is the product of the lows.
 */
export function mul(...factors: ReadonlyArray<number | Range>): Range {
  let low = 1, mid = 1, high = 1;
  for (const f of factors.map(toRange)) { low *= f.low; mid *= f.mid; high *= f.high; }
  return { low, mid, high };
}

/** Quotient of non-negative ranges: the low bound divides by the divisor's high bound. */
export function div(a: number | Range, b: number | Range): Range {
  const x = toRange(a), y = toRange(b);
  return { low: x.low / y.high, mid: x.mid / y.mid, high: x.high / y.low };
}

/** Whether all three bounds are finite numbers. */
export const isFiniteRange = (r: Range): boolean =>
  Number.isFinite(r.low) && Number.isFinite(r.mid) && Number.isFinite(r.high);
