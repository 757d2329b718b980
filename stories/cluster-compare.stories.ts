// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Storybook Component Story Format: plain objects and functions, no Storybook import needed.
import { html, nothing } from 'lit';
import '../src/components/cluster-compare/cluster-compare.js';

export interface ClusterCompareArgs {
  clusters?: string;
  metric?: string;
  highlight?: string;
  sort?: string;
  claim?: string;
  heading?: string;
  locale?: string;
  theme?: string;
  asOf?: string;
  /** A custom row, as `<cluster-entry>` attributes. */
  entry?: { name: string; gpus: string; gpu?: string; status?: string };
}

const a = (v: string | undefined) => v ?? nothing;

export default {
  title: 'Calculators/cluster-compare',
  component: 'cluster-compare',
  render: (args: ClusterCompareArgs) => html`<cluster-compare
    clusters=${a(args.clusters)} metric=${a(args.metric)} highlight=${a(args.highlight)} sort=${a(args.sort)}
    claim=${a(args.claim)} heading=${a(args.heading)} locale=${a(args.locale)} theme=${a(args.theme)} as-of=${a(args.asOf)}
  >${args.entry ? html`<cluster-entry name=${args.entry.name} gpus=${args.entry.gpus} gpu=${a(args.entry.gpu)} status=${a(args.entry.status)}></cluster-entry>` : nothing}</cluster-compare>`,
  argTypes: {
    metric: { control: 'inline-radio', options: ['gpus', 'h100e', 'power', 'cost'] },
    sort: { control: 'inline-radio', options: ['desc', 'asc', 'none'] },
    locale: { control: 'select', options: ['en', 'de', 'fr', 'es'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};

/** A bare tag: the seed story's clusters, by GPU count. */
export const SeedSet = { args: {} };

/** "Bigger than anything reported", checked by H100-equivalents. */
export const RankClaim = { args: { metric: 'h100e', claim: 'bigger than anything reported' } };

/** The author's own cluster, planned. */
export const OurLab = { args: { entry: { name: 'Our lab', gpus: '2048', gpu: 'h200', status: 'planned' } } };

/** By average power, in the dark theme. */
export const PowerDark = { args: { metric: 'power', theme: 'dark' } };
