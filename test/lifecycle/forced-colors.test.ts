// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Themes and forced colours for all five calculators: the axe audit with theme="light", with
// theme="dark" on a dark page and under forced colours, and the chart's main bar switching to
// CanvasText under `@media (forced-colors: active)`.
//
// Forced colours are emulated for real, for this test's page only, by the runner's `forced-colors`
// command (web-test-runner.config.mjs, forcedColorsPlugin): `(forced-colors: active)` matches and
// the engine forces its system colours on the page.
//   - Chromium: CDP `Emulation.setEmulatedMedia` with the forced-colors feature. (The
//     `emulateMedia({ forcedColors })` of @web/test-runner-commands never reached the browser: it
//     forwards only colorScheme and reducedMotion, and Puppeteer's emulateMediaFeatures refuses
//     forced-colors.)
//   - Firefox ESR: the tab's BrowsingContext.forcedColorsOverride, set from the parent process
//     (no WebDriver BiDi command for it yet; the document_color_use pref would hit every tab).
//   - WebKit (WebKitGTK): impossible: WebDriver classic has no such command and WebKitGTK has no
//     forced-colours mode at all. There the audit runs without emulation, and the bar check applies
//     the stylesheet's own forced-colours rules without their @media condition, so the rules are
//     still tested; each case logs the reason.
// In Chromium and Firefox a failure to emulate fails the test (the media query must match), and
// every test undoes its emulation in afterEach and checks that the query no longer matches.

import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/power-equivalence/power-equivalence.js';
import '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import '../../src/components/training-time/training-time.js';
import '../../src/components/carbon-footprint/carbon-footprint.js';
import '../../src/components/cluster-compare/cluster-compare.js';
import '../../src/components/inference-energy/inference-energy.js';
import type { LitElement } from 'lit';
import { mount, mountIn } from '../helpers/fixture.js';
import { expectNoBadText, has, painted, shadow } from '../helpers/shadow.js';

const TAGS = ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint', 'cluster-compare', 'inference-energy'] as const;
const DARK_PAGE = 'background: #111827; color: #f3f4f6; padding: 8px';
const MAIN_RECT = 'svg[role=img] g.bar.main rect';

const engine = () => navigator.userAgent.match(/Firefox|Chrome|Safari/)?.[0] ?? navigator.userAgent;
const forcedColorsActive = () => matchMedia('(forced-colors: active)').matches;
/** Engines whose emulation is real and required: not matching there is a failure. (Headless
 * Chromium says "HeadlessChrome/", so no word boundary before the name.) */
const MUST_EMULATE = /(Chrome|Firefox)\//.test(navigator.userAgent);

/** What the runner's `forced-colors` command answers. */
interface ForcedColorsReply {
  readonly emulated: boolean;
  readonly reason?: string;
}

/** The reason emulation is impossible here, once logged. */
let loggedReason: string | undefined;

