#!/usr/bin/env node
// Builds the package: unbundled ES modules with type declarations in dist/ (for npm users and
// bundlers), custom-elements.json, then dist/compute-calc.js, the single minified file a site can
// host on its own. `--bundle-only` builds just the hosted files and the manifest (npm start serves
// them beside the demo; npm test loads them into bare pages).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { STANDALONE } from './bundles.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bundleOnly = process.argv.includes('--bundle-only');
if (!bundleOnly) {
  rmSync('dist', { recursive: true, force: true });
  run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);
}
// custom-elements.json: every element's attributes, properties, events, parts and CSS properties
// (the configurator builds its form from it).
run('node_modules/.bin/cem', ['analyze', '--quiet']);
// dist/compute-calc.js, then one self-contained file per element it does not register yet.
const bundles = [['compute-calc.js', undefined], ...STANDALONE.map((tag) => [`${tag}.js`, tag])];
for (const [file, element] of bundles) {
  execFileSync('node_modules/.bin/vite', ['build', '--mode', 'lib', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, CC_ELEMENT: element ?? '' },
  });
  // Vite leaves whitespace in ES-format library builds (to keep pure annotations for bundlers).
  // These are the files a site hosts and nobody re-bundles, so minify them fully.
  run('node_modules/.bin/esbuild', [`dist/${file}`, '--minify', '--format=esm', '--target=es2021', '--allow-overwrite', `--outfile=dist/${file}`, '--log-level=warning']);
}
const files = bundles.map(([f]) => `dist/${f}`).join(', ');
console.log(bundleOnly ? `build: ${files}` : `build: dist/ (ES modules + .d.ts), ${files} and custom-elements.json`);
