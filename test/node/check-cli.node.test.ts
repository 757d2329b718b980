// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// `npx compute-calc check`: bin/compute-calc.js run as a user runs it, on files in a temporary
// folder and on stdin, against dist/check.js as `npm run build` writes it (built here first by
// the same script).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';

const root = resolve(process.cwd());
const bin = join(root, 'bin', 'compute-calc.js');
let dir = '';

before(() => {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-check.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  dir = mkdtempSync(join(tmpdir(), 'compute-calc-cli-'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', ...(input !== undefined ? { input } : {}) });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

const SEED = 'Meta trains Llama 4 on over 100,000 NVIDIA H100 AI GPUs; the chips alone exceed $2 billion.\n\nIt uses at least 370GWh[3] a year, equivalent to powering over 34 million average American households.\n';
const CORRECT = 'Meta trains Llama 4 on over 100,000 NVIDIA H100 AI GPUs; the chips alone exceed $2 billion.\n\nIt uses at least 370 GWh a year, as much as about 34,000 American homes.\n';

test('compute-calc check story.txt prints a table and exits 1 when a figure is 10× off (the seed story\'s households)', () => {
  const r = cli(['check', file('seed.txt', SEED)]);
  assert.equal(r.code, 1, r.err);
  const lines = r.out.split('\n');
  assert.match(lines[0], /^line\s+kind\s+figure\s+verdict\s+against$/);
  assert.match(r.out, /3\s+homes\s+over 34 million average American households\s+too high ×992\s+at least 370GWh a year/);
  assert.match(r.out, /1\s+money\s+exceed \$2 billion\s+consistent/);
  assert.match(r.out, /4 figures, 3 checked, 1 off by 10× or more/);
  assert.match(r.out, /<power-equivalence energy="370 GWh" claim="over 34 million average American households"><\/power-equivalence>/);
  assert.doesNotMatch(r.out, /NaN|Infinity|undefined|null/);
});

test('compute-calc check exits 0 on a correct story, and --threshold moves the line', () => {
  assert.equal(cli(['check', file('ok.txt', CORRECT)]).code, 0);
  assert.equal(cli(['check', file('seed2.txt', SEED), '--threshold', '1000']).code, 0);
  assert.equal(cli(['check', file('seed3.txt', SEED), '--threshold=500']).code, 1);
});

test('compute-calc check reads HTML and Markdown files, and stdin with -', () => {
  const html = `<!doctype html><html><body><article><p>Meta trains on over 100,000 H100 GPUs.</p><p>It uses at least 370&nbsp;GWh<sup>3</sup> a year, like over 34 million households.</p><script>const x = "1 GPU";</script></article></body></html>`;
  const h = cli(['check', file('story.html', html)]);
  assert.equal(h.code, 1, h.out);
  assert.match(h.out, /homes\s+over 34 million households\s+too high/);
  assert.doesNotMatch(h.out, /<p>|1 GPU/);
  const md = '# Llama 4\n\n- **Over 100,000** H100 GPUs[^1]\n- at least 370 GWh a year, as much as over 34 million households\n\n[^1]: Meta.\n';
  const m = cli(['check', file('story.md', md)]);
  assert.equal(m.code, 1, m.out);
  assert.match(m.out, /homes\s+over 34 million households\s+too high/);
  const s = cli(['check', '-'], SEED);
  assert.equal(s.code, 1);
  assert.match(s.out, /too high ×992/);
  const j = cli(['check', '-', '--json'], CORRECT);
  assert.equal(j.code, 0);
  const parsed = JSON.parse(j.out) as { findings: Array<{ kind: string }>; threshold: number };
  assert.equal(parsed.threshold, 10);
  assert.ok(parsed.findings.some((f) => f.kind === 'homes'));
});

test('compute-calc check --locale de|fr|es reads a German, French or Spanish story and writes its snippets in that language', () => {
  const de = 'Meta betreibt mehr als 100.000 Nvidia-H100-GPUs; allein die Chips kosten über 2 Mrd. Dollar.\n\nDer Cluster verbraucht mindestens 370 GWh pro Jahr, so viel wie über 34 Millionen Haushalte.\n';
  const r = cli(['check', '--locale', 'de', file('de.txt', de)]);
  assert.equal(r.code, 1, r.err);
  assert.match(r.out, /3\s+homes\s+über 34 Millionen Haushalte\s+too high ×992\s+mindestens 370 GWh pro Jahr/);
  assert.match(r.out, /1\s+money\s+über 2 Mrd\. Dollar\s+consistent/);
  assert.match(r.out, /Die Angabe „über 34 Millionen Haushalte“ ist etwa 1\.000-mal zu hoch/);
  assert.match(r.out, /<power-equivalence energy="370 GWh" locale="de" claim="über 34 Millionen Haushalte"><\/power-equivalence>/);
  // Read as English (no --locale), "100.000" is a hundred and the German words are not figures: nothing is 10× off.
  assert.equal(cli(['check', file('de2.txt', de)]).code, 0);
  const fr = cli(['check', '--locale=fr', '-'], 'La grappe de plus de 100 000 GPU H100 consomme au moins 370 GWh par an, autant que plus de 34 millions de foyers.');
  assert.equal(fr.code, 1, fr.err);
  assert.match(fr.out, /locale="fr" claim="plus de 34 millions de foyers"/);
  const es = cli(['check', '--locale', 'es', '-'], 'El clúster de más de 100.000 GPU H100 consume al menos 370 GWh al año, tanto como unos 34.000 hogares.');
  assert.equal(es.code, 0, es.out);
  assert.match(es.out, /homes\s+unos 34\.000 hogares\s+consistent/);
  assert.equal(cli(['check', '--locale', 'it', '-'], '').code, 2);
  // --locale auto: the German story's own words say German.
  const auto = cli(['check', '--locale', 'auto', file('de3.txt', de)]);
  assert.equal(auto.code, 1, auto.err);
  assert.match(auto.out, /locale="de" claim="über 34 Millionen Haushalte"/);
});

test('compute-calc exits 2 on usage errors: no command, unknown command or option, missing file, bad threshold', () => {
  for (const args of [[], ['chek', 'x.txt'], ['check'], ['check', join(dir, 'missing.txt')], ['check', '-', '--threshold', 'ten'], ['check', '-', '--nope'], ['check', 'a.txt', 'b.txt'], ['check', '-', '--threshold']]) {
    const r = cli(args, '');
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.out}${r.err}`);
    assert.match(r.err, /usage: compute-calc check/);
  }
  const help = cli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /usage: compute-calc check/);
});

test('compute-calc check never fails on empty or binary input', () => {
  const empty = cli(['check', file('empty.txt', '')]);
  assert.equal(empty.code, 0);
  assert.match(empty.out, /0 figures, 0 checked/);
  writeFileSync(join(dir, 'bin.dat'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)));
  const binary = cli(['check', join(dir, 'bin.dat')]);
  assert.equal(binary.code, 0, binary.err);
  assert.doesNotMatch(binary.out, /NaN|Infinity|undefined|null/);
});

test('package.json ships the command and compute-calc/check: bin, exports with types first, files; dist/check.js imports nothing', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string>; exports: Record<string, Record<string, string>>; files: string[] };
  assert.equal(pkg.bin['compute-calc'], 'bin/compute-calc.js');
  assert.deepEqual(Object.keys(pkg.exports['./check']), ['types', 'default']);
  assert.deepEqual(pkg.exports['./check'], { types: './dist/check.d.ts', default: './dist/check.js' });
  assert.ok(pkg.files.includes('bin') && pkg.files.includes('dist'));
  assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  const code = readFileSync(join(root, 'dist', 'check.js'), 'utf8');
  assert.doesNotMatch(code, /\bimport\s*[\s{*"'(]|\bfrom\s*["']/, 'self-contained');
  assert.equal(readFileSync(join(root, 'dist', 'check.d.ts'), 'utf8'), "export * from './check/index.js';\n");
  // Not among the files readers load (scripts/bundles.mjs lists them).
  assert.doesNotMatch(readFileSync(join(root, 'scripts', 'bundles.mjs'), 'utf8'), /check\.js|src\/check/);
});
