// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// What the Node tests that open a built site in Chromium share: a scratch folder removed however
// the run ends, a command runner, a static file server on 127.0.0.1, headless Chromium through
// puppeteer-core (started and stopped around a file's tests), a page that records every problem,
// and checks of the text elements render.
// Not a test itself: scripts/test.mjs runs test/node/*.test.ts only, and esbuild bundles this
// module into each test that imports it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { after, before } from 'node:test';
import type { Browser, Frame, LaunchOptions, Page } from 'puppeteer-core';

/** The project root: scripts/test.mjs runs the Node tests from there. */
export const root = resolve(process.cwd());
export const CI = /^(1|true|yes)$/i.test(process.env.CI ?? '');
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function executable(path: string) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const haveChrome = executable(chromePath);
/** Like scripts/test.mjs: a missing engine skips browser tests on a developer's machine, fails them in CI. */
export const skipBrowser: string | false = !haveChrome && !CI ? `no Chromium at ${chromePath}` : false;

// ---------------------------------------------------------------- scratch --

const scratchDirs = new Set<string>();
let removeOnExit = false;

/**
 * A new folder under the system's temporary one, removed when the process exits, also when the
 * run is cut short (puppeteer closes Chromium on SIGINT/SIGTERM by itself).
 */
export function scratchDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratchDirs.add(dir);
  if (!removeOnExit) {
    removeOnExit = true;
    process.once('exit', () => {
      for (const d of scratchDirs) rmSync(d, { recursive: true, force: true });
    });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  }
  return dir;
}

// -------------------------------------------------------------- processes --

/**
 * Runs a command from the project root, with `env` added to this process's environment; resolves
 * with its exit code and the tail of its output. Killed after `timeoutMs`.
 */
export function run(cmd: string, args: string[], timeoutMs: number, env: Record<string, string> = {}) {
  return new Promise<{ code: number; output: string }>((res) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
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

/** A static file server for a folder, on a free port of 127.0.0.1; `/` serves index.html. */
export function serve(dir: string) {
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

/** Stops a server from serve(), if there is one. */
export function closeServer(server: Server | undefined) {
  return new Promise<void>((res) => (server ? server.close(() => res()) : res()));
}

// ---------------------------------------------------------------- browser --

/** Headless Chromium, as the browser tests run it. Fails if there is no Chromium at chromePath. */
export function launchChromium(options: Pick<LaunchOptions, 'timeout' | 'protocolTimeout'> = {}) {
  assert.ok(haveChrome, `no Chromium at ${chromePath} (set CHROME_PATH)`);
  // puppeteer-core comes with @web/test-runner-chrome; load it from node_modules, not the bundle.
  const puppeteer = createRequire(join(root, 'package.json'))('puppeteer-core') as typeof import('puppeteer-core');
  return puppeteer.launch({ executablePath: chromePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'], ...options });
}

/**
 * A new page that records every problem: uncaught errors, console errors (and warnings with
 * `warnings`), failed requests, HTTP errors, and any request that leaves `origin` (a built site
 * must work offline). Chromium's own request for /favicon.ico is not the page's and is let pass.
 */
export async function openPage(browser: Browser, origin: string, options: { timeout: number; viewport?: { width: number; height: number }; warnings?: boolean }) {
  const page = await browser.newPage();
  page.setDefaultTimeout(options.timeout);
  page.setDefaultNavigationTimeout(options.timeout);
  if (options.viewport) await page.setViewport(options.viewport);
  const problems: string[] = [];
  const favicon = (url: string) => url === `${origin}/favicon.ico`;
  const consoleTypes = options.warnings ? ['error', 'warn'] : ['error'];
  page.on('pageerror', (e) => problems.push(`uncaught: ${(e as Error).message ?? e}`));
  page.on('console', (m) => {
    if (consoleTypes.includes(m.type()) && !favicon(m.location().url ?? '')) problems.push(`console.${m.type()}: ${m.text()}`);
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

/**
 * Serves a built site from `dir` and starts Chromium before the test file's tests (unless `skip`),
 * and stops both after them. `open()` gives a page as openPage() does, 1280 × 900.
 */
export function siteInChromium(dir: string, options: { skip: boolean; timeout: number }) {
  let browser: Browser | undefined;
  let server: Server | undefined;
  const site = {
    /** http://127.0.0.1:<port>, once the server is up. */
    origin: '',
    open() {
      assert.ok(browser, 'Chromium started');
      return openPage(browser, site.origin, { timeout: options.timeout, viewport: { width: 1280, height: 900 } });
    },
  };
  before(async () => {
    if (options.skip) return;
    ({ server, origin: site.origin } = await serve(dir));
    browser = await launchChromium({ protocolTimeout: options.timeout * 2 });
  });
  after(async () => {
    await browser?.close().catch(() => {});
    await closeServer(server);
  });
  return site;
}

/** Lets late work (an axe run, chart re-layout) report errors before the page closes. */
export async function settle(page: Page, timeout: number) {
  await page.waitForNetworkIdle({ idleTime: 300, timeout }).catch(() => {});
  await new Promise((r) => setTimeout(r, 300));
}

// ------------------------------------------------------------------- text --

/**
 * The text every `tag` element under `scope` renders (through nested shadow roots, without style or
 * script), once each is defined and has rendered some. Render first: an undefined element fails
 * here at once rather than after a long wait.
 */
export async function renderedTexts(frame: Page | Frame, scope: string, tag: string, timeout: number) {
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
    { timeout, polling: 100 },
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

/** Fails unless every text is there and shows no NaN, undefined, null or Infinity. */
export function assertCleanText(texts: string[], what: string) {
  assert.ok(texts.length > 0, `${what}: no element rendered`);
  for (const t of texts) {
    assert.notEqual(t, '', `${what}: empty text`);
    const bad = /\b(NaN|undefined|null|Infinity)\b/.exec(t);
    assert.equal(bad, null, `${what} shows "${bad?.[1]}": …${t.slice(Math.max(0, (bad?.index ?? 0) - 80), (bad?.index ?? 0) + 80)}…`);
  }
}
