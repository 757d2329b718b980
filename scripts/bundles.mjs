// The files a site can host on its own, built by build.mjs and checked by size.mjs:
// dist/compute-calc.js registers every element but these, which get one self-contained file
// each (dist/<tag>.js) until the single file's 30 KB budget can hold them.
export const STANDALONE = ['training-time', 'carbon-footprint', 'cluster-compare'];
export const BUNDLES = ['compute-calc.js', ...STANDALONE.map((tag) => `${tag}.js`)];
