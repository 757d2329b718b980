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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Frame, Page } from 'puppeteer-core';
import { assertCleanText, renderedTexts, root, run, scratchDir, settle, siteInChromium, skipBrowser } from './helpers/site.js';

const BUILD_TIMEOUT = 600_000;
const PAGE_TIMEOUT = 120_000;
const env = { STORYBOOK_DISABLE_TELEMETRY: '1', NO_COLOR: '1' };

/** The Storybook index: one entry per story and per docs page. */
interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

// ------------------------------------------------------------------ build --

// Removed also when the run is cut short.
const outDir = scratchDir('compute-calc-storybook-');
const started = Date.now();
// The docs pages read custom-elements.json, which is generated (and gitignored): make it first,
// as `npm run build-storybook` does.
let build = await run(join(root, 'node_modules', '.bin', 'cem'), ['analyze', '--quiet'], 120_000, env);
if (build.code === 0) {
  build = await run(
    join(root, 'node_modules', '.bin', 'storybook'),
    ['build', '--output-dir', outDir, '--disable-telemetry', '--quiet'],
    BUILD_TIMEOUT,
    env,
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

// ---------------------------------------------------------------- browser --

const site = siteInChromium(outDir, { skip: build.code !== 0 || !!skipBrowser, timeout: PAGE_TIMEOUT });

/**
 * A new page that records every problem (see openPage in helpers/site.ts): the built Storybook
 * must work offline. Chromium asks every page for /favicon.ico; Storybook ships favicon.svg.
 */
async function openPage() {
  const opened = await site.open();
  await opened.page.evaluateOnNewDocument(recordStoryFinished);
  return opened;
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

/** Waits for an entry (story or docs page) in a frame and returns its elements' texts. */
async function entryTexts(frame: Page | Frame, entry: IndexEntry) {
  const tag = tagOf(entry.title);
  if (entry.type === 'story') {
    await storyFinished(frame);
    return renderedTexts(frame, '#storybook-root', tag, TEXT_TIMEOUT);
  }
  const storyIds = entries.filter((e) => e.type === 'story' && e.title === entry.title).map((e) => e.id);
  await docsRendered(frame, storyIds, tag);
  await assertNoErrorScreen(frame);
  const texts = await renderedTexts(frame, '#storybook-docs', tag, TEXT_TIMEOUT);
  assert.ok(texts.length >= storyIds.length, `the docs page shows all ${storyIds.length} stories (${texts.length})`);
  return texts;
}

const tagOf = (title: string) => title.split('/').pop()!;
const opts = { skip: skipBrowser || (build.code !== 0 && 'the build failed'), timeout: PAGE_TIMEOUT * 3 };

// ---------------------------------------------------------------- manager --

test('the manager UI loads, lists every element and renders its first entry', opts, async () => {
  assert.equal(build.code, 0, 'built');
  const { page, problems } = await openPage();
  try {
    await page.goto(`${site.origin}/`, { waitUntil: 'load' });
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
    await settle(page, PAGE_TIMEOUT);
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
      await page.goto(`${site.origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type}`, { waitUntil: 'load' });
      assertCleanText(await entryTexts(page, entry), entry.id);
      if (entry.type === 'docs') {
        // The attribute table comes from custom-elements.json.
        const rows = await page.$$eval('#storybook-docs .docblock-argstable tbody tr', (trs) => trs.length);
        assert.ok(rows > 3, `the args table has rows from the manifest (${rows})`);
      }
      await settle(page, PAGE_TIMEOUT);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}
