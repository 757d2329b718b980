// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Storybook Component Story Format: plain objects and functions, no Storybook import needed.
import { html, nothing } from 'lit';
import '../src/components/gpu-cluster-cost/gpu-cluster-cost.js';

export interface GpuClusterCostArgs {
  gpus?: string;
  gpu?: string;
  price?: string;
  scope?: string;
  years?: string;
  electricityPrice?: string;
  region?: string;
  currency?: string;
  exchangeRate?: string;
  claim?: string;
  heading?: string;
  locale?: string;
  theme?: string;
  asOf?: string;
  interactive?: boolean;
}

const a = (v: string | undefined) => v ?? nothing;

export default {
  title: 'Calculators/gpu-cluster-cost',
  component: 'gpu-cluster-cost',
  render: (args: GpuClusterCostArgs) => html`<gpu-cluster-cost
    gpus=${a(args.gpus)} gpu=${a(args.gpu)} price=${a(args.price)} scope=${a(args.scope)} years=${a(args.years)}
    electricity-price=${a(args.electricityPrice)} region=${a(args.region)} currency=${a(args.currency)}
    exchange-rate=${a(args.exchangeRate)} claim=${a(args.claim)} heading=${a(args.heading)} locale=${a(args.locale)}
    theme=${a(args.theme)} as-of=${a(args.asOf)} ?interactive=${args.interactive ?? false}
  ></gpu-cluster-cost>`,
  argTypes: {
    gpu: { control: 'select', options: ['a100', 'h100-sxm', 'h100-pcie', 'h200', 'b200', 'gb200', 'mi300x', 'mi325x', 'gaudi-3'] },
    scope: { control: 'inline-radio', options: ['chips', 'servers', 'cluster'] },
    locale: { control: 'select', options: ['en', 'de', 'fr', 'es'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    interactive: { control: 'boolean' },
  },
};

/** A bare tag: 100,000 H100 SXM, chips only, at the sourced $25k–$40k. */
export const SeedChips = { args: {} };

/** The seed story's "over $2 billion", checked against the whole cluster run for four years. */
export const ClusterFourYears = { args: { scope: 'cluster', years: '4', claim: 'over $2 billion', interactive: true } };

/** A claim that is too low. */
export const TooLowClaim = { args: { claim: 'about $500 million' } };

/** Euros for a German newsroom, with an author-given exchange rate. */
export const EuroGerman = { args: { gpus: '200k', gpu: 'b200', currency: 'EUR', exchangeRate: '0.92', locale: 'de' } };

/** No sourced price for the A100: the element asks for one; running cost still shows. */
export const PriceNeeded = { args: { gpu: 'a100', years: '3' } };

/** Dark theme. */
export const Dark = { args: { scope: 'servers', theme: 'dark' } };
