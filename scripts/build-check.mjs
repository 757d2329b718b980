#!/usr/bin/env node
// Builds dist/check.js, the story checker (compute-calc/check and `npx compute-calc check`): one
// minified, self-contained ES module for browsers and Node, apart from the reader's bundle
// (dist/compute-calc.js never carries it). Its types are tsc's (dist/check/index.d.ts, from
// `npm run build`), re-exported by dist/check.d.ts. `npm run build` runs this at its end; the CLI
// test runs it alone.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(resolve(root, 'dist'), { recursive: true });
execFileSync(resolve(root, 'node_modules/.bin/esbuild'), [
  'src/check/index.ts', '--bundle', '--minify', '--format=esm', '--platform=neutral', '--target=es2021',
  '--outfile=dist/check.js', '--log-level=warning',
], { cwd: root, stdio: 'inherit' });
writeFileSync(resolve(root, 'dist/check.d.ts'), "export * from './check/index.js';\n");
