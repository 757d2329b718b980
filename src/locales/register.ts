// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// What a locale file does when it runs: put its catalog in the page's registry, the one
// src/core/messages/index.ts reads. It imports nothing from the library, so that
// dist/locales/<lang>.js stays a few kilobytes and works whether it arrives before the library
// (a preloading script tag) or after (the library's own import).

import type { LocaleCatalog, PartCatalog } from '../core/messages/types.js';
import type { Words } from '../core/words.js';

const registry = <T>(name: string) => ((globalThis as { [k: symbol]: unknown })[Symbol.for(name)] ??= new Map()) as Map<string, T>;

/** Registers `catalog` for `language` on this page, and the `words` attributes are read with (src/core/words.ts). */
export function registerCatalog(language: string, catalog: LocaleCatalog, words: Words): void {
  registry<LocaleCatalog>('compute-calc.catalogs').set(language, catalog);
  registry<Words>('compute-calc.words').set(language, words);
}

/**
 * Registers `part`, one element's words in a language (locales/<lang>-<tag>.js, named `<lang>-<tag>`);
 * the loader (src/i18n/load.ts) merges it into the language's catalog once both are there.
 */
export function registerPart(name: string, part: PartCatalog): void {
  registry<PartCatalog>('compute-calc.parts').set(name, part);
}
