// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The built demo as a reader opens it: build the hosted files (`node scripts/build.mjs
// --bundle-only`) and the demo (`vite build`, into a scratch folder instead of dist/demo), serve
// the output from 127.0.0.1, and load the gallery, the configurator, the seed article and the
// embed page for each element in headless Chromium. A page fails on an uncaught error, a console
// error, a failed, erroring or non-local request, a custom element that is not defined, or a
// calculator that renders no headline or shows NaN/undefined/null/Infinity.
// The browser tests run the demo from source; this one runs what `vite build` ships, which once
// tree-shook every element registration away (package.json's sideEffects left out src/).
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { Page } from 'puppeteer-core';
import { assertCleanText, renderedTexts, root, run, scratchDir, settle, siteInChromium, skipBrowser } from './helpers/site.js';

const BUILD_TIMEOUT = 300_000;
const PAGE_TIMEOUT = 60_000;
const CALCULATORS = ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint', 'cluster-compare', 'inference-energy'];
/** The files a site hosts (scripts/bundles.mjs) that the demo's build copies beside its own embed.html. */
const HOSTED = ['compute-calc.js', 'compute-calc.css', ...CALCULATORS.map((t) => `${t}.js`), 'resizer.js'];

// ------------------------------------------------------------------ build --

const outDir = scratchDir('compute-calc-demo-');
// Served from a folder of the site, as the README shows (https://your.site/compute-calc/), not
// from its root: every address in the built pages must be relative.
const SUB = 'compute-calc';
const siteDir = join(outDir, SUB);
const started = Date.now();
let build = await run(process.execPath, [join('scripts', 'build.mjs'), '--bundle-only'], BUILD_TIMEOUT, { NO_COLOR: '1' });
const hostedSeconds = (Date.now() - started) / 1000;
if (build.code === 0) {
  build = await run(join(root, 'node_modules', '.bin', 'vite'), ['build', '--outDir', siteDir, '--emptyOutDir'], BUILD_TIMEOUT, { NO_COLOR: '1' });
}
const demoSeconds = (Date.now() - started) / 1000 - hostedSeconds;

test('the demo builds into a static site', (t) => {
  t.diagnostic(`build.mjs --bundle-only: ${hostedSeconds.toFixed(1)} s, vite build: ${demoSeconds.toFixed(1)} s`);
  assert.equal(build.code, 0, `the build failed:\n${build.output}`);
  for (const page of ['index.html', 'configurator.html', 'article.html', 'embed.html']) {
    assert.ok(existsSync(join(siteDir, page)), `${page} is built`);
  }
});

// ---------------------------------------------------------------- browser --

const site = siteInChromium(outDir, { skip: build.code !== 0 || !!skipBrowser, timeout: PAGE_TIMEOUT });

/**
 * Checks every custom element on the page (in shadow roots too) is defined, waits until every
 * calculator has rendered a headline, and returns each calculator's text after checking it.
 */
