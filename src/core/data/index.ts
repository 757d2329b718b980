// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { figures as f202611 } from './2026-11.js';
import { figures as f202612 } from './2026-12.js';
import type { FigureSet } from './types.js';

export type * from './types.js';
export * from './training.js';
export * from './carbon.js';
export * from './clusters.js';
export * from './inference.js';

/** Every published figure set, oldest first. */
export const figureSets: readonly FigureSet[] = [f202611, f202612];

/** The newest figure set, used when no `as-of` is given. */
export const latestFigures: FigureSet = figureSets[figureSets.length - 1];

/**
 * The figure set for an `as-of` value: an exact version (`2026-11`), or the newest version
 * published on or before a date (`2026-12`, `2027-01-15`). `undefined` if none is that old.
 */
export function figuresAsOf(asOf: string): FigureSet | undefined {
  const m = /^(\d{4})-(0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/.exec(asOf.trim());
  if (!m) return undefined;
  const key = `${m[1]}-${m[2]}`;
  let found: FigureSet | undefined;
  for (const set of figureSets) if (set.version <= key) found = set;
  return found;
}
