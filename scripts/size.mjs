#!/usr/bin/env node
// `npm run size`: what a page pays, gzipped (level 9), for each file a site hosts.
//   - dist/compute-calc.js, the five cluster calculators in one file: at most 45 KB (issue 11's
//     ceiling; <inference-energy> would take it to 50.6 KB, so it is its own file for now).
//   - each per-element file with every chunk it imports, counted the way a page loads them
//     (each file gzipped on its own, as a server sends it). Issue 11 sets 25 KB; the sets are not
//     there (33–40 KB: Lit, d3-scale, the core, two figure sets and the card are shared by all and
//     come to about 30 KB), so each is reported against that target, and CI holds the line at
//     ELEMENT_CEILING: the largest set rounded up to the next KB. It was 33 KB until figures set
//     2026-12 and the catalogs' loader (39 KB); <inference-energy> (40,033 B, with the share claims
//     and catalog parts in the shared chunk) took it to 40 KB.
// Exits 1 above the single file's budget or an element's ceiling, or when a file is missing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { ELEMENTS, LOCALE_FILES, SINGLE, SINGLE_ELEMENTS } from './bundles.mjs';

export const SINGLE_BUDGET = 45 * 1024; // 46,080 bytes
export const ELEMENT_TARGET = 25 * 1024; // 25,600 bytes
export const ELEMENT_CEILING = 40 * 1024; // 40,960 bytes
export const LOCALE_BUDGET = 5 * 1024; // 5,120 bytes, each catalog

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const gz = (file) => gzipSync(readFileSync(resolve(dist, file)), { level: constants.Z_BEST_COMPRESSION }).length;

/** `file` and every module it imports statically, by path relative to dist/. */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(resolve(dist, file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:\bimport|\bexport)\s*(?:[^'"]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(resolve('/', dirname(file), spec).slice(1), seen);
  }
  return seen;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fmt = (n) => n.toLocaleString('en-US');
  let failed = false;
  const check = (label, bytes, budget, target, detail = '') => {
    const over = bytes > budget;
    failed ||= over;
    const aim = target && bytes > target ? `, target ${fmt(target)} not met by ${fmt(bytes - target)}` : target ? `, target ${fmt(target)} met` : '';
    console.log(`${label}: ${fmt(bytes)} bytes gzipped${detail} (ceiling ${fmt(budget)}${aim})${over ? `: ${fmt(bytes - budget)} bytes OVER` : ''}`);
  };
  try {
    check(`dist/${SINGLE}`, gz(SINGLE), SINGLE_BUDGET, 0, `, ${SINGLE_ELEMENTS.length} elements`);
    for (const tag of ELEMENTS) {
      const files = [...closure(`${tag}.js`)];
      check(`dist/${tag}.js + ${files.length - 1} chunk${files.length === 2 ? '' : 's'}`, files.reduce((sum, f) => sum + gz(f), 0), ELEMENT_CEILING, ELEMENT_TARGET, ` (${files.map((f) => `${f} ${fmt(gz(f))}`).join(', ')})`);
    }
    for (const file of LOCALE_FILES) check(`dist/${file}`, gz(file), LOCALE_BUDGET, 0, ' (loaded only in its language)');
    // The catalogs are fetched on demand: a word of one in the single file means the split failed.
    if (readFileSync(resolve(dist, SINGLE), 'utf8').includes('Stromverbrauch')) throw new Error(`dist/${SINGLE} contains the German catalog`);
  } catch (e) {
    console.error(`size: ${e.message}; run \`npm run build\` first`);
    process.exit(1);
  }
  // The story checker is for authors and build scripts, never loaded by readers: reported, not budgeted.
  if (existsSync(resolve(dist, 'check.js'))) console.log(`dist/check.js: ${fmt(gz('check.js'))} bytes gzipped (the story checker; no budget, readers never load it)`);
  if (failed) process.exit(1);
}
