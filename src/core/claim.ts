// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import type { Claim } from './parse.js';
import type { Range } from './range.js';

/**
 * How far outside the estimate's low–high range a claim may sit and still count as consistent:
 * 10%, so that rounding in a story ("370 GWh" for 374) is never called wrong.
 */
export const TOLERANCE = 1.1;

/**
 * A bound that is true but this many times short of the estimate ("over $1 million" for a
 * $3 billion cluster) misleads as much as a wrong figure, and is reported as too low.
 */
export const UNDERSTATEMENT = 3;

/** Whether a claim fits an estimate, and by what factor it misses if not. */
export interface Verdict {
  readonly kind: 'consistent' | 'too-high' | 'too-low';
  /** How many times too high or too low, against the estimate's central value; 1 when consistent. */
  readonly factor: number;
  readonly claim: Claim;
  readonly estimate: Range;
}

/**
 * Checks a claimed figure against an estimate range, honouring the qualifier: "over X" is
 * consistent while X does not exceed the high bound, "under X" while X is not below the low bound,
 * and "about X" (or no qualifier) while X lies within the range.
 */
export function checkClaim(claim: Claim, estimate: Range): Verdict {
  const x = claim.value;
  const { low, mid, high } = estimate;
  const tooHigh = claim.qualifier === 'max' ? x > high * UNDERSTATEMENT : x > high * TOLERANCE;
  const tooLow = claim.qualifier === 'min' ? x * UNDERSTATEMENT < low : x * TOLERANCE < low;
  const kind = tooHigh ? 'too-high' : tooLow ? 'too-low' : 'consistent';
  const factor = kind === 'too-high' ? x / mid : kind === 'too-low' ? mid / x : 1;
  return { kind, factor: Number.isFinite(factor) ? factor : 0, claim, estimate };
}
