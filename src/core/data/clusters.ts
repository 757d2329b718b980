// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Notable AI clusters, for <cluster-compare>; versioned like the shared figures and kept apart
// from them so the single-file bundle carries them only with that element. Never edit a
// published version.

import type { Source } from './types.js';
import { byVersion } from './version.js';

export type ClusterStatus = 'operational' | 'announced' | 'planned';

/** A cluster: accelerators by model, or (for a mixed fleet given only in H100-equivalents) `h100e`. */
export interface Cluster {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly status: ClusterStatus;
  /** Year and month the figure was reported, `YYYY-MM`. */
  readonly date: string;
  readonly parts: ReadonlyArray<{ readonly gpu: string; readonly count: number }>;
  /** H100-equivalents as the owner states them, for fleets with no published split. */
  readonly h100e?: number;
  readonly source: Source;
  readonly note?: string;
}

export interface ClusterFigures {
  readonly version: string;
  readonly clusters: readonly Cluster[];
  /** The set a bare <cluster-compare> shows: the seed story's. */
  readonly seedSet: readonly string[];
}

const metaGenAi: Source = {
  title: 'Building Meta\'s GenAI Infrastructure', publisher: 'Engineering at Meta',
  url: 'https://engineering.fb.com/2024/03/12/data-center-engineering/building-metas-genai-infrastructure/',
  year: 2024, status: 'secondary',
};

const colossus: Source = {
  title: 'NVIDIA Ethernet Networking Accelerates World\'s Largest AI Supercomputer, Built by xAI',
  publisher: 'NVIDIA press release, as published by VMblog',
  url: 'https://vmblog.com/archive/2024/10/28/nvidia-ethernet-networking-accelerates-world-s-largest-ai-supercomputer-built-by-xai.aspx',
  year: 2024, status: 'secondary',
};

export const clusterFigureSets: readonly ClusterFigures[] = [{
  version: '2026-11',
  clusters: [
    {
      id: 'meta-llama3-roce', name: 'Meta GenAI cluster (RoCE)', owner: 'Meta', status: 'operational', date: '2024-03',
      parts: [{ gpu: 'h100-sxm', count: 24_576 }], source: metaGenAi, note: 'One of two 24,576-GPU clusters used for Llama 3.',
    },
    {
      id: 'meta-llama3-ib', name: 'Meta GenAI cluster (InfiniBand)', owner: 'Meta', status: 'operational', date: '2024-03',
      parts: [{ gpu: 'h100-sxm', count: 24_576 }], source: metaGenAi,
    },
    {
      id: 'meta-llama4', name: 'Meta Llama 4 cluster', owner: 'Meta', status: 'operational', date: '2024-10',
      parts: [{ gpu: 'h100-sxm', count: 100_000 }],
      source: {
        title: 'Meta is using more than 100,000 Nvidia H100 AI GPUs to train Llama-4 (Zuckerberg, Q3 2024 earnings call)',
        publisher: 'Tom\'s Hardware',
        url: 'https://www.tomshardware.com/tech-industry/artificial-intelligence/meta-is-using-more-than-100-000-nvidia-h100-ai-gpus-to-train-llama-4-mark-zuckerberg-says-that-llama-4-is-being-trained-on-a-cluster-bigger-than-anything-that-ive-seen',
        year: 2024, status: 'secondary',
      },
      note: '"Bigger than 100,000 H100s": 100,000 is a lower bound.',
    },
    {
      id: 'xai-colossus', name: 'xAI Colossus', owner: 'xAI', status: 'operational', date: '2024-10',
      parts: [{ gpu: 'h100-sxm', count: 100_000 }], source: colossus, note: '100,000 Hopper GPUs, built in 122 days.',
    },
    {
      id: 'xai-colossus-200k', name: 'xAI Colossus, doubled', owner: 'xAI', status: 'announced', date: '2024-10',
      parts: [{ gpu: 'h100-sxm', count: 150_000 }, { gpu: 'h200', count: 50_000 }], source: colossus,
      note: '"A combined total of 200,000 NVIDIA Hopper GPUs"; the split of 50,000 H100 and 50,000 H200 added is a press estimate.',
    },
    {
      id: 'meta-2024-h100', name: 'Meta\'s end-2024 H100 fleet', owner: 'Meta', status: 'planned', date: '2024-03',
      parts: [{ gpu: 'h100-sxm', count: 350_000 }], source: metaGenAi,
      note: 'Target for the end of 2024, across all of Meta\'s infrastructure, not one cluster.',
    },
    {
      id: 'meta-2024-h100e', name: 'Meta\'s end-2024 compute, in H100-equivalents', owner: 'Meta', status: 'planned', date: '2024-03',
      parts: [], h100e: 600_000, source: metaGenAi,
      note: '"A portfolio that will feature compute power equivalent to nearly 600,000 H100s"; no split by accelerator.',
    },
  ],
  seedSet: ['meta-llama3-roce', 'meta-llama4', 'xai-colossus', 'xai-colossus-200k', 'meta-2024-h100e'],
}];

/** The cluster figures in force for a figure-set version. */
export const clusterFigures = (version: string): ClusterFigures => byVersion(clusterFigureSets, version);
