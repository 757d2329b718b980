// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The estimation core: pure functions, no DOM, usable in Node and in the browser.
export * from './range.js';
export * from './issues.js';
export * from './parse.js';
export * from './format.js';
export * from './claim.js';
export * from './inputs.js';
export * from './assumptions.js';
export * from './calculation.js';
export * from './power.js';
export * from './cost.js';
export * from './training.js';
export * from './carbon.js';
export * from './compare.js';
export * from './data/index.js';
export * from './messages/index.js';
export { enAll } from './messages/en-all.js';
export { delocalize } from './words.js';
export * from './inference.js';
