// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The entry of dist/compute-calc.js, the one file a site hosts: the five cluster calculators and
// what a page needs beside them. <inference-energy> is not in it: with it the file is 50.6 KB
// gzipped, over issue 11's 45 KB ceiling, so it is its own file (dist/inference-energy.js) until
// that budget is decided. src/index.ts registers all six for bundlers.
export * from './components/power-equivalence/power-equivalence.js';
export * from './components/gpu-cluster-cost/gpu-cluster-cost.js';
export * from './components/training-time/training-time.js';
export * from './components/carbon-footprint/carbon-footprint.js';
export * from './components/cluster-compare/cluster-compare.js';
export { EstimateChangeEvent } from './events/estimate-change.js';
export { addCatalog } from './core/messages/index.js';
