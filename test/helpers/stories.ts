// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Every story of every element, rendered and audited with axe in one mode: as written, in the dark
// theme, or under forced colours. One test file per mode, so each stays well within the runner's
// per-file time limit (axe takes seconds per story in Firefox).
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import * as carbon from '../../stories/carbon-footprint.stories.js';
import * as compare from '../../stories/cluster-compare.stories.js';
import * as cost from '../../stories/gpu-cluster-cost.stories.js';
import * as inference from '../../stories/inference-energy.stories.js';
import * as power from '../../stories/power-equivalence.stories.js';
import * as training from '../../stories/training-time.stories.js';
import { painted } from './shadow.js';

interface StoryModule {
  default: { title: string; render: (args: never) => TemplateResult };
  [name: string]: unknown;
}

const modules = [power, cost, training, carbon, compare, inference] as unknown as StoryModule[];

/** What the runner's `forced-colors` command answers (web-test-runner.config.mjs). */
interface ForcedColorsReply {
  readonly emulated: boolean;
  readonly reason?: string;
}

const forcedColorsActive = () => matchMedia('(forced-colors: active)').matches;
/** Chromium and Firefox emulate forced colours for real; WebKitGTK has no way (see test/lifecycle/forced-colors.test.ts). */
const CAN_FORCE = /(Chrome|Firefox)\//.test(navigator.userAgent);

async function forcedColors(active: boolean): Promise<void> {
  await executeServerCommand<ForcedColorsReply, { active: boolean }>('forced-colors', { active });
  // Firefox applies a tab's override a moment after it is set.
  for (let i = 0; i < 200 && forcedColorsActive() !== active; i++) await new Promise((r) => setTimeout(r, 10));
  expect(forcedColorsActive(), `(forced-colors: active) ${active ? 'matches' : 'no longer matches'}`).to.equal(active);
}

export type Mode = 'as written' | 'dark' | 'forced colours';

async function renderStory(mod: StoryModule, args: object, mode: Mode): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const themed = mode === 'dark' ? { ...args, theme: 'dark' } : args;
  const dark = (themed as { theme?: string }).theme === 'dark';
  const wrapper = await fixture<HTMLDivElement>(
    mod.default.render(themed as never),
    { parentNode: Object.assign(document.createElement('div'), { style: dark ? 'background:#111827;color:#f3f4f6' : '' }) },
  );
  const el = wrapper as unknown as HTMLElement & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[part=headline]')!.textContent!.trim()).to.not.equal('');
  // Let a chart re-laid out at the measured width settle before the audit.
  await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

/** Registers one test per story in `mode`. */
export function describeStories(mode: Mode): void {
  for (const mod of modules) {
    describe(`stories: ${mod.default.title} (${mode})`, function () {
      // An axe audit is a time limit, not a timing: 10 s ran out once in Chrome with the machine
      // at load 15 (several test runs side by side); the audit itself passed on the rerun.
      this.timeout(30_000);
      for (const [name, story] of Object.entries(mod)) {
        if (name === 'default') continue;
        const args = (story as { args: object }).args;
        if (mode === 'forced colours') {
          it(`${name} passes axe under forced colours${CAN_FORCE ? '' : ' (skipped: this engine cannot emulate them)'}`, async function () {
            if (!CAN_FORCE) this.skip();
            await forcedColors(true);
            try {
              // Colour contrast is the reader's own palette here. Chromium also keeps reporting the
              // author's -webkit-text-fill-color, which axe reads, while it paints the system colour.
              const el = await renderStory(mod, args, mode);
              await expect(painted(el)).to.be.accessible({ ignoredRules: ['color-contrast'] });
              // What forced colours change: the bars must be drawn in the reader's text colour.
              const svg = el.shadowRoot!.querySelector('svg[role=img]')!;
              const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
              probe.setAttribute('style', 'fill: CanvasText');
              svg.append(probe);
              const canvasText = getComputedStyle(probe).fill;
              probe.remove();
              for (const bar of svg.querySelectorAll('g.bar.main rect, g.bar.reference rect')) {
                expect(getComputedStyle(bar).fill, `${name}: bar colour under forced colours`).to.equal(canvasText);
              }
            } finally {
              await forcedColors(false);
            }
          });
        } else {
          it(`${name} renders and passes axe${mode === 'dark' ? ' with theme="dark" on a dark page' : ''}`, async () => {
            await expect(painted(await renderStory(mod, args, mode))).to.be.accessible();
          });
        }
      }
    });
  }
}