async function checkElements(page: Page, what: string) {
  // Module scripts have run by `load`: an element not defined now never will be.
  const undefinedTags = await page.evaluate(() => {
    const tags = new Set<string>();
    const walk = (scope: Document | ShadowRoot) => {
      for (const el of scope.querySelectorAll('*')) {
        if (el.localName.includes('-') && !customElements.get(el.localName)) tags.add(el.localName);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return [...tags];
  });
  assert.deepEqual(undefinedTags, [], `${what}: custom elements that are not defined (their modules did not run)`);
  await page
    .waitForFunction(
      // At least one: the embed creates its element after a script has loaded (<inference-energy>'s own file).
      (tags: string[]) => {
        const els = [...document.querySelectorAll(tags.join(','))];
        return els.length > 0 && els.every((el) => el.shadowRoot?.querySelector('[part=headline]')?.textContent?.trim());
      },
      { timeout: PAGE_TIMEOUT, polling: 100 },
      CALCULATORS,
    )
    .catch(() => {});
  const calculators = await page.evaluate(async (tags: string[]) => {
    const els = [...document.querySelectorAll(tags.join(','))] as (Element & { updateComplete?: Promise<unknown> })[];
    await Promise.all(els.map((el) => el.updateComplete));
    return els.map((el) => ({
      tag: el.localName,
      shadow: !!el.shadowRoot,
      headline: (el.shadowRoot?.querySelector('[part=headline]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    }));
  }, CALCULATORS);
  assert.ok(calculators.length > 0, `${what}: no calculator on the page`);
  for (const [i, c] of calculators.entries()) {
    assert.ok(c.shadow, `${what}: <${c.tag}> #${i + 1} has no shadow root`);
    assert.notEqual(c.headline, '', `${what}: <${c.tag}> #${i + 1} renders no headline`);
  }
  const texts: Record<string, string[]> = {};
  for (const tag of new Set(calculators.map((c) => c.tag))) {
    texts[tag] = await renderedTexts(page, 'body', tag, PAGE_TIMEOUT);
    assertCleanText(texts[tag], `${what}: <${tag}>`);
  }
  return { headlines: calculators.map((c) => `<${c.tag}> ${c.headline}`), texts };
}

/** Opens a page of the built demo, checks its elements, runs `more`, and fails on any problem. */
async function checkPage(t: TestContext, path: string, more?: (page: Page, texts: Record<string, string[]>) => Promise<void>) {
  const { page, problems } = await site.open();
  try {
    await page.goto(`${site.origin}/${SUB}/${path}`, { waitUntil: 'load' });
    const { headlines, texts } = await checkElements(page, path);
    t.diagnostic(`${path}: ${headlines.join('; ')}`);
    await more?.(page, texts);
    await settle(page, PAGE_TIMEOUT);
    assert.deepEqual(problems, [], `${path}: problems`);
  } catch (e) {
    // The page's own errors usually say why an element is missing.
    if (e instanceof Error && problems.length > 0 && !e.message.includes(': problems')) e.message += `\npage problems:\n${problems.join('\n')}`;
    throw e;
  } finally {
    await page.close();
  }
}

const opts = { skip: skipBrowser || (build.code !== 0 && 'the build failed'), timeout: PAGE_TIMEOUT * 4 };

test('the gallery (index.html) defines and renders every element', opts, (t) => checkPage(t, 'index.html'));

test('the seed article (article.html) defines and renders every element', opts, (t) => checkPage(t, 'article.html'));

test('the configurator offers every calculator, writes a pinned snippet, and its hosted files are served', opts, (t) =>
  checkPage(t, 'configurator.html', async (page) => {
    const options = await page.$$eval('select#cfg-tag option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    assert.equal(options.length, 6, `the calculator picker offers ${options.join(', ')}`);
    assert.deepEqual([...options].sort(), [...CALCULATORS].sort(), 'the calculator picker');
    await page.waitForFunction(() => document.querySelector('code[data-snippet=script]')?.textContent?.trim(), { polling: 100 });
    const snippet = await page.$eval('code[data-snippet=script]', (c) => c.textContent ?? '');
    assert.match(snippet, /as-of="2026-12"/, `the script snippet pins the figures with as-of:\n${snippet}`);
    // It loads a hosted file from where the demo is served.
    const src = /<script type="module" src="([^"]+)">/.exec(snippet)?.[1] ?? '';
    assert.equal(src, `${site.origin}/${SUB}/compute-calc.js`, 'the snippet loads the single file');
    assert.match(snippet, new RegExp(`<link rel="stylesheet" href="${site.origin}/${SUB}/compute-calc.css">`), 'the snippet links the stylesheet');
    const chunks = readdirSync(join(siteDir, 'chunks')).map((f) => `chunks/${f}`);
    assert.ok(chunks.length > 0, 'the per-element files\' shared chunks are in the built output');
    for (const name of [...HOSTED, ...chunks]) {
      assert.ok(existsSync(join(siteDir, name)), `${name} is in the built output`);
      const res = await fetch(`${site.origin}/${SUB}/${name}`);
      assert.equal(res.status, 200, `${name}: HTTP ${res.status}`);
      assert.match(res.headers.get('content-type') ?? '', name.endsWith('.css') ? /^text\/css/ : /^text\/javascript/, `${name} is served with its type`);
      assert.ok((await res.text()).length > 0, `${name} is not empty`);
    }
  }));

/** One real attribute set per element, and what its embed must then show. */
const EMBEDS: { tag: string; query: string; shows: RegExp }[] = [
  // 370 GWh ÷ 10,791 kWh per US home a year (EIA 2022) = 34,288 homes, shown as 34,300.
  { tag: 'power-equivalence', query: 'energy=370%20GWh', shows: /34,300/ },
  // 1,000 GPUs × $30,000 = $30 million for the chips.
  { tag: 'gpu-cluster-cost', query: 'gpus=1000&price=30000', shows: /\$30 million/ },
  // 3.8e25 FLOP ÷ (16,384 H100 × 989.4 TFLOP/s × 40% MFU) = 5.86 million s = 67.8 days.
  { tag: 'training-time', query: 'gpus=16384&mfu=0.4', shows: /67\.8 days/ },
  // 370 million kWh × 384 g/kWh (US grid, Ember life-cycle 2024; figures 2026-12) = 142,080 t, shown as 142,000.
  { tag: 'carbon-footprint', query: 'energy=370%20GWh', shows: /142,000 t of CO2/ },
  // The default metric is GPUs.
  { tag: 'cluster-compare', query: 'metric=h100e', shows: /clusters by H100-equivalents/ },
  // 0.34 Wh a prompt (OpenAI) × 1 billion prompts a day × 365 = 124.1 GWh.
  { tag: 'inference-energy', query: 'prompts=1%20billion%20a%20day', shows: /124 GWh a year/ },
];

for (const { tag, query, shows } of EMBEDS) {
  test(`embed.html?tag=${tag}&${query} renders that element with that attribute`, opts, (t) =>
    checkPage(t, `embed.html?tag=${tag}&${query}`, async (page, texts) => {
      const errors = await page.$$eval('.embed-error', (ps) => ps.map((p) => p.textContent));
      assert.deepEqual(errors, [], 'the embed page reports no unknown tag or attribute');
      assert.deepEqual(Object.keys(texts), [tag], 'the embed shows that one element');
      assert.match(texts[tag]![0]!, shows);
    }));
}
