// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Themes and forced colours for all five calculators: the axe audit with theme="light", with
// theme="dark" on a dark page and under forced colours, and the chart's main bar switching to
// CanvasText under `@media (forced-colors: active)`.
//
// Forced colours are emulated with `emulateMedia({ forcedColors: 'active' })` where the launcher
// can; whether it took effect is read from `matchMedia`, never assumed. Where it cannot, the audit
// runs without emulation, and the bar check applies the stylesheet's own forced-colours rules
// without their @media condition, so the rules themselves are still tested. Each case logs which.

import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/power-equivalence/power-equivalence.js';
import '../../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import '../../src/components/training-time/training-time.js';
import '../../src/components/carbon-footprint/carbon-footprint.js';
import '../../src/components/cluster-compare/cluster-compare.js';
import type { LitElement } from 'lit';
import { mount, mountIn } from '../helpers/fixture.js';
import { expectNoBadText, has, shadow } from '../helpers/shadow.js';

const TAGS = ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint', 'cluster-compare'] as const;
const DARK_PAGE = 'background: #111827; color: #f3f4f6; padding: 8px';
const MAIN_RECT = 'svg[role=img] g.bar.main rect';

const engine = () => navigator.userAgent.match(/Firefox|Chrome|Safari/)?.[0] ?? navigator.userAgent;
const forcedColorsActive = () => matchMedia('(forced-colors: active)').matches;

/** Why `emulateMedia` rejected, once it has: the launcher cannot emulate, so it is not asked again. */
let rejected: string | undefined;
/** Whether the runner accepted an emulation request that `afterEach` must undo. */
let asked = false;

/**
 * Asks the runner to emulate forced colours; returns how that went, as a note. Never throws: a
 * launcher without the command (WebDriver) rejects, one that ignores the option (Puppeteer) resolves
 * without effect, so the media query is what decides.
 */
async function emulateForcedColors(): Promise<{ active: boolean; note: string }> {
  let error = rejected ?? '';
  if (rejected === undefined) {
    try {
      await emulateMedia({ forcedColors: 'active' });
      asked = true;
    } catch (e) {
      error = String(e instanceof Error ? e.message : e).split('\n')[0];
      rejected = error;
    }
  }
  const active = forcedColorsActive();
  const note = active ? 'emulated (forced-colors: active matches)'
    : error ? `not emulated: emulateMedia rejected (${error})`
      : 'not emulated: emulateMedia resolved but (forced-colors: active) does not match';
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
    // Reset after every test that asked for emulation, even after a failure.
    if (!asked) return;
    asked = false;
    try {
      await emulateMedia({ forcedColors: 'none' });
    } catch {
      // Nothing to undo where the launcher cannot emulate.
    }
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      describe('accessibility', () => {
        it('passes the axe audit with theme="light"', async () => {
          const el = await mount<LitElement>(tag, { theme: 'light' });
          expectNoBadText(el);
          await expect(el).to.be.accessible();
        });

        it('passes the axe audit with theme="dark" on a dark page', async () => {
          const el = await mountIn<LitElement>(tag, DARK_PAGE, { theme: 'dark' });
          expectNoBadText(el);
          await expect(el).to.be.accessible();
        });

        it('passes the axe audit under forced colours (emulated where the launcher can)', async () => {
          const { note } = await emulateForcedColors();
          console.log(`[forced-colors] ${engine()} <${tag}> axe: ${note}`);
          const el = await mount<LitElement>(tag, { theme: 'light' });
          expectNoBadText(el);
          await expect(el).to.be.accessible();
        });
      });

      describe('forced colours', () => {
        it('the main bar is filled with CanvasText, not the light theme accent', async () => {
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
