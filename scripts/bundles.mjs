// The files a site hosts, written by build.mjs and checked by size.mjs. dist/compute-calc.js
// registers the five cluster calculators in one file (SINGLE_ELEMENTS); dist/<tag>.js registers one element and shares its code
// with the others through dist/chunks/. compute-calc.css reserves each element's height before it
// upgrades; embed.html, embed.js and resizer.js are the iframe embed for CMSs that strip scripts;
// locales/<lang>.js are the German, French and Spanish catalogs, fetched only by pages that need one.
export const ELEMENTS = ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint', 'cluster-compare', 'inference-energy'];
export const SINGLE = 'compute-calc.js';
/**
 * What dist/compute-calc.js registers (src/calculators.ts). <inference-energy> would take it to
 * 50.6 KB gzipped, over issue 11's 45 KB ceiling: until that budget is decided, a page loads its
 * own file beside the single file.
 */
export const SINGLE_ELEMENTS = ELEMENTS.filter((tag) => tag !== 'inference-energy');
export const STYLESHEET = 'compute-calc.css';
export const EMBED = ['embed.html', 'embed.js', 'resizer.js'];
/** Catalogs, dist/locales/<lang>.js, loaded on demand from beside the library's script (src/i18n/load.ts). */
export const LOCALES = ['de', 'fr', 'es'];
/**
 * Elements whose German, French and Spanish words are a catalog part of their own,
 * dist/locales/<lang>-<tag>.js, fetched only by that element (src/i18n/load.ts), so the shared catalogs stay small.
 */
export const LOCALE_PARTS = ['inference-energy'];
/** The catalogs' source names: `de`, …, then `de-inference-energy`, …. */
export const LOCALE_NAMES = [...LOCALES, ...LOCALE_PARTS.flatMap((part) => LOCALES.map((lang) => `${lang}-${part}`))];
export const LOCALE_FILES = LOCALE_NAMES.map((name) => `locales/${name}.js`);
/** Hosted files by name; chunks (dist/chunks/*.js) come on top, under names that change with their content. */
export const HOSTED = [SINGLE, STYLESHEET, ...ELEMENTS.map((tag) => `${tag}.js`), ...EMBED, ...LOCALE_FILES];
