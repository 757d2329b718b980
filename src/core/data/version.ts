// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

/** The newest of `sets` published on or before `version` (`YYYY-MM`); the oldest if none is. */
export function byVersion<T extends { readonly version: string }>(sets: readonly T[], version: string): T {
  let found = sets[0];
  for (const set of sets) if (set.version <= version) found = set;
  return found;
}
