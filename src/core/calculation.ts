// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The shape every calculator's one core function returns: from an element's attributes (as text)
// and the reader's overrides (from its controls) to the estimate, the claim check and every issue.
// Elements only turn this into a view.

import { checkClaim, type Verdict } from './claim.js';
import type { Issue } from './issues.js';
import type { MessageKey } from './messages/types.js';
import type { Claim } from './parse.js';
import type { Range } from './range.js';

/** Values a reader set with an element's controls, by control id. */
export type Overrides = Readonly<Record<string, number>>;

/** What a calculator's core function returns. */
export interface Calculation<E> {
  readonly estimate: E;
  /** The author's claim as parsed, when there is one and it was understood. */
  readonly claim?: Claim;
  readonly issues: readonly Issue[];
}

/** `input` with each of `keys` the reader overrode replaced by their value. */
export function withOverrides<I extends object>(input: I, overrides: Overrides, keys: readonly (keyof I & string)[]): I {
  const out: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const k of keys) if (overrides[k] !== undefined) out[k] = overrides[k];
  return out as I;
}

/**
 * Checks `claim` against `target`, the estimate's figure in the claim's terms. A claim the
 * calculator cannot check (target undefined) becomes an issue on `claim` saying what it takes.
 */
export function checkOrRefuse(claim: Claim | undefined, target: Range | undefined, issues: Issue[], expected: MessageKey, params?: Issue['params']): Verdict | undefined {
  if (!claim) return undefined;
  if (target) return checkClaim(claim, target);
  issues.push({ field: 'claim', value: claim.text, code: 'unsupported', expected, ...(params ? { params } : {}) });
  return undefined;
}
