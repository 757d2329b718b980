#!/usr/bin/env node
// `npm run bench`: builds dist/compute-calc.js and measures it in headless Chromium against two
// floors, then writes bench/RESULTS.md. Targets are reported, never asserted.
//
//   npm run bench                       build, then BENCH_RUNS (default 21, at least 15) runs
//   npm run bench -- --no-build         measure the dist/ already built
//   BENCH_RUNS=15 CHROME_PATH=… npm run bench
//
// Every run uses fresh pages. Pages, sharing bench/harness.js:
// - bench/bench.html: compute-calc. By default elements alternate
//   <power-equivalence energy="370 GWh" claim="over 34 million households"> and
//   <gpu-cluster-cost gpus="100000" gpu="h100-sxm" claim="over $2 billion"> (the single-element
//   figures use <power-equivalence>); ?cards=default is the bare default cost card only.
// - bench/baseline.html: the heavy floor, a static copy of the library's own cards (their shadow
//   DOM captured at the start of the run). It shows what the element layer costs over its markup,
//   but shrinks whenever the library's markup does.
// - bench/minimal.html: the minimal floor, a fixed hand-written card (title, figure, sentence,
//   4-bar SVG chart). Issue 12's targets are ratios to this one, since it does not move.
// - bench/cls.html: layout shift on upgrade. bench/article.html: total blocking time of an
//   article with the five calculators, at 4× CPU throttling and 360 px wide.

import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import puppeteer from 'puppeteer-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = 'dist/compute-calc.js';
const RUNS = Math.max(15, Number(process.env.BENCH_RUNS ?? 21));
const WARMUP = 1; // rounds run first and discarded
const N = 100;
const VIEWPORT = { width: 1000, height: 800, deviceScaleFactor: 1 };
// The article's total blocking time is measured as Lighthouse's mobile run would see it: a narrow
// phone screen and a CPU four times slower than this one.
const MOBILE = { width: 360, height: 640, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const THROTTLE = 4;
// Issue 11's ceiling for the single file with every calculator; issue 12's goal is 40 KB.
const BUDGET = 45 * 1024;
const GOAL = 40 * 1024;
// Issue 12's targets, against the minimal floor.
const CPU_GOAL = 2.5;
const NODES_GOAL = 120;
const TBT_GOAL = 50;
const FRAME = 1000 / 60;
const started = Date.now();
const log = (msg) => console.log(`[bench] ${msg}`);

let server;
let browser;
let cleaning = false;
async function cleanup() {
  if (cleaning) return;
  cleaning = true;
  await browser?.close().catch(() => browser?.process()?.kill('SIGKILL'));
  await new Promise((r) => (server ? server.close(r) : r()));
  server?.closeAllConnections?.();
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => { cleanup().finally(() => process.exit(130)); });
}

// ---------------------------------------------------------------------------------------------
// Static server for the repo root, with the captured snapshot filled into bench pages.

/**
 * The bundle as built at the start, served from memory: another build writing dist/ during the
 * run must not change what is measured.
 */
let bundle;
/** Filled in after the snapshot run: the static cards and their stylesheet. */
const snap = { css: '', pe: { before: '', after: '' }, gcc: { before: '', after: '' }, def: { before: '', after: '' } };

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const LIB_CARDS = {
  pe: '<power-equivalence data-card energy="370 GWh" claim="over 34 million households">370 GWh is as much electricity as about 34,300 US homes use in a year.</power-equivalence>',
  gcc: '<gpu-cluster-cost data-card gpus="100000" gpu="h100-sxm" claim="over $2 billion">100,000 H100 GPUs cost about $2.5–4 billion.</gpu-cluster-cost>',
};
/** JSON that can sit inside a <script> element. */
const scriptJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c');

function fill(text, url) {
  const mode = url.searchParams.get('mode');
  return text
    .replace('/*BENCH:CSS*/', () => (url.pathname.endsWith('/cls.html') && mode !== 'static' ? '' : snap.css))
    .replace('<!--BENCH:SNAPSHOT-->', () => scriptJson({ pe: snap.pe, gcc: snap.gcc, def: snap.def }))
    .replace('<!--BENCH:SCRIPT-->', () => (mode === 'lib' ? `<script type="module" src="/${BUNDLE}"></script>` : ''))
    .replace(/<!--BENCH:CARD:(pe|gcc)-->/g, (_m, k) => (mode === 'static'
      ? `<div class="cc-host" data-card data-kind="${k}">${snap[k].before}</div>`
      : LIB_CARDS[k]));
}

