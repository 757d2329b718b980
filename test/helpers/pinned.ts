// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The core's estimate and attribute readers pinned to figures 2026-11, for the tests that
// hand-check that set's numbers: a published set never changes, so neither do these tests. Input
// given by a test wins (a test of `as-of` still passes its own). Figures 2026-12 has its own tests.

import * as carbon from '../../src/core/carbon.js';
import * as compare from '../../src/core/compare.js';
import * as cost from '../../src/core/cost.js';
import { figures as nov } from '../../src/core/data/2026-11.js';
import type { FigureSet } from '../../src/core/data/index.js';
import type { Attributes } from '../../src/core/inputs.js';
import * as power from '../../src/core/power.js';
import * as training from '../../src/core/training.js';

export { nov };

const pin = <I extends { readonly figures?: FigureSet }, R>(fn: (input?: I) => R) =>
  (input?: I): R => fn({ figures: nov, ...input } as I);
const pinAttrs = <R>(fn: (attrs: Attributes) => R) =>
  (attrs: Attributes): R => fn({ 'as-of': '2026-11', ...attrs });

export const estimatePower = pin(power.estimatePower);
export const estimateCarbon = pin(carbon.estimateCarbon);
export const estimateClusterCost = pin(cost.estimateClusterCost);
export const estimateTraining = pin(training.estimateTraining);
export const compareClusters = pin(compare.compareClusters);
export const readPowerAttributes = pinAttrs(power.readPowerAttributes);
export const readCarbonAttributes = pinAttrs(carbon.readCarbonAttributes);
export const readCostAttributes = pinAttrs(cost.readCostAttributes);
export const readTrainingAttributes = pinAttrs(training.readTrainingAttributes);
export const readCompareAttributes = pinAttrs(compare.readCompareAttributes);
