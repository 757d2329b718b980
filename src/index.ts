// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Registers the elements of the single-file bundle (dist/compute-calc.js). <training-time> and
// <carbon-footprint> are published as their own entry points (`compute-calc/training-time.js`,
// `compute-calc/carbon-footprint.js`) until the bundle's 30 KB gzip budget can hold them: with
// both inside, dist/compute-calc.js measured 35.4 KB gzipped.
// Import `compute-calc/core` for the estimation functions alone.
export * from './components/power-equivalence/power-equivalence.js';
export { EstimateChangeEvent } from './events/estimate-change.js';
export { addCatalog } from './core/messages/index.js';
export * from './components/gpu-cluster-cost/gpu-cluster-cost.js';
