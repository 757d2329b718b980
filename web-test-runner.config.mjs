// @web/test-runner configuration for compute-calc.
//
// Normally started through `npm test` (scripts/test.mjs), which detects the
// browser engines installed on this machine, starts Xvfb + WebKitWebDriver for
// WebKit, and passes the choice in through environment variables:
//
//   CC_BROWSERS      comma list of engines: chromium, firefox, webkit
//                    (default when unset: chromium)
//   CC_WEBKIT_PORT   port of a running WebKitWebDriver (default 4444)
//   CC_RESULTS_FILE  where the counting reporter writes its JSON totals
//   CHROME_PATH      Chromium binary (default /usr/bin/chromium)
//   FIREFOX_PATH     Firefox binary (default /usr/bin/firefox-esr)
//   MINIBROWSER_PATH WebKitGTK MiniBrowser binary
//
// No launcher here ever downloads a browser: all of them use Debian's packages.

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { filePlugin } from '@web/test-runner-commands/plugins';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_PORT = Number(process.env.CC_WEBKIT_PORT ?? 4444);

const wanted = (process.env.CC_BROWSERS ?? 'chromium')
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);

function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: CHROME_PATH,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  });
}

function firefox() {
  return puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
    },
  });
}

function webkit() {
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: WEBKIT_PORT,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER_PATH,
        args: ['--automation'],
      },
    },
  });
  // Run WebKit one test file at a time in a single top-level window
  // (webdriver SessionManager) instead of many iframes in one page: focus,
  // keyboard/mouse actions from @web/test-runner-commands and viewport-
  // dependent layout then behave as in a real tab. The scheduler honours
  // `launcher.concurrency`; the launcher itself picks its manager from
  // config.concurrency, so it gets a config with concurrency 1.
  launcher.concurrency = 1;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = (config, ...rest) => initialize({ ...config, concurrency: 1 }, ...rest);
  return launcher;
}

/**
 * `bring-to-front`: shows the test's page. Chromium runs two files at once in two pages and does
 * not render the one in the background, so ResizeObserver callbacks (layout-dependent tests) wait
 * until it is shown. Other engines run each file in its own window and need nothing.
 */
function bringToFrontPlugin() {
  return {
    name: 'compute-calc:bring-to-front',
    async executeCommand({ command, session }) {
      if (command !== 'bring-to-front') return undefined;
      const launcher = session.browser;
      if (typeof launcher.getPage === 'function') await launcher.getPage(session.id).bringToFront();
      return true;
    },
  };
}

const factories = { chromium, firefox, webkit };
const unknown = wanted.filter((name) => !(name in factories));
if (unknown.length > 0) {
  throw new Error(
    `CC_BROWSERS: unknown engine(s) ${unknown.join(', ')}; use chromium, firefox, webkit`,
  );
}
const browsers = wanted.map((name) => factories[name]());

/** Walks a mocha suite tree and adds its tests to `counts`. */
function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

/**
 * Counts passed / failed / skipped tests over all browsers and sessions and
 * writes the totals as JSON to CC_RESULTS_FILE. A session that failed without
 * any failing test (load-time error, failing import, syntax error, failing
 * hook, browser crash or timeout) counts as one failure, so it is never lost.
 */
function countingReporter({ file = process.env.CC_RESULTS_FILE } = {}) {
  let browserNames = [];
  let testFiles = [];
  return {
    start(args) {
      browserNames = args.browserNames ?? [];
      testFiles = args.testFiles ?? [];
    },
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
      const byBrowser = {};
      const brokenSessions = [];
      for (const session of sessions) {
        const counts = { passed: 0, failed: 0, skipped: 0 };
        countSuite(session.testResults, counts);
        const sessionFailed =
          session.passed === false ||
          (session.errors?.length ?? 0) > 0 ||
          session.status !== 'FINISHED';
        if (sessionFailed && counts.failed === 0) {
          counts.failed = 1;
          totals.sessionErrors += 1;
          brokenSessions.push({
            browser: session.browser?.name,
            testFile: session.testFile,
            status: session.status,
            errors: (session.errors ?? []).map((e) => e.message),
          });
        }
        const name = session.browser?.name ?? 'unknown';
        const b = (byBrowser[name] ??= { passed: 0, failed: 0, skipped: 0 });
        for (const key of ['passed', 'failed', 'skipped']) {
          b[key] += counts[key];
          totals[key] += counts[key];
        }
      }
      const result = {
        ...totals,
        sessions: sessions.length,
        browsers: browserNames,
        testFiles: testFiles.length,
        byBrowser,
        brokenSessions,
      };
      if (file) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(result, null, 2));
      }
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), filePlugin(), bringToFrontPlugin()],
  browsers,
  // 2 cores: two files at a time per browser (WebKit: one), and at most
  // two browsers busy at once.
  concurrency: 2,
  concurrentBrowsers: 2,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  // Lit's one-line dev-mode notice would repeat under every test file.
  filterBrowserLogs: ({ args }) =>
    !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  testFramework: {
    config: { ui: 'bdd', timeout: 10_000 },
  },
  reporters: [defaultReporter(), countingReporter()],
  // test/security/pages/strict*: served with a strict Content-Security-Policy (no inline script or
  // style, Trusted Types with Lit's `lit-html` policy only), as a careful news site would send it.
  middleware: [
    async function securityHeaders(context, next) {
      await next();
      if (!context.path.startsWith('/test/security/pages/strict')) return;
      context.set(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
      );
    },
  ],
  // Tells snapshot tests whether a missing snapshot may be written (locally) or must fail (CI).
  testRunnerHtml: (testFramework) => `<!doctype html><html><body>
    <script>window.__ccCI = ${process.env.CI === 'true'};</script>
    <script type="module" src="${testFramework}"></script>
  </body></html>`,
};
