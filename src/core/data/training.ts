// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Figures only <training-time> needs, versioned like the shared set and kept apart from it so the
// single-file bundle carries them only with that element. Never edit a published version.

import { range } from '../range.js';
import type { Figure, Source } from './types.js';
import { byVersion } from './version.js';

/** A known training run to place an estimate against. */
export interface Run {
  readonly id: string;
  readonly name: string;
  /** Training compute, FLOP. */
  readonly flops: import('../range.js').Range;
  readonly gpus: number;
  readonly gpu: string;
  /** Wall-clock days of training. */
  readonly days: import('../range.js').Range;
  readonly source: Source;
}

export interface TrainingFigures {
  readonly version: string;
  /** Model FLOPs utilization of large training runs. */
  readonly mfu: Figure<import('../range.js').Range>;
  /** Compute-optimal training tokens per parameter (Chinchilla). */
  readonly tokensPerParam: Figure<number>;
  /** Known runs; the first is the default run of a bare tag. */
  readonly runs: readonly Run[];
}

const fig = <T>(value: T, unit: string, source: Source) => ({ value, unit, source });

export const trainingFigureSets: readonly TrainingFigures[] = [{
  version: '2026-11',
    mfu: fig(range(0.35, 0.43, 0.4), 'of peak', {
      title: 'The Llama 3 Herd of Models (arXiv:2407.21783), table 4', publisher: 'Meta', url: 'https://arxiv.org/abs/2407.21783',
      year: 2024, status: 'secondary',
      note: '38–43% BF16 MFU on 8,192–16,384 H100; about 35% over the whole 405B run with restarts (3.8e25 FLOP in 30.84M GPU-hours).',
    }),
    tokensPerParam: fig(20, 'tokens/parameter', {
      title: 'Training Compute-Optimal Large Language Models (arXiv:2203.15556)', publisher: 'Hoffmann et al., DeepMind',
      url: 'https://arxiv.org/abs/2203.15556', year: 2022, status: 'secondary',
    }),
    runs: [
      {
        id: 'llama-3.1-405b', name: 'Llama 3.1 405B', flops: range(3.8e25), gpus: 16_384, gpu: 'h100-sxm', days: range(78.4),
        source: {
          title: 'Llama 3.1 model card: 30.84M H100 GPU-hours; The Llama 3 Herd of Models: 3.8e25 FLOP on up to 16,384 H100',
          publisher: 'Meta', url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md', year: 2024,
          status: 'derived', note: '30.84M GPU-hours ÷ 16,384 GPUs ÷ 24 = 78 days.',
        },
      },
      {
        id: 'gpt-4', name: 'GPT-4 (estimate)', flops: range(2e25, 2.15e25), gpus: 25_000, gpu: 'a100', days: range(90, 100),
        source: {
          title: 'GPT-4 architecture, infrastructure, training dataset, costs', publisher: 'SemiAnalysis (estimate; OpenAI has not confirmed)',
          url: 'https://www.semianalysis.com/p/gpt-4-architecture-infrastructure', year: 2023, status: 'estimate',
          note: 'About 25,000 A100 for 90–100 days; a later SemiAnalysis piece says about 20,000.',
        },
      },
    ],
}];

/** The training figures in force for a figure-set version. */
export const trainingFigures = (version: string): TrainingFigures => byVersion(trainingFigureSets, version);
