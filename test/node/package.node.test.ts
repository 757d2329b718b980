// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The npm package as a developer gets it: build, `npm pack`, install the tarball into a scratch
// project, then import it in Node, type-check a file that uses it, and bundle a page from it that
// runs in Chromium. scripts/test.mjs runs this with `node --test`; the install resolves lit and d3
// from the npm registry or npm's cache.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { closeServer, launchChromium, openPage, root, scratchDir, serve } from './helpers/site.js';

const scratch = scratchDir('compute-calc-pack-');
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

let browser: Browser | undefined;
let server: Server | undefined;

after(async () => {
  await browser?.close().catch(() => {});
  await closeServer(server);
  rmSync(scratch, { recursive: true, force: true });
});

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
    exports: Object.keys(m).sort(), defined: ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint', 'cluster-compare', 'inference-energy'].map((t) => !!customElements.get(t)),
  })))`], scratch);
  const { exports, defined } = JSON.parse(out);
  for (const name of ['PowerEquivalence', 'GpuClusterCost', 'TrainingTime', 'CarbonFootprint', 'ClusterCompare', 'InferenceEnergy']) assert.ok(exports.includes(name), name);
  assert.deepEqual(defined, [true, true, true, true, true, true]);
});

test('the tarball holds the files a site hosts, and compute-calc/export resolves with its types', () => {
  const dist = join(scratch, 'node_modules', 'compute-calc', 'dist');
  const hosted = ['compute-calc.js', 'compute-calc.css', 'power-equivalence.js', 'gpu-cluster-cost.js', 'training-time.js', 'carbon-footprint.js', 'cluster-compare.js', 'inference-energy.js', 'embed.html', 'embed.js', 'resizer.js'];
  for (const file of [...hosted, 'export.js', 'export.d.ts']) {
    assert.ok(existsSync(join(dist, file)), `dist/${file} is in the package`);
  }
  assert.ok(readdirSync(join(dist, 'chunks')).length > 0, 'dist/chunks/ is in the package');
  const css = run('node', ['--input-type=module', '-e', `process.stdout.write(import.meta.resolve('compute-calc/compute-calc.css'))`], scratch);
  assert.match(css, /node_modules\/compute-calc\/dist\/compute-calc\.css$/);
  const out = run('node', ['--input-type=module', '-e', `process.stdout.write(import.meta.resolve('compute-calc/export'))`], scratch);
  assert.match(out, /node_modules\/compute-calc\/dist\/export\.js$/);
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

test('a page bundled from the installed package runs in Chromium: the core computes, the elements register and render', async () => {
  // The page a site would build: the package's main entry (registers every element), the core,
  // and one per-element entry, bundled by esbuild from the scratch
  // project. Resolution starts in scratch/web and walks up to scratch/node_modules, where the tarball
  // is installed; NODE_PATH is cleared so nothing can come from this repository.
  const web = join(scratch, 'web');
  mkdirSync(web, { recursive: true });
  writeFileSync(join(web, 'entry.js'), `import { PowerEquivalence } from 'compute-calc';
import { estimatePower, formatNumber } from 'compute-calc/core';
import 'compute-calc/training-time.js';
const homes = estimatePower({ energy: 370e9 }).equivalences.find((q) => q.id === 'homes').count;
window.__core = { homes: homes.mid, text: formatNumber(homes, 'en'), exported: typeof PowerEquivalence };
`);
  writeFileSync(join(web, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>compute-calc from the packed tarball</title>
<link rel="icon" href="data:,"><script type="module" src="/bundle.js"></script></head>
<body>
<power-equivalence energy="370 GWh">370 GWh is as much electricity as about 34,300 US homes use in a year.</power-equivalence>
<training-time gpus="16384" mfu="0.4"></training-time>
</body></html>
`);
  const esbuild = join(root, 'node_modules', '.bin', 'esbuild');
  execFileSync(esbuild, ['entry.js', '--bundle', '--format=esm', '--platform=browser', '--target=es2021', '--outfile=bundle.js', '--metafile=meta.json', '--log-level=warning'], {
    cwd: web, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: '' },
  });
  // Every module in the bundle came from the scratch project, the package's from its dist/.
  const inputs = Object.keys(JSON.parse(readFileSync(join(web, 'meta.json'), 'utf8')).inputs as Record<string, unknown>).map((p) => resolve(web, p));
  const outside = inputs.filter((p) => !p.startsWith(scratch + sep));
  assert.deepEqual(outside, [], 'bundled only files of the scratch project');
  const ours = inputs.filter((p) => p.includes(`${sep}node_modules${sep}compute-calc${sep}`));
  assert.ok(ours.some((p) => p.endsWith(join('dist', 'core', 'index.js'))), 'the core came from the installed package');
  assert.ok(ours.some((p) => p.endsWith(join('dist', 'components', 'training-time', 'training-time.js'))), 'so did <training-time>');
  assert.ok(ours.every((p) => p.includes(`${sep}compute-calc${sep}dist${sep}`)), 'only built files of the package');
  assert.ok(inputs.some((p) => p.includes(`${sep}node_modules${sep}lit-html${sep}`)), 'lit came from the scratch project too');

  // A static server for scratch/web on a free port of 127.0.0.1.
  let origin: string;
  ({ server, origin } = await serve(web));
  // Generous timeouts: other test runs may share a loaded 2-core machine.
  browser = await launchChromium({ timeout: 90_000, protocolTimeout: 120_000 });
  const { page, problems } = await openPage(browser, origin, { timeout: 60_000, warnings: true });
  await page.goto(`${origin}/`, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => (window as unknown as { __core?: unknown }).__core !== undefined);
  const result = await page.evaluate(async () => {
    const defined = ['power-equivalence', 'gpu-cluster-cost', 'training-time'].map((t) => !!customElements.get(t));
    const pe = document.querySelector('power-equivalence') as HTMLElement & { updateComplete: Promise<unknown> };
    const tt = document.querySelector('training-time') as HTMLElement & { updateComplete: Promise<unknown> };
    await Promise.all([pe.updateComplete, tt.updateComplete]);
    const text = (el: Element, sel: string) => (el.shadowRoot?.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      core: (window as unknown as { __core: { homes: number; text: string; exported: string } }).__core,
      defined,
      homes: text(pe, '.equivalences li[data-eq="homes"]'),
      peHeadline: text(pe, '[part=headline]'),
      ttHeadline: text(tt, '[part=headline]'),
      errors: [pe, tt].map((el) => text(el, '[part=error]')).filter(Boolean),
    };
  });
  // 370 GWh ÷ 10,791 kWh per US home a year (EIA 2022) = 34,287.8 homes, shown as 34,300.
  assert.ok(Math.abs(result.core.homes - 370e9 / 10_791e3) < 0.01, `homes ${result.core.homes}`);
  assert.equal(result.core.text, '34,300');
  assert.equal(result.core.exported, 'function');
  assert.deepEqual(result.defined, [true, true, true]);
  assert.match(result.peHeadline, /370 GWh/);
  assert.match(result.homes, /34,300/);
  // 3.8e25 FLOP ÷ (16,384 H100 × 989.4 TFLOP/s × 40% MFU) = 5.86 million s = 67.8 days.
  assert.equal(result.ttHeadline, '67.8 days');
  assert.deepEqual(result.errors, []);
  assert.deepEqual(problems, []);
});
