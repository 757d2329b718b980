// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// English words of <training-time>; the element registers them when it loads.

import type { Messages } from './types.js';

export const enTraining = {
  'expect.params': 'a parameter count such as “405B” to go with “tokens”',
  'expect.tokens': 'a token count such as “15.6T” to go with “params”',
  'expect.flopsOrParams': 'either “flops” or “params” with “tokens”, not both',
  'expect.precision': 'a precision the {gpu} has a published peak for: bf16',
  'expect.claimTraining': 'a duration, GPU-hours, energy or compute, such as “about 90 days” or “30 million GPU-hours”',
  'train.heading': 'How long does that training run take?',
  'train.days': { one: '# day', other: '# days' },
  'train.summary': '{flops} of training compute on {gpus} {gpu} at {mfu} utilization takes about {days}: {gpuHours} GPU-hours and {energy} of electricity.',
  'train.sub': '{gpuHours} GPU-hours, {energy} of electricity.',
  'train.chinchilla': '{ratio} tokens per parameter: about {factor} times the compute-optimal ~20 (Chinchilla). That is a choice, not an error: smaller models trained longer are cheaper to run.',
  'train.chinchillaUnder': '{ratio} tokens per parameter: fewer than the compute-optimal ~20 (Chinchilla).',
  'train.runLabel': '{name}, {gpus} {gpu}',
  'train.a.flops': 'Training compute',
  'train.a.gpus': 'Accelerators',
  'train.a.peak': 'Dense peak per accelerator',
  'train.a.mfu': 'Model FLOPs utilization (MFU)',
} satisfies Messages;
