// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Registers every element. Import `compute-calc/core` for the estimation functions alone.
export * from './components/power-equivalence/power-equivalence.js';
export { EstimateChangeEvent } from './events/estimate-change.js';
export { addCatalog } from './core/messages/index.js';
export * from './components/gpu-cluster-cost/gpu-cluster-cost.js';
