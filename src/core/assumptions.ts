// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// What every estimate shows its reader: the assumptions behind it, and which of them moves it most.

import type { Source } from './data/index.js';
import { isPoint, type Range } from './range.js';

/** One assumption behind an estimate, for the disclosure. */
export interface Assumption {
  /** Stable id: `gpus`, `tdp`, `overhead`, `utilization`, `pue`, `hours`, `energy`, `power`, or an equivalence id. */
  readonly id: string;
  readonly value: Range;
  readonly unit: string;
  readonly overridden: boolean;
  readonly source?: Source;
  /** Whether the result is proportional to it (so its range moves the result). */
  readonly factor: boolean;
  /** Whether the result is inversely proportional to it instead (more GPUs, fewer days). */
  readonly inverse?: boolean;
}

/** The ranged assumption that moves a result most, with the result at its low and high ends. */
export interface Sensitivity {
  readonly id: string;
  readonly low: number;
  readonly high: number;
}

/**
 * The assumption whose range spreads the result most, the others held at their central values.
 * `portion(id)` is the part of the central result an assumption scales (all of it by default: the
 * result is a product); a sum such as capex + running cost passes the part each one multiplies.
 */
export function sensitivityOf(
  result: Range,
  assumptions: readonly Assumption[],
  portion: (id: string) => number = () => result.mid,
): { sensitivity?: Sensitivity } {
  let best: Sensitivity | undefined;
  let spread = 0;
  for (const a of assumptions) {
    if (!a.factor || isPoint(a.value) || a.value.mid <= 0 || a.value.low <= 0) continue;
    const part = portion(a.id);
    const at = (v: number) => result.mid - part + part * (a.inverse ? a.value.mid / v : v / a.value.mid);
    const low = Math.min(at(a.value.low), at(a.value.high));
    const high = Math.max(at(a.value.low), at(a.value.high));
    if (high - low > spread) {
      spread = high - low;
      best = { id: a.id, low, high };
    }
  }
  return best ? { sensitivity: best } : {};
}

/** The sources of `assumptions`, in order, each once. */
export function sourcesOf(assumptions: readonly Assumption[]): Source[] {
  const out: Source[] = [];
  for (const a of assumptions) {
    if (a.source && !out.some((s) => s.url === a.source!.url && s.title === a.source!.title)) out.push(a.source);
  }
  return out;
}
