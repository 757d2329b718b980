// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { warnOnce } from './warn.js';

/**
 * Registers a custom element unless the tag is taken. Pages do load a library twice (two plugins,
 * a CMS block and a theme); `customElements.define` would throw on the second copy and stop that
 * script, so we warn instead and leave the first definition in place.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    // One line per extra copy, not one per element it would have defined.
    if (existing !== ctor) warnOnce('duplicate-definition', 'a second copy of compute-calc was loaded and is ignored; its elements are already defined.');
    return;
  }
  customElements.define(tag, ctor);
}
