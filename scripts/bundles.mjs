// The files a site hosts, written by build.mjs and checked by size.mjs. dist/compute-calc.js
// registers every element in one file; dist/<tag>.js registers one element and shares its code
// with the others through dist/chunks/. compute-calc.css reserves each element's height before it
// upgrades; embed.html, embed.js and resizer.js are the iframe embed for CMSs that strip scripts.
export const ELEMENTS = ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint', 'cluster-compare'];
export const SINGLE = 'compute-calc.js';
export const STYLESHEET = 'compute-calc.css';
export const EMBED = ['embed.html', 'embed.js', 'resizer.js'];
/** Hosted files by name; chunks (dist/chunks/*.js) come on top, under names that change with their content. */
export const HOSTED = [SINGLE, STYLESHEET, ...ELEMENTS.map((tag) => `${tag}.js`), ...EMBED];
