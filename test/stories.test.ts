// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Renders every story of every element and audits it with axe, so stories stay working examples.
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as carbon from '../stories/carbon-footprint.stories.js';
import * as compare from '../stories/cluster-compare.stories.js';
import * as cost from '../stories/gpu-cluster-cost.stories.js';
import * as power from '../stories/power-equivalence.stories.js';
import * as training from '../stories/training-time.stories.js';

interface StoryModule {
  default: { title: string; render: (args: never) => TemplateResult };
  [name: string]: unknown;
}

const modules = [power, cost, training, carbon, compare] as unknown as StoryModule[];

for (const mod of modules) {
  describe(`stories: ${mod.default.title}`, () => {
    for (const [name, story] of Object.entries(mod)) {
      if (name === 'default') continue;
      it(`${name} renders and passes axe`, async () => {
        const args = (story as { args: object }).args;
        const dark = (args as { theme?: string }).theme === 'dark';
        const wrapper = await fixture<HTMLDivElement>(
          mod.default.render(args as never),
          { parentNode: Object.assign(document.createElement('div'), { style: dark ? 'background:#111827;color:#f3f4f6' : '' }) },
        );
        const el = wrapper as unknown as HTMLElement & { updateComplete: Promise<boolean> };
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part=headline]')!.textContent!.trim()).to.not.equal('');
        // Let a chart re-laid out at the measured width settle before the audit.
        await new Promise((r) => setTimeout(r, 20));
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  });
}
