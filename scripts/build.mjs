#!/usr/bin/env node
// Builds the package: unbundled ES modules with type declarations in dist/ (for npm users and
// bundlers), custom-elements.json, and every file a site hosts (scripts/bundles.mjs):
// dist/compute-calc.js, the per-element set dist/<tag>.js + dist/chunks/, dist/compute-calc.css
// and the iframe embed (dist/embed.html, dist/embed.js, dist/resizer.js). `--bundle-only` builds
// just the hosted files and the manifest (npm start serves them beside the demo; npm test loads
// them into bare pages).
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { ELEMENTS, LOCALE_NAMES, SINGLE } from './bundles.mjs';

const run = (cmd, args, env) => execFileSync(cmd, args, { stdio: 'inherit', env: env && { ...process.env, ...env } });
const bundleOnly = process.argv.includes('--bundle-only');
if (!bundleOnly) {
  rmSync('dist', { recursive: true, force: true });
  run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);
}
// custom-elements.json: every element's attributes, properties, events, parts and CSS properties
// (the configurator builds its form from it).
run('node_modules/.bin/cem', ['analyze', '--quiet']);

// Hashed chunk names change with their content: clear the old ones so the folder holds one set.
rmSync('dist/chunks', { recursive: true, force: true });
for (const mode of ['lib', 'elements']) run('node_modules/.bin/vite', ['build', '--mode', mode, '--logLevel', 'warn']);

// The iframe embed: a page that loads the single file, then the script that renders one element
// from its query (demo/embed.ts, bundled alone; the element code stays in compute-calc.js).
run('node_modules/.bin/esbuild', ['demo/embed.ts', '--bundle', '--format=esm', '--target=es2021', '--outfile=dist/embed.js', '--log-level=warning']);
const embedPage = readFileSync('demo/embed.html', 'utf8').replace('./embed.ts', './embed.js');
if (!embedPage.includes(`src="./${SINGLE}"`) || !embedPage.includes('src="./embed.js"')) throw new Error('demo/embed.html no longer loads the single file and embed script');
writeFileSync('dist/embed.html', embedPage.replace(/ vite-ignore/g, ''));
copyFileSync('demo/public/resizer.js', 'dist/resizer.js');
copyFileSync('src/compute-calc.css', 'dist/compute-calc.css');

// The catalogs, dist/locales/<lang>.js: each one file that registers itself, importing nothing.
for (const name of LOCALE_NAMES) {
  run('node_modules/.bin/esbuild', [`src/locales/${name}.ts`, '--bundle', '--format=esm', '--target=es2021', `--outfile=dist/locales/${name}.js`, '--log-level=warning']);
}
// Vite leaves whitespace in ES-format library builds (to keep pure annotations for bundlers).
// These are the files a site hosts and nobody re-bundles, so minify them fully, with terser: three
// compress passes make them about 2.5% smaller gzipped than esbuild's single pass (1.1 KB of the
// single file), and it is the last step, since another minifier's pass undoes part of that.
// `unsafe` lets it write String(x) as ""+x (the same for anything but a Symbol, which no code here
// converts) and drop `new` before RegExp: 113 bytes of the single file. `pure_getters` lets it
// drop a property read whose value goes unused (no getter here, ours, Lit's or d3's, is read for
// its side effect): 66 bytes.
const scripts = [SINGLE, 'embed.js', ...ELEMENTS.map((tag) => `${tag}.js`), ...readdirSync('dist/chunks').map((f) => `chunks/${f}`), ...LOCALE_NAMES.map((name) => `locales/${name}.js`)];
for (const file of scripts) {
  run('node_modules/.bin/terser', [`dist/${file}`, '--module', '--ecma', '2020', '--compress', 'passes=3,unsafe=true,pure_getters=true', '--mangle', '--output', `dist/${file}`]);
}
// The story checker, dist/check.js (compute-calc/check and the CLI): apart from the reader's files.
run('node', ['scripts/build-check.mjs']);
console.log(`build: ${bundleOnly ? '' : 'dist/ (ES modules + .d.ts), custom-elements.json, '}the hosted files in dist/ (${SINGLE}, compute-calc.css, <tag>.js + chunks/, locales/, embed.html, embed.js, resizer.js), check.js`);