/** Whether this test asked for emulation, which `afterEach` must undo. */
let asked = false;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` on timers (not animation frames, which a background page may not get) until it
 * holds or `ms` pass. Firefox applies a tab's override in the content process a moment after the
 * parent process set it.
 */
async function until(check: () => boolean, ms = 2000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) return false;
    await sleep(10);
  }
  return true;
}

/**
 * Emulates forced colours for this page; returns whether `(forced-colors: active)` matches and a
 * note saying how. In Chromium and Firefox it must match, or the test fails here.
 */
async function emulateForcedColors(): Promise<{ active: boolean; note: string }> {
  let reply: ForcedColorsReply;
  try {
    reply = await executeServerCommand<ForcedColorsReply, { active: boolean }>('forced-colors', { active: true });
  } catch (e) {
    reply = { emulated: false, reason: `the forced-colors command failed: ${String(e instanceof Error ? e.message : e).split('\n')[0]}` };
  }
  if (reply.emulated) {
    asked = true;
    await until(forcedColorsActive);
  }
  const active = forcedColorsActive();
  const why = reply.emulated ? 'the runner emulated forced colours but (forced-colors: active) does not match'
    : reply.reason ?? 'the runner cannot emulate forced colours here';
  // The reason is logged in full once per file; later notes refer back to it.
  const note = active ? 'emulated (forced-colors: active matches)'
    : why === loggedReason ? 'not emulated (reason logged above)' : `not emulated: ${why}`;
  if (!active) loggedReason = why;
  if (MUST_EMULATE) expect(active, `${engine()} must emulate forced colours for real: ${note}`).to.be.true;
  return { active, note };
}

/** Computed `fill` of the chart's main bar, or '' without one. */
function mainFill(el: Element): string {
  const rect = shadow(el).querySelector(MAIN_RECT);
  return rect ? getComputedStyle(rect).fill : '';
}

/** What `CanvasText` computes to here, read from a probe rect in the same shadow root. */
function canvasText(el: Element): string {
  const svg = shadow(el).querySelector('svg[role=img]');
  if (!svg) return '';
  const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  probe.setAttribute('style', 'fill: CanvasText');
  svg.append(probe);
  const fill = getComputedStyle(probe).fill;
  probe.remove();
  return fill;
}

/**
 * The rules inside the element's `@media (forced-colors: active)` blocks, as CSS text, read from
 * its adopted stylesheets (or <style> elements where those are not supported).
 */
function forcedColorsRules(el: Element): string {
  const root = shadow(el);
  const sheets = root.adoptedStyleSheets?.length ? [...root.adoptedStyleSheets]
    : [...root.querySelectorAll('style')].map((s) => s.sheet).filter((s): s is CSSStyleSheet => s !== null);
  const out: string[] = [];
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('forced-colors: active')) {
        for (const inner of rule.cssRules) out.push(inner.cssText);
      }
    }
  }
  return out.join('\n');
}

/**
 * Runs `read` with `rules` added after the element's own styles, then removes them. Adopted
 * stylesheets cascade after <style> elements, so the rules go in as one more adopted sheet.
 */
function withExtraRules<T>(el: Element, rules: string, read: () => T): T {
  const root = shadow(el);
  if (root.adoptedStyleSheets?.length) {
    const original = root.adoptedStyleSheets;
    const extra = new CSSStyleSheet();
    extra.replaceSync(rules);
    root.adoptedStyleSheets = [...original, extra];
    try {
      return read();
    } finally {
      root.adoptedStyleSheets = original;
    }
  }
  const style = document.createElement('style');
  style.textContent = rules;
  root.append(style);
  try {
    return read();
  } finally {
    style.remove();
  }
}

describe('themes and forced colours', () => {
  afterEach(async () => {
    // Undo after every test that asked for emulation, even after a failure, and make sure it is
    // undone, so no later test (in this file) runs under forced colours by accident.
    if (!asked) return;
    asked = false;
    await executeServerCommand<ForcedColorsReply, { active: boolean }>('forced-colors', { active: false });
    if (!(await until(() => !forcedColorsActive()))) {
      throw new Error(`${engine()}: (forced-colors: active) still matches after undoing the emulation`);
    }
  });

  it(`forced colours ${MUST_EMULATE ? 'are' : 'may not be'} emulated for real in this engine (${engine()})`, async () => {
    expect(forcedColorsActive(), 'no forced colours before any emulation').to.be.false;
    const { active, note } = await emulateForcedColors();
    console.log(`[forced-colors] ${engine()}: ${note}`);
    if (active) {
      // The engine forces its system colours, not just the media query: an author colour is replaced.
      const probe = document.createElement('p');
      probe.style.color = 'rgb(255, 0, 0)';
      document.body.append(probe);
      try {
        expect(getComputedStyle(probe).color, 'an author colour under forced colours').not.to.equal('rgb(255, 0, 0)');
      } finally {
        probe.remove();
      }
    }
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      describe('accessibility', () => {
        it('passes the axe audit with theme="light"', async () => {
          const el = await mount<LitElement>(tag, { theme: 'light' });
          expectNoBadText(el);
          await expect(painted(el)).to.be.accessible();
        });

        it('passes the axe audit with theme="dark" on a dark page', async () => {
          const el = await mountIn<LitElement>(tag, DARK_PAGE, { theme: 'dark' });
          expectNoBadText(el);
          await expect(painted(el)).to.be.accessible();
        });

        it(`passes the axe audit under forced colours (${MUST_EMULATE ? 'emulated' : 'not emulated here'})`, async () => {
          const { note } = await emulateForcedColors();
          console.log(`[forced-colors] ${engine()} <${tag}> axe: ${note}`);
          const el = await mount<LitElement>(tag, { theme: 'light' });
          expectNoBadText(el);
          await expect(painted(el)).to.be.accessible();
        });
      });

      describe('forced colours', () => {
        it(`the main bar is filled with CanvasText, not the light theme accent (${MUST_EMULATE ? 'emulated' : 'rules applied without @media'})`, async () => {
          const el = await mount<LitElement>(tag, { theme: 'light' });
          expect(has(el, MAIN_RECT), 'the chart has a main bar').to.be.true;
          const light = mainFill(el);
          const { active, note } = await emulateForcedColors();
          let forced: string;
          if (active) {
            forced = mainFill(el);
          } else {
            // No emulation here: apply the element's own forced-colours rules unconditionally.
            const rules = forcedColorsRules(el);
            expect(rules, 'a @media (forced-colors: active) block for the main bar').to.match(/\.main rect[^{]*\{[^}]*fill: canvastext/i);
            forced = withExtraRules(el, rules, () => mainFill(el));
          }
          console.log(`[forced-colors] ${engine()} <${tag}> main bar fill: light ${light}, forced ${forced} (${active ? 'emulated' : `rules applied without @media; ${note}`})`);
          expect(light, 'light theme fill').not.to.equal('');
          expect(forced, 'forced-colours fill differs from the light theme fill').not.to.equal(light);
          expect(forced, 'forced-colours fill is CanvasText').to.equal(canvasText(el));
        });
      });
    });
  }
});
