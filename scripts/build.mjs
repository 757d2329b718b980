#!/usr/bin/env node
// Builds the package: unbundled ES modules with type declarations in dist/ (for npm users and
// bundlers), custom-elements.json, then dist/compute-calc.js, the single minified file a site can
// host on its own. `--bundle-only` builds just that file (npm test loads it into a bare page).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bundleOnly = process.argv.includes('--bundle-only');
if (!bundleOnly) {
  rmSync('dist', { recursive: true, force: true });
  run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);
  // custom-elements.json: every element's attributes, properties, events, parts and CSS properties.
  run('node_modules/.bin/cem', ['analyze', '--quiet']);
}
run('node_modules/.bin/vite', ['build', '--mode', 'lib', '--logLevel', 'warn']);
// Vite leaves whitespace in ES-format library builds (to keep pure annotations for bundlers).
// This file is the CDN artefact that nobody re-bundles, so minify it fully.
run('node_modules/.bin/esbuild', ['dist/compute-calc.js', '--minify', '--format=esm', '--target=es2021', '--allow-overwrite', '--outfile=dist/compute-calc.js', '--log-level=warning']);
console.log(bundleOnly ? 'build: dist/compute-calc.js' : 'build: dist/ (ES modules + .d.ts), dist/compute-calc.js and custom-elements.json');
