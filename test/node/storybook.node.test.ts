// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The built Storybook as a reader opens it: build it with the project's own binary into a scratch
// folder, serve the static output from 127.0.0.1, and load the manager UI and every entry of its
// index.json (each story, and each element's docs page) in headless Chromium. A page fails on an
// uncaught error, a console error, a failed or non-local request, a Storybook error screen, an axe
// violation found by the a11y addon, or an element that is undefined, renders no text, or shows
// NaN/undefined/null/Infinity.
// scripts/test.mjs runs this with `node --test`; a green build alone has hidden load-time errors
// before (a tree-shaken element registration, a bundler bug).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Frame, Page } from 'puppeteer-core';

const root = resolve(process.cwd());
const CI = /^(1|true|yes)$/i.test(process.env.CI ?? '');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const BUILD_TIMEOUT = 600_000;
const PAGE_TIMEOUT = 120_000;

/** The Storybook index: one entry per story and per docs page. */
interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

function executable(path: string) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs a command from the project root; resolves with its exit code and the tail of its output. */
function run(cmd: string, args: string[], timeoutMs: number) {
  return new Promise<{ code: number; output: string }>((res) => {
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', NO_COLOR: '1' },
    });
    let output = '';
    const keep = (d: Buffer) => {
      output = (output + d.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      output += `\n[killed after ${timeoutMs / 1000} s]`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      res({ code: 1, output: `${output}\n${e.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      res({ code: code ?? (signal ? 1 : 0), output });
    });
  });
}

// ------------------------------------------------------------------ build --

const outDir = mkdtempSync(join(tmpdir(), 'compute-calc-storybook-'));
// Also when the run is cut short (puppeteer closes Chromium on SIGINT/SIGTERM by itself).
process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
const started = Date.now();
// The docs pages read custom-elements.json, which is generated (and gitignored): make it first,
// as `npm run build-storybook` does.
let build = await run(join(root, 'node_modules', '.bin', 'cem'), ['analyze', '--quiet'], 120_000);
if (build.code === 0) {
  build = await run(
    join(root, 'node_modules', '.bin', 'storybook'),
    ['build', '--output-dir', outDir, '--disable-telemetry', '--quiet'],
    BUILD_TIMEOUT,
  );
}
const buildSeconds = (Date.now() - started) / 1000;
let entries: IndexEntry[] = [];
if (build.code === 0) {
  entries = Object.values(JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')).entries as Record<string, IndexEntry>);
}

test('Storybook builds into a static site', (t) => {
  t.diagnostic(`storybook build: ${buildSeconds.toFixed(1)} s`);
  assert.equal(build.code, 0, `storybook build failed:\n${build.output}`);
  const stories = entries.filter((e) => e.type === 'story');
  assert.ok(stories.length > 0, 'index.json lists stories');
  // One title per element, and every element has a docs page.
  for (const title of new Set(stories.map((e) => e.title))) {
    assert.ok(entries.some((e) => e.type === 'docs' && e.title === title), `${title} has a docs page`);
  }
});

// ----------------------------------------------------------------- server --

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for the built output, on a free port of 127.0.0.1. */
function serve(dir: string) {
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise<{ server: Server; origin: string }>((res, rej) => {
    server.on('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object') res({ server, origin: `http://127.0.0.1:${address.port}` });
      else rej(new Error('no server address'));
    });
  });
}

// ---------------------------------------------------------------- browser --

const haveChrome = executable(chromePath);
// Like scripts/test.mjs: a missing engine skips these pages on a developer's machine, fails in CI.
const skipBrowser = !haveChrome && !CI ? `no Chromium at ${chromePath}` : false;

let browser: Browser | undefined;
let origin = '';
let server: Server | undefined;

before(async () => {
  if (build.code !== 0 || skipBrowser) return;
  ({ server, origin } = await serve(outDir));
  assert.ok(haveChrome, `no Chromium at ${chromePath} (set CHROME_PATH)`);
  // puppeteer-core comes with @web/test-runner-chrome; load it from node_modules, not the bundle.
  const puppeteer = createRequire(join(root, 'package.json'))('puppeteer-core') as typeof import('puppeteer-core');
  browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
    protocolTimeout: PAGE_TIMEOUT * 2,
  });
});

after(async () => {
  await browser?.close().catch(() => {});
  await new Promise<void>((res) => (server ? server.close(() => res()) : res()));
  rmSync(outDir, { recursive: true, force: true });
});

