#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse's mobile performance run of bench/article.html, the bare
// article with the five calculators and dist/compute-calc.css (issue 11: cumulative layout shift
// ≤ 0.01; issue 12: total blocking time the calculators add). The same article with the fallback
// text only is the floor. Writes bench/LIGHTHOUSE.md; reports, never asserts.
//
//   npm run lighthouse                  build the hosted files, then 3 runs of each page
//   LH_RUNS=5 CHROME_PATH=… npm run lighthouse -- --no-build
//
// Lighthouse is fetched by npx on first use (pinned below), not a dependency: CI never runs this.

import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 3));
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!process.argv.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs', '--bundle-only'], { cwd: root, stdio: 'inherit' });

// The article's <!--BENCH:SCRIPT--> becomes the library's script for ?mode=lib, as in scripts/bench.mjs.
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const file = resolve(root, `.${decodeURIComponent(url.pathname)}`);
  try {
    if (!file.startsWith(root + sep) || !statSync(file).isFile()) throw new Error('not found');
  } catch {
    res.writeHead(404).end();
    return;
  }
  let body = readFileSync(file);
  if (file.endsWith('article.html')) {
    body = body.toString('utf8').replace('<!--BENCH:SCRIPT-->', url.searchParams.get('mode') === 'lib' ? '<script type="module" src="/dist/compute-calc.js"></script>' : '');
  }
  const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
  res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const tmp = mkdtempSync(join(tmpdir(), 'cc-lighthouse-'));
const AUDITS = { cls: 'cumulative-layout-shift', tbt: 'total-blocking-time', lcp: 'largest-contentful-paint', bootup: 'bootup-time' };
const samples = { lib: [], text: [] };
let version = '';
try {
  for (let i = 0; i < RUNS; i++) {
    for (const mode of i % 2 ? ['text', 'lib'] : ['lib', 'text']) {
      const out = join(tmp, `${mode}-${i}.json`);
      // Asynchronous: this process also serves the page Lighthouse loads.
      await promisify(execFile)('npx', ['--yes', LIGHTHOUSE, `${base}/bench/article.html?mode=${mode}`, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage'], { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 << 20 });
      const r = JSON.parse(readFileSync(out, 'utf8'));
      version = `Lighthouse ${r.lighthouseVersion}, ${r.configSettings.formFactor}, ${r.configSettings.throttlingMethod} throttling (CPU ${r.configSettings.throttling.cpuSlowdownMultiplier}×), ${r.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0]}`;
      samples[mode].push(Object.fromEntries(Object.entries(AUDITS).map(([k, id]) => [k, r.audits[id].numericValue])));
      console.log(`[lighthouse] run ${i + 1}/${RUNS} ${mode}: CLS ${samples[mode].at(-1).cls.toFixed(3)}, TBT ${samples[mode].at(-1).tbt.toFixed(0)} ms`);
    }
  }
} finally {
  server.close();
  rmSync(tmp, { recursive: true, force: true });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const med = (mode, k) => median(samples[mode].map((s) => s[k]));
const all = (mode, k, f) => samples[mode].map((s) => f(s[k])).join(', ');
const ms = (v) => `${Math.round(v)} ms`;
const cls = (v) => v.toFixed(3);
const rows = [
  ['cumulative layout shift', cls, 'cls'],
  ['total blocking time', ms, 'tbt'],
  ['largest contentful paint', ms, 'lcp'],
  ['JavaScript execution time (bootup-time)', ms, 'bootup'],
].map(([label, f, k]) => `| ${label} | ${f(med('lib', k))} | ${all('lib', k, f)} | ${f(med('text', k))} | ${all('text', k, f)} |`);
const added = med('lib', 'tbt') - med('text', 'tbt');
writeFileSync(join(root, 'bench/LIGHTHOUSE.md'), `# Lighthouse: the article with the five calculators

Written by \`npm run lighthouse\` (scripts/lighthouse.mjs); do not edit by hand.

- Date: ${new Date().toISOString()}
- ${version}; ${RUNS} runs of each page, alternating; load average ${loadavg()[0].toFixed(1)} at the end
- Page: bench/article.html, no demo stylesheet: the library's script and dist/compute-calc.css
  (\`?mode=lib\`), or the same article with the calculators' fallback text only (\`?mode=text\`)

| measure | with compute-calc (median) | runs | fallback text only (median) | runs |
|---|---:|---|---:|---|
${rows.join('\n')}

- Issue 11, cumulative layout shift ≤ 0.01: **${med('lib', 'cls') <= 0.01 ? 'met' : 'not met'}** (${cls(med('lib', 'cls'))}).
- Issue 12, total blocking time the five calculators add ≤ 50 ms: **${added <= 50 ? 'met' : 'not met'}** (${ms(added)} added).
`);
console.log(`[lighthouse] wrote bench/LIGHTHOUSE.md: CLS ${cls(med('lib', 'cls'))}, TBT added ${ms(added)}`);
