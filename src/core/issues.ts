// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import type { MessageKey } from './messages/types.js';

/** Why an input was refused. */
export type IssueCode = 'invalid' | 'out-of-range' | 'unknown' | 'unsupported' | 'conflict' | 'missing' | 'ambiguous';

/**
 * A problem with one input, as plain data. The words a reader sees come from the message
 * catalog (`expected` is a catalog key), so a newsroom can translate them without touching code.
 */
export interface Issue {
  /** The attribute (or option) at fault, as the author wrote it: `energy`, `gpu`. */
  readonly field: string;
  /** The value as given, unchanged. */
  readonly value: string;
  readonly code: IssueCode;
  /** Catalog key describing what is expected, e.g. `expect.energy`. */
  readonly expected: MessageKey;
  /** Values for the expectation's placeholders (lists of known ids, bounds). */
  readonly params?: Readonly<Record<string, string | number>>;
  /** `false` where nothing stands in for the refused value (a custom row that is left out). */
  readonly fallback?: false;
}

/** A parse or validation outcome: a value, or the issue that explains why there is none. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: Issue };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (
  field: string,
  value: string,
  code: IssueCode,
  expected: MessageKey,
  params?: Record<string, string | number>,
): Result<never> => ({ ok: false, issue: { field, value, code, expected, ...(params ? { params } : {}) } });