/**
 * A new page that records every problem: uncaught errors, console errors, failed requests, HTTP
 * errors, and any request that leaves the local server (the built Storybook must work offline).
 */
async function openPage() {
  assert.ok(browser, 'Chromium started');
  const page = await browser.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT);
  page.setDefaultNavigationTimeout(PAGE_TIMEOUT);
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(recordStoryFinished);
  const problems: string[] = [];
  // Chromium asks every page for /favicon.ico; Storybook ships favicon.svg. Not a page's request.
  const favicon = (url: string) => url === `${origin}/favicon.ico`;
  page.on('pageerror', (e) => problems.push(`uncaught: ${(e as Error).message ?? e}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !favicon(m.location().url ?? '')) problems.push(`console.error: ${m.text()}`);
  });
  page.on('requestfailed', (r) => {
    if (!favicon(r.url())) problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url)) problems.push(`non-local request: ${url}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !favicon(r.url())) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, problems };
}

const TEXT_TIMEOUT = 30_000;

interface StoryFinished {
  status: string;
  reporters: { type: string; status: string; result?: { violations?: { id: string; nodes: { target: string[] }[] }[] } }[];
}

/**
 * Catches Storybook's channel as the preview creates it, to keep its STORY_FINISHED report: the
 * story's status and the a11y addon's axe result (runs in every frame of the page).
 */
function recordStoryFinished() {
  let channel: unknown;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value: { on(event: string, fn: (data: unknown) => void): void }) => {
      channel = value;
      value.on('storyFinished', (data) => {
        (window as unknown as { __ccStoryFinished?: unknown }).__ccStoryFinished = data;
      });
    },
  });
}

/**
 * Waits until Storybook has finished the story in this frame, its afterEach (the a11y addon's axe
 * run) included, and checks that it finished cleanly and axe found no violation.
 */
async function storyFinished(frame: Page | Frame) {
  await frame.waitForFunction(
    () => (window as unknown as { __ccStoryFinished?: unknown }).__ccStoryFinished || document.body.classList.contains('sb-show-errordisplay'),
    { timeout: PAGE_TIMEOUT, polling: 100 },
  );
  await assertNoErrorScreen(frame);
  const finished = await frame.evaluate(() => (window as unknown as { __ccStoryFinished: StoryFinished }).__ccStoryFinished);
  assert.equal(finished.status, 'success', `the story finished with ${JSON.stringify(finished)}`);
  const a11y = finished.reporters.find((r) => r.type === 'a11y');
  assert.ok(a11y, 'the a11y addon reported');
  const violations = (a11y.result?.violations ?? []).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(violations, [], 'axe violations in the story');
  assert.equal(a11y.status, 'passed', `a11y report ${a11y.status}`);
}

/** Waits until the docs page in this frame has placed every given story (its primary one too). */
async function docsRendered(frame: Page | Frame, storyIds: string[], tag: string) {
  await frame.waitForFunction(
    (ids: string[], tag: string) =>
      [`${ids[0]}--primary`, ...ids].every((id) => document.getElementById(`story--${id}-inner`)?.querySelector(tag)) ||
      document.body.classList.contains('sb-show-errordisplay'),
    { timeout: PAGE_TIMEOUT, polling: 100 },
    storyIds,
    tag,
  );
}

/** Fails on Storybook's error screen, shown when a story throws. */
async function assertNoErrorScreen(frame: Page | Frame) {
  const message = await frame.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay') ? (document.querySelector('#error-message')?.textContent ?? '(no message)') : null,
  );
  assert.equal(message, null, `Storybook shows an error: ${message}`);
}

/**
 * The text every `tag` element under `scope` renders (through nested shadow roots, without style or
 * script), once each is defined and has rendered some. Render first: an undefined element fails
 * here at once rather than after a long wait.
 */
