// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// What a locale file does when it runs: put its catalog in the page's registry, the one
// src/core/messages/index.ts reads. It imports nothing from the library, so that
// dist/locales/<lang>.js stays a few kilobytes and works whether it arrives before the library
// (a preloading script tag) or after (the library's own import).

import type { LocaleCatalog } from '../core/messages/types.js';

/** Registers `catalog` for `language` on this page. */
export function registerCatalog(language: string, catalog: LocaleCatalog): void {
  (((globalThis as { [k: symbol]: unknown })[Symbol.for('compute-calc.catalogs')] ??= new Map()) as Map<string, LocaleCatalog>).set(language, catalog);
}
