#!/usr/bin/env node
// `npm run size`: gzip (level 9) size of the single-file bundle against its budget.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';

const BUDGET = 30 * 1024; // 30,720 bytes gzipped
const FILE = 'dist/compute-calc.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fmt = (n) => n.toLocaleString('en-US');

let source;
try {
  source = readFileSync(resolve(root, FILE));
} catch (e) {
  console.error(`${FILE}: missing (${e.code ?? e.message}); run \`npm run build\` first`);
  process.exit(1);
}

const gzipped = gzipSync(source, { level: constants.Z_BEST_COMPRESSION }).length;
console.log(
  `${FILE}: ${fmt(source.length)} bytes minified, ${fmt(gzipped)} bytes gzipped (budget ${fmt(BUDGET)})`,
);
if (gzipped > BUDGET) {
  console.error(`${FILE}: ${fmt(gzipped - BUDGET)} bytes over the gzip budget`);
  process.exit(1);
}
