// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// English words of <cluster-compare>; the element registers them when it loads.

import type { Messages } from './types.js';

export const enCompare = {
  'expect.entryName': 'a name for the row, such as “Our lab”',
  'expect.claimMetric': 'a claim in the chart’s measure ({metric}): a GPU count with metric “gpus” or “h100e”, a power with “power”, an amount of money with “cost”',
  'expect.claimCompare': 'a size such as “over 100,000 GPUs”, or a rank such as “bigger than anything reported”',
  'compare.heading': 'How does it rank?',
  'compare.rankBy': 'Rank by',
  'compare.metric.gpus': 'GPUs',
  'compare.metric.h100e': 'H100-equivalents',
  'compare.metric.power': 'average power',
  'compare.metric.cost': 'cost of the chips',
  'compare.summary': '{a} ({va}) is {ratio} times {b} ({vb}), by {metric}.',
  'compare.summaryOne': '{a}: {va}, by {metric}.',
  'compare.summaryNone': 'None of these clusters has a sourced figure for its {metric}.',
  'compare.sub': '{count} clusters by {metric}; those not yet running are drawn as outlines.',
  'compare.status.operational': 'operational',
  'compare.status.construction': 'under construction',
  'compare.status.announced': 'announced',
  'compare.status.planned': 'planned',
  'compare.custom': 'added by the author',
  'compare.noValue': 'no sourced figure',
  'compare.rankTrue': 'The claim “{claim}” holds among these clusters: {a} is the largest in operation ({va}).',
  'compare.rankTie': 'The claim “{claim}” is not borne out by these figures: {b} is as large ({vb}).',
  'compare.rankFalse': 'The claim “{claim}” does not hold among these clusters: {b} is bigger ({vb} against {va}).',
  'compare.a.row': '{name} ({status})',
} satisfies Messages;
