// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Registers every calculator, for bundlers and npm users. A site that hosts files uses
// dist/compute-calc.js (src/calculators.ts) and dist/inference-energy.js; `compute-calc/core` is
// the estimation functions alone.
export * from './calculators.js';
export * from './components/inference-energy/inference-energy.js';