function serve() {
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const file = resolve(root, `.${decodeURIComponent(url.pathname)}`);
    const headers = {
      'Cache-Control': 'no-store', // every run fetches, parses and compiles the bundle afresh
      // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    };
    let body;
    try {
      if (url.pathname === `/${BUNDLE}`) {
        res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' }).end(bundle);
        return;
      }
      if (!file.startsWith(root + sep) || !statSync(file).isFile()) throw new Error('not found');
      body = readFileSync(file);
    } catch {
      res.writeHead(404, headers).end('not found');
      return;
    }
    if (url.pathname.startsWith('/bench/') && file.endsWith('.html')) body = fill(body.toString('utf8'), url);
    res.writeHead(200, { ...headers, 'Content-Type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
    res.end(body);
  });
  return new Promise((r, j) => {
    server.on('error', j);
    server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${server.address().port}`));
  });
}

// ---------------------------------------------------------------------------------------------
// Browser pages

const pageErrors = [];
/** Each page's own CDP session, for the renderer's metrics. */
const sessions = new WeakMap();
async function open(url, { viewport = VIEWPORT, throttle = 1 } = {}) {
  const page = await browser.newPage();
  page.setDefaultTimeout(90_000); // a throttled article on a busy machine takes a while
  await page.setViewport(viewport);
  const cdp = await page.createCDPSession();
  // threadTicks: TaskDuration is the main thread's CPU time, not wall time,
  // so a busy machine (CI, other sessions) inflates them far less than performance.now().
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  sessions.set(page, cdp);
  page.on('pageerror', (e) => pageErrors.push(`${url}: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(`${url}: console: ${m.text()}`); });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.benchReady === true || window.result !== undefined');
  if (pageErrors.length) throw new Error(pageErrors.join('\n'));
  return page;
}
/** Performance.getMetrics as { name: value }; times in seconds. */
const metrics = async (page) => Object.fromEntries(
  (await sessions.get(page).send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const call = (page, name, ...args) => page.evaluate((n, a) => window.bench[n](...a), name, args);

/** :host selectors of a shadow stylesheet, for the same rules applied to light-DOM `.cc-host` boxes. */
const lightDom = (rule) => rule.replace(/:host\(([^()]*(?:\([^()]*\))?[^()]*)\)/g, '.cc-host$1').replace(/:host\b/g, '.cc-host');

/** Snapshots of a bench page's `n` cards as first rendered and after their update. */
async function beforeAndAfter(page, n) {
  await call(page, 'load');
  await call(page, 'render', n);
  await call(page, 'settle');
  const before = await call(page, 'snapshot');
  await call(page, 'update');
  await call(page, 'settle');
  return [before, await call(page, 'snapshot')];
}

async function captureSnapshot(base) {
  const page = await open(`${base}/bench/bench.html`);
  try {
    const [before, after] = await beforeAndAfter(page, 2);
    for (const k of ['pe', 'gcc']) {
      if (before[k].inlineStyles) throw new Error(`${k}: shadow root has <style> elements; the snapshot reads adoptedStyleSheets only`);
      snap[k] = { before: before[k].html, after: after[k].html };
    }
    // Both elements share the base stylesheet; keep each rule once, in order.
    const rules = [...new Set([...before.pe.css, ...before.gcc.css])];
    snap.css = rules.map(lightDom).join('\n');
    if (/:host/.test(snap.css)) throw new Error('a :host selector was not rewritten for the baseline');
    // The bare default cost card, for the heavy floor of ?cards=default.
    const dpage = await open(`${base}/bench/bench.html?cards=default`);
    try {
      const [b, a] = await beforeAndAfter(dpage, 1);
      snap.def = { before: b.def.html, after: a.def.html };
      const extra = [...new Set(b.def.css)].filter((r) => !rules.includes(r));
      if (extra.length) throw new Error(`default card: ${extra.length} CSS rules the mixed cards lack`);
    } finally {
      await dpage.close();
    }
    return {
      cardBytes: Buffer.byteLength(snap.pe.before),
      staticGzip: gz(`<style>${snap.css}</style><div class="cc-host">${snap.pe.before}</div>`),
      cssRules: rules.length,
    };
  } finally {
    await page.close();
  }
}

/** One run of the single-element and the 100-element measurements on fresh pages. */
const PAGES = { lib: 'bench.html', static: 'baseline.html', minimal: 'minimal.html' };

async function runPages(base, mode) {
  const url = `${base}/bench/${PAGES[mode]}`;
  const out = {};
  let page = await open(url);
  try {
    out.load = await call(page, 'load');
    out.render1 = await call(page, 'render', 1);
    out.settle1 = await call(page, 'settle');
    out.update1 = await call(page, 'update');
  } finally {
    await page.close();
  }
  page = await open(url);
  try {
    const empty = await call(page, 'heap');
    await call(page, 'load');
    const loaded = await call(page, 'heap');
    out.render100 = await call(page, 'render', N);
    out.settle100 = await call(page, 'settle');
    out.loaded100 = out.render100 + out.settle100;
    const check = await call(page, 'check');
    if (check.length !== N) throw new Error(`${mode}: ${check.length} elements, expected ${N}`);
    // After settling every chart must be drawn at its box's width (the library's 8 px steps).
    const want = (c) => Math.max(240, Math.min(800, Math.floor(c.boxWidth / 8) * 8));
    const off = check.filter((c) => c.pending || (!c.minimal && c.svgWidth !== want(c)));
    if (off.length) throw new Error(`${mode}: ${off.length} elements not settled: ${JSON.stringify(off[0])}`);
    out.height = check[0].height;
    const full = await call(page, 'heap');
    out.heap = full - empty;
    out.heapElements = full - loaded;
    out.update100 = await call(page, 'update');
  } finally {
    await page.close();
  }
  if (mode === 'minimal') return out; // the minimal floor has no upgrade to shift anything
  page = await open(`${base}/bench/cls.html?mode=${mode}`);
  try {
    const r = await page.evaluate(() => window.result);
    out.cls = r.cls;
    out.shifts = r.shifts.length;
    out.clsBefore = r.before;
    out.clsAfter = r.after;
  } finally {
    await page.close();
  }
  if (pageErrors.length) throw new Error(pageErrors.join('\n'));
  return out;
}

/**
 * A fresh page load with n cards (?autorun: import, insert, settle, paint, all in the page): the
 * renderer main thread's CPU from navigation on, the nodes the cards added, and the JS heap after
 * a full garbage collection. CPU is read first, so the counting and the GC are not in it.
 */
async function runLoad(base, mode, cards, n) {
  const page = await open(`${base}/bench/${PAGES[mode]}?autorun=${n}&cards=${cards}`);
  try {
    const wall = await page.evaluate(() => window.autorun);
    const m = await metrics(page);
    const nodes = await page.evaluate(async () => {
      const { countNodes } = await import('/bench/harness.js');
      return countNodes() - window.nodes0;
    });
    const cdp = sessions.get(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const h = await metrics(page);
    if (pageErrors.length) throw new Error(pageErrors.join('\n'));
    // ScriptDuration is not reported: it leaves out microtasks, where Lit renders.
    // Blink's own count of live nodes (after the GC) also holds nodes outside the tree: templates
    // and detached nodes kept by script, which the walk cannot see. The page's own nodes are the
    // walk's nodes0: the empty pages hold nothing outside their tree.
    const live = (h.Nodes - (await page.evaluate(() => window.nodes0))) / n;
    return { wall, cpu: m.TaskDuration * 1000, nodes: nodes / n, live, heap: h.JSHeapUsedSize };
  } finally {
    await page.close();
  }
}

/** The article at 4× CPU throttling on a 360 px screen: its long tasks until idle. */
async function runArticle(base, mode) {
  const page = await open(`${base}/bench/article.html?mode=${mode}`, { viewport: MOBILE, throttle: THROTTLE });
  try {
    const r = await page.evaluate(() => window.result);
    if (pageErrors.length) throw new Error(pageErrors.join('\n'));
    return r;
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics and report

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => { const s = sorted(xs); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p90 = (xs) => sorted(xs)[Math.ceil(0.9 * xs.length) - 1]; // nearest rank
/** Quantile by linear interpolation between closest ranks; p25–p75 is the spread reported. */
const quantile = (xs, q) => { const s = sorted(xs); const i = (s.length - 1) * q; const lo = Math.floor(i); return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo); };
const ms = (v) => (v === undefined ? '—' : `${v.toFixed(2)} ms`);
const kb = (v) => (v === undefined ? '—' : `${(v / 1024).toFixed(1)} KB`);
const mb = (v) => (v === undefined ? '—' : `${(v / 1024 / 1024).toFixed(2)} MB`);
const cls = (v) => (v === undefined ? '—' : v.toFixed(4));
const count = (v) => (v === undefined ? '—' : v.toFixed(v % 1 ? 1 : 0));
const gz = (s) => gzipSync(Buffer.from(s), { level: constants.Z_BEST_COMPRESSION }).length;
const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);

async function main() {
  const args = process.argv.slice(2);
  if (!args.includes('--no-build')) {
    log('building (npm run build)…');
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  }
  bundle = readFileSync(join(root, BUNDLE));
  const load0 = loadavg();
  const bundleGzip = gzipSync(bundle, { level: constants.Z_BEST_COMPRESSION }).length;

  const base = await serve();
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    defaultViewport: VIEWPORT,
    args: [
      '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--disable-dev-shm-usage', '--js-flags=--expose-gc', '--enable-precise-memory-info',
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
      '--disable-extensions', '--mute-audio',
    ],
  });
  const version = await browser.version();
  log(`${version}, server ${base}, ${RUNS} runs (+${WARMUP} warm-up), ${N} elements`);

  const snapInfo = await captureSnapshot(base);
  const probe = await open(`${base}/bench/baseline.html`);
  const isolated = await probe.evaluate(() => globalThis.crossOriginIsolated);
  await probe.close();
  log(`snapshot: one card ${snapInfo.cardBytes.toLocaleString('en-US')} bytes of HTML, ${snapInfo.cssRules} CSS rules; crossOriginIsolated=${isolated}`);

  // The minimal floor's size figure: one card and its stylesheet, as the heavy floor's is.
  const mpage = await open(`${base}/bench/minimal.html`);
  await call(mpage, 'render', 1);
  const minimalGzip = gz(await mpage.evaluate(() => `<style>${document.querySelector('style').textContent}</style>${document.getElementById('host').innerHTML}`));
  await mpage.close();

  // One run: every measurement once, on fresh pages. Odd runs go through the list backwards, so
  // drift in the machine's state (other processes, thermal) hits every side alike.
  const SIDES = ['lib', 'static', 'minimal'];
  const tasks = [
    ...SIDES.map((mode) => ['pages', mode]),
    ...['default', 'mixed'].flatMap((cards) => SIDES.flatMap((mode) => (mode === 'minimal' && cards === 'mixed'
      ? [] // the minimal floor is one card whatever the library shows
      : [1, N].map((n) => ['load', mode, cards, n])))),
    ['article', 'lib'], ['article', 'text'],
  ];
  const samples = { pages: {}, load: {}, article: {}, loadavg: [] };
  const push = (group, key, v) => (samples[group][key] ??= []).push(v);
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t = Date.now();
    for (const [kind, mode, cards, n] of i % 2 ? [...tasks].reverse() : tasks) {
      let r;
      if (kind === 'pages') r = await runPages(base, mode);
      else if (kind === 'load') r = await runLoad(base, mode, cards, n);
      else r = await runArticle(base, mode);
      if (i < WARMUP) continue;
      if (kind === 'pages') push('pages', mode, r);
      else if (kind === 'load') push('load', `${mode === 'minimal' ? 'default' : cards}:${n}:${mode}`, r);
      else push('article', mode, r);
    }
    if (i >= WARMUP) samples.loadavg.push(loadavg()[0]);
    log(`run ${i + 1 - WARMUP}/${RUNS}${i < WARMUP ? ' (warm-up)' : ''}: ${((Date.now() - t) / 1000).toFixed(1)} s, load average ${loadavg()[0].toFixed(1)}`);
  }

  /** { med, lo: p25, hi: p75, p90, max } of a list of numbers. */
  const stat = (xs) => (xs?.length ? { med: median(xs), lo: quantile(xs, 0.25), hi: quantile(xs, 0.75), p90: p90(xs), max: Math.max(...xs) } : undefined);
  const once = (v) => ({ med: v, once: true });
  const pagesStat = (mode, key) => stat(samples.pages[mode]?.map((r) => r[key]));
  const loadStat = (cards, n, mode, key) => stat(samples.load[`${mode === 'minimal' ? 'default' : cards}:${n}:${mode}`]?.map((r) => r[key]));

  // Every library figure beside both floors: [label, format, library, heavy floor, minimal floor].
  const pageRows = [
    ['gzipped size, level 9 (floors: 1 static card + CSS)', kb, once(bundleGzip), once(snapInfo.staticGzip), once(minimalGzip)],
    ['import bundle (fetch, parse, run, define), wall', ms, pagesStat('lib', 'load')],
    ...[
      ['first render, 1 element, wall', 'render1'],
      [`first render, ${N} elements, wall`, 'render100'],
      [`chart-width re-render after 1st frame, ${N}, wall`, 'settle100'],
      [`first render + re-render, ${N} elements, wall`, 'loaded100'],
      ['update after attribute change, 1 element, wall', 'update1'],
      [`update after attribute change, ${N} elements, wall`, 'update100'],
    ].map(([label, key]) => [label, ms, pagesStat('lib', key), pagesStat('static', key), pagesStat('minimal', key)]),
    [`JS heap after ${N} elements (minus empty page)`, mb, pagesStat('lib', 'heap'), pagesStat('static', 'heap'), pagesStat('minimal', 'heap')],
    [`  of which the ${N} elements (bundle loaded)`, mb, pagesStat('lib', 'heapElements')],
    ['cumulative layout shift on upgrade', cls, pagesStat('lib', 'cls'), pagesStat('static', 'cls')],
  ];
  const loadRows = (cards) => [
    ['main-thread CPU, page load with 1 card, import included', 'cpu', 1, ms],
    ['  wall time of that load', 'wall', 1, ms],
    [`main-thread CPU, page load with ${N} cards`, 'cpu', N, ms],
    ['  wall time of that load', 'wall', N, ms],
    ['DOM nodes per card, 1 card', 'nodes', 1, count],
    [`DOM nodes per card, ${N} cards`, 'nodes', N, count],
    ['live nodes per card (Blink count), 1 card', 'live', 1, count],
    [`live nodes per card (Blink count), ${N} cards`, 'live', N, count],
    [`JS heap after GC, page with ${N} cards`, 'heap', N, mb],
  ].map(([label, key, n, fmt]) => [label, fmt, ...SIDES.map((mode) => loadStat(cards, n, mode, key))]);

  // "12.3–14.5 ms": the unit once, after the upper quartile.
  const spread = (st, fmt) => (!st ? '' : st.once ? 'once' : `${fmt(st.lo).replace(/ \S+$/, '')}–${fmt(st.hi)}`);
  const header = ['measure (median of runs; p25–p75)', 'compute-calc', 'p25–p75', 'heavy floor', 'p25–p75', 'minimal floor', 'p25–p75', '× heavy', '× minimal'];
  const cells = (rows) => rows.map(([label, fmt, lib, heavy, minimal]) => [
    label,
    fmt(lib?.med), spread(lib, fmt),
    heavy ? fmt(heavy.med) : 'n/a', spread(heavy, fmt),
    minimal ? fmt(minimal.med) : 'n/a', spread(minimal, fmt),
    heavy ? ratio(lib?.med, heavy.med) : '', minimal ? ratio(lib?.med, minimal.med) : '',
  ]);
  const tables = {
    pages: cells(pageRows),
    default: cells(loadRows('default')),
    mixed: cells(loadRows('mixed')),
  };

  // The article: total blocking time with the library and without its script (fallback text).
  const art = (mode, key) => stat(samples.article[mode].map((r) => r[key]));
  const added = stat(samples.article.lib.map((r, i) => r.tbt - samples.article.text[i].tbt));
  const artHeader = ['article, 4× CPU throttling, 360 px (median; p25–p75)', 'with compute-calc', 'p25–p75', 'fallback text only', 'p25–p75'];
  const artRows = [
    ['total blocking time', ms, 'tbt'],
    ['long tasks (> 50 ms)', count, 'longTasks'],
    ['longest task', ms, 'longest'],
    ['idle at (since navigation)', ms, 'idleAt'],
  ].map(([label, fmt, key]) => [label, fmt(art('lib', key).med), spread(art('lib', key), fmt), fmt(art('text', key).med), spread(art('text', key), fmt)]);
  artRows.push(['total blocking time added (paired by run)', ms(added.med), spread(added, ms), '', '']);

  const printTable = (h, rows) => {
    const widths = h.map((x, i) => Math.max(x.length, ...rows.map((row) => row[i].length)));
    const line = (c) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
    console.log(`\n${line(h)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
  };
  const mdTable = (h, rows) => `| ${h.join(' | ')} |\n|${h.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|\n${rows.map((row) => `| ${row.map((c) => c.trim() || ' ').join(' | ')} |`).join('\n')}`;
  printTable(header, tables.pages);
  printTable(header.map((x, i) => (i === 0 ? 'fresh page loads, default cost cards' : x)), tables.default);
  printTable(header.map((x, i) => (i === 0 ? 'fresh page loads, mixed cards' : x)), tables.mixed);
  printTable(artHeader, artRows);
  console.log('');

  // Targets of issue 12: against the minimal floor; reported, not asserted.
  const cpuAt = (n, mode) => loadStat('default', n, mode, 'cpu').med;
  const cpu100 = cpuAt(N, 'lib') / cpuAt(N, 'minimal');
  const cpu1 = cpuAt(1, 'lib') / cpuAt(1, 'minimal');
  const nodesCard = loadStat('default', N, 'lib', 'nodes').med;
  const nodesMin = loadStat('default', N, 'minimal', 'nodes').med;
  const updMin = pagesStat('lib', 'update100').med / pagesStat('minimal', 'update100').med;
  const metWord = (ok) => (ok ? 'met' : 'not met');
  const targets12 = [
    [cpu100 <= CPU_GOAL,
      `${N} default \`<gpu-cluster-cost>\` cards: main-thread CPU of the page load ≤ ${CPU_GOAL}× the minimal floor: **${metWord(cpu100 <= CPU_GOAL)}**, ${ms(cpuAt(N, 'lib'))} against ${ms(cpuAt(N, 'minimal'))} (${cpu100.toFixed(2)}×; ${ratio(cpuAt(N, 'lib'), cpuAt(N, 'static'))} the heavy floor).`],
    [cpu1 <= CPU_GOAL,
      `One default card, import included: ≤ ${CPU_GOAL}× the minimal floor: **${metWord(cpu1 <= CPU_GOAL)}**, ${ms(cpuAt(1, 'lib'))} against ${ms(cpuAt(1, 'minimal'))} (${cpu1.toFixed(2)}×; ${ratio(cpuAt(1, 'lib'), cpuAt(1, 'static'))} the heavy floor).`],
    [nodesCard <= NODES_GOAL,
      `DOM nodes per default card ≤ ${NODES_GOAL}: **${metWord(nodesCard <= NODES_GOAL)}**, ${count(nodesCard)} per card with ${N} cards (${count(loadStat('default', 1, 'lib', 'nodes').med)} with one), against ${count(nodesMin)} for the minimal floor's card.`],
    [added.med <= TBT_GOAL,
      `Total blocking time the five calculators add to a mobile-throttled article ≤ ${TBT_GOAL} ms: **${metWord(added.med <= TBT_GOAL)}**, ${ms(added.med)} added (p25–p75 ${spread(added, ms)}): ${ms(art('lib', 'tbt').med)} with the library, ${ms(art('text', 'tbt').med)} with the fallback text only.`],
    [updMin <= 1,
      `Updating ${N} elements costs no more than the minimal floor's re-render: **${metWord(updMin <= 1)}**, ${ms(pagesStat('lib', 'update100').med)} against ${ms(pagesStat('minimal', 'update100').med)} (${updMin.toFixed(2)}×; wall time, the mixed cards of the element timings).`],
    [bundleGzip <= GOAL,
      `${BUNDLE} with every calculator ≤ 40 KB gzipped: **${metWord(bundleGzip <= GOAL)}**, ${bundleGzip.toLocaleString('en-US')} bytes (${kb(bundleGzip)}), ${Math.abs(GOAL - bundleGzip).toLocaleString('en-US')} bytes ${bundleGzip <= GOAL ? 'to spare' : 'over'} (CI's ceiling: ${BUDGET.toLocaleString('en-US')}).`],
  ];

  // Targets of issue 7, against the heavy floor: reported, not asserted.
  const by = (key) => ({ lib: pagesStat('lib', key), base: pagesStat('static', key) });
  const upd1 = by('update1').lib;
  const r100 = by('render100').lib.med / by('render100').base.med;
  const l100 = by('loaded100').lib.med / by('render100').base.med;
  const u100 = by('update100').lib.med / by('update100').base.med;
  const clsMax = by('cls').lib.max;
  const libRuns = samples.pages.lib[0];
  const targets7 = [
    [r100 <= 2,
      `${N} elements render within 2× the heavy floor: **${metWord(r100 <= 2)}**, ${ms(by('render100').lib.med)} against ${ms(by('render100').base.med)} (${r100.toFixed(2)}×); counting the re-render every chart does one frame later at its real width, ${ms(by('loaded100').lib.med)} (${l100.toFixed(2)}×).`],
    [u100 <= 1,
      `Updating ${N} elements costs no more than the heavy floor's re-render: **${metWord(u100 <= 1)}**, ${ms(by('update100').lib.med)} against ${ms(by('update100').base.med)} (${u100.toFixed(2)}×).`],
    [upd1.p90 <= FRAME,
      `One element's update fits in one animation frame (16.7 ms): **${metWord(upd1.p90 <= FRAME)}**, median ${ms(upd1.med)}, p90 ${ms(upd1.p90)}, slowest ${ms(upd1.max)} (script, style and layout; paint not included).`],
    [clsMax === 0,
      `No layout shift when elements upgrade: **${metWord(clsMax === 0)}**, cumulative layout shift median ${cls(by('cls').lib.med)}, worst ${cls(clsMax)} (static page ${cls(by('cls').base.max)}), with dist/compute-calc.css linked as the README says; the cards measured ${libRuns.clsBefore.map(Math.round).join(', ')} px tall before the upgrade and ${libRuns.clsAfter.map(Math.round).join(', ')} px after.`],
  ];
  const plain = (s) => s.replace(/\*\*/g, '').replace(/`/g, '');
  console.log(`Issue 12 targets (minimal floor):\n${targets12.map(([ok, s]) => `${ok ? 'MET    ' : 'NOT MET'}  ${plain(s)}`).join('\n')}`);
  console.log(`Issue 7 targets (heavy floor):\n${targets7.map(([ok, s]) => `${ok ? 'MET    ' : 'NOT MET'}  ${plain(s)}`).join('\n')}`);

  const seconds = Math.round((Date.now() - started) / 1000);
  const load1 = loadavg();
  const la = stat(samples.loadavg);
  const busy = Math.max(load0[0], load1[0], la.max) > availableParallelism();
  const loadNote = `1-minute load average ${load0[0].toFixed(1)} at the start, ${load1[0].toFixed(1)} at the end, median ${la.med.toFixed(1)} and highest ${la.max.toFixed(1)} over the runs, on ${availableParallelism()} CPUs`;
  if (busy) console.log(`\nWARNING: ${loadNote}: other processes competed for the CPU; wall times are inflated and noisy, CPU times (thread ticks) less so.`);
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const md = `# compute-calc benchmark results

Written by \`npm run bench\` (scripts/bench.mjs); do not edit by hand.

- Date: ${new Date().toISOString()}
- Browser: ${version} (headless, \`${executablePath}\`), viewport ${VIEWPORT.width}×${VIEWPORT.height} (the article: ${MOBILE.width}×${MOBILE.height}, CPU throttled ${THROTTLE}×)
- Node ${process.version}, ${availableParallelism()} CPUs (${cpu}), ${process.platform}
- Machine: ${loadNote}${busy ? ' (**busy: other processes competed for the CPU, so wall times are inflated and noisy; CPU times in thread ticks and ratios, measured alternately, are the sturdier figures**)' : ''}
- ${RUNS} runs per figure after ${WARMUP} warm-up round, fresh pages for every measurement, the order reversed every other run; median and p25–p75 (linear interpolation); took ${seconds} s
- Units: KB = 1,024 bytes, MB = 1,024 KB
- Timer: performance.now()${isolated ? ' in a cross-origin-isolated page (5 µs resolution)' : ''} for wall times; CPU times are the renderer main thread's TaskDuration (Performance.getMetrics, thread ticks)

## Targets of issue 12 (against the minimal floor; reported, not asserted)

${targets12.map(([, s]) => `- ${s}`).join('\n')}

## Fresh page loads: ${N} default cost cards

Every card is \`<gpu-cluster-cost gpus="100000" gpu="h100-sxm">\` with its fallback text, no claim.

${mdTable(header.map((x, i) => (i === 0 ? 'measure (median of runs; p25–p75)' : x)), tables.default)}

## Fresh page loads: mixed cards

power-equivalence and gpu-cluster-cost alternating, each with a claim (the cards of the tables below).

${mdTable(header, tables.mixed)}

## Article: total blocking time

${mdTable(artHeader, artRows)}

## Element timings: mixed cards

${mdTable(header, tables.pages)}

## Targets of issue 7 (against the heavy floor; reported, not asserted)

${targets7.map(([, s]) => `- ${s}`).join('\n')}

## What is measured

- **Two floors.** The *heavy floor* (bench/baseline.html) is a static copy of the library's own
  cards: at the start of each bench run the elements are rendered once, their shadow DOM's HTML
  (with the chart SVG, Lit's comment markers removed) is captured before and after the update, and
  their stylesheets (${snapInfo.cssRules} rules) are inlined in one \`<style>\` with \`:host\` rewritten to a
  \`.cc-host\` box; it shows what the element layer costs over its own markup, but gets cheaper
  whenever the markup does. The *minimal floor* (bench/minimal.html) is fixed and hand-written: a
  title, a big figure, one sentence and a 4-bar SVG chart per card, no library, no shadow DOM.
  Issue 12's targets are set against the minimal floor. Both floors insert their cards with
  \`innerHTML\`, as the library's pages insert their elements.
- **Fresh page loads** (\`?autorun=N\`): a new page is navigated to, imports the library (the
  floors have nothing to import), inserts N cards, waits for them to render, for the chart-width
  re-render a frame later, and for one more frame to paint. *Main-thread CPU* is the renderer's
  TaskDuration from navigation to then, in thread ticks (CPU time, so waiting and other processes
  count far less than in wall time): parsing, script, style, layout and paint of the main thread.
  (ScriptDuration is left out: it misses microtasks, where Lit renders.) *DOM nodes per card* walk the document and every open
  shadow root (the root, its elements, text and comment nodes; the host counted once) with a
  TreeWalker, minus the page's nodes before the cards went in, divided by N. *Live nodes* are
  Blink's own count (Performance.getMetrics Nodes, after the GC) less the same page nodes: it adds
  what the walk cannot see, such as template contents and detached nodes that script keeps (with 1
  card, the library's shared templates weigh on it). *JS heap* is
  JSHeapUsedSize after two forced full garbage collections (HeapProfiler.collectGarbage), the
  whole page's: V8 heap only, DOM nodes live in Blink's heap.
- **Article** (bench/article.html): a 40rem article column with paragraphs and the five
  calculators in their default forms (\`<power-equivalence energy="370 GWh">\`,
  \`<gpu-cluster-cost gpus="100000" gpu="h100-sxm">\`, \`<training-time>\`, \`<carbon-footprint>\`,
  \`<cluster-compare>\`), dist/compute-calc.css linked, at ${THROTTLE}× CPU throttling
  (Emulation.setCPUThrottlingRate) in a ${MOBILE.width} px wide viewport. A \`longtask\`
  PerformanceObserver registered first in the page collects every task over 50 ms; total blocking
  time is the sum of (duration − 50 ms), Lighthouse's formula, from navigation until every
  calculator has rendered and 1 s has passed without a long task. Unlike Lighthouse it counts tasks
  before the first paint too. Task durations are wall time (throttling is), so other processes on
  the machine lengthen them: read the figure with the load average above. The same article without the library's script (the fallback text
  only) is measured alternately; *added* is the median of the per-run differences.
- **Element timings** (mixed cards; the minimal floor shows its own card): \`performance.now()\`
  from just before \`innerHTML\` (or the attribute changes) to every element's \`updateComplete\`
  having resolved with its headline in the shadow DOM, followed by a forced layout
  (\`document.body.offsetHeight\`). Paint is not included. Elements alternate
  \`<power-equivalence energy="370 GWh" claim="over 34 million households">\` and
  \`<gpu-cluster-cost gpus="100000" gpu="h100-sxm" claim="over $2 billion">\`, each with fallback
  text; single-element figures use \`<power-equivalence>\`. The update sets \`energy="1.2 TWh"\` and
  \`gpus="50000"\`; the floors replace each card's content with the updated card's HTML.
- **Chart-width re-render.** Each element first lays its chart out 480 px wide, then a
  ResizeObserver re-renders it at its box's width in a task after the first frame. That row is the
  time from the first task after that frame until every element is settled and laid out (the wait
  for the frame is excluded; for the floors it is the same wait with nothing to do).
- **Import**: \`import('/dist/compute-calc.js')\` until both elements are defined; the server sends
  \`no-store\`, so each run fetches, parses and compiles the file afresh (from 127.0.0.1). The
  bundle is read once after the build and served from memory for the whole run.
- **Heap** (element timings): \`performance.memory.usedJSHeapSize\` (\`--enable-precise-memory-info\`)
  after two \`gc()\` calls (\`--js-flags=--expose-gc\`), after the ${N} elements rendered and settled,
  minus the same page's figure before the bundle was imported. The second heap row subtracts the
  figure after the import instead.
- **Layout shift** (bench/cls.html): a short article with three cards (power-equivalence,
  gpu-cluster-cost, power-equivalence) and the README's reservation of dist/compute-calc.css; the
  bundle is imported two frames after load, and a \`layout-shift\` PerformanceObserver sums every
  shift until a few frames after the elements settled. The heavy floor has the static cards from the
  first byte; the minimal floor has no upgrade and is not measured.
`;
  writeFileSync(join(root, 'bench/RESULTS.md'), md);
  log(`wrote bench/RESULTS.md in ${seconds} s total`);
}

try {
  await main();
} catch (e) {
  console.error(`[bench] failed: ${e?.stack ?? e}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
