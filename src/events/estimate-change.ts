// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

/**
 * Fired when a reader changes an assumption with the `interactive` controls. Never fired when the
 * host page sets an attribute or property: hosts read `estimate` after `updateComplete` instead.
 */
export class EstimateChangeEvent<T = unknown> extends Event {
  static readonly type = 'estimate-change';

  constructor(readonly estimate: T) {
    super(EstimateChangeEvent.type, { bubbles: true, composed: true });
  }
}

// The event is typed on every element in src/internal/calc-element.ts, which every element's
// type declarations load (a `declare global` here would be dropped from the elements' .d.ts).
