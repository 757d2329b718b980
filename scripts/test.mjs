#!/usr/bin/env node
// `npm test`: runs every test file in every browser engine available here
// (Chromium, Firefox ESR, WebKitGTK MiniBrowser) in ONE @web/test-runner run.
//
//   npm test                                     all files, all engines
//   npm test -- --files test/core/x.test.ts      one file (any wtr CLI arg passes through)
//   CC_BROWSERS=firefox npm test                 only some engines (comma list)
//
// A missing engine is installed (as root) or fails the run. The last line printed is always
// `N passed, N failed`; the exit code is non-zero if a test failed, a test
// file failed to load, wtr failed, or no test ran.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, accessSync, constants, mkdtempSync, readFileSync, readdirSync, rmSync, openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const log = (msg) => console.log(`[test] ${msg}`);

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Absolute path of an executable, looked up on PATH unless already a path. */
function which(cmd) {
  if (cmd.includes('/')) return isExecutable(cmd) ? cmd : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, cmd))) return join(dir, cmd);
  }
  for (const dir of ['/usr/bin', '/usr/local/bin', '/bin']) {
    if (isExecutable(join(dir, cmd))) return join(dir, cmd);
  }
  return null;
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- engines --

/**
 * What `.ci/run` does for the engines, so `npm test` on a fresh machine runs them too: the Debian
 * packages of every engine this run needs (all three unless CC_BROWSERS names some) are installed
 * when missing, as root; otherwise the run fails with the one line to run. It never ends green
 * without the browser suite. Runs that name only Node test files need no engine.
 */
