// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Storybook Component Story Format: plain objects and functions, no Storybook import needed.
import { html, nothing } from 'lit';
import '../src/components/training-time/training-time.js';

export interface TrainingTimeArgs {
  flops?: string;
  params?: string;
  tokens?: string;
  gpus?: string;
  gpu?: string;
  precision?: string;
  mfu?: string;
  claim?: string;
  heading?: string;
  locale?: string;
  theme?: string;
  asOf?: string;
  interactive?: boolean;
}

const a = (v: string | undefined) => v ?? nothing;

export default {
  title: 'Calculators/training-time',
  component: 'training-time',
  render: (args: TrainingTimeArgs) => html`<training-time
    flops=${a(args.flops)} params=${a(args.params)} tokens=${a(args.tokens)} gpus=${a(args.gpus)} gpu=${a(args.gpu)}
    precision=${a(args.precision)} mfu=${a(args.mfu)} claim=${a(args.claim)} heading=${a(args.heading)}
    locale=${a(args.locale)} theme=${a(args.theme)} as-of=${a(args.asOf)} ?interactive=${args.interactive ?? false}
  ></training-time>`,
  argTypes: {
    precision: { control: 'inline-radio', options: ['bf16', 'fp8'] },
    locale: { control: 'select', options: ['en', 'de', 'fr', 'es'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    interactive: { control: 'boolean' },
  },
};

/** A bare tag: Llama 3.1 405B's compute on the seed story's 100,000 H100. */
export const SeedCluster = { args: {} };

/** Llama 3.1 405B as trained: 405B parameters, 15.6T tokens, 16,384 H100 at 40% MFU. */
export const Llama31 = { args: { params: '405B', tokens: '15.6T', gpus: '16384', mfu: '0.4', claim: 'about 70 days', interactive: true } };

/** FP8 halves the time at the same MFU. */
export const Fp8 = { args: { flops: '5.2e25', gpus: '32k', precision: 'fp8', mfu: '20%' } };

/** Dark theme. */
export const Dark = { args: { theme: 'dark' } };
