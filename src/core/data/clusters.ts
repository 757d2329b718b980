// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Notable AI clusters, for <cluster-compare>; versioned like the shared figures and kept apart
// from them so the single-file bundle carries them only with that element. Never edit a
// published version.

import type { Source } from './types.js';
import { byVersion } from './version.js';

/** Running, being built (`construction`), announced, or planned. */
export type ClusterStatus = 'operational' | 'construction' | 'announced' | 'planned';

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
  /** Site power as reported (capacity, W), for sites described only in gigawatts; compared by power. */
  readonly powerW?: number;
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

const nov: ClusterFigures = {
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
};

const metaTitans: Source = {
  title: 'Zuckerberg: Prometheus (1 GW, 2026) and Hyperion (up to 5 GW)',
  publisher: 'Capacity Media',
  url: 'https://capacityglobal.com/news/article-zuckerberg-meta-ai-data-centres/',
  year: 2025, status: 'secondary',
};
const siteNote = 'Site power as reported, not an average draw.';

const DEC_NAMES: Readonly<Record<string, string>> = { 'meta-2024-h100': 'Meta 2024 (H100)', 'meta-2024-h100e': 'Meta 2024 (H100e)' };

// 2026-12: Colossus at 200,000 running; gigawatt campuses, compared by power.
const dec: ClusterFigures = {
  version: '2026-12',
  clusters: [
    // Names without English words, since every language shows them (2026-11 keeps its own).
    ...nov.clusters.filter((c) => c.id !== 'xai-colossus-200k').map((c) => (DEC_NAMES[c.id] ? { ...c, name: DEC_NAMES[c.id]! } : c)),
    {
      id: 'xai-colossus-200k', name: 'xAI Colossus (2025)', owner: 'xAI', status: 'operational', date: '2025-02',
      parts: [{ gpu: 'h100-sxm', count: 150_000 }, { gpu: 'h200', count: 50_000 }],
      source: {
        title: 'xAI Grok 3: Colossus at 200,000 GPUs (February 2025)', publisher: 'Siyaz',
        url: 'https://siyaz.com.tr/en/blog/xai-grok-3-colossus-supercomputer', year: 2025, status: 'secondary',
      },
      note: nov.clusters.find((c) => c.id === 'xai-colossus-200k')!.note!,
    },
    {
      id: 'meta-prometheus', name: 'Meta Prometheus (New Albany, Ohio)', owner: 'Meta', status: 'construction', date: '2025-07',
      parts: [], powerW: 1e9, source: metaTitans, note: `About 1 GW, coming online in 2026. ${siteNote}`,
    },
    {
      id: 'meta-hyperion', name: 'Meta Hyperion (Louisiana)', owner: 'Meta', status: 'construction', date: '2025-07',
      parts: [], powerW: 5e9, source: metaTitans, note: `Up to 5 GW over several years. ${siteNote}`,
    },
    {
      id: 'stargate-abilene', name: 'OpenAI/Oracle Stargate, Abilene', owner: 'OpenAI, Oracle', status: 'construction', date: '2025-05',
      parts: [], powerW: 1.2e9,
      source: {
        title: 'Oracle orders 400,000 Nvidia chips for Stargate (up to 1.2 GW)', publisher: 'TechSpot',
        url: 'https://www.techspot.com/news/108047-oracle-orders-400000-nvidia-chips-power-massive-stargate.html', year: 2025, status: 'secondary',
      },
      note: `Up to 1.2 GW; first buildings running in 2025. ${siteNote}`,
    },
    {
      id: 'microsoft-fairwater', name: 'Microsoft Fairwater (Mount Pleasant, Wisconsin)', owner: 'Microsoft', status: 'construction', date: '2025-09',
      parts: [],
      source: {
        title: 'Microsoft unveils Fairwater ("hundreds of thousands" of GB200)', publisher: 'Techzine',
        url: 'https://www.techzine.eu/news/infrastructure/134747/microsoft-unveils-worlds-most-powerful-ai-datacenter', year: 2025, status: 'secondary',
      },
      note: 'Neither a GPU count nor a site power is published.',
    },
    {
      id: 'amazon-rainier', name: 'Amazon Project Rainier', owner: 'Amazon', status: 'operational', date: '2025-10',
      parts: [{ gpu: 'trainium2', count: 500_000 }],
      source: {
        title: 'AWS launches Project Rainier (nearly 500,000 Trainium2)', publisher: 'CloudNews',
        url: 'https://cloudnews.tech/aws-launches-project-rainier-one-of-the-worlds-largest-ai-brains', year: 2025, status: 'secondary',
      },
      note: 'Across several US sites.',
    },
  ],
  seedSet: nov.seedSet,
};

export const clusterFigureSets: readonly ClusterFigures[] = [nov, dec];

/** The cluster figures in force for a figure-set version. */
export const clusterFigures = (version: string): ClusterFigures => byVersion(clusterFigureSets, version);