async function renderedTexts(frame: Page | Frame, scope: string, tag: string) {
  const state = await frame.evaluate(
    (scope: string, tag: string) => ({ defined: !!customElements.get(tag), count: document.querySelectorAll(`${scope} ${tag}`).length }),
    scope,
    tag,
  );
  assert.ok(state.count > 0, `no <${tag}> under ${scope}`);
  assert.ok(state.defined, `<${tag}> is not defined: the element's module did not run`);
  await frame.waitForFunction(
    (scope: string, tag: string) =>
      [...document.querySelectorAll(`${scope} ${tag}`)].every((el) => (el.shadowRoot?.textContent ?? '').trim() !== ''),
    { timeout: TEXT_TIMEOUT, polling: 100 },
    scope,
    tag,
  );
  return frame.evaluate(
    async (scope: string, tag: string) => {
      const els = [...document.querySelectorAll(`${scope} ${tag}`)] as (Element & { updateComplete?: Promise<unknown> })[];
      await Promise.all(els.map((el) => el.updateComplete));
      const text = (node: Node): string => {
        if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
        if (node instanceof Element && /^(STYLE|SCRIPT|TEMPLATE)$/.test(node.tagName)) return '';
        const children = [...(node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : []), ...node.childNodes];
        return children.map(text).join(' ');
      };
      return els.map((el) => text(el).replace(/\s+/g, ' ').trim());
    },
    scope,
    tag,
  );
}

/** Waits for an entry (story or docs page) in a frame and returns its elements' texts. */
async function entryTexts(frame: Page | Frame, entry: IndexEntry) {
  const tag = tagOf(entry.title);
  if (entry.type === 'story') {
    await storyFinished(frame);
    return renderedTexts(frame, '#storybook-root', tag);
  }
  const storyIds = entries.filter((e) => e.type === 'story' && e.title === entry.title).map((e) => e.id);
  await docsRendered(frame, storyIds, tag);
  await assertNoErrorScreen(frame);
  const texts = await renderedTexts(frame, '#storybook-docs', tag);
  assert.ok(texts.length >= storyIds.length, `the docs page shows all ${storyIds.length} stories (${texts.length})`);
  return texts;
}

function assertCleanText(texts: string[], what: string) {
  assert.ok(texts.length > 0, `${what}: no element rendered`);
  for (const t of texts) {
    assert.notEqual(t, '', `${what}: empty text`);
    const bad = /\b(NaN|undefined|null|Infinity)\b/.exec(t);
    assert.equal(bad, null, `${what} shows "${bad?.[1]}": …${t.slice(Math.max(0, (bad?.index ?? 0) - 80), (bad?.index ?? 0) + 80)}…`);
  }
}

/** Lets late work (the a11y addon's axe run, chart re-layout) report errors before the page closes. */
async function settle(page: Page) {
  await page.waitForNetworkIdle({ idleTime: 300, timeout: PAGE_TIMEOUT }).catch(() => {});
  await new Promise((r) => setTimeout(r, 300));
}

const tagOf = (title: string) => title.split('/').pop()!;
const opts = { skip: skipBrowser || (build.code !== 0 && 'the build failed'), timeout: PAGE_TIMEOUT * 3 };

// ---------------------------------------------------------------- manager --

test('the manager UI loads, lists every element and renders its first entry', opts, async () => {
  assert.equal(build.code, 0, 'built');
  const { page, problems } = await openPage();
  try {
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    for (const title of new Set(entries.map((e) => e.title))) {
      const componentId = entries.find((e) => e.title === title)!.id.split('--')[0];
      await page.waitForSelector(`[data-item-id="${componentId}"]`);
    }
    const iframe = await page.waitForSelector('#storybook-preview-iframe');
    const frame = await iframe!.contentFrame();
    assert.ok(frame, 'preview iframe');
    // The manager opens an entry by itself (the first in the sidebar) and puts it in the address.
    await page.waitForFunction(() => /[?&]path=\/(story|docs)\//.test(location.search));
    const shown = /[?&]path=\/(?:story|docs)\/([^&]+)/.exec(await page.evaluate(() => location.search))![1];
    const entry = entries.find((e) => e.id === decodeURIComponent(shown));
    assert.ok(entry, `the manager shows an entry of index.json (${shown})`);
    assertCleanText(await entryTexts(frame, entry), `manager preview of ${entry.id}`);
    await settle(page);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

// ---------------------------------------------------------------- entries --

for (const entry of entries) {
  const tag = tagOf(entry.title);
  const name = entry.type === 'docs' ? `docs page of <${tag}> renders every story and the manifest's tables` : `story ${entry.id} renders <${tag}> and passes axe`;
  test(name, opts, async () => {
    const { page, problems } = await openPage();
    try {
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type}`, { waitUntil: 'load' });
      assertCleanText(await entryTexts(page, entry), entry.id);
      if (entry.type === 'docs') {
        // The attribute table comes from custom-elements.json.
        const rows = await page.$$eval('#storybook-docs .docblock-argstable tbody tr', (trs) => trs.length);
        assert.ok(rows > 3, `the args table has rows from the manifest (${rows})`);
      }
      await settle(page);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}
