// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Storybook Component Story Format: plain objects and functions, no Storybook import needed.
import { html, nothing } from 'lit';
import '../src/components/carbon-footprint/carbon-footprint.js';

export interface CarbonFootprintArgs {
  energy?: string;
  power?: string;
  gpus?: string;
  gpu?: string;
  grid?: string;
  basis?: string;
  compare?: string;
  claim?: string;
  heading?: string;
  locale?: string;
  theme?: string;
  asOf?: string;
  interactive?: boolean;
}

const a = (v: string | undefined) => v ?? nothing;

export default {
  title: 'Calculators/carbon-footprint',
  component: 'carbon-footprint',
  render: (args: CarbonFootprintArgs) => html`<carbon-footprint
    energy=${a(args.energy)} power=${a(args.power)} gpus=${a(args.gpus)} gpu=${a(args.gpu)} grid=${a(args.grid)}
    basis=${a(args.basis)} compare=${a(args.compare)} claim=${a(args.claim)} heading=${a(args.heading)}
    locale=${a(args.locale)} theme=${a(args.theme)} as-of=${a(args.asOf)} ?interactive=${args.interactive ?? false}
  ></carbon-footprint>`,
  argTypes: {
    grid: { control: 'select', options: ['us', 'de', 'cn', 'world'] },
    basis: { control: 'inline-radio', options: ['average', 'marginal'] },
    locale: { control: 'select', options: ['en', 'de', 'fr', 'es'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    interactive: { control: 'boolean' },
  },
};

/** A bare tag: the seed cluster's electricity on the average US grid. */
export const SeedCluster = { args: {} };

/** The seed story's 370 GWh: about 142,000 tonnes on the US grid (Ember 2024, life-cycle 384 g/kWh). */
export const SeedEnergy = { args: { energy: '370 GWh', claim: 'about 142,000 tonnes' } };

/** An author-given intensity. */
export const GivenIntensity = { args: { energy: '1000 MWh', grid: '500 g/kWh' } };

/** The marginal rate, for added demand. */
export const Marginal = { args: { basis: 'marginal', interactive: true } };

/** Germany's grid in the dark theme. */
export const GermanyDark = { args: { gpus: '50k', gpu: 'b200', grid: 'de', theme: 'dark' } };
