// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Storybook Component Story Format: plain objects and functions, no Storybook import needed.
import { html, nothing } from 'lit';
import '../src/components/power-equivalence/power-equivalence.js';

export interface PowerEquivalenceArgs {
  energy?: string;
  power?: string;
  gpus?: string;
  gpu?: string;
  utilization?: string;
  overhead?: string;
  pue?: string;
  hours?: string;
  region?: string;
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
  title: 'Calculators/power-equivalence',
  component: 'power-equivalence',
  render: (args: PowerEquivalenceArgs) => html`<power-equivalence
    energy=${a(args.energy)} power=${a(args.power)} gpus=${a(args.gpus)} gpu=${a(args.gpu)}
    utilization=${a(args.utilization)} overhead=${a(args.overhead)} pue=${a(args.pue)} hours=${a(args.hours)}
    region=${a(args.region)} compare=${a(args.compare)} claim=${a(args.claim)} heading=${a(args.heading)}
    locale=${a(args.locale)} theme=${a(args.theme)} as-of=${a(args.asOf)} ?interactive=${args.interactive ?? false}
  ></power-equivalence>`,
  argTypes: {
    gpu: { control: 'select', options: ['a100', 'h100-sxm', 'h100-pcie', 'h200', 'b200', 'gb200', 'mi300x', 'mi325x', 'gaudi-3'] },
    region: { control: 'select', options: ['us', 'uk', 'eu', 'de', 'jp', 'cn', 'world'] },
    locale: { control: 'select', options: ['en', 'de', 'fr', 'es'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    interactive: { control: 'boolean' },
  },
};

/** A bare tag: the seed story's 100,000 H100 cluster with sourced default assumptions. */
export const SeedCluster = { args: {} };

/** The seed story's household claim, about 1,000 times too high. */
export const HouseholdsClaim = { args: { energy: '370 GWh', claim: 'over 34 million households' } };

/** The seed story's energy claim against the full cluster, with the implied utilization. */
export const EnergyClaim = { args: { claim: 'at least 370 GWh', interactive: true } };

/** A power draw in the UK, compared with homes and reactors, in the dark theme. */
export const PowerDark = { args: { power: '150 MW', region: 'uk', compare: 'homes,reactors', theme: 'dark' } };

/** German formatting. */
export const German = { args: { gpus: '200000', gpu: 'b200', region: 'de', locale: 'de' } };

/** The household claim in French words, read and answered in French. */
export const French = { args: { energy: '370 GWh', claim: 'plus de 34 millions de foyers', locale: 'fr' } };

/** A Spanish cluster with a decimal comma and a claim in Spanish words. */
export const Spanish = { args: { energy: '1,5 TWh', region: 'eu', claim: 'más de 100.000 hogares', locale: 'es' } };

/** Invalid attributes: inline messages, the rest from defaults. */
export const InvalidInput = { args: { gpus: '-5', pue: '0.8', gpu: 'tpu-v9' } };
