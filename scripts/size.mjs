#!/usr/bin/env node
// `npm run size`: gzip (level 9) size of each file a site can host against the budget:
// dist/compute-calc.js and the self-contained per-element files.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { BUNDLES } from './bundles.mjs';

const BUDGET = 30 * 1024; // 30,720 bytes gzipped

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fmt = (n) => n.toLocaleString('en-US');

let failed = false;
for (const name of BUNDLES) {
  const file = `dist/${name}`;
  let source;
  try {
    source = readFileSync(resolve(root, file));
  } catch (e) {
    console.error(`${file}: missing (${e.code ?? e.message}); run \`npm run build\` first`);
    failed = true;
    continue;
  }
  const gzipped = gzipSync(source, { level: constants.Z_BEST_COMPRESSION }).length;
  console.log(`${file}: ${fmt(source.length)} bytes minified, ${fmt(gzipped)} bytes gzipped (budget ${fmt(BUDGET)})`);
  if (gzipped > BUDGET) {
    console.error(`${file}: ${fmt(gzipped - BUDGET)} bytes over the gzip budget`);
    failed = true;
  }
}
if (failed) process.exit(1);
