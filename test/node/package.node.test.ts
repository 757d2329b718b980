// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The npm package as a developer gets it: build, `npm pack`, install the tarball into a scratch
// project, then import it in Node and type-check a file that uses it. scripts/test.mjs runs this
// with `node --test`; the install resolves lit and d3 from the npm registry or npm's cache.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';

const root = resolve(process.cwd());
const scratch = mkdtempSync(join(tmpdir(), 'compute-calc-pack-'));
let files: string[] = [];

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });

before(() => {
  run('node', ['scripts/build.mjs'], root);
  run('npm', ['pack', '--pack-destination', scratch, '--silent'], root);
  const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack wrote a tarball');
  files = run('tar', ['tzf', join(scratch, tarball)], scratch).split('\n').filter(Boolean);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', type: 'module', private: true }));
  run('npm', ['install', `./${tarball}`, '--no-audit', '--no-fund', '--ignore-scripts', '--silent'], scratch);
});

after(() => rmSync(scratch, { recursive: true, force: true }));

test('the tarball holds the built modules, types, the single file and the manifest, and no sources', () => {
  for (const f of ['package/dist/index.js', 'package/dist/index.d.ts', 'package/dist/core/index.js', 'package/dist/compute-calc.js',
    'package/dist/components/power-equivalence/power-equivalence.d.ts', 'package/custom-elements.json', 'package/README.md', 'package/LICENSE']) {
    assert.ok(files.includes(f), `${f} is packed`);
  }
  assert.equal(files.filter((f) => /^package\/(src|test|demo|stories|bench)\//.test(f) || f.startsWith('package/dist/demo/')).length, 0);
});

test('compute-calc/core computes in Node: 370 GWh is about 34,300 US homes', () => {
  const out = run('node', ['-e', `import('compute-calc/core').then((m) => {
    const e = m.estimatePower({ energy: 370e9 });
    process.stdout.write(JSON.stringify({ homes: e.equivalences[0].count.mid, text: m.formatNumber(e.equivalences[0].count, 'en') }));
  })`], scratch);
  const { homes, text } = JSON.parse(out);
  assert.ok(Math.abs(homes - 34_287.8) < 0.1);
  assert.equal(text, '34,300');
});

test("compute-calc registers its elements where a DOM (or Lit's Node shim) exists", () => {
  const out = run('node', ['-e', `import('compute-calc').then((m) => process.stdout.write(JSON.stringify({
    exports: Object.keys(m).sort(), defined: ['power-equivalence', 'gpu-cluster-cost'].map((t) => !!customElements.get(t)),
  })))`], scratch);
  const { exports, defined } = JSON.parse(out);
  assert.ok(exports.includes('PowerEquivalence') && exports.includes('GpuClusterCost'));
  assert.deepEqual(defined, [true, true]);
});

test('a TypeScript file using the package type-checks, and a misuse does not', () => {
  const tsc = join(root, 'node_modules', '.bin', 'tsc');
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2023', 'DOM'], strict: true, noEmit: true, skipLibCheck: false, types: [] },
    files: ['use.ts'],
  }));
  writeFileSync(join(scratch, 'use.ts'), `import { estimatePower, type PowerEstimate } from 'compute-calc/core';
import 'compute-calc/power-equivalence.js';
const e: PowerEstimate = estimatePower({ energy: 370e9 });
const homes: number = e.equivalences[0].count.mid;
const el = document.createElement('power-equivalence');
el.energy = '370 GWh';
el.addEventListener('estimate-change', (ev) => console.log(ev.estimate, homes));
export {};
`);
  run(tsc, ['-p', 'tsconfig.json'], scratch);
  writeFileSync(join(scratch, 'use.ts'), `import { estimatePower } from 'compute-calc/core';
estimatePower({ energy: '370 GWh' });
export {};
`);
  // tsc prints its diagnostics on stdout, which execFileSync attaches to the error it throws.
  assert.throws(() => run(tsc, ['-p', 'tsconfig.json'], scratch), (e: { stdout?: string }) => /TS2322|TS2345/.test(e.stdout ?? ''));
});
