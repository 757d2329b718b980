// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Catalogs are not in the library's files: an element whose locale needs one imports
// locales/<lang>.js from beside the library's own script, once per page. A page that knows its
// language can preload the file with a script tag; it registers itself, and nothing is fetched.

import { addCatalog, catalogFor, hasCatalog, type Catalog } from '../core/messages/index.js';
import { warnOnce } from '../internal/warn.js';

/** Languages with a catalog in dist/locales/. */
export const LOCALES = ['de', 'fr', 'es'] as const;

// Where the catalogs are, relative to the script holding this module: the build sets it for the
// single file (dist/compute-calc.js, beside locales/); chunks and the npm modules sit one folder down.
declare const __CC_LOCALES__: string | undefined;
const DIR = typeof __CC_LOCALES__ === 'string' ? __CC_LOCALES__ : '../locales/';

const pending = new Map<string, Promise<void>>();

/** Parts merged into their language's catalog by this copy of the library. */
const merged = new Set<string>();

/** Imports locales/<name>.js from `base` once; the promise never rejects. */
function load(name: string, base: string | URL): Promise<void> {
  let ready = pending.get(name);
  if (!ready) {
    // Built from a variable, so bundlers leave the address alone instead of inlining the file.
    const url = new URL(DIR + name + '.js', base).href;
    ready = import(/* @vite-ignore */ url).then(
      () => undefined,
      (error: unknown) => warnOnce('locale', `could not load ${url} (${String(error)}); showing English`),
    );
    pending.set(name, ready);
  }
  return ready;
}

/**
 * `undefined` when `locale`'s words are there (English, a registered catalog, or a language
 * without one, which falls back to English); otherwise a promise that settles once its catalog has
 * been imported from `base` (default: beside this script). It never rejects: a catalog that cannot
 * be loaded is warned about, and English is shown.
 */
export function catalogReady(locale: string, base: string | URL = import.meta.url): Promise<void> | undefined {
  const lang = locale.split('-')[0].toLowerCase();
  return (LOCALES as readonly string[]).includes(lang) && !hasCatalog(locale) ? load(lang, base) : undefined;
}

/**
 * The same for an element whose words are in a file of their own (`inference-energy`:
 * locales/<lang>-inference-energy.js), fetched only for it, besides the language's catalog. A
 * function of its own, so that the files without such an element leave it out.
 */
export function catalogPartReady(locale: string, part: string, base: string | URL = import.meta.url): Promise<void> | undefined {
  const lang = locale.split('-')[0].toLowerCase();
  if (!(LOCALES as readonly string[]).includes(lang)) return undefined;
  const name = `${lang}-${part}`;
  if (merged.has(name)) return catalogReady(locale, base);
  // A part already on the page (preloaded by a script tag, or bundled as Storybook does) is not fetched again;
  // whichever of the two files ran first, the part joins the catalog once both are there.
  const parts = () => (globalThis as { [k: symbol]: Map<string, Catalog> | undefined })[Symbol.for('compute-calc.parts')];
  const merge = () => {
    const words = parts()?.get(name);
    if (words && hasCatalog(lang)) {
      addCatalog(lang, { ...catalogFor(lang), ...words });
      merged.add(name);
    }
  };
  const files = [...(hasCatalog(locale) ? [] : [lang]), ...(parts()?.has(name) ? [] : [name])];
  if (files.length === 0) return void merge();
  return Promise.all(files.map((n) => load(n, base))).then(merge);
}
