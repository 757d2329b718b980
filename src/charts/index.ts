// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

export * from './bars.js';
export * from './render.js';