function ensureEngines() {
  const wanted = process.env.CC_BROWSERS ? process.env.CC_BROWSERS.toLowerCase() : 'chromium,firefox,webkit';
  const need = [
    /chromium/.test(wanted) && !which(process.env.CHROME_PATH ?? 'chromium') && 'chromium',
    /firefox/.test(wanted) && !which(process.env.FIREFOX_PATH ?? 'firefox-esr') && 'firefox-esr',
    /webkit/.test(wanted) && (!which('WebKitWebDriver') || !isExecutable(MINIBROWSER_PATH)) && 'webkit2gtk-driver',
    /webkit/.test(wanted) && !which('Xvfb') && 'xvfb',
  ].filter(Boolean);
  if (need.length === 0) return;
  const packages = [...need, 'fonts-dejavu-core'];
  const line = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`;
  if (process.getuid?.() !== 0) {
    log(`missing browser packages: ${need.join(', ')}. Install them (as root) and run npm test again:`);
    console.log(`  sudo sh -c '${line}'`);
    finish({ passed: 0, failed: 1 }, 1);
  }
  log(`installing missing browser packages: ${need.join(', ')}`);
  try {
    execFileSync('sh', ['-c', line], { stdio: 'inherit' });
  } catch {
    log(`could not install them; run: ${line}`);
    finish({ passed: 0, failed: 1 }, 1);
  }
}
if (!(process.argv.includes('--files') && process.argv.slice(2).every((a) => a.startsWith('-') || /(^|\/)test\/node\//.test(a)))) ensureEngines();

const engines = [];
const skipped = [];
const requested = process.env.CC_BROWSERS
  ? new Set(process.env.CC_BROWSERS.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))
  : null;

const chromePath = which(process.env.CHROME_PATH ?? 'chromium');
if (chromePath) engines.push('chromium');
else skipped.push(['chromium', `no Chromium binary (${process.env.CHROME_PATH ?? 'chromium'}) found`]);

const firefoxPath = which(process.env.FIREFOX_PATH ?? 'firefox-esr');
if (firefoxPath) engines.push('firefox');
else skipped.push(['firefox', `no Firefox ESR binary (${process.env.FIREFOX_PATH ?? 'firefox-esr'}) found`]);

const webkitDriver = which('WebKitWebDriver');
const xvfb = which('Xvfb');
const webkitMissing = [
  !webkitDriver && 'WebKitWebDriver (package webkit2gtk-driver)',
  !isExecutable(MINIBROWSER_PATH) && `MiniBrowser (${MINIBROWSER_PATH})`,
  !xvfb && 'Xvfb (package xvfb)',
].filter(Boolean);
if (webkitMissing.length === 0) engines.push('webkit');
else skipped.push(['webkit', `missing ${webkitMissing.join(', ')}`]);

const missingEngines = skipped.map(([name]) => name);
let selected = engines;
if (requested) {
  for (const name of requested) {
    if (!['chromium', 'firefox', 'webkit'].includes(name)) {
      log(`unknown engine "${name}" in CC_BROWSERS (use chromium, firefox, webkit)`);
      finish({ passed: 0, failed: 1 }, 1);
    }
  }
  selected = engines.filter((e) => requested.has(e));
  for (const e of engines) if (!requested.has(e)) log(`skipping ${e}: not in CC_BROWSERS`);
}
for (const [name, why] of skipped) {
  if (!requested || requested.has(name)) log(`skipping ${name}: ${why}`);
}

// ------------------------------------------------------------- processes --

const children = new Set();
let cleanedUp = false;

function startProcess(cmd, args, env, logFile) {
  const fd = openSync(logFile, 'a');
  const child = spawn(cmd, args, { env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]);
  if (!done) {
    child.kill('SIGKILL');
    await Promise.race([exited, sleep(2000)]);
  }
}

async function cleanup() {
  if (cleanedUp) return;
  cleanedUp = true;
  // Stop the WebDriver before the X server it draws on.
  for (const child of [webkitDriverProc, xvfbProc]) await stopProcess(child);
  for (const child of children) await stopProcess(child);
  rmSync(workDir, { recursive: true, force: true });
}

function findFreeDisplay() {
  for (let n = 99; n < 199; n++) {
    if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  }
  return null;
}

async function waitFor(check, timeoutMs, intervalMs = 200) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await sleep(intervalMs);
  }
  return false;
}

async function startWebKit() {
  // Xvfb on a free display; retry on a race with another X server.
  for (let attempt = 0; attempt < 5 && !xvfbProc; attempt++) {
    const n = findFreeDisplay();
    if (n === null) throw new Error('no free X display between :99 and :198');
    const proc = startProcess(xvfb, [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env, join(workDir, 'xvfb.log'));
    const up = await waitFor(() => proc.exitCode === null && existsSync(`/tmp/.X11-unix/X${n}`), 10_000, 100);
    if (up && proc.exitCode === null) {
      xvfbProc = proc;
      display = `:${n}`;
    } else {
      await stopProcess(proc);
    }
  }
  if (!xvfbProc) throw new Error(`Xvfb did not start (log: ${readLog('xvfb.log')})`);

  for (let attempt = 0; attempt < 3 && !webkitDriverProc; attempt++) {
    const port = await freePort();
    const proc = startProcess(webkitDriver, [`--port=${port}`, '--host=127.0.0.1'], { ...process.env, DISPLAY: display }, join(workDir, 'webkitwebdriver.log'));
    const up = await waitFor(async () => {
      if (proc.exitCode !== null) return true;
      try {
        const res = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
        return res.ok;
      } catch {
        return false;
      }
    }, 15_000);
    if (up && proc.exitCode === null) {
      webkitDriverProc = proc;
      webkitPort = port;
    } else {
      await stopProcess(proc);
    }
  }
  if (!webkitDriverProc) throw new Error(`WebKitWebDriver did not answer on /status (log: ${readLog('webkitwebdriver.log')})`);
}

function readLog(name) {
  try {
    return readFileSync(join(workDir, name), 'utf8').trim().slice(-500) || '(empty)';
  } catch {
    return '(none)';
  }
}

// ------------------------------------------------------------------ finish --

function finish({ passed, failed }, code) {
  // Must be the very last line printed.
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exitCode = code;
  process.exit(code);
}

// -------------------------------------------------------------------- run --

const workDir = mkdtempSync(join(tmpdir(), 'compute-calc-test-'));
const resultsFile = join(workDir, 'results.json');
let xvfbProc = null;
let webkitDriverProc = null;
let display = null;
let webkitPort = null;
let wtr = null;
let interrupted = false;

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    if (interrupted) return;
    interrupted = true;
    log(`received ${sig}, stopping`);
    if (wtr && wtr.exitCode === null) wtr.kill('SIGTERM');
    await cleanup();
    finish({ passed: 0, failed: 1 }, 130);
  });
}

/**
 * Runs test/node/*.test.ts in Node (the core must work there without a DOM): each file is bundled
 * with esbuild and run with `node --test`. Skipped when `--files` narrows the run to browser tests.
 */
async function runNodeTests() {
  const counts = { passed: 0, failed: 0 };
  if (named && namedNode.length === 0) return counts;
  const dir = join(root, 'test', 'node');
  if (!existsSync(dir)) return counts;
  // A named file may be a glob the shell did not expand ('test/node/*.test.ts'): * and ? match
  // within a name, and a leading **/ matches any folders, none included.
  const glob = (g) => new RegExp(`(^|/)${g.replace(/^(\.\/)?test\/node\/(\*\*\/)*/, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
  const wanted = namedNode.map(glob);
  const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts') && (!named || wanted.some((re) => re.test(f))));
  if (files.length === 0) return counts;
  const out = join(workDir, 'node-tests');
  const esbuild = join(root, 'node_modules', '.bin', 'esbuild');
  const bundled = [];
  for (const f of files) {
    const target = join(out, f.replace(/\.ts$/, '.mjs'));
    const code = await new Promise((res) => {
      const p = spawn(esbuild, [join(dir, f), '--bundle', '--platform=node', '--format=esm', `--outfile=${target}`, '--log-level=warning'], { cwd: root, stdio: 'inherit' });
      p.on('exit', (c) => res(c ?? 1));
      p.on('error', () => res(1));
    });
    if (code !== 0) counts.failed += 1;
    else bundled.push(target);
  }
  if (bundled.length === 0) return counts;
  const tap = await new Promise((res) => {
    let text = '';
    // One file at a time: the pack, demo and Storybook tests each rebuild files in dist/.
    const p = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=tap', ...bundled], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    p.stdout.on('data', (d) => { text += d; });
    p.on('exit', (c) => res({ text, code: c ?? 1 }));
    p.on('error', () => res({ text, code: 1 }));
  });
  // A failure's line, then its diagnostic block (error, expected, actual, where), so a failed run
  // says why without a second run.
  let detail = 0;
  for (const line of tap.text.split('\n')) {
    if (/^\s*not ok /.test(line)) detail = 24;
    else if (detail > 0 && !/^\s{2,}/.test(line)) detail = 0;
    if (detail > 0 || /^# (pass|fail) /.test(line)) process.stdout.write(`[node] ${line}\n`);
    if (detail > 0) detail -= 1;
  }
  const pass = Number(/^# pass (\d+)/m.exec(tap.text)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(tap.text)?.[1] ?? 0);
  counts.passed += pass;
  counts.failed += fail + (tap.code !== 0 && fail === 0 ? 1 : 0);
  log(`node: ${counts.passed} passed, ${counts.failed} failed (${bundled.length} of ${files.length} file${files.length === 1 ? '' : 's'} ran)`);
  return counts;
}

/** Builds dist/compute-calc.js, which test/bundle.test.ts loads as a site would. */
async function buildBundle() {
  // The same file `npm run build` ships, minified the same way, so the test loads what sites host.
  const code = await new Promise((res) => {
    const p = spawn(process.execPath, [join(root, 'scripts', 'build.mjs'), '--bundle-only'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    p.on('exit', (c) => res(c ?? 1));
    p.on('error', () => res(1));
  });
  log(code === 0 ? 'built dist/compute-calc.js for the bundle test' : 'could not build dist/compute-calc.js; the bundle test will fail');
}

// `--files` may name Node tests, browser tests or both: each runner gets only its own.
const passArgs = [];
const namedFiles = [];
for (let i = 2, inFiles = false; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--files') inFiles = true;
  else if (a.startsWith('--')) { inFiles = false; passArgs.push(a); }
  else if (inFiles) namedFiles.push(a);
  else passArgs.push(a);
}
const named = process.argv.includes('--files');
const namedNode = namedFiles.filter((f) => /(^|\/)test\/node\//.test(f));
const namedBrowser = namedFiles.filter((f) => !namedNode.includes(f));

async function main() {
  if (named && namedBrowser.length === 0) {
    const node = await runNodeTests();
    await cleanup();
    const failedNode = node.failed + (node.passed + node.failed === 0 ? 1 : 0);
    finish({ passed: node.passed, failed: failedNode }, failedNode > 0 ? 1 : 0);
    return;
  }
  if (selected.length === 0) {
    log('no browser engine available: nothing to run');
    await cleanup();
    finish({ passed: 0, failed: 1 }, 1);
  }

  if (selected.includes('webkit')) {
    try {
      await startWebKit();
      log(`WebKit: Xvfb on ${display}, WebKitWebDriver on port ${webkitPort}`);
    } catch (e) {
      log(`skipping webkit: ${e.message}`);
      selected = selected.filter((x) => x !== 'webkit');
      missingEngines.push('webkit');
      if (selected.length === 0) {
        await cleanup();
        finish({ passed: 0, failed: 1 }, 1);
      }
    }
  }

  const nodeResults = await runNodeTests();
  await buildBundle();

  log(`engines: ${selected.join(', ')}`);
  const wtrBin = join(root, 'node_modules', '.bin', 'wtr');
  const args = ['--config', join(root, 'web-test-runner.config.mjs'), ...passArgs, ...(named ? ['--files', ...namedBrowser] : [])];
  const env = {
    ...process.env,
    CC_BROWSERS: selected.join(','),
    CC_RESULTS_FILE: resultsFile,
    ...(chromePath ? { CHROME_PATH: chromePath } : {}),
    ...(firefoxPath ? { FIREFOX_PATH: firefoxPath } : {}),
    ...(webkitPort ? { CC_WEBKIT_PORT: String(webkitPort) } : {}),
    MINIBROWSER_PATH,
  };

  const started = Date.now();
  wtr = spawn(wtrBin, args, { cwd: root, env, stdio: 'inherit' });
  const wtrCode = await new Promise((res) => {
    wtr.on('error', (e) => {
      log(`could not start wtr: ${e.message}`);
      res(1);
    });
    wtr.on('exit', (code, signal) => res(code ?? (signal ? 1 : 0)));
  });
  if (interrupted) return;

  let results = null;
  try {
    results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    results = null;
  }
  await cleanup();

  let { passed = 0, failed = 0, skipped: skippedTests = 0 } = results ?? {};
  passed += nodeResults.passed;
  failed += nodeResults.failed;
  let code = 0;
  const reasons = [];
  if (!results) {
    reasons.push('wtr wrote no results (it crashed or stopped early)');
    failed = Math.max(failed, 1);
  }
  if (results) {
    for (const [browser, c] of Object.entries(results.byBrowser ?? {})) {
      log(`${browser}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    }
    for (const s of results.brokenSessions ?? []) {
      log(`counted as a failure: ${relative(root, s.testFile ?? '')} in ${s.browser} (${s.status}) ${s.errors.join(' | ')}`.trim());
    }
  }
  if (failed > 0) reasons.push(`${failed} failed`);
  if (wtrCode !== 0) {
    reasons.push(`wtr exited with code ${wtrCode}`);
    // Keep the closing line consistent with the exit code.
    failed = Math.max(failed, 1);
  }
  if (results && passed + failed === 0) reasons.push('no test ran');
  if (missingNeeded().length > 0) {
    reasons.push(`engine(s) missing: ${missingNeeded().join(', ')} (CC_BROWSERS names the engines to run)`);
  }
  if (reasons.length > 0) code = 1;
  log(
    `${selected.join(' + ')}: ${skippedTests} skipped, ${((Date.now() - started) / 1000).toFixed(1)} s` +
      (reasons.length ? `; FAILED: ${reasons.join('; ')}` : ''),
  );
  finish({ passed, failed }, code);
}

/** Engines this run should have used but could not: all three, unless CC_BROWSERS names some. */
function missingNeeded() {
  return missingEngines.filter((e) => !requested || requested.has(e));
}
if (missingNeeded().length > 0) {
  log(`engine(s) missing (${missingNeeded().join(', ')}): this run will fail`);
}

main().catch(async (e) => {
  log(`error: ${e?.stack ?? e}`);
  await cleanup();
  finish({ passed: 0, failed: 1 }, 1);
});
