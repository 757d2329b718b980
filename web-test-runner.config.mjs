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
//   CC_FINISH_TIMEOUT ms a test file may run before it counts as failed (default 300000)
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
        // window.gc(), so test/lifecycle can prove removed elements are collected.
        '--js-flags=--expose-gc',
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
      // Lets the `forced-colors` command below run privileged script in Firefox's parent process
      // over the runner's own local WebDriver BiDi connection (no page gains any privilege), to
      // set one tab's BrowsingContext.forcedColorsOverride: Firefox ESR has no BiDi or CDP command
      // for forced colours, and its prefs would force colours in every tab at once.
      args: ['-remote-allow-system-access'],
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

/** Why forced colours cannot be emulated in WebKit (see forcedColorsPlugin). */
const WEBKIT_NO_FORCED_COLORS =
  'WebDriver classic has no command for it, and WebKitGTK has no forced-colours mode to turn on ' +
  '(no setting, preference or feature flag; only WebKit\'s internal test hooks can)';

/**
 * `forced-colors` with payload `{ active: boolean }`: emulates forced colours (Windows High
 * Contrast) for the calling test's page only, for real: `(forced-colors: active)` matches and the
 * engine forces its system colours on the page. Resolves `{ emulated: true }`, or
 * `{ emulated: false, reason }` where the engine cannot. `{ active: false }` undoes it.
 *
 * - Chromium (CDP): `Emulation.setEmulatedMedia` with the `forced-colors` feature, over a CDP
 *   session of the test's page. `emulateMedia()` from @web/test-runner-commands cannot do this:
 *   it forwards only `colorScheme` and `reducedMotion` (its `forcedColors` is dropped), and
 *   Puppeteer's `page.emulateMediaFeatures` rejects any feature but prefers-color-scheme,
 *   prefers-reduced-motion and color-gamut. Chromium itself needs no flag.
 * - Firefox (WebDriver BiDi): no BiDi command for it yet (`emulation.setForcedColorsModeThemeOverride`
 *   is "unknown command" in Firefox ESR 153) and Puppeteer's emulateMediaFeatures needs CDP, which
 *   Firefox no longer has. The tab's top-level BrowsingContext has a privileged
 *   `forcedColorsOverride` ('none' | 'active'), set here from a script run in the parent process
 *   (needs `-remote-allow-system-access`, see firefox()). The `browser.display.document_color_use`
 *   pref would work too but for every tab, including the other test file running at once.
 * - WebKit: impossible (WEBKIT_NO_FORCED_COLORS).
 */
function forcedColorsPlugin() {
  /** Chromium: the CDP session holding the emulation, by test session id. */
  const cdpSessions = new Map();
  /** Firefox: the override a tab had before, by test session id, restored on undo. */
  const firefoxBefore = new Map();
  /** Firefox: the parent-process (chrome) BiDi context, by browser. */
  const chromeContexts = new WeakMap();

  async function chromium(page, id, active) {
    let cdp = cdpSessions.get(id);
    if (!active) cdpSessions.delete(id);
    if (cdp?.detached) cdp = undefined;
    if (active) {
      cdp ??= await page.createCDPSession();
      cdpSessions.set(id, cdp);
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    } else if (cdp) {
      // Detaching the session ends its emulation too; clear it first all the same.
      await cdp.send('Emulation.setEmulatedMedia', { features: [] });
      await cdp.detach();
    }
  }

  async function firefox(page, id, active) {
    const browser = page.browser();
    const connection = browser.connection;
    let chromeContext = chromeContexts.get(browser);
    if (!chromeContext) {
      const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
      chromeContext = tree.result.contexts[0]?.context;
      if (!chromeContext) throw new Error('Firefox: no parent-process browsing context');
      chromeContexts.set(browser, chromeContext);
    }
    if (!active && !firefoxBefore.has(id)) return;
    const value = active ? 'active' : firefoxBefore.get(id);
    const expression = `(() => {
      const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
      const context = NavigableManager.getBrowsingContextById(${JSON.stringify(page.mainFrame()._id)});
      if (!context) throw new Error('no browsing context for the test page');
      const before = context.forcedColorsOverride;
      context.forcedColorsOverride = ${JSON.stringify(value)};
      if (context.forcedColorsOverride !== ${JSON.stringify(value)}) throw new Error('forcedColorsOverride refused ' + ${JSON.stringify(value)});
      return before;
    })()`;
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context: chromeContext },
      awaitPromise: false,
    });
    if (result.type !== 'success') {
      throw new Error(`Firefox: forcedColorsOverride: ${result.exceptionDetails?.text ?? result.type}`);
    }
    if (active) {
      if (!firefoxBefore.has(id)) firefoxBefore.set(id, result.result.value);
    } else {
      firefoxBefore.delete(id);
    }
  }

  return {
    name: 'compute-calc:forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const active = payload?.active === true;
      const launcher = session.browser;
      if (typeof launcher.getPage !== 'function') {
        return { emulated: false, reason: launcher.type === 'webdriver' ? WEBKIT_NO_FORCED_COLORS : `no page access in ${launcher.type}` };
      }
      const page = launcher.getPage(session.id);
      const protocol = page.browser().protocol;
      if (protocol === 'cdp') await chromium(page, session.id, active);
      else if (protocol === 'webDriverBiDi') await firefox(page, session.id, active);
      else return { emulated: false, reason: `unknown protocol ${protocol}` };
      return { emulated: active };
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
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    filePlugin(),
    bringToFrontPlugin(),
    forcedColorsPlugin(),
  ],
  browsers,
  // 2 cores: two files at a time per browser (WebKit: one), and at most
  // two browsers busy at once.
  concurrency: 2,
  concurrentBrowsers: 2,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // Per test file; the slowest (axe on every story in Firefox) takes about a minute on 2 cores.
  testsFinishTimeout: Number(process.env.CC_FINISH_TIMEOUT ?? 300_000),
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
    // src/i18n/load.ts imports ../locales/<lang>.js beside itself, as it does from dist/; in
    // tests that is the TypeScript source, served compiled like every other module.
    async function localeSources(context, next) {
      const m = /^\/src\/locales\/([\w-]+)\.js$/.exec(context.path);
      if (m) context.url = context.url.replace(`${m[1]}.js`, `${m[1]}.ts`);
      await next();
    },
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
