// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Registers every calculator: this is the entry of dist/compute-calc.js, the one file a site hosts.
// Import `compute-calc/core` for the estimation functions alone.
export * from './components/power-equivalence/power-equivalence.js';
export * from './components/gpu-cluster-cost/gpu-cluster-cost.js';
export * from './components/training-time/training-time.js';
export * from './components/carbon-footprint/carbon-footprint.js';
export * from './components/cluster-compare/cluster-compare.js';
export * from './components/inference-energy/inference-energy.js';
export { EstimateChangeEvent } from './events/estimate-change.js';
export { addCatalog } from './core/messages/index.js';
